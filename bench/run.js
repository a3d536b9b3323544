#!/usr/bin/env node
// The benchmark (`npm run bench`): headless Debian Chromium through playwright-core, medians
// over repeated trials, a table per part, and everything in bench/results.json.
//
//   node bench/run.js [--trials=7] [--parts=load,growth,leaks] [--cycles=1000] [--out=bench/results.json]
//                     [--site=apps/embed/dist] [--elements=muni-timeline,muni-mega-menu]
//
// 1. load:   the demo page (apps/embed/dist/index.html) against bench/static.html, the same
//            content as plain HTML from the same data file (bench/static-page.js), on a desktop
//            (1280×800) and on a phone (375×667, CPU slowed 4×).
// 2. growth: muni-timeline, muni-mega-menu and muni-twin-city-list with growing data, first
//            render and language switch, against the same markup written with innerHTML.
// 3. leaks:  every element mounted and removed 1,000 times; DOM nodes, JS heap and listeners.
// Build first: `npm run build` (the embed bundle and the demo in apps/embed/dist).
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tools/chromium.js';
import { citiesDocument, loadReference, menuDocument, timelineDocument } from './fixtures.js';
import { embedDist, formatJson, repoRoot, startServer } from './server.js';
import { bundle, elementNames } from './size.js';
import { runLoad } from './load.js';
import { govukPage, peerAssets, uswdsPage } from './peer-pages.js';
import { staticPage } from './static-page.js';

const { values: options } = parseArgs({
  options: {
    trials: { type: 'string', default: '7' },
    parts: { type: 'string', default: 'load,growth,leaks' },
    cycles: { type: 'string', default: '1000' },
    out: { type: 'string', default: join(repoRoot, 'bench/results.json') },
    site: { type: 'string' }, // another built embed directory (default apps/embed/dist)
    elements: { type: 'string' }, // only these elements in growth and leaks (comma-separated)
  },
});
const trials = Math.max(5, Number(options.trials));
const parts = new Set(options.parts.split(','));
const cycles = Number(options.cycles);
const only = options.elements ? new Set(options.elements.split(',')) : undefined;
const wanted = (tag) => !only || only.has(tag);

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) =>
  value === undefined || Number.isNaN(value) ? undefined : Number(value.toFixed(digits));
const ms = (value) => (value === undefined ? '–' : value.toFixed(1));

/** Least-squares slope of log(time) against log(size): ~1 is linear. */
const growthExponent = (points) => {
  const usable = points.filter((p) => p.time > 0);
  if (usable.length < 2) return undefined;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.time));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return num / den;
};
/** Slope between the two largest sizes: the asymptotic growth, without fixed costs. */
const topExponent = (points) => {
  const [a, b] = points.slice(-2);
  return a && b && a.time > 0 && b.time > 0
    ? Math.log(b.time / a.time) / Math.log(b.size / a.size)
    : undefined;
};

const table = (title, header, rows) => {
  const cells = rows.map((row) => row.map((c) => (c === undefined ? '–' : String(c))));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) console.log(line(r));
};

// ---------------------------------------------------------------------------------------------
// The server: the built demo, the static page, the growth data, the harness and the decoder.

const reference = loadReference();
const growthSpecs = [
  {
    tag: 'muni-timeline',
    attributes: { 'twin-city': 'kochani' },
    unit: 'events',
    sizes: [10, 100, 1000, 10000],
    document: (n) => timelineDocument(reference, n),
  },
  {
    tag: 'muni-mega-menu',
    attributes: { 'current-url': '/razdel-1/grupa-1/stranitsa-1' },
    unit: 'links',
    sizes: [20, 200, 2000],
    open: true,
    document: (n) => menuDocument(reference, n).doc,
  },
  {
    tag: 'muni-twin-city-list',
    attributes: {},
    unit: 'cities',
    sizes: [18, 180, 1800],
    document: (n) => citiesDocument(reference, n),
  },
];
/** The panel-opening goal, with all 2,000 links in the one panel that opens. */
const onePanelSpec = {
  tag: 'muni-mega-menu',
  attributes: { 'current-url': '/razdel-1/grupa-1/stranitsa-1' },
  size: 2000,
  document: () => menuDocument(reference, 2000, 1).doc,
};
/** How each element is mounted on its own for the leak test. */
const leakAttributes = {
  'muni-site-header': {},
  'muni-mega-menu': {
    'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani',
  },
  'muni-breadcrumbs': { page: 'twin-city-kochani' },
  'muni-timeline': { 'twin-city': 'kochani' },
  'muni-contact-footer': {},
  'muni-twin-city-card': { 'twin-city': 'kochani' },
  'muni-twin-city-list': {},
  'muni-side-nav': {
    'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani',
  },
};

