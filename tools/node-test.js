#!/usr/bin/env node
// Runs a package's `src/**/*.test.ts` with Node's test runner (TypeScript through tsx) and fails
// when line coverage is below a threshold. Every fast-check property draws from one seed
// (tools/fast-check-seed.js: fixed, FC_SEED=<n> or FC_SEED=random), printed when the run fails.
//
//   node ../../tools/node-test.js [--lines=95] [--include=src/**] [--exclude=src/**/*.test.ts]...
//
// Node 20 has `--experimental-test-coverage` but neither glob arguments to `--test` nor the
// `--test-coverage-{lines,include,exclude}` options (Node 22): this script supplies them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fastCheckSeed } from './fast-check-seed.js';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '95' },
    include: { type: 'string', multiple: true, default: ['src/**'] },
    exclude: { type: 'string', multiple: true, default: ['src/**/*.test.ts'] },
    dir: { type: 'string', default: 'src' },
  },
});

/** `**` matches across directories, `*` within one; everything else is literal. */
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .split(/(\*\*\/?|\*)/u)
      .map((part) =>
        part === '**/'
          ? '(?:.*/)?'
          : part === '**'
            ? '.*'
            : part === '*'
              ? '[^/]*'
              : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'),
      )
      .join('')}$`,
    'u',
  );
const matchesAny = (globs) => {
  const patterns = globs.map(globToRegExp);
  return (path) => patterns.some((pattern) => pattern.test(path));
};

const cwd = process.cwd();
const toPosix = (path) => path.split(sep).join('/');
const testFiles = readdirSync(values.dir, { recursive: true })
  .map((entry) => toPosix(join(values.dir, entry)))
  .filter((path) => path.endsWith('.test.ts'))
  .sort();
if (testFiles.length === 0) {
  console.error(`No test files under ${values.dir}/`);
  process.exit(1);
}

const outDir = mkdtempSync(join(tmpdir(), 'muni-kit-node-test-'));
const summaryFile = join(outDir, 'coverage.json');
const reporter = fileURLToPath(new URL('./coverage-summary-reporter.js', import.meta.url));
const { seed } = fastCheckSeed();
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--import',
    fileURLToPath(new URL('./fast-check-configure.js', import.meta.url)),
    '--test',
    '--experimental-test-coverage',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${summaryFile}`,
    ...testFiles,
  ],
  { stdio: 'inherit', env: { ...process.env, FC_SEED: String(seed) } },
);

let exitCode = run.status ?? 1;
if (exitCode !== 0)
  console.error(`fast-check seed of this run: ${seed} (FC_SEED=${seed} repeats it)`);
try {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  const included = matchesAny(values.include);
  const excluded = matchesAny(values.exclude);
  const files = summary.files.filter((file) => {
    const path = toPosix(relative(cwd, file.path));
    return included(path) && !excluded(path);
  });
  const total = files.reduce((sum, file) => sum + file.totalLineCount, 0);
  const covered = files.reduce((sum, file) => sum + file.coveredLineCount, 0);
  const percent = total === 0 ? 100 : (covered / total) * 100;
  const threshold = Number(values.lines);
  const verdict = percent >= threshold ? 'ok' : 'FAILED';
  console.log(
    `Line coverage of ${files.length} files (${values.include.join(', ')}; not ${values.exclude.join(', ')}): ` +
      `${percent.toFixed(2)}% (threshold ${threshold}%): ${verdict}`,
  );
  if (percent < threshold) exitCode = exitCode || 1;
} catch (error) {
  console.error(`No coverage summary: ${error.message}`);
  exitCode = exitCode || 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(exitCode);
