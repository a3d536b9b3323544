// Late loading and the element lifecycle, in the built bundle: elements present before the
// script loads, added after it, moved, removed and re-added (no listener left behind), and
// `lang` and `src` changed at run time (re-rendered in place).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  elementNames,
  everyElement,
  launchChromium,
  openWatchedTab,
  page,
  scriptErrors,
  settle,
  startStaticServer,
  survey,
} from './support.js';

/** Text each element shows from the Kazanlak data, in each language. */
const expected = {
  'muni-site-header': { bg: 'Община Казанлък', en: 'Kazanlak Municipality' },
  'muni-mega-menu': { bg: 'Администрация', en: 'Administration' },
  'muni-breadcrumbs': { bg: 'Начало', en: 'Home' },
  'muni-timeline': { bg: 'Протокол за намерение', en: 'Protocol of Intent' },
  'muni-contact-footer': { bg: 'Розова Долина', en: 'Rozova Dolina' },
  'muni-twin-city-card': { bg: 'Кочани', en: 'Kochani' },
  'muni-twin-city-list': { bg: 'Надканижа', en: 'Nagykanizsa' },
  'muni-side-nav': { bg: 'За общината', en: 'About the municipality' },
  'muni-display-settings': { bg: 'Настройки на показването', en: 'Display settings' },
};