const harnessPage = `<!doctype html>
<html lang="bg">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>muni-kit bench harness</title>
<link rel="stylesheet" href="/muni-kit.css">
<script type="module" src="/muni-kit.js"></script>
<script type="module" src="/__bench/decoder.js"></script>
<script type="module" src="/__bench/harness.js"></script>
</head>
<body><main id="stage"></main></body>
</html>`;

const buildDecoder = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'muni-bench-'));
  try {
    const entry = join(dir, 'decoder.js');
    writeFileSync(
      entry,
      `import { decodeMunicipality } from ${JSON.stringify(join(repoRoot, 'packages/domain/dist/municipality.js'))};\nwindow.muniDecode = decodeMunicipality;\n`,
    );
    return await bundle(entry);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const pages = {
  '/static.html': staticPage(reference),
  // The demo with the autoloader in place of the one-file bundle.
  '/index.loader.html': readFileSync(join(embedDist, 'index.html'), 'utf8').replace(
    'src="muni-kit.js"',
    'src="loader/muni-kit-loader.js"',
  ),
  '/govuk.html': govukPage(reference),
  '/uswds.html': uswdsPage(reference),
  ...peerAssets(),
  '/__bench/harness.html': harnessPage,
  '/__bench/harness.js': readFileSync(join(repoRoot, 'bench/harness.js'), 'utf8'),
  '/__bench/decoder.js': await buildDecoder(),
};
writeFileSync(join(repoRoot, 'bench/static.html'), pages['/static.html']);
for (const spec of growthSpecs) {
  for (const size of spec.sizes) {
    pages[`/__bench/${spec.tag}-${size}.json`] = JSON.stringify(spec.document(size));
  }
}
pages[`/__bench/one-panel-${onePanelSpec.size}.json`] = JSON.stringify(onePanelSpec.document());

const server = await startServer({ pages, ...(options.site ? { root: options.site } : {}) });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});
const results = {
  measured: new Date().toISOString(),
  environment: {
    chromium: browser.version(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
    trials,
  },
};
const cleanUp = async () => {
  await browser.close().catch(() => {});
  await server.close();
};
process.once('SIGINT', () => cleanUp().then(() => process.exit(130)));

// ---------------------------------------------------------------------------------------------
// 1. Page load: the demo against the static page, GOV.UK Frontend and USWDS (bench/load.js)

if (parts.has('load')) {
  results.load = await runLoad({ browser, url: server.url, trials, table });
}

// ---------------------------------------------------------------------------------------------
// 2. Growth

const harness = async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${server.url}/__bench/harness.html`);
  await page.waitForFunction(() => window.muniBench && window.muniDecode);
  return { context, page, errors };
};

if (parts.has('growth')) {
  results.growth = [];
  const rows = [];
  for (const spec of growthSpecs.filter((g) => wanted(g.tag))) {
    const points = [];
    for (const size of spec.sizes) {
      const { context, page, errors } = await harness();
      const key = `${spec.tag}-${size}`;
      try {
        await page.evaluate(
          ([k, url]) => window.muniBench.prepare(k, url),
          [key, `/__bench/${key}.json`],
        );
        const job = { tag: spec.tag, attributes: spec.attributes, key, open: spec.open ?? false };
        // Warm-up (JIT, styles) and the markup the baseline writes.
        const warm = await page.evaluate((j) => window.muniBench.kit({ ...j, capture: true }), job);
        const { markup } = warm;
        const baselineJob = { key, markup, open: spec.open ?? false };
        await page.evaluate((j) => window.muniBench.baseline(j), baselineJob);
        const runs = { raw: [], decoded: [], baseline: [], decode: [] };
        for (let i = 0; i < trials; i += 1) {
          runs.raw.push(
            await page.evaluate((j) => window.muniBench.kit(j), { ...job, variant: 'raw' }),
          );
          runs.baseline.push(await page.evaluate((j) => window.muniBench.baseline(j), baselineJob));
          runs.decoded.push(
            await page.evaluate((j) => window.muniBench.kit(j), { ...job, variant: 'decoded' }),
          );
          runs.decode.push(await page.evaluate((k) => window.muniBench.decode(k), key));
        }
        const pick = (list, k) => median(list.map((x) => x[k]));
        const point = {
          size,
          nodes: warm.nodes,
          markupBytes: markup.bg.length,
          kit: {
            first: round(pick(runs.raw, 'first')),
            firstDecoded: round(pick(runs.decoded, 'first')),
            switch: round(pick(runs.raw, 'switch')),
            open: spec.open ? round(pick(runs.raw, 'open')) : undefined,
            panelLinks: spec.open ? warm.panelLinks : undefined,
          },
          decodeOnly: round(median(runs.decode)),
          baseline: {
            first: round(pick(runs.baseline, 'first')),
            switch: round(pick(runs.baseline, 'switch')),
            open: spec.open ? round(pick(runs.baseline, 'open')) : undefined,
          },
          errors: [...new Set(errors)],
        };
        point.ratio = {
          first: round(point.kit.first / point.baseline.first, 2),
          firstDecoded: round(point.kit.firstDecoded / point.baseline.first, 2),
          switch: round(point.kit.switch / point.baseline.switch, 2),
        };
        points.push(point);
        console.log(
          `  ${spec.tag} × ${size}: first ${ms(point.kit.first)} ms (decoded data ${ms(point.kit.firstDecoded)}), baseline ${ms(point.baseline.first)} ms; switch ${ms(point.kit.switch)} vs ${ms(point.baseline.switch)} ms${spec.open ? `; open ${ms(point.kit.open)} ms` : ''}`,
        );
      } catch (error) {
        points.push({ size, error: error.message });
        console.error(`  ${spec.tag} × ${size}: ${error.message}`);
      } finally {
        await context.close();
      }
    }
    const ok = points.filter((p) => !p.error);
    const series = (f) => ok.map((p) => ({ size: p.size, time: f(p) }));
    const exponents = {};
    for (const [name, f] of Object.entries({
      first: (p) => p.kit.first,
      firstDecoded: (p) => p.kit.firstDecoded,
      switch: (p) => p.kit.switch,
      baselineFirst: (p) => p.baseline.first,
      baselineSwitch: (p) => p.baseline.switch,
      decodeOnly: (p) => p.decodeOnly,
      ...(spec.open ? { open: (p) => p.kit.open } : {}),
    })) {
      exponents[name] = {
        all: round(growthExponent(series(f)), 2),
        top: round(topExponent(series(f)), 2),
      };
    }
    results.growth.push({ element: spec.tag, unit: spec.unit, points, exponents });
    for (const p of points) {
      rows.push(
        p.error
          ? [
              `${spec.tag} ${p.size} ${spec.unit}`,
              `error: ${p.error}`,
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              '',
            ]
          : [
              `${spec.tag} ${p.size} ${spec.unit}`,
              ms(p.kit.first),
              ms(p.kit.firstDecoded),
              ms(p.decodeOnly),
              ms(p.baseline.first),
              p.ratio.first,
              p.ratio.firstDecoded,
              ms(p.kit.switch),
              ms(p.baseline.switch),
              p.ratio.switch,
              spec.open
                ? `${ms(p.kit.open)} vs ${ms(p.baseline.open)} (${p.kit.panelLinks} links)`
                : '',
            ],
      );
    }
    rows.push([
      `${spec.tag} growth exponent (all / top two)`,
      `${exponents.first.all} / ${exponents.first.top}`,
      `${exponents.firstDecoded.all} / ${exponents.firstDecoded.top}`,
      `${exponents.decodeOnly.all} / ${exponents.decodeOnly.top}`,
      `${exponents.baselineFirst.all} / ${exponents.baselineFirst.top}`,
      '',
      '',
      `${exponents.switch.all} / ${exponents.switch.top}`,
      `${exponents.baselineSwitch.all} / ${exponents.baselineSwitch.top}`,
      '',
      spec.open ? `${exponents.open.all} / ${exponents.open.top}` : '',
    ]);
  }

  // The panel goal: all 2,000 links in the one panel that opens.
  {
    const { context, page } = await harness();
    const key = `one-panel-${onePanelSpec.size}`;
    try {
      await page.evaluate(
        ([k, url]) => window.muniBench.prepare(k, url),
        [key, `/__bench/${key}.json`],
      );
      const job = {
        tag: onePanelSpec.tag,
        attributes: onePanelSpec.attributes,
        key,
        open: true,
        variant: 'decoded',
      };
      const { markup } = await page.evaluate(
        (j) => window.muniBench.kit({ ...j, capture: true }),
        job,
      );
      const runs = [];
      const baselineRuns = [];
      for (let i = 0; i < trials; i += 1) {
        runs.push(await page.evaluate((j) => window.muniBench.kit(j), job));
        baselineRuns.push(
          await page.evaluate((j) => window.muniBench.baseline(j), { key, markup, open: true }),
        );
      }
      results.megaMenuPanel = {
        links: runs[0].panelLinks,
        open: round(median(runs.map((r) => r.open))),
        baselineOpen: round(median(baselineRuns.map((r) => r.open))),
        goal: 50,
      };
      rows.push([
        `muni-mega-menu, one panel of ${onePanelSpec.size} links`,
        ms(median(runs.map((r) => r.first))),
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        `${ms(results.megaMenuPanel.open)} vs ${ms(results.megaMenuPanel.baselineOpen)} (${results.megaMenuPanel.links} links)`,
      ]);
    } catch (error) {
      results.megaMenuPanel = { error: error.message };
      console.error(`  one-panel mega-menu: ${error.message}`);
    } finally {
      await context.close();
    }
  }

  const timeline = results.growth.find((g) => g.element === 'muni-timeline');
  const largest = timeline?.points.at(-1);
  // The menu of 2,000 links in five sections: its first panel (about 400 links).
  const menu2000 = results.growth
    .find((g) => g.element === 'muni-mega-menu')
    ?.points.find((p) => p.size === 2000);
  results.goals = {
    // Both the first render (with the raw document: decoding included) and the language switch.
    timeline10000WithinBaseline: largest?.ratio
      ? {
          ratio: largest.ratio.first,
          ratioDecodedData: largest.ratio.firstDecoded,
          ratioSwitch: largest.ratio.switch,
          goal: 1.5,
          met: largest.ratio.first <= 1.5 && largest.ratio.switch <= 1.5,
        }
      : undefined,
    megaMenuPanelOpen:
      results.megaMenuPanel?.open !== undefined
        ? {
            ms: results.megaMenuPanel.open,
            links: results.megaMenuPanel.links,
            firstPanelOf2000LinkMenu: menu2000?.kit?.open,
            firstPanelLinks: menu2000?.kit?.panelLinks,
            goal: 50,
            met:
              results.megaMenuPanel.open <= 50 &&
              (menu2000?.kit?.open === undefined || menu2000.kit.open <= 50),
          }
        : undefined,
  };
  table(
    `Growth, medians of ${trials} trials (ms to the next paint; baseline = the same markup written with innerHTML into a shadow root with the same styles)`,
    [
      'element × size',
      'first',
      'first (decoded data)',
      'decode only',
      'baseline first',
      'ratio',
      'ratio (decoded)',
      'lang switch',
      'baseline switch',
      'ratio',
      'open 1st panel (kit vs baseline)',
    ],
    rows,
  );
  const { timeline10000WithinBaseline: tl, megaMenuPanelOpen: mm } = results.goals;
  console.log(
    `\nGoals: timeline 10,000 events within 1.5× of baseline: ${tl ? `first ${tl.ratio}×, language switch ${tl.ratioSwitch}× (${tl.met ? 'met' : 'NOT met'}; first with pre-decoded data ${tl.ratioDecodedData}×)` : 'not measured'}; mega-menu panel of 2,000 links open within 50 ms: ${mm ? `${mm.ms} ms for one panel of ${mm.links} links, ${mm.firstPanelOf2000LinkMenu ?? '–'} ms for the first panel (${mm.firstPanelLinks ?? '–'} links) of the 2,000-link menu (${mm.met ? 'met' : 'NOT met'})` : 'not measured'}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Leaks

const snapshot = async (cdp) => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const listenersOn = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'leaks' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    return listeners.map((l) => l.type);
  };
  const documentListeners = await listenersOn('document');
  const windowListeners = await listenersOn('window');
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'leaks' });
  return {
    nodes: m.Nodes,
    heap: m.JSHeapUsedSize,
    listeners: m.JSEventListeners,
    documentListeners,
    windowListeners,
  };
};

