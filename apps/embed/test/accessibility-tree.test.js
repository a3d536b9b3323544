// What a screen reader gets: Chromium's full accessibility tree (CDP
// Accessibility.getFullAXTree), read right after the prerendered demo has loaded, holds every
// year heading and every event of the timeline, at 1280×900 and at 1280×400 (where most of the
// timeline is below the fold), and the links of an open mega-menu panel. No rendering
// optimisation (content-visibility) may keep content out of it. A 2,000-event history has
// every year heading at once and every event a few frames later.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { kazanlak, launchChromium, page, settle, startStaticServer, tag } from './support.js';

/** The accessibility tree's nodes that are not ignored. */
const axTree = async (tab) => {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((node) => !node.ignored);
  } finally {
    await cdp.detach();
  }
};
const names = (nodes, role) =>
  nodes.filter((node) => node.role?.value === role).map((node) => node.name?.value ?? '');

/** The timeline's year headings and events (their text), from the DOM. */
const timelineContent = (tab) =>
  tab.evaluate(() => {
    const root = document.querySelector('muni-timeline').shadowRoot;
    const text = (node) => node.textContent.replace(/\s+/gu, ' ').trim();
    return {
      years: [...root.querySelectorAll('.year')].map(text),
      // Each event's text without its date.
      events: [...root.querySelectorAll('li.event')].map((event) =>
        [...event.childNodes]
          .filter((node) => (node.nodeType === 1 ? node.localName !== 'time' : node.nodeType === 3))
          .map(text)
          .join(' ')
          .trim(),
      ),
    };
  });

/** Which of `texts` the tree's text (static text and link names) does not hold. */
const missing = (nodes, texts) => {
  const said = [...names(nodes, 'StaticText'), ...names(nodes, 'link')].join('\n');
  return texts.filter((text) => !said.includes(text));
};

const longHistory = (count) => {
  const data = kazanlak();
  data.twinCities.find((city) => city.id === 'kochani').history = Array.from(
    { length: count },
    (_, i) => ({
      date: `${1000 + Math.floor(i / 4)}-${String((i % 12) + 1).padStart(2, '0')}`,
      text: { bg: `Събитие номер ${i + 1}`, en: `Event number ${i + 1}` },
    }),
  );
  return data;
};

describe('the accessibility tree right after load', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer({
      pages: {
        '/long.json': JSON.stringify(longHistory(2_000)),
        '/long.html': page({
          body: tag('muni-timeline', { src: '/long.json', 'twin-city': 'kochani' }),
        }),
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [width, height] of [
    [1280, 900],
    [1280, 400],
  ]) {
    for (const path of ['/index.html', '/index.en.html']) {
      it(`holds every year heading and every event of the demo's timeline (${path}, ${width}×${height})`, async () => {
        const context = await browser.newContext({ viewport: { width, height } });
        try {
          const tab = await context.newPage();
          await tab.goto(`${server.url}${path}`);
          await settle(tab);
          const nodes = await axTree(tab);
          const { years, events } = await timelineContent(tab);
          assert.equal(years.length, 10);
          assert.equal(events.length, 12);
          const headings = names(nodes, 'heading');
          assert.deepEqual(
            years.filter((year) => !headings.includes(year)),
            [],
            'year headings missing',
          );
          assert.deepEqual(missing(nodes, events), [], 'events missing');
          // Each mega-menu panel, opened: every link in it.
          const toggles = tab.locator('muni-mega-menu summary:visible');
          const panels = await toggles.count();
          assert.ok(panels >= 5, `${panels} panels`);
          for (let panel = 0; panel < panels; panel++) {
            await toggles.nth(panel).click();
            const links = await tab.evaluate(() =>
              [
                ...document
                  .querySelector('muni-mega-menu')
                  .shadowRoot.querySelectorAll('details[open] > .panel a'),
              ].map((a) => a.textContent.replace(/\s+/gu, ' ').trim()),
            );
            assert.ok(links.length > 3, `an open panel with links (${links.length})`);
            const linkNames = names(await axTree(tab), 'link');
            assert.deepEqual(
              links.filter((link) => !linkNames.includes(link)),
              [],
              `panel ${panel}: links missing`,
            );
          }
        } finally {
          await context.close();
        }
      });
    }
  }

  it('holds every year heading of a 2,000-event history at once, and every event a few frames later', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 400 } });
    try {
      const tab = await context.newPage();
      await tab.goto(`${server.url}/long.html`);
      await settle(tab);
      const { years, events } = await timelineContent(tab);
      assert.equal(years.length, 500);
      assert.equal(events.length, 2_000);
      const headings = new Set(names(await axTree(tab), 'heading'));
      assert.deepEqual(
        years.filter((year) => !headings.has(year)),
        [],
      );
      // The lists of events are laid out a batch per frame after the first paint.
      for (let frame = 0; frame < 600; frame++) {
        const pending = await tab.evaluate(
          () =>
            document
              .querySelector('muni-timeline')
              .shadowRoot.querySelectorAll('.progressive > .group:not(.laid-out)').length,
        );
        if (pending === 0) break;
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      }
      assert.deepEqual(missing(await axTree(tab), events), []);
    } finally {
      await context.close();
    }
  });
});
