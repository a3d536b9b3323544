import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLaunchOptions } from '../../tools/chromium.js';
import { fastCheckSeed } from '../../tools/fast-check-seed.js';

const packageDir = fileURLToPath(new URL('.', import.meta.url));
const inPackage = (glob) => `${packageDir}${glob}`;

/**
 * Serves `/__muni-ssr/fixtures.json`: the elements server-rendered by the build's renderer
 * (test/ssr-fixtures.js, in a process of its own), for the hydration test. Rendered once.
 */
const serverRenderedFixtures = () => {
  let fixtures;
  return {
    name: 'muni-ssr-fixtures',
    serve(context) {
      if (context.path !== '/__muni-ssr/fixtures.json') return undefined;
      fixtures ??= new Promise((resolve, reject) =>
        execFile(
          process.execPath,
          [inPackage('test/ssr-fixtures.js')],
          { maxBuffer: 1 << 26, env: { ...process.env, NODE_V8_COVERAGE: '' } },
          (error, stdout, stderr) =>
            error
              ? reject(new Error(`test/ssr-fixtures.js failed: ${stderr || error.message}`))
              : resolve(stdout),
        ),
      );
      return fixtures.then((body) => ({ body, type: 'json' }));
    },
  };
};

/**
 * Answers under `/__muni-weather/` as Open-Meteo's forecast API does, and as it fails, for the
 * weather tests (there is no network here):
 *   /__muni-weather/current?time=2026-12-04T10:15&offset=7200&temperature=4.1&code=3[&delay=ms]
 *   /__muni-weather/count?id=x&time=…   the temperature is the number of requests for that id
 *   /__muni-weather/status?code=500     that status, with Open-Meteo's error body
 *   /__muni-weather/invalid-json        200 with a truncated document
 *   /__muni-weather/wrong-shape         200 with a document of another shape
 * Anything else under it is a 404.
 */
const weatherFeeds = () => {
  const counts = new Map();
  const document = (params, temperature) => ({
    latitude: 42.625,
    longitude: 25.375,
    generationtime_ms: 0.03,
    utc_offset_seconds: Number(params.get('offset') ?? 7200),
    timezone: params.get('timezone') ?? 'Europe/Sofia',
    timezone_abbreviation: 'GMT+2',
    elevation: 374,
    current_units: {
      time: 'iso8601',
      interval: 'seconds',
      temperature_2m: '°C',
      weather_code: 'wmo code',
    },
    current: {
      time: params.get('time') ?? '2026-12-04T10:15',
      interval: 900,
      temperature_2m: temperature,
      weather_code: Number(params.get('code') ?? 3),
    },
  });
  return async (context, next) => {
    if (!context.path.startsWith('/__muni-weather/')) return next();
    const params = context.URL.searchParams;
    const delay = Number(params.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    context.set('cache-control', 'no-store');
    switch (context.path.slice('/__muni-weather/'.length)) {
      case 'current':
        context.body = document(params, Number(params.get('temperature') ?? 4.1));
        return undefined;
      case 'count': {
        const id = params.get('id') ?? '';
        counts.set(id, (counts.get(id) ?? 0) + 1);
        context.body = document(params, counts.get(id));
        return undefined;
      }
      case 'status':
        context.status = Number(params.get('code') ?? 500);
        context.body = {
          error: true,
          reason: 'Cannot initialize WeatherCode from invalid String value',
        };
        return undefined;
      case 'invalid-json':
        context.type = 'json';
        context.body =
          '{"utc_offset_seconds": 7200, "current": {"time": "2026-12-04T10:15", "temperature_2m": 4.';
        return undefined;
      case 'wrong-shape':
        context.body = {
          utc_offset_seconds: 7200,
          current: { time: '2026-12-04T10:15', temperature_2m: 'mild', weather_code: 3 },
        };
        return undefined;
      default:
        context.status = 404;
        context.body = 'Not found';
        return undefined;
    }
  };
};

/**
 * Serves `/__muni-kit/fast-check-seed.json`: the seed the property tests in the browser draw from
 * (tools/fast-check-seed.js: fixed unless FC_SEED says otherwise), the same for the whole run.
 */
const fastCheckSeedFile = () => {
  const { seed, drawn } = fastCheckSeed();
  if (drawn) console.log(`fast-check seed: ${seed} (FC_SEED=${seed} repeats it)`);
  return {
    name: 'muni-fast-check-seed',
    serve: (context) =>
      context.path === '/__muni-kit/fast-check-seed.json'
        ? { body: JSON.stringify({ seed }), type: 'json' }
        : undefined,
  };
};

/**
 * WTR's own reporter, without the files that are missing on purpose: a test that asks for
 * `no-such-*` asserts the element's error, and its 404 listed beside real ones would read as a
 * failure. Any other 404 (a broken image, a wrong import) is still reported.
 */
const reporterWithoutExpected404s = () => {
  const reporter = defaultReporter();
  const expected = (url) => /(^|\/)no-such-[^/]*$/u.test(new URL(url, 'http://test/').pathname);
  return {
    ...reporter,
    reportTestFileResults: ({ sessionsForTestFile, ...rest }) =>
      reporter.reportTestFileResults({
        ...rest,
        sessionsForTestFile: sessionsForTestFile.map((session) => ({
          ...session,
          request404s: session.request404s.filter((url) => !expected(url)),
        })),
      }),
  };
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Serves the whole repository, so tests and stories can fetch the domain's data files.
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: [inPackage('src/**/*.test.ts')],
  nodeResolve: true,
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: puppeteerLaunchOptions(),
      // A browser context per test file: with two pages in one context, the one in the
      // background gets no animation frames and axe (which waits for one) hangs.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  middleware: [weatherFeeds()],
  reporters: [reporterWithoutExpected404s()],
  plugins: [
    serverRenderedFixtures(),
    fastCheckSeedFile(),
    esbuildPlugin({
      ts: true,
      // Read as-is (no "extends"): it repeats the decorator flags from tsconfig.base.json.
      tsconfig: inPackage('tsconfig.json'),
      target: 'es2022',
    }),
  ],
  testFramework: {
    // A test that hangs fails after half a minute: room for a 2-core machine running every suite at once.
    config: { timeout: 30000 },
  },
  // Output a person reads: Lit's dev-mode notice, printed by every test file, says nothing about a test.
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  // In a log (CI, turbo) rather than a terminal, no progress bar redrawn with escape codes.
  staticLogging: !process.stdout.isTTY,
  // A test file's whole run: room for a shared, busy machine (other suites run beside this one).
  testsFinishTimeout: 300_000,
  coverage: true,
  coverageConfig: {
    reportDir: inPackage('coverage'),
    include: [inPackage('src/**')],
    exclude: [
      inPackage('src/**/*.test.ts'),
      inPackage('src/**/*.stories.ts'),
      inPackage('src/**/generated/**'),
      inPackage('src/test/**'),
    ],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 95 },
  },
};
