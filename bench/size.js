#!/usr/bin/env node
// Size budget: measures what the kit costs on the wire and fails when a budget is exceeded.
//
//   node bench/size.js [--elements=muni-timeline,muni-breadcrumbs] [--json=bench/size.json]
//
// Measured (bytes: as built/minified, gzip -9, brotli 11, with node:zlib):
// - apps/embed/dist/muni-kit.js and muni-kit.css, the files a CMS serves (build the embed first),
//   and the autoloader's entry (dist/loader/muni-kit-loader.js) with, for information, all its chunks;
// - each element built on its own with Vite (Rolldown, minified, es): entry
//   packages/components/dist/muni-<name>.js, everything it imports bundled in (no import left);
// - the shared base every element pulls in: MuniElement, define, localization (Lit,
//   @lit/localize with both locales, the domain's decoder).
// An element's own share is its bundle's brotli size minus the base's (the budgeted figure); for
// information, also minus the base with the shared styles every element adopts.
// Budgets: bench/size-budget.json.
// Runs in `npm test` as the test of @muni-kit/embed (after its build, see turbo.json).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, parseAst } from 'vite';
import { elementNames } from '@muni-kit/components/element-names.js';

export { elementNames };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const componentsDist = join(root, 'packages/components/dist');
const domainDist = join(root, 'packages/domain/dist');
const embedDist = join(root, 'apps/embed/dist');
const budgetFile = join(root, 'bench/size-budget.json');

/** min, gzip -9 and brotli 11 sizes of a text. */
export const measure = (text) => {
  const buffer = Buffer.from(text);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
};

/** Module specifiers that a built file still imports (static, re-exported or dynamic). */
export const importsLeft = (code) => {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      found.push(String(node.source.value));
    }
    if (node.type === 'ImportExpression') {
      found.push(node.source?.type === 'Literal' ? String(node.source.value) : '(computed)');
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(parseAst(code));
  return found;
};

/**
 * Bundles `entry` the way the embed is bundled (Vite library mode, es, Rolldown minify,
 * es2022) and returns the one chunk's code and the ids of the modules in it; throws if
 * anything is left to import.
 */
