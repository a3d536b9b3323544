// The one place that knows how to launch a browser on this project's machines: Debian's
// Chromium (never a downloaded one), headless, with a fresh profile per run. Used by
// web-test-runner and by any other tool that drives Chromium (benchmarks, screenshots).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Flags for a quiet, sandbox-free, offline-friendly headless Chromium. */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** The Chromium executable: `$CHROME_PATH`, else Debian's `/usr/bin/chromium`. Throws if absent. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`apt-get install -y chromium\` (Debian) or set CHROME_PATH.`,
    );
  }
  return path;
}

/** A new, empty profile directory, removed when the process exits. */
export function freshUserDataDir(prefix = 'muni-kit-chromium-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Options for puppeteer(-core)'s `launch()`, e.g. `@web/test-runner-chrome`'s `launchOptions`.
 * Playwright makes its own profile: give it `executablePath`, `headless` and `args` only.
 */
export function puppeteerLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs],
    userDataDir: freshUserDataDir(),
  };
}