describe('late loading and lifecycle', () => {
  let browser;
  let server;

  before(async () => {
    server = await startStaticServer({
      pages: {
        // No script: the test adds it when it wants.
        '/no-script.html': page({
          body: `<div id="a">${everyElement({ src: 'kazanlak.json' })}</div><div id="b" lang="en"></div>`,
          scripts: [],
        }),
        '/empty.html': page({ body: '<div id="a"></div><div id="b"></div>' }),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path) => {
    const { context, tab, seen } = await openWatchedTab(browser);
    await tab.goto(`${server.url}${path}`);
    return { context, tab, seen };
  };

  const textsOf = async (tab) =>
    Object.fromEntries((await survey(tab)).map((element) => [element.id || element.tag, element]));

  /** Counts the listeners on document and window by type (Chrome DevTools protocol). */
  const listenerCounts = async (tab) => {
    const cdp = await tab.context().newCDPSession(tab);
    const counts = {};
    for (const target of ['document', 'window']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId,
      });
      for (const { type } of listeners)
        counts[`${target}:${type}`] = (counts[`${target}:${type}`] ?? 0) + 1;
    }
    await cdp.detach();
    return counts;
  };

  const assertClean = (seen) => {
    assert.deepEqual(seen.pageErrors, [], 'no uncaught error');
    assert.deepEqual(scriptErrors(seen), [], 'no console error');
  };

  it('the demo: elements in the page before the module runs upgrade and render', async () => {
    const { context, tab, seen } = await open('/');
    try {
      assert.equal(await settle(tab), 8);
      for (const element of await survey(tab)) {
        assert.equal(element.alert, null);
        assert.ok(element.text.length > 20, `<${element.tag}> renders`);
      }
      assertClean(seen);
    } finally {
      await context.close();
    }
  });

  it('elements present long before the script, which is added after the page has loaded', async () => {
    const { context, tab, seen } = await open('/no-script.html');
    try {
      await tab.waitForTimeout(300);
      assert.equal(
        await tab.evaluate(() => customElements.get('muni-site-header')),
        undefined,
        'not defined yet',
      );
      await tab.addScriptTag({ url: '/muni-kit.js', type: 'module' });
      assert.equal(await settle(tab), elementNames.length);
      for (const element of await survey(tab)) {
        assert.equal(element.alert, null);
        assert.ok(
          element.text.includes(expected[element.tag].bg),
          `<${element.tag}> renders in Bulgarian`,
        );
      }
      assertClean(seen);
    } finally {
      await context.close();
    }
  });

  it('elements added after the script has run render; moved, removed and re-added they render again and leave no listener behind', async () => {
    const { context, tab, seen } = await open('/empty.html');
    try {
      await tab.waitForFunction(() => customElements.get('muni-side-nav') !== undefined);
      const empty = await listenerCounts(tab);

      // Added after load, one by one (createElement) and as markup.
      await tab.evaluate(
        (tags) => {
          const a = document.getElementById('a');
          for (const name of tags.slice(0, 4)) {
            const element = document.createElement(name);
            element.id = name;
            element.setAttribute('src', 'kazanlak.json');
            if (name === 'muni-breadcrumbs') element.setAttribute('page', 'twin-city-kochani');
            if (name === 'muni-timeline') element.setAttribute('twin-city', 'kochani');
            a.append(element);
          }
          a.insertAdjacentHTML(
            'beforeend',
            tags
              .slice(4)
              .map(
                (name) =>
                  `<${name} id="${name}" src="kazanlak.json"${name === 'muni-twin-city-card' ? ' twin-city="kochani"' : ''}></${name}>`,
              )
              .join(''),
          );
        },
        [...elementNames],
      );
      assert.equal(await settle(tab), elementNames.length);
      const first = await textsOf(tab);
      for (const name of elementNames)
        assert.ok(first[name].text.includes(expected[name].bg), `<${name}> renders when added`);
      const connected = await listenerCounts(tab);
      assert.ok(
        connected['document:pointerdown'] > (empty['document:pointerdown'] ?? 0),
        'the menu listens on the document while connected',
      );

      // Keep the rendered content of each shadow root, to see that moving does not rebuild it.
      await tab.evaluate(
        (tags) => {
          window.__roots = Object.fromEntries(
            tags.map((name) => [name, document.getElementById(name).shadowRoot.firstElementChild]),
          );
        },
        [...elementNames],
      );

      // Moved to another parent (which is in English): same content node, now in English.
      await tab.evaluate(
        (tags) => {
          for (const name of tags)
            document.getElementById('b').append(document.getElementById(name));
        },
        [...elementNames],
      );
      await tab.evaluate(() => document.getElementById('b').setAttribute('lang', 'en'));
      await settle(tab);
      const moved = await textsOf(tab);
      for (const name of elementNames) {
        assert.ok(
          moved[name].text.includes(expected[name].en),
          `<${name}> moved, follows its new parent's language`,
        );
        assert.equal(moved[name].alert, null);
      }
      const kept = await tab.evaluate(
        (tags) =>
          tags.filter(
            (name) =>
              document.getElementById(name).shadowRoot.firstElementChild === window.__roots[name],
          ),
        [...elementNames],
      );
      assert.deepEqual(kept, [...elementNames], 'moving re-renders in place');
      assert.deepEqual(await listenerCounts(tab), connected, 'moving adds no listener');

      // Removed and re-added five times.
      for (let round = 0; round < 5; round++) {
        await tab.evaluate(
          ({ tags, into }) => {
            const elements = tags.map((name) => document.getElementById(name));
            for (const element of elements) element.remove();
            document.getElementById(into).append(...elements);
          },
          { tags: [...elementNames], into: round % 2 === 0 ? 'a' : 'b' },
        );
      }
      await settle(tab);
      assert.deepEqual(
        await listenerCounts(tab),
        connected,
        'removing and re-adding adds no listener',
      );

      // Still behaves: one click opens a panel of the menu, a second closes it (a duplicated
      // handler would toggle twice); a click outside closes it; the side-nav toggles.
      const behaviour = await tab.evaluate(async () => {
        const menu = document.getElementById('muni-mega-menu');
        const toggle = menu.shadowRoot.querySelector('[part~="toggle"]');
        const expanded = () => String(toggle.parentElement.open);
        const states = [];
        toggle.click();
        await menu.updateComplete;
        states.push(expanded());
        toggle.click();
        await menu.updateComplete;
        states.push(expanded());
        toggle.click();
        await menu.updateComplete;
        document.body.dispatchEvent(
          new PointerEvent('pointerdown', { bubbles: true, composed: true }),
        );
        await menu.updateComplete;
        states.push(expanded());
        const nav = document.getElementById('muni-side-nav');
        const group = nav.shadowRoot.querySelector('button[aria-expanded]');
        const before = group.getAttribute('aria-expanded');
        group.click();
        await nav.updateComplete;
        return { states, sideNav: [before, group.getAttribute('aria-expanded')] };
      });
      assert.deepEqual(behaviour.states, ['true', 'false', 'false']);
      assert.notEqual(behaviour.sideNav[0], behaviour.sideNav[1], 'the side-nav group toggles');

      // Gone: everything the elements added to document and window is removed with them.
      await tab.evaluate(
        (tags) => {
          for (const name of tags) document.getElementById(name).remove();
        },
        [...elementNames],
      );
      await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      assert.deepEqual(
        await listenerCounts(tab),
        empty,
        'no listener left once the elements are removed',
      );
      assertClean(seen);
    } finally {
      await context.close();
    }
  });

  it('lang changed at run time on <html>, on an ancestor and on the element re-renders in place', async () => {
    const { context, tab, seen } = await open('/no-script.html');
    try {
      await tab.addScriptTag({ url: '/muni-kit.js', type: 'module' });
      await settle(tab);
      const nodes = await tab.evaluateHandle(() =>
        [...document.querySelectorAll('#a > *')].map(
          (element) => element.shadowRoot.firstElementChild,
        ),
      );
      const check = async (lang, what) => {
        await settle(tab);
        for (const element of await survey(tab)) {
          assert.ok(
            element.text.includes(expected[element.tag][lang]),
            `<${element.tag}> in ${lang} after ${what}`,
          );
        }
        const same = await tab.evaluate(
          (before) =>
            [...document.querySelectorAll('#a > *')].every(
              (element, index) => element.shadowRoot.firstElementChild === before[index],
            ),
          nodes,
        );
        assert.ok(same, `the same rendered nodes after ${what}`);
      };
      await tab.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await check('en', 'html lang="en"');
      await tab.evaluate(() => document.getElementById('a').setAttribute('lang', 'bg'));
      await check('bg', 'an ancestor lang="bg"');
      await tab.evaluate(() => {
        for (const element of document.querySelectorAll('#a > *'))
          element.setAttribute('lang', 'en');
      });
      await check('en', 'lang="en" on each element');
      await tab.evaluate(() => {
        for (const element of document.querySelectorAll('#a > *')) element.removeAttribute('lang');
        document.getElementById('a').removeAttribute('lang');
        document.documentElement.setAttribute('lang', 'bg');
      });
      await check('bg', 'back to html lang="bg"');
      // An unsupported language falls back to the data's default (Bulgarian).
      await tab.evaluate(() => document.documentElement.setAttribute('lang', 'de'));
      await check('bg', 'html lang="de"');
      assertClean(seen);
    } finally {
      await context.close();
    }
  });

  it('src changed at run time shows the new document; a failing one shows the alert, and a good one again recovers', async () => {
    const { context, tab, seen } = await open('/no-script.html');
    try {
      await tab.addScriptTag({ url: '/muni-kit.js', type: 'module' });
      await settle(tab);
      const kazanlak = await textsOf(tab);
      const setSrc = (src, twinCity) =>
        tab.evaluate(
          ({ src, twinCity }) => {
            for (const element of document.querySelectorAll('#a > *')) {
              if (element.hasAttribute('twin-city')) element.setAttribute('twin-city', twinCity);
              if (element.localName === 'muni-breadcrumbs')
                element.setAttribute('page', `twin-city-${twinCity}`);
              element.setAttribute('src', src);
            }
          },
          { src, twinCity },
        );
      await setSrc('kochani.json', 'kazanlak');
      await settle(tab);
      const kochani = await textsOf(tab);
      for (const element of Object.values(kochani)) {
        assert.equal(element.alert, null, `<${element.tag}> shows Kochani's document`);
        assert.notEqual(
          element.text,
          kazanlak[element.tag].text,
          `<${element.tag}> no longer shows Kazanlak's`,
        );
      }
      // A Bulgarian page, a document in Macedonian and English: its default language, Macedonian.
      assert.match(kochani['muni-site-header'].text, /Општина Кочани/u);
      assert.match(kochani['muni-twin-city-card'].text, /Казанлак/u);
      assertClean(seen);

      await setSrc('missing.json', 'kazanlak');
      await settle(tab);
      for (const element of await survey(tab))
        assert.ok(element.alert, `<${element.tag}> shows the alert for a missing document`);
      assert.equal(
        await tab.evaluate(() => window.__muniTest.muniErrors.length),
        elementNames.length,
      );

      await setSrc('kazanlak.json', 'kochani');
      await settle(tab);
      for (const element of await survey(tab)) {
        assert.equal(element.alert, null, `<${element.tag}> recovers`);
        assert.ok(
          element.text.includes(expected[element.tag].bg),
          `<${element.tag}> shows Kazanlak's document again`,
        );
      }
      assert.deepEqual(seen.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
