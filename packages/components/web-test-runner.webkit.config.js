// The component tests again, in WebKit (Safari's engine, and every iPhone browser's): Debian's
// webkit2gtk-driver, whose WebKitWebDriver drives MiniBrowser over classic W3C WebDriver
// (webdriverio through @web/test-runner-webdriver). MiniBrowser has no headless mode, so this runs
// under an X display: `npm run test:webkit`, that is
// `xvfb-run -a -s '-screen 0 480x480x24' wtr --config web-test-runner.webkit.config.js`.
// The small screen matters: without a window manager the window has the keyboard focus only while
// X's pointer (which WebDriver never moves) is over it, and the pointer stays at the screen's
// centre. On xvfb-run's default 1280×1024 screen a window narrower than 640 px (the phone widths)
// loses the focus: document.hasFocus() is false, :focus and :focus-visible match nothing. With a
// 480×480 screen the centre (240, 240) is inside every window the tests make (from 320×640; the
// window may be larger than the screen). Coverage is measured in the Chromium run only. Set
// WEBKIT_WEBDRIVER_PATH / WEBKIT_MINIBROWSER_PATH to use other binaries.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import chromiumConfig from './web-test-runner.config.js';

const driverPath = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
// Debian keeps MiniBrowser under the multiarch directory (x86_64-linux-gnu, aarch64-linux-gnu).
const multiarch = `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`;
const browserPath =
  process.env.WEBKIT_MINIBROWSER_PATH || `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`;
for (const path of [driverPath, browserPath]) {
  if (!existsSync(path)) {
    throw new Error(
      `WebKit not found at ${path}. Install it with \`apt-get install -y webkit2gtk-driver xvfb\` (Debian).`,
    );
  }
}
if (!process.env.DISPLAY) {
  throw new Error(
    "MiniBrowser needs an X display: run the WebKit tests under `xvfb-run -a -s '-screen 0 480x480x24'` (npm run test:webkit).",
  );
}

/** A port nobody listens on now (the OS picks it), for WebKitWebDriver. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// MiniBrowser's toolbar keeps its window at least 447 px wide, and the tests need phone widths
// (320, 375). A GTK style sheet of its own, read from XDG_CONFIG_HOME, shrinks the toolbar to
// nothing; the page, which WebKit draws itself, is not affected.
const gtkConfig = mkdtempSync(join(tmpdir(), 'muni-webkit-'));
mkdirSync(join(gtkConfig, 'gtk-3.0'));
writeFileSync(
  join(gtkConfig, 'gtk-3.0', 'gtk.css'),
  'toolbar, toolbar *, headerbar, headerbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
);

const port = await freePort();
const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, XDG_CONFIG_HOME: gtkConfig },
});
// The driver lives as long as this run: the test runner ends its session, the exit ends the driver.
process.once('exit', () => {
  driver.kill();
  rmSync(gtkConfig, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
for (let attempt = 0; ; attempt++) {
  if (driver.exitCode !== null)
    throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
  const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
    (response) => response.ok,
    () => false,
  );
  if (ready) break;
  if (attempt > 100) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * What @web/test-runner-commands cannot do over WebDriver and WebKitWebDriver can: the viewport
 * as the window's size less MiniBrowser's frame (measured, since it depends on the toolbar), and
 * a key held down or let go (`sendKeys({ down })`, `sendKeys({ up })`), as WebDriver key actions.
 * Print media cannot be emulated over WebDriver: `emulateMedia` still fails here, and the tests'
 * `inPrint` falls back to reading the print rules.
 */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    // The runner puts its own command plugins before the config's, and theirs throw for a
    // WebDriver browser; this one has to answer first.
    const index = config.plugins.indexOf(webkitCommands);
    if (index > 0) config.plugins.unshift(...config.plugins.splice(index, 1));
  }

  async setViewport({ width, height }) {
    const inner = () => this.driver.execute(() => [window.innerWidth, window.innerHeight]);
    await this.driver.setWindowSize(width, height);
    const [innerWidth, innerHeight] = await inner();
    if (innerWidth !== width || innerHeight !== height) {
      await this.driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
    }
  }

  async holdKey(key, down) {
    // One input source for both: WebDriver releases a key only on the source that pressed it, and
    // webdriverio gives every action a new one, so a Shift let go elsewhere stayed down, and every
    // later Tab of the run (the next test files too) went backwards.
    const action = this.driver.action('key', { id: 'held-keys' });
    await (down ? action.down(Key[key] ?? key) : action.up(Key[key] ?? key)).perform(true);
  }
}

const webkitCommands = {
  name: 'webkit-commands',
  async executeCommand({ command, payload, session }) {
    const browser = session.browser;
    if (!(browser instanceof WebKitLauncher)) return undefined;
    if (command === 'set-viewport') {
      await browser.setViewport(payload);
      return true;
    }
    if (command === 'send-keys' && (payload?.down || payload?.up)) {
      await browser.holdKey(payload.down ?? payload.up, Boolean(payload.down));
      return true;
    }
    return undefined;
  },
};

export default {
  ...chromiumConfig,
  coverage: false,
  // Every file but the menu's no-JavaScript one: in MiniBrowser it never finishes (the clicks
  // and keys into its sandboxed, script-less frame hang the WebDriver session; not found yet).
  // The prerendered demo's no-JavaScript panels are tested in Chromium (apps/embed) and here in
  // Chromium and Firefox.
  files: [
    ...chromiumConfig.files,
    `!${new URL('src/components/mega-menu/mega-menu-no-js.test.ts', import.meta.url).pathname}`,
  ],
  // One session in MiniBrowser's one window (the launcher's SessionManager, not iframes), so the
  // viewport is the window's.
  concurrency: 1,
  plugins: [...chromiumConfig.plugins, webkitCommands],
  browsers: [
    new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: WebKitWebDriver refuses the session webdriverio asks for by default
        // (`webSocketUrl: true`, for WebDriver BiDi).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
      },
    }),
  ],
};