const bundleWithModules = async (entry) => {
  const result = await build({
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) {
    throw new Error(
      `expected one chunk, got ${chunks.length}: ${chunks.map((c) => c.fileName).join(', ')}`,
    );
  }
  const left = [...chunks[0].imports, ...chunks[0].dynamicImports, ...importsLeft(chunks[0].code)];
  if (left.length > 0) throw new Error(`imports left in the bundle: ${left.join(', ')}`);
  return { code: chunks[0].code, moduleIds: chunks[0].moduleIds };
};

/** The code of `entry` bundled as the embed is (see bundleWithModules). */
export const bundle = async (entry) => (await bundleWithModules(entry)).code;

/**
 * Browser code must not carry effect (23 KB brotli): the browser decodes with the generated JSON
 * Schema, and the schema definitions are marked pure so that bundlers drop them. A definition
 * without its `/*#__PURE__*\/` pulls effect back in; this names the way it came.
 */
const effectIn = (moduleIds) => {
  const effect = moduleIds.filter((id) => /[\\/]node_modules[\\/]effect[\\/]/u.test(id));
  return effect.length === 0
    ? undefined
    : `${effect.length} modules of effect (e.g. ${relative(root, effect[0])}) from ${moduleIds
        .filter((id) => id.includes('packages/domain/dist/'))
        .map((id) => relative(domainDist, id))
        .join(', ')}`;
};

const kb = (bytes) => (bytes / 1024).toFixed(1);

const main = async () => {
  const { values } = parseArgs({
    options: {
      elements: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const only = values.elements?.split(',').map((name) => name.trim());
  const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
  const problems = [];
  const rows = [];

  // The embed files, as built.
  for (const file of ['muni-kit.js', 'muni-kit.css']) {
    const path = join(embedDist, file);
    if (!existsSync(path)) {
      problems.push(`${relative(root, path)} is missing: build the embed first (npm run build)`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (file.endsWith('.js')) {
      const left = importsLeft(text);
      if (left.length > 0) {
        problems.push(`${file} is not self-contained: it imports ${left.join(', ')}`);
      }
    }
    rows.push({ name: file, kind: 'embed', ...measure(text), budget: budget[file]?.brotli });
  }
  // The autoloader: its entry (what every page loads first), and for information what a page
  // with every element loads through it (the entry and all chunks).
  const loaderDir = join(embedDist, 'loader');
  if (existsSync(join(loaderDir, 'muni-kit-loader.js'))) {
    const entry = readFileSync(join(loaderDir, 'muni-kit-loader.js'), 'utf8');
    const file = 'loader/muni-kit-loader.js';
    rows.push({ name: file, kind: 'embed', ...measure(entry), budget: budget[file]?.brotli });
    const chunks = readdirSync(join(loaderDir, 'chunks')).filter((name) => name.endsWith('.js'));
    const every = chunks.map((name) =>
      measure(readFileSync(join(loaderDir, 'chunks', name), 'utf8')),
    );
    const sum = (key) => every.reduce((total, size) => total + size[key], measure(entry)[key]);
    rows.push({
      name: `loader, every element (${chunks.length} chunks)`,
      kind: 'embed',
      min: sum('min'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
    });
  } else {
    problems.push('apps/embed/dist/loader/muni-kit-loader.js is missing: build the embed first');
  }

  // The shared base, and the domain's decoder alone (for information).
  const temp = mkdtempSync(join(tmpdir(), 'muni-size-'));
  process.once('exit', () => rmSync(temp, { recursive: true, force: true }));
  const entryFile = (name, code) => {
    const path = join(temp, `${name}.js`);
    writeFileSync(path, code);
    return path;
  };
  const from = (path) => JSON.stringify(path);
  const baseEntry = entryFile(
    'base',
    [
      `export { MuniElement } from ${from(join(componentsDist, 'internal/muni-element.js'))};`,
      `export { defineElement } from ${from(join(componentsDist, 'internal/define.js'))};`,
      `export { inLocale } from ${from(join(componentsDist, 'internal/localization.js'))};`,
      // The tokens and shared rules every element adopts belong to the base, not to one element.
      `export { sharedStyles } from ${from(join(componentsDist, 'styles/shared.js'))};`,
    ].join('\n'),
  );
  const decoderEntry = entryFile(
    'decoder',
    `export { decodeMunicipality } from ${from(join(domainDist, 'municipality.js'))};`,
  );

  let base;
  try {
    const built = await bundleWithModules(baseEntry);
    const effect = effectIn(built.moduleIds);
    if (effect) problems.push(`the shared base bundles ${effect}`);
    base = measure(built.code);
    rows.push({
      name: 'base (MuniElement, define, localization, shared styles)',
      kind: 'base',
      ...base,
    });
  } catch (error) {
    problems.push(`the shared base does not build: ${error.message}`);
  }
  try {
    rows.push({
      name: '  of which domain decoder alone',
      kind: 'info',
      ...measure(await bundle(decoderEntry)),
    });
  } catch (error) {
    problems.push(`the domain decoder does not build: ${error.message}`);
  }

  for (const name of elementNames) {
    if (only && !only.includes(name)) continue;
    const entry = join(componentsDist, `${name}.js`);
    if (!existsSync(entry)) {
      problems.push(`${relative(root, entry)} is missing: build @muni-kit/components first`);
      continue;
    }
    try {
      const built = await bundleWithModules(entry);
      const effect = effectIn(built.moduleIds);
      if (effect) problems.push(`${name} bundles ${effect}`);
      const size = measure(built.code);
      const share = base ? size.brotli - base.brotli : undefined;
      const limit = budget.elementShare?.[name] ?? budget.elementShare?.default;
      rows.push({ name, kind: 'element', ...size, share, budget: limit });
    } catch (error) {
      problems.push(`${name} does not build on its own: ${error.message}`);
    }
  }

  // The table.
  const header = ['bundle', 'min', 'gzip', 'brotli', 'own share (br)', 'budget (br)', ''];
  const lines = rows.map((row) => {
    const measured = row.kind === 'element' ? row.share : row.brotli;
    const over = row.budget !== undefined && measured !== undefined && measured > row.budget;
    if (over) {
      problems.push(
        `${row.name}: ${row.kind === 'element' ? 'own share' : 'brotli'} ${measured} B > budget ${row.budget} B (${kb(measured)} KB > ${kb(row.budget)} KB)`,
      );
    }
    return [
      row.name,
      String(row.min),
      String(row.gzip),
      String(row.brotli),
      row.share === undefined ? '' : String(row.share),
      row.budget === undefined ? '' : String(row.budget),
      row.budget === undefined ? '' : over ? 'OVER' : 'ok',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`muni-kit sizes in bytes (min = as built, gzip -9, brotli 11)\n`);
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));

  if (values.json) {
    writeFileSync(
      values.json,
      `${JSON.stringify({ measured: new Date().toISOString(), rows }, null, 2)}\n`,
    );
  }

  if (problems.length > 0) {
    console.error(`\nSize budget failed (${relative(root, budgetFile)}):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(`\nAll sizes within ${relative(root, budgetFile)}.`);
  }
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
