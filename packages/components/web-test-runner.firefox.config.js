// The component tests again, in Firefox (Debian's firefox-esr), driven by puppeteer-core over
// WebDriver BiDi. Coverage is measured in the Chromium run only (it needs the Chrome DevTools
// protocol). Set FIREFOX_PATH to use another Firefox.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import chromiumConfig from './web-test-runner.config.js';

const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(executablePath)) {
  throw new Error(
    `Firefox not found at ${executablePath}. Install it with \`apt-get install -y firefox-esr\` (Debian) or set FIREFOX_PATH.`,
  );
}

export default {
  ...chromiumConfig,
  coverage: false,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteer.default ?? puppeteer,
      launchOptions: { browser: 'firefox', executablePath, headless: true },
      createPage: async ({ browser }) => {
        const page = await browser.newPage();
        // puppeteer sends a screen-orientation override with every viewport change, which
        // Firefox ESR does not implement yet; the viewport itself is applied, so tolerate it.
        const setViewport = page.setViewport.bind(page);
        page.setViewport = (viewport) =>
          setViewport(viewport).catch((error) => {
            if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
          });
        // The page in front, with the focus: `element.focus()` and `:focus-visible` styles need a
        // focused document, which a page opened behind the previous one's closing may not be.
        await page.bringToFront();
        return page;
      },
    }),
  ],
};
