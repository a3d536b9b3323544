// A CMS theme's global CSS must not change how the elements look: every element is screenshot
// on a clean page and on a page carrying the kind of CSS real themes ship, and the two images are
// compared pixel by pixel (in the browser, with a canvas). Text follows the reader's browser
// font-size setting, not the host page's root font-size.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  elementNames,
  everyElement,
  launchChromium,
  page,
  scriptErrors,
  settle,
  startStaticServer,
  watch,
} from './support.js';

/**
 * The test page's own layout: each element in a cell of fixed width that no theme rule can
 * change (where an element sits on the page is the page's business; how it looks is the kit's).
 */
const layoutCss = (width) => `
html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; border: 0 !important; }
.stage { display: block !important; inline-size: ${width}px !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }
.stage > .cell { display: block !important; inline-size: ${width}px !important; margin: 0 0 48px !important; padding: 0 !important; border: 0 !important; float: none !important; }
`;

/** What CMS themes ship: resets, !important rules on common elements, inherited text styles. */
const hostileCss = `
*, *::before, *::after { margin: 0; padding: 0; box-sizing: content-box !important; }
html { font-size: 10px; line-height: 1; -webkit-text-size-adjust: 200%; }
body {
  color: lime; letter-spacing: 2px; word-spacing: 5px; text-align: center;
  font-family: "Comic Sans MS", cursive !important; font-size: 1.3rem !important; line-height: 3 !important;
  font-weight: 700; font-style: italic; text-transform: uppercase;
  text-shadow: 2px 2px 0 magenta; text-indent: 3em; white-space: pre-wrap; hyphens: auto;
  font-variant: small-caps; cursor: crosshair; visibility: visible; quotes: "«" "»";
}
a, a:link, a:visited { color: red !important; text-decoration: none !important; font-weight: 900 !important; border-bottom: 3px dotted orange !important; }
a:hover, a:focus { background: yellow !important; outline: none !important; }
button { background: yellow !important; color: black !important; border: 4px solid black !important; border-radius: 20px !important; padding: 12px 30px !important; font-size: 30px !important; text-transform: uppercase !important; min-height: 60px !important; }
ul, ol { list-style: square inside !important; margin: 20px !important; padding: 20px 40px !important; }
li { display: inline-block !important; margin: 10px !important; padding: 10px !important; border: 1px solid blue !important; }
img { display: block !important; max-width: 50% !important; height: auto !important; border: 5px solid red !important; }
nav { display: flex !important; flex-direction: column !important; background: pink !important; padding: 30px !important; }
h1, h2, h3, h4, h5, h6 { font-size: 48px !important; color: navy !important; text-transform: uppercase !important; border-bottom: 5px solid !important; display: inline !important; font-family: Georgia, serif !important; }
p { margin-bottom: 2em !important; font-size: 20px !important; }
section, article, header, footer, aside, main, div { padding: 5px; }
dl, dt, dd { display: inline !important; margin: 0 !important; }
time, span, strong { color: teal !important; font-size: 120% !important; }
svg { width: 100% !important; height: 100% !important; fill: red !important; }
select, input, label { font-size: 30px !important; border: 3px solid red !important; }
dialog { display: block !important; position: static !important; }
[hidden] { display: block; }
`;

const body = `<div class="stage">${everyElement({ src: 'kazanlak.json' }, { wrap: (html, name) => `<div class="cell" id="cell-${name}">${html}</div>` })}</div>`;
const testPage = ({ width = 1000, hostile = false, extraCss = '' }) =>
  page({
    head: `<link rel="stylesheet" href="/layout-${width}.css" />${hostile ? '<link rel="stylesheet" href="/hostile.css" />' : ''}${extraCss ? `<style>${extraCss}</style>` : ''}`,
    body,
  });

/** A fixed instant, so that the "today" line and the office-hours status are the same in every shot. */
const fixedTime = new Date('2025-06-11T09:30:00+03:00');

