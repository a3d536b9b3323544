#!/usr/bin/env node
// Lighthouse against the built demo (`npm run lighthouse`), mobile and desktop, in Debian's
// Chromium launched here (chrome-launcher, headless). Prints the four category scores and keeps
// the HTML reports in bench/ (lighthouse-mobile.html, lighthouse-desktop.html: gitignored) and
// the scores in bench/lighthouse.json.
//
//   node bench/lighthouse.js [--path=/index.html] [--runs=3] [--site=apps/embed/dist]
//
// Each form runs `--runs` times (default 3) and the run with the median performance score is
// kept (its report, metrics and diagnostics); every run's score and metrics are in the JSON too,
// with the machine's load average, since a shared machine makes single runs noisy.
//
// The demo is served from apps/embed/dist by an in-process server that answers like a
// municipality's web server or CDN (bench/server.js: the build's precompressed files, brotli,
// ETags, cache headers). Build first: `npm run build`.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from '../tools/chromium.js';
import { formatJson, repoRoot, startServer } from './server.js';

const { values: options } = parseArgs({
  options: {
    path: { type: 'string', default: '/index.html' },
    runs: { type: 'string', default: '3' }, // the run with the median performance score is kept
    site: { type: 'string' }, // another built embed directory (default apps/embed/dist)
  },
});
const runs = Math.max(1, Number(options.runs));
const goals = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 };

const server = await startServer(options.site ? { root: options.site } : {});
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [...chromiumArgs, '--headless=new'],
  logLevel: 'silent',
});

const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const results = {
  measured: new Date().toISOString(),
  url: options.path,
  runs,
  loadAverage: { before: load() },
  forms: {},
};
/** The metrics of a Lighthouse result, rounded. */
const metricsOf = (lhr) => {
  const metric = (id) => lhr.audits[id]?.numericValue;
  return {
    fcp: Math.round(metric('first-contentful-paint')),
    lcp: Math.round(metric('largest-contentful-paint')),
    tbt: Math.round(metric('total-blocking-time')),
    cls: Number((metric('cumulative-layout-shift') ?? 0).toFixed(4)),
    speedIndex: Math.round(metric('speed-index')),
  };
};
let failed = false;
try {
  for (const [form, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const attempts = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(
        `${server.url}${options.path}`,
        { port: chrome.port, output: 'html', logLevel: 'error' },
        config,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      attempts.push(result);
    }
    // The run with the median performance score.
    const sorted = [...attempts].sort(
      (a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score,
    );
    const { lhr, report } = sorted[Math.floor(sorted.length / 2)];
    const reportFile = join(repoRoot, `bench/lighthouse-${form}.html`);
    writeFileSync(reportFile, Array.isArray(report) ? report[0] : report);
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([id, category]) => [
        id,
        Math.round(category.score * 100),
      ]),
    );
    const failing = Object.values(lhr.categories)
      .filter((category) => category.id in goals && category.id !== 'performance')
      .flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id].title})`),
      );
    results.forms[form] = {
      scores,
      metrics: metricsOf(lhr),
      // Every run, in the order they ran: the spread shows how noisy the machine was.
      allRuns: attempts.map(({ lhr: run }) => ({
        performance: Math.round(run.categories.performance.score * 100),
        ...metricsOf(run),
      })),
      failingAudits: failing,
      diagnostics: {
        mainThread: (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => ({
          group: i.groupLabel ?? i.group,
          ms: Math.round(i.duration),
        })),
        scripts: (lhr.audits['bootup-time']?.details?.items ?? []).map((i) => ({
          url: i.url,
          total: Math.round(i.total),
          scripting: Math.round(i.scripting),
          parseCompile: Math.round(i.scriptParseCompile),
        })),
        // Tasks over 50 ms (Lighthouse mobile's are the trace's times 4: its CPU slowdown).
        longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((i) => ({
          url: i.url,
          start: Math.round(i.startTime),
          duration: Math.round(i.duration),
        })),
        lcpElement:
          (lhr.audits['lcp-breakdown-insight']?.details?.items ?? []).find(
            (item) => item.type === 'node',
          )?.selector ?? null,
        layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => ({
          element: i.node?.selector ?? i.node?.snippet,
          score: Number((i.score ?? 0).toFixed(4)),
        })),
      },
      report: `bench/lighthouse-${form}.html`,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
    };
  }
} finally {
  await chrome.kill();
  await server.close();
}
results.loadAverage.after = load();

const header = [
  'form',
  'performance',
  'accessibility',
  'best practices',
  'SEO',
  'FCP',
  'LCP',
  'TBT',
  'CLS',
];
const rows = Object.entries(results.forms).map(([form, r]) => [
  form,
  r.scores.performance,
  r.scores.accessibility,
  r.scores['best-practices'],
  r.scores.seo,
  `${r.metrics.fcp} ms`,
  `${r.metrics.lcp} ms`,
  `${r.metrics.tbt} ms`,
  r.metrics.cls,
]);
rows.push([
  'goal',
  `≥ ${goals.performance}`,
  goals.accessibility,
  `≥ ${goals['best-practices']}`,
  goals.seo,
  '',
  '',
  '',
  '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) =>
  r
    .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
    .join('  ');
console.log(
  `\nLighthouse ${Object.values(results.forms)[0]?.lighthouseVersion} on ${options.path}, ` +
    `median of ${runs} run${runs === 1 ? '' : 's'} (load average ${results.loadAverage.before[0]} ` +
    `before, ${results.loadAverage.after[0]} after)\n`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
for (const [form, r] of Object.entries(results.forms)) {
  for (const [id, goal] of Object.entries(goals)) {
    if (r.scores[id] < goal) {
      failed = true;
      console.log(`${form}: ${id} ${r.scores[id]} < ${goal}`);
    }
  }
  for (const audit of r.failingAudits) console.log(`${form}: failing ${audit}`);
  if (r.scores.performance < goals.performance) {
    const top = (list, f) => list.slice(0, 4).map(f).join(', ');
    console.log(
      `${form}: main thread ${top(r.diagnostics.mainThread, (i) => `${i.group} ${i.ms} ms`)}`,
    );
    if (r.diagnostics.layoutShifts.length) {
      console.log(
        `${form}: layout shifts ${top(r.diagnostics.layoutShifts, (i) => `${i.element} ${i.score}`)}`,
      );
    }
  }
  if (runs > 1) {
    console.log(
      `${form} runs: ${r.allRuns.map((run) => `${run.performance} (TBT ${run.tbt} ms)`).join(', ')}`,
    );
  }
  console.log(`${form} report: ${r.report}`);
}
writeFileSync(join(repoRoot, 'bench/lighthouse.json'), await formatJson(results));
console.log(`\nWrote bench/lighthouse.json${failed ? ' (some goals are not met)' : ''}`);
