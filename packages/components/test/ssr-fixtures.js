/* global process */
// Server-renders the fixtures of the hydration test (src/server/hydration.test.ts) and prints
// them as one JSON object: { "<element>:<lang>": "<html>", ... }. Run by the web-test-runner
// plugin in web-test-runner.config.js, in its own process (the server renderer installs Lit's
// DOM shim on the global object). Needs dist/ (the components' build).
import { readFileSync } from 'node:fs';

const { renderElement } = await import('../dist/server/render.js');

const dataFile = new URL('../../domain/data/kazanlak.json', import.meta.url);
const data = JSON.parse(readFileSync(dataFile, 'utf8'));
/** Where the test page loads the same document from (the test server serves the repository). */
const src = '/packages/domain/data/kazanlak.json';
const kochaniPage = '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani';
/** A Monday, 10:00 in Sofia: the offices are open. The browser then shows its own time. */
export const renderedAt = new Date('2025-06-23T07:00:00Z');

const selections = {
  'muni-site-header': {},
  'muni-mega-menu': { currentUrl: kochaniPage },
  'muni-breadcrumbs': { page: 'twin-city-kochani' },
  'muni-timeline': { twinCity: 'kochani' },
  'muni-contact-footer': {},
  'muni-twin-city-card': { twinCity: 'kochani' },
  'muni-twin-city-list': { currentUrl: kochaniPage },
  'muni-side-nav': { currentUrl: kochaniPage },
  'muni-display-settings': {},
};

const fixtures = {};
for (const [element, selection] of Object.entries(selections)) {
  for (const lang of ['bg', 'en']) {
    fixtures[`${element}:${lang}`] = renderElement({
      element,
      data,
      lang,
      src,
      now: renderedAt,
      ...selection,
    });
  }
}
// Rendered without data (only `src`): the server renders the loading state.
fixtures['muni-breadcrumbs:loading'] = renderElement({
  element: 'muni-breadcrumbs',
  data: undefined,
  src,
  page: 'twin-city-kochani',
  lang: 'bg',
});
// Rendered in the page's language (no `lang` on the element): English, on a Bulgarian page.
fixtures['muni-side-nav:page-language'] = renderElement({
  element: 'muni-side-nav',
  data,
  src,
  currentUrl: kochaniPage,
  pageLanguage: 'en',
});
// The browser loads another document than the server rendered (the data file changed): the
// twin city is gone, so the element cannot hydrate and renders its error instead.
fixtures['muni-twin-city-card:stale'] = renderElement({
  element: 'muni-twin-city-card',
  data,
  src: '/packages/domain/data/kochani.json',
  twinCity: 'kochani',
  lang: 'bg',
});

// With a weather reading (a saved Open-Meteo answer, 15 minutes before renderedAt): the
// browser hydrates the same reading, then judges it at its own clock (it is long stale then).
fixtures['muni-site-header:weather'] = renderElement({
  element: 'muni-site-header',
  data,
  src,
  lang: 'bg',
  now: renderedAt,
  weather: {
    utc_offset_seconds: 10800,
    timezone: 'Europe/Sofia',
    current: { time: '2025-06-23T09:45', interval: 900, temperature_2m: 24.3, weather_code: 1 },
  },
});

// Rendered from an older version of the data file than the browser loads (a cached snippet):
// hydrating would keep the old text, so the element renders from the browser's data instead.
const older = structuredClone(data);
older.pages[0].breadcrumbs[0].label = { bg: 'Стара начална страница', en: 'Old home page' };
fixtures['muni-breadcrumbs:older-data'] = renderElement({
  element: 'muni-breadcrumbs',
  data: older,
  src,
  page: 'twin-city-kochani',
  lang: 'bg',
});

process.stdout.write(JSON.stringify(fixtures));