describe('hostile host CSS', () => {
  let browser;
  /** The clean page, opened once and compared with the others. */
  let clean;
  let server;

  before(async () => {
    server = await startStaticServer({
      pages: {
        '/layout-1000.css': layoutCss(1000),
        '/layout-1600.css': layoutCss(1600),
        '/hostile.css': hostileCss,
        '/clean.html': testPage({}),
        '/hostile.html': testPage({ hostile: true }),
        '/themed.html': testPage({
          extraCss: `:root { --muni-color-primary: #1d4f8c; --muni-color-link: #1d4f8c; --muni-font-family: Georgia, serif; }
            muni-twin-city-card::part(card) { outline: 4px solid orange; }`,
        }),
        // Wide enough that at a 24 px default every element keeps its wide layout (the mega-menu
        // becomes a drawer below 48em of its own width).
        '/wide/clean.html': testPage({ width: 1600 }),
        '/wide/hostile.html': testPage({ width: 1600, hostile: true }),
        '/wide/root-font.html': testPage({
          width: 1600,
          extraCss: 'html { font-size: 10px !important; }',
        }),
      },
    });
    browser = await launchChromium();
    clean = await open('/clean.html');
  });

  after(async () => {
    await clean?.context.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens a page at 1000 px wide, optionally with the reader's default font size set. */
  const open = async (
    path,
    { standardFontSize, width = path.startsWith('/wide/') ? 1600 : 1000 } = {},
  ) => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    await context.clock.setFixedTime(fixedTime);
    const tab = await context.newPage();
    if (standardFontSize) {
      // The reader's "font size" browser setting (chrome://settings/fonts), through the DevTools protocol.
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', {
        fontSizes: { standard: standardFontSize, fixed: Math.round(standardFontSize * 0.8125) },
      });
    }
    const seen = await watch(tab);
    await tab.goto(`${server.url}${path}`);
    await settle(tab);
    await tab.evaluate(() => document.fonts.ready);
    // Scroll through the page once: parts that skip rendering off screen (content-visibility:
    // auto, in the timeline and the cards) then have their real, remembered size everywhere.
    await tab.evaluate(async () => {
      const frame = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await frame();
      }
      scrollTo(0, 0);
      await frame();
    });
    return { context, tab, seen };
  };

  /** The computed font size of the first text-bearing nodes in each element's shadow root. */
  const textSizes = (tab) =>
    tab.evaluate(
      (tags) => {
        const sizes = {};
        for (const name of tags) {
          const root = document.querySelector(name).shadowRoot;
          const holders = [...root.querySelectorAll('*')].filter(
            (element) =>
              [...element.childNodes].some(
                (node) => node.nodeType === 3 && node.textContent.trim(),
              ) && element.getClientRects().length > 0,
          );
          sizes[name] = holders
            .slice(0, 12)
            .map((element) => parseFloat(getComputedStyle(element).fontSize));
        }
        return sizes;
      },
      [...elementNames],
    );

  /**
   * Screenshots element `name` on two pages and compares the images in a third page (canvas
   * getImageData): the share of pixels that differ by more than `tolerance` in any channel.
   */
  const compare = async (first, second, name, tolerance = 12) => {
    const shots = [];
    const boxes = [];
    for (const { tab } of [first, second]) {
      const locator = tab.locator(name).first();
      boxes.push(await locator.boundingBox());
      shots.push(
        (await locator.screenshot({ animations: 'disabled', caret: 'hide' })).toString('base64'),
      );
    }
    const comparer = await browser.newPage();
    try {
      const diff = await comparer.evaluate(
        async ([a, b, tolerance]) => {
          const load = (data) =>
            new Promise((resolve, reject) => {
              const image = new Image();
              image.onload = () => resolve(image);
              image.onerror = reject;
              image.src = `data:image/png;base64,${data}`;
            });
          const images = await Promise.all([load(a), load(b)]);
          const [width, height] = [images[0].naturalWidth, images[0].naturalHeight];
          if (images[1].naturalWidth !== width || images[1].naturalHeight !== height) {
            return {
              width,
              height,
              otherWidth: images[1].naturalWidth,
              otherHeight: images[1].naturalHeight,
              differing: -1,
            };
          }
          const pixels = images.map((image) => {
            const canvas = document.createElement('canvas');
            canvas.width = width;
            canvas.height = height;
            const context = canvas.getContext('2d', { willReadFrequently: true });
            context.drawImage(image, 0, 0);
            return context.getImageData(0, 0, width, height).data;
          });
          let differing = 0;
          for (let i = 0; i < pixels[0].length; i += 4) {
            for (let c = 0; c < 4; c++) {
              if (Math.abs(pixels[0][i + c] - pixels[1][i + c]) > tolerance) {
                differing++;
                break;
              }
            }
          }
          return { width, height, differing };
        },
        [shots[0], shots[1], tolerance],
      );
      const sameSize =
        diff.differing !== -1 &&
        boxes[0].width === boxes[1].width &&
        boxes[0].height === boxes[1].height;
      const share = diff.differing === -1 ? 1 : diff.differing / (diff.width * diff.height);
      return {
        ...diff,
        boxes,
        sameSize,
        share,
        summary: `${name} ${diff.width}×${diff.height}: ${(share * 100).toFixed(3)}% of pixels differ`,
      };
    } finally {
      await comparer.close();
    }
  };

  it('every element looks the same on a page with a hostile theme (≤ 1% of pixels differ)', async () => {
    const hostile = await open('/hostile.html');
    try {
      // The theme is really there: it restyles the page's own elements.
      assert.match(
        await hostile.tab.evaluate(() => getComputedStyle(document.body).fontFamily),
        /Comic Sans/u,
      );
      const report = [];
      // Not the display settings: a closed dialog has nothing on screen to compare.
      for (const name of elementNames.filter((tag) => tag !== 'muni-display-settings')) {
        const result = await compare(clean, hostile, name);
        report.push(result.summary);
        assert.ok(
          result.sameSize,
          `<${name}> has the same size on both pages: ${JSON.stringify(result.boxes)}`,
        );
        assert.ok(
          result.width > 50 && result.height > 20,
          `<${name}> was screenshot (${result.width}×${result.height})`,
        );
        assert.ok(result.share <= 0.01, result.summary);
      }
      console.log(report.join('\n'));
      for (const { seen } of [clean, hostile]) {
        assert.deepEqual(seen.pageErrors, []);
        assert.deepEqual(scriptErrors(seen), []);
      }
    } finally {
      await hostile.context.close();
    }
  });

  it('what a host page may change does change it: the --muni-* tokens and ::part()', async () => {
    // Also shows that the comparison above would see a difference.
    const themed = await open('/themed.html');
    try {
      for (const name of ['muni-site-header', 'muni-mega-menu', 'muni-twin-city-card']) {
        const result = await compare(clean, themed, name);
        assert.ok(result.share > 0.01, `<${name}> restyled by tokens: ${result.summary}`);
      }
      const part = await themed.tab.evaluate(() => {
        const card = document
          .querySelector('muni-twin-city-card')
          .shadowRoot.querySelector('[part~="card"]');
        return getComputedStyle(card).outlineColor;
      });
      assert.equal(part, 'rgb(255, 165, 0)', '::part(card) applies');
    } finally {
      await themed.context.close();
    }
  });

  it("text follows the reader's browser font size, not the host page's root font size", async () => {
    const pages = {
      clean: await open('/wide/clean.html'),
      rootFont: await open('/wide/root-font.html'),
      hostile: await open('/wide/hostile.html'),
      larger: await open('/wide/clean.html', { standardFontSize: 24 }),
      largerHostile: await open('/wide/hostile.html', { standardFontSize: 24 }),
    };
    try {
      const sizes = {};
      for (const [key, { tab }] of Object.entries(pages)) sizes[key] = await textSizes(tab);
      assert.equal(
        await pages.rootFont.tab.evaluate(
          () => getComputedStyle(document.documentElement).fontSize,
        ),
        '10px',
      );
      assert.equal(
        await pages.larger.tab.evaluate(() => getComputedStyle(document.documentElement).fontSize),
        '24px',
        'the setting applies',
      );
      for (const name of elementNames.filter((tag) => tag !== 'muni-display-settings')) {
        assert.ok(sizes.clean[name].length > 0, `<${name}> has text`);
        assert.deepEqual(
          sizes.rootFont[name],
          sizes.clean[name],
          `<${name}>: html { font-size: 10px } changes nothing`,
        );
        assert.deepEqual(
          sizes.hostile[name],
          sizes.clean[name],
          `<${name}>: the hostile theme changes no text size`,
        );
        assert.deepEqual(
          sizes.largerHostile[name],
          sizes.larger[name],
          `<${name}>: nor with a larger setting`,
        );
        sizes.clean[name].forEach((size, index) => {
          const larger = sizes.larger[name][index];
          assert.ok(
            Math.abs(larger - size * 1.5) <= 1,
            `<${name}> text ${index}: ${size}px at 16px, ${larger}px at 24px (1.5×)`,
          );
        });
      }
    } finally {
      for (const { context } of Object.values(pages)) await context.close();
    }
  });
});
