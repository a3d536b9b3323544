import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLaunchOptions } from '../../tools/chromium.js';

const packageDir = fileURLToPath(new URL('.', import.meta.url));
const inPackage = (glob) => `${packageDir}${glob}`;

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
