// Bad data and unreachable servers, end to end: every element, given a `src` that never
// answers, answers 404, holds invalid JSON or a document of the wrong shape, or an unknown
// twin city, shows its localized role="alert" message, logs one console.error naming what
// failed, fires muni-error and throws nothing, while a correctly configured element on the same
// page renders and keeps working.
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
  tag,
} from './support.js';

/** Elements that select a twin city; an unknown one is an error for them. */
const selectingTwinCity = ['muni-timeline', 'muni-twin-city-card'];

/** The elements under test (each with the fault) and the healthy ones beside them. */
const faultyPage = (attributes, { only = elementNames, lang = 'bg' } = {}) =>
  page({
    lang,
    body: `
    <section id="faulty">
      ${everyElement(attributes, { only, wrap: (html, name) => html.replace(`<${name}`, `<${name} id="bad-${name}"`) })}
    </section>
    <section id="healthy">
      ${tag('muni-mega-menu', { id: 'good-menu', src: 'kazanlak.json', 'current-url': '/' })}
      ${tag('muni-twin-city-card', { id: 'good-card', src: 'kazanlak.json', 'twin-city': 'kochani' })}
      ${tag('muni-twin-city-list', { id: 'good-list', src: 'kazanlak.json', sortable: '' })}
    </section>`,
  });

const cases = [
  {
    name: 'a server that never answers (timeout="500")',
    path: '/hang.html',
    attributes: { src: '/hang.json', timeout: '500' },
    logged: /no answer from http:\/\/127\.0\.0\.1:\d+\/hang\.json within 500 ms/u,
    kind: 'timeout',
    alert: { bg: /твърде дълго/iu, en: /took too long/iu },
  },
  {
    name: 'a 404',
    path: '/missing.html',
    attributes: { src: '/no-such-file.json' },
    logged: /could not load http:\/\/127\.0\.0\.1:\d+\/no-such-file\.json: HTTP 404/u,
    kind: 'http',
  },
  {
    name: 'a 500 answer',
    path: '/server-error.html',
    attributes: { src: '/server-error.json' },
    logged: /server-error\.json: HTTP 500/u,
    kind: 'http',
  },
  {
    name: 'invalid JSON',
    path: '/invalid.html',
    attributes: { src: '/invalid.json' },
    logged:
      /invalid municipality data in http:\/\/127\.0\.0\.1:\d+\/invalid\.json: \(document\): Invalid JSON/u,
    kind: 'invalid',
  },
  {
    name: 'a document of the wrong shape',
    path: '/wrong-shape.html',
    attributes: { src: '/wrong-shape.json' },
    logged:
      /invalid municipality data in .*wrong-shape\.json: .*twinCities\[1\]\.history\[0\]\.date/u,
    kind: 'invalid',
  },
  {
    name: 'an HTML page served instead of JSON',
    path: '/html-instead.html',
    attributes: { src: '/' },
    logged: /Invalid JSON/u,
    kind: 'invalid',
  },
  {
    name: 'an unknown twin city',
    path: '/unknown-city.html',
    attributes: { src: 'kazanlak.json', 'twin-city': 'atlantis' },
    only: selectingTwinCity,
    logged: /the data has no twin-city with the id "atlantis"/u,
    kind: 'not-found',
  },
  {
    name: 'an unknown page (breadcrumbs)',
    path: '/unknown-page.html',
    attributes: { src: 'kazanlak.json', page: 'nowhere' },
    only: ['muni-breadcrumbs'],
    logged: /the data has no page with the id "nowhere"/u,
    kind: 'not-found',
  },
];

/** A document of the right overall shape with errors deep inside, to check the logged path. */
const wrongShape = {
  id: 'Not A Slug',
  defaultLocale: 'bg',
  languageVersions: [{ locale: 'bg', url: '/' }],
  name: 'X',
  homeUrl: '/',
  coatOfArms: { src: 'a.svg', alt: 'x' },
  utilityLinks: [],
  mainNavigation: 'none',
  footer: { legalLinks: [] },
  address: {},
  phones: [],
  emails: [],
  socialLinks: [],
  officeHours: [],
  contacts: [],
  twinCities: [
    { id: 'a', kind: 'twin', places: [{ name: 'A' }], country: { code: 'BG', name: 'B' } },
    {
      id: 'b',
      kind: 'twin',
      places: [{ name: 'B' }],
      country: { code: 'BG', name: 'B' },
      history: [{ date: 'yesterday', text: 'x' }],
    },
  ],
  copyrightHolder: 'X',
};

