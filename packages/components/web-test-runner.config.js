import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLaunchOptions } from '../../tools/chromium.js';

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
        execFile(process.execPath, [inPackage('test/ssr-fixtures.js')], { maxBuffer: 1 << 26, env: { ...process.env, NODE_V8_COVERAGE: '' } }, (error, stdout, stderr) =>
          error ? reject(new Error(`test/ssr-fixtures.js failed: ${stderr || error.message}`)) : resolve(stdout),
        ),
      );
      return fixtures.then((body) => ({ body, type: 'json' }));
    },
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
  plugins: [
    serverRenderedFixtures(),
    esbuildPlugin({
      ts: true,
      // Read as-is (no "extends"): it repeats the decorator flags from tsconfig.base.json.
      tsconfig: inPackage('tsconfig.json'),
      target: 'es2022',
    }),
  ],
  testFramework: {
    config: { timeout: 10000 },
  },
  // Output a person reads: Lit's dev-mode notice, printed by every test file, says nothing about a test.
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
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
