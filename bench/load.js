// The benchmark's page-load part: the kit's prerendered demo against the same page as plain
// static HTML and as built with GOV.UK Frontend and with USWDS (peer-pages.js), each loaded cold
// in a fresh browser context, on a desktop and on a phone (CPU slowed 4×), in interleaved trials
// (the order rotates every trial), served the same way (server.js: compressed, cache headers).
import { peerVersions } from './peer-pages.js';

/** The pages compared, with the readiness rule each is measured by (see `loadObserver`). */
export const loadPages = [
  { id: 'kit', name: 'kit (prerendered demo)', path: '/index.html', readiness: 'kit' },
  {
    id: 'kit-loader',
    name: 'kit, autoloader',
    path: '/index.loader.html',
    readiness: 'kit',
  },
  { id: 'static', name: 'static HTML', path: '/static.html', readiness: 'static' },
  {
    id: 'govuk',
    name: `GOV.UK Frontend ${peerVersions.govuk}`,
    path: '/govuk.html',
    readiness: 'govuk',
  },
  { id: 'uswds', name: `USWDS ${peerVersions.uswds}`, path: '/uswds.html', readiness: 'uswds' },
];

/** Installed before any page script: collects long tasks, layout shifts, paints and readiness. */
const loadObserver = (readiness) => {
  const m = {
    longTasks: 0,
    longTaskCount: 0,
    blocking: 0,
    cls: 0,
    shifts: 0,
    fcp: undefined,
    lcp: undefined,
    ready: undefined,
    readyPaint: undefined,
    elements: 0,
  };
  window.__muniLoad = m;
  const observe = (type, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({
        type,
        buffered: true,
      });
    } catch {
      // not supported: stays undefined
    }
  };
  observe('longtask', (e) => {
    m.longTasks += e.duration;
    m.longTaskCount += 1;
    m.blocking += Math.max(0, e.duration - 50);
  });
  const describe = (node) => {
    if (!node) return '(gone)';
    const element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return node.nodeName.toLowerCase();
    const root = element.getRootNode();
    const own = `${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
    return root instanceof ShadowRoot ? `${describe(root.host)} >>> ${own}` : own;
  };
  m.shiftSources = {};
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) {
      m.cls += e.value;
      m.shifts += 1;
      for (const source of e.sources ?? []) {
        const name = describe(source.node);
        m.shiftSources[name] = (m.shiftSources[name] ?? 0) + e.value;
      }
    }
  });
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    m.lcp = e.startTime;
  });
  // Ready (interactive): the document is parsed and the page's own script has done its work.
  // The kit: every muni-* element is defined and has rendered once and is not loading (elements
  // set aria-busy="true" while they load), or keeps its server-rendered DOM until it is needed
  // (`defer-hydration`: that DOM is already operable without script). GOV.UK Frontend: every
  // `data-module` root carries the `data-<module>-init` mark `initAll()` sets. USWDS: its
  // script has run (`uswdsPresent`) and its loading class is gone. The static page: parsed.
  const pageReady = {
    kit: (elements) =>
      elements.every(
        (e) =>
          customElements.get(e.localName) &&
          (e.hasAttribute('defer-hydration') || e.hasUpdated !== false) &&
          e.getAttribute('aria-busy') !== 'true',
      ),
    govuk: () =>
      [...document.querySelectorAll('[data-module]')].every((e) =>
        e.hasAttribute(`data-${e.dataset.module}-init`),
      ),
    uswds: () =>
      window.uswdsPresent === true &&
      !document.documentElement.classList.contains('usa-js-loading'),
    static: () => true,
  };
  const check = () => {
    if (m.ready !== undefined || document.readyState === 'loading') return;
    const elements = [...document.querySelectorAll('*')].filter((e) =>
      e.localName.startsWith('muni-'),
    );
    const done = pageReady[readiness](elements);
    if (!done) return;
    m.ready = performance.now();
    m.elements = elements.length;
    for (const e of elements) {
      (m.heights[e.localName] ??= {}).rendered = Math.round(e.getBoundingClientRect().height);
    }
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (m.readyPaint = performance.now());
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
  // The space each element holds while it loads (muni-kit.css), to compare with what it renders.
  m.heights = {};
  document.addEventListener('DOMContentLoaded', () => {
    for (const e of document.querySelectorAll('*')) {
      if (e.localName.startsWith('muni-')) {
        (m.heights[e.localName] ??= {}).loading = Math.round(e.getBoundingClientRect().height);
      }
    }
    check();
  });
  const poll = () => {
    check();
    if (m.ready === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

const loadProfiles = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, cpu: 1 },
  {
    name: 'phone (CPU ×4)',
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    cpu: 4,
  },
];

const weatherAnswer = JSON.stringify({
  current_units: { temperature_2m: '°C' },
  current: { time: '2026-12-04T10:00', temperature_2m: 6.4, weather_code: 3 },
});

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** The interquartile range of the trials: how far apart the middle half lies. */
const quartiles = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return [at(0.25), at(0.75)];
};
const round = (value, digits = 1) =>
  value === undefined || Number.isNaN(value) ? undefined : Number(value.toFixed(digits));

/** One cold load of `page` in `profile`: what the observer saw, the bytes, the console errors. */
const loadOnce = async (browser, url, profile, page) => {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor ?? 1,
    isMobile: profile.isMobile ?? false,
    hasTouch: profile.hasTouch ?? false,
  });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.addInitScript(loadObserver, page.readiness);
    // The header's live weather: answered at once, as Open-Meteo would (this machine is offline).
    await tab.route('https://api.open-meteo.com/**', (route) =>
      route.fulfill({ contentType: 'application/json', body: weatherAnswer }),
    );
    if (profile.cpu > 1) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    }
    await tab.goto(`${url}${page.path}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__muniLoad.readyPaint !== undefined, null, {
      timeout: 30_000,
    });
    // Late shifts and long tasks: a fixed wait, since what comes late is what is measured.
    await tab.waitForTimeout(500);
    const measured = await tab.evaluate(() => {
      const load = window.__muniLoad;
      for (const e of document.querySelectorAll('*')) {
        if (e.localName.startsWith('muni-')) {
          (load.heights[e.localName] ??= {}).settled = Math.round(e.getBoundingClientRect().height);
        }
      }
      const [n] = performance.getEntriesByType('navigation');
      const transferred = performance
        .getEntriesByType('resource')
        .reduce((sum, r) => sum + r.transferSize, n.transferSize);
      return { ...load, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, transferred };
    });
    return { ...measured, errors };
  } finally {
    await context.close();
  }
};