describe('faults: bad data and unreachable servers', () => {
  let browser;
  let server;
  const held = [];

  before(async () => {
    const pages = {
      '/hang.json': (request, response) => held.push(response), // never answers
      '/server-error.json': { status: 500, body: 'Internal Server Error', type: 'text/plain' },
      '/invalid.json': '{ "id": "kazanlak", "name": { "bg": "Казанлък" ',
      '/wrong-shape.json': JSON.stringify(wrongShape),
      '/hang-en.html': faultyPage({ src: '/hang.json', timeout: '500' }, { lang: 'en' }),
    };
    for (const { path, attributes, only } of cases) pages[path] = faultyPage(attributes, { only });
    server = await startStaticServer({ pages });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    for (const response of held) response.destroy();
    await server?.close();
  });

  /** Checks the faulty elements and the healthy ones of an opened page. */
  const checkPage = async (
    tab,
    seen,
    { logged, kind, alert, only = elementNames, lang = 'bg' },
  ) => {
    const elements = await survey(tab);
    const faulty = elements.filter((element) => element.id.startsWith('bad-'));
    const healthy = elements.filter((element) => element.id.startsWith('good-'));
    assert.equal(faulty.length, only.length);
    for (const element of faulty) {
      assert.ok(element.alert, `<${element.tag}> shows an alert`);
      assert.match(
        element.alert,
        lang === 'bg' ? /[а-я]{3}/u : /[a-z]{3}/u,
        `<${element.tag}>: the alert is in ${lang}`,
      );
      if (lang === 'en') assert.doesNotMatch(element.alert, /[а-я]/u);
      if (alert) assert.match(element.alert, alert[lang]);
      assert.equal(element.links, 0, `<${element.tag}> shows no links`);
    }
    const errors = scriptErrors(seen).filter((text) => text.startsWith('<muni-'));
    for (const name of only) {
      const own = errors.filter((text) => text.startsWith(`<${name}>`));
      assert.equal(own.length, 1, `one console.error for <${name}>: ${JSON.stringify(own)}`);
      assert.match(own[0], logged);
    }
    assert.deepEqual(
      scriptErrors(seen).filter((text) => !text.startsWith('<muni-')),
      [],
      'no other console error',
    );
    const events = await tab.evaluate(() => window.__muniTest.muniErrors);
    for (const name of only) {
      const own = events.filter((event) => event.id === `bad-${name}`);
      assert.equal(own.length, 1, `one muni-error from <${name}>`);
      assert.equal(own[0].kind, kind);
      assert.ok(own[0].bubbles && own[0].composed, 'muni-error bubbles and is composed');
      assert.match(own[0].message, logged);
    }
    assert.equal(
      events.filter((event) => event.id.startsWith('good-')).length,
      0,
      'the healthy elements fire nothing',
    );
    assert.deepEqual(seen.pageErrors, [], 'nothing uncaught');

    assert.equal(healthy.length, 3);
    for (const element of healthy) {
      assert.equal(element.alert, null, `<${element.tag}> beside them shows no alert`);
      assert.ok(element.links > 0, `<${element.tag}> beside them renders its links`);
    }
    // …and keeps working: the menu opens its first panel, the list re-sorts.
    const working = await tab.evaluate(async () => {
      const menu = document.getElementById('good-menu');
      const toggle = menu.shadowRoot.querySelector('[part~="toggle"]');
      toggle.click();
      await menu.updateComplete;
      const list = document.getElementById('good-list');
      const names = () =>
        [...list.shadowRoot.querySelectorAll('a')].map((a) => a.textContent.trim());
      const before = names();
      const select = list.shadowRoot.querySelector('select');
      select.value = 'country';
      select.dispatchEvent(new Event('change'));
      await list.updateComplete;
      return {
        expanded: String(toggle.parentElement.open),
        resorted: JSON.stringify(before) !== JSON.stringify(names()),
      };
    });
    assert.deepEqual(working, { expanded: 'true', resorted: true });
  };

  for (const testCase of cases) {
    it(`${testCase.name}: every element concerned shows the alert, logs, fires muni-error; the rest works`, async () => {
      const { context, tab, seen } = await openWatchedTab(browser);
      try {
        await tab.goto(`${server.url}${testCase.path}`);
        await settle(tab);
        await checkPage(tab, seen, testCase);
      } finally {
        await context.close();
      }
    });
  }

  it('the timeout is the timeout attribute: the alert comes at 0.5 s, not before, and in English on an English page', async () => {
    const { context, tab, seen } = await openWatchedTab(browser);
    // A fake clock: the page's timers run only when the test moves time on, so the check holds
    // however busy the machine is.
    // (The clock runs from `start` until it is paused a minute later: room for a busy machine.)
    const start = new Date('2026-03-03T08:00:00Z');
    await tab.clock.install({ time: start });
    await tab.clock.pauseAt(new Date(start.getTime() + 60_000));
    // Notes when the kit asks for each URL.
    await tab.addInitScript(() => {
      const { fetch } = window;
      window.__fetchStarts = {};
      window.fetch = function (input, init) {
        const url = String(input instanceof Request ? input.url : input);
        window.__fetchStarts[url] ??= performance.now();
        return fetch.call(this, input, init);
      };
    });
    const state = () =>
      tab.evaluate(() => ({
        requests: Object.keys(window.__fetchStarts).filter((url) => url.endsWith('/hang.json'))
          .length,
        busy: document.getElementById('bad-muni-twin-city-card').getAttribute('aria-busy'),
        alert:
          document
            .getElementById('bad-muni-twin-city-card')
            .shadowRoot?.querySelector('[role="alert"]') !== null,
        errors: window.__muniTest.muniErrors.filter((event) => event.id.startsWith('bad-')).length,
      }));
    /** Polls (in real time: the page's clock stands still) until `done` holds. */
    const until = async (done) => {
      for (let attempt = 0; attempt < 600; attempt += 1) {
        const now = await state();
        if (done(now)) return now;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return state();
    };
    try {
      await tab.goto(`${server.url}/hang-en.html`);
      const asked = await until((now) => now.requests > 0);
      assert.equal(asked.requests, 1, 'one request for the eight elements');
      // 1 ms before the timeout: still loading (aria-busy), no alert, no event.
      await tab.clock.runFor(499);
      assert.deepEqual(await state(), { requests: 1, busy: 'true', alert: false, errors: 0 });
      // At the timeout: every faulty element reports, without the clock moving any further.
      await tab.clock.runFor(1);
      const reported = await until((now) => now.errors === elementNames.length && now.alert);
      assert.deepEqual(reported, {
        requests: 1,
        busy: null,
        alert: true,
        errors: elementNames.length,
      });
      await tab.clock.resume();
      await settle(tab);
      await checkPage(tab, seen, { ...cases[0], lang: 'en' });
    } finally {
      await context.close();
    }
  });
});