if (parts.has('leaks')) {
  results.leaks = [];
  const rows = [];
  for (const tag of elementNames.filter(wanted)) {
    const { context, page, errors } = await harness();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.evaluate(() => window.muniBench.prepare('kazanlak', '/kazanlak.json'));
      const job = { tag, attributes: leakAttributes[tag], key: 'kazanlak' };
      await page.evaluate((j) => window.muniBench.cycle({ ...j, cycles: 20 }), job);
      const before = await snapshot(cdp);
      await page.evaluate((j) => window.muniBench.cycle(j), { ...job, cycles: cycles / 2 });
      const middle = await snapshot(cdp);
      await page.evaluate((j) => window.muniBench.cycle(j), { ...job, cycles: cycles / 2 });
      const after = await snapshot(cdp);
      const delta = (k) => after[k] - before[k];
      const secondHalf = (k) => after[k] - middle[k];
      const flags = [];
      if (delta('nodes') > 50 && secondHalf('nodes') > 25)
        flags.push(`DOM nodes +${delta('nodes')}`);
      if (delta('listeners') > 10 && secondHalf('listeners') > 5) {
        flags.push(`listeners +${delta('listeners')}`);
      }
      if (delta('heap') > 1024 * 1024 && secondHalf('heap') > 512 * 1024) {
        flags.push(`heap +${Math.round(delta('heap') / 1024)} KB`);
      }
      if (after.documentListeners.length > before.documentListeners.length) {
        flags.push(
          `document listeners ${before.documentListeners.length} → ${after.documentListeners.length} (${after.documentListeners.join(', ')})`,
        );
      }
      if (after.windowListeners.length > before.windowListeners.length) {
        flags.push(
          `window listeners ${before.windowListeners.length} → ${after.windowListeners.length} (${after.windowListeners.join(', ')})`,
        );
      }
      const entry = {
        element: tag,
        cycles,
        before,
        middle,
        after,
        flags,
        errors: [...new Set(errors)],
      };
      results.leaks.push(entry);
      rows.push([
        tag,
        `${before.nodes} → ${middle.nodes} → ${after.nodes}`,
        `${(before.heap / 1048576).toFixed(2)} → ${(middle.heap / 1048576).toFixed(2)} → ${(after.heap / 1048576).toFixed(2)}`,
        `${before.listeners} → ${middle.listeners} → ${after.listeners}`,
        `${before.documentListeners.length} → ${after.documentListeners.length}`,
        `${before.windowListeners.length} → ${after.windowListeners.length}`,
        flags.length ? `LEAK? ${flags.join('; ')}` : 'ok',
      ]);
    } catch (error) {
      results.leaks.push({ element: tag, error: error.message });
      rows.push([tag, `error: ${error.message}`, '', '', '', '', '']);
    } finally {
      await context.close();
    }
  }
  table(
    `Leaks: each element mounted and removed ${cycles} times (after 20 warm-up cycles; values after GC: before → after ${cycles / 2} → after ${cycles})`,
    [
      'element',
      'DOM nodes',
      'JS heap (MB)',
      'JS listeners',
      'document listeners',
      'window listeners',
      '',
    ],
    rows,
  );
}

await cleanUp();
results.environment.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
writeFileSync(options.out, await formatJson(results));
console.log(`\nWrote ${options.out}`);
