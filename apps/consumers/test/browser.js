// What a visitor sees, read in Debian's Chromium (playwright-core, tools/chromium.js): which
// muni-* elements rendered content or their error alert, whether every image in their shadow
// roots loaded, and what the page's own muni-error handler wrote into #framework-error.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tools/chromium.js';

export const launchChromium = () =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumArgs] });

/** Opens `url` and resolves, once every element has settled and the handler ran, to what shows. */
export const inspectPage = async (browser, url) => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(url);
    await page
      .waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('*')].filter((e) =>
            e.localName.startsWith('muni-'),
          );
          return (
            elements.length > 0 &&
            elements.every(
              (e) => e.shadowRoot?.childElementCount && e.getAttribute('aria-busy') !== 'true',
            ) &&
            document.querySelector('#framework-error')?.textContent
          );
        },
        undefined,
        // Room for a busy machine (the other suites run beside this one).
        { timeout: 120_000 },
      )
      .catch(async (error) => {
        // Say which part never settled, not only that the wait ran out.
        const shows = await page.evaluate(() => ({
          elements: [...document.querySelectorAll('*')]
            .filter((e) => e.localName.startsWith('muni-'))
            .map((e) => ({
              name: e.localName,
              defined: Boolean(customElements.get(e.localName)),
              rendered: e.shadowRoot?.childElementCount ?? 0,
              busy: e.getAttribute('aria-busy'),
            })),
          handled: document.querySelector('#framework-error')?.textContent,
        }));
        throw new Error(`${error.message}\n${url} shows ${JSON.stringify(shows)}; ${problems}`);
      });
    const state = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter((e) =>
        e.localName.startsWith('muni-'),
      );
      const images = elements.flatMap((e) => [...e.shadowRoot.querySelectorAll('img')]);
      // Loaded or failed; a lazy image off-screen is asked to load now rather than on scroll.
      await Promise.all(
        images.map((image) =>
          image.complete
            ? undefined
            : new Promise((resolve) => {
                image.addEventListener('load', resolve, { once: true });
                image.addEventListener('error', resolve, { once: true });
                image.loading = 'eager';
              }),
        ),
      );
      return {
        elements: elements.map((e) => ({
          name: e.localName,
          id: e.id,
          alert: Boolean(e.shadowRoot.querySelector('[role="alert"]')),
          text: e.shadowRoot.textContent.replace(/\s+/gu, ' ').trim().slice(0, 80),
          images: [...e.shadowRoot.querySelectorAll('img')].map((image) => ({
            src: image.src,
            shows: image.complete && image.naturalWidth > 0,
          })),
        })),
        handled: document.querySelector('#framework-error').textContent,
      };
    });
    return { ...state, problems };
  } finally {
    await page.close();
  }
};