const summarize = (runs) => {
  const pick = (k) => median(runs.map((x) => x[k]));
  const spread = (k) => quartiles(runs.map((x) => x[k]))?.map((v) => round(v));
  return {
    ready: round(pick('ready')),
    readySpread: spread('ready'),
    readyPainted: round(pick('readyPaint')),
    fcp: round(pick('fcp')),
    fcpSpread: spread('fcp'),
    lcp: round(pick('lcp')),
    lcpSpread: spread('lcp'),
    domContentLoaded: round(pick('dcl')),
    load: round(pick('load')),
    longTaskTotal: round(pick('longTasks')),
    longTaskCount: pick('longTaskCount'),
    totalBlockingTime: round(pick('blocking')),
    totalBlockingTimeSpread: spread('blocking'),
    cls: round(Math.max(...runs.map((x) => x.cls)), 4),
    transferredBytes: pick('transferred'),
    elements: runs[0].elements,
    consoleErrors: [...new Set(runs.flatMap((x) => x.errors))],
    shiftSources: runs.find((x) => x.cls > 0)?.shiftSources,
  };
};

const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const cell = (value, spread) =>
  value === undefined
    ? '–'
    : spread
      ? `${value.toFixed(0)} (${spread[0].toFixed(0)}–${spread[1].toFixed(0)})`
      : value.toFixed(0);
const ratio = (a, b) => (a !== undefined && b > 0 ? (a / b).toFixed(2) : '–');

/**
 * Runs the load comparison; returns `{ profiles: [{ profile, pages: { kit, static, govuk,
 * uswds } }] }` and prints one table per profile (medians with the interquartile range of the
 * trials) and the kit's ratios to each of the others.
 */
export const runLoad = async ({ browser, url, trials, table }) => {
  const profiles = [];
  for (const profile of loadProfiles) {
    const runs = Object.fromEntries(loadPages.map((p) => [p.id, []]));
    for (const page of loadPages) await loadOnce(browser, url, profile, page); // untimed warm-up
    for (let i = 0; i < trials; i += 1) {
      // Rotated each trial, so that no page always follows the same one.
      const order = loadPages.map((_, j) => loadPages[(i + j) % loadPages.length]);
      for (const page of order) runs[page.id].push(await loadOnce(browser, url, profile, page));
    }
    const pages = Object.fromEntries(loadPages.map((p) => [p.id, summarize(runs[p.id])]));
    profiles.push({ profile: profile.name, pages });
    table(
      `Page load, ${profile.name}: medians of ${trials} trials (interquartile range), ms from navigation start; ready = interactive (see bench/load.js)`,
      ['page', 'ready', 'FCP', 'LCP', 'TBT', 'long tasks', 'CLS', 'on the wire'],
      loadPages.map((p) => {
        const s = pages[p.id];
        return [
          p.name,
          cell(s.ready, s.readySpread),
          cell(s.fcp, s.fcpSpread),
          cell(s.lcp, s.lcpSpread),
          cell(s.totalBlockingTime, s.totalBlockingTimeSpread),
          `${cell(s.longTaskTotal)} (${s.longTaskCount})`,
          s.cls.toFixed(4),
          kb(s.transferredBytes),
        ];
      }),
    );
    table(
      `Kit ÷ each page, ${profile.name} (below 1: the kit is ahead)`,
      ['kit ÷', 'ready', 'FCP', 'LCP', 'TBT', 'on the wire'],
      loadPages
        .filter((p) => p.id !== 'kit')
        .map((p) => {
          const [k, o] = [pages.kit, pages[p.id]];
          return [
            p.name,
            ratio(k.ready, o.ready),
            ratio(k.fcp, o.fcp),
            ratio(k.lcp, o.lcp),
            ratio(k.totalBlockingTime, o.totalBlockingTime),
            ratio(k.transferredBytes, o.transferredBytes),
          ];
        }),
    );
    for (const p of loadPages) {
      const s = pages[p.id];
      if (s.cls > 0)
        console.log(
          `  ${profile.name} ${p.id}: layout shifts from ${JSON.stringify(s.shiftSources)}`,
        );
      if (s.consoleErrors.length)
        console.warn(`  ${profile.name} ${p.id}: console errors: ${s.consoleErrors.join(' | ')}`);
    }
  }
  return { pages: loadPages.map(({ id, name, path }) => ({ id, name, path })), profiles };
};
