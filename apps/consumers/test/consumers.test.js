// The kit as a stranger gets it (issue 14): every public package packed with `npm pack`,
// installed from the tarballs into scratch React 19 + TypeScript, Vue 3 + TypeScript and plain
// HTML/TypeScript projects in a temporary folder (everything else from the npm registry),
// type-checked with no hand-written declarations, built with Vite, served, and checked in
// Chromium: the elements render from `data` with their images, and `muni-error` reaches the
// app's own handler. The command-line tools of the tarballs run too. Timings are printed.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startStaticServer } from '../../../tools/static-server.js';
import { inspectPage, launchChromium } from './browser.js';
import { makeProject, pack, publicPackages, run, timed } from './scratch.js';

/** Registry packages of the scratch apps: current majors, as `npm create vite` would pick. */
const registry = {
  react: {
    react: '^19.2.0',
    'react-dom': '^19.2.0',
    '@types/react': '^19.2.0',
    '@types/react-dom': '^19.2.0',
    '@vitejs/plugin-react': '^6.0.0',
  },
  vue: { vue: '^3.5.0', '@vitejs/plugin-vue': '^6.0.0', 'vue-tsc': '^3.0.0' },
  common: { vite: '^8.3.8', typescript: '~6.0.0' },
};

const root = mkdtempSync(join(tmpdir(), 'muni-kit-consumers-'));
const timings = [];
let packed;
let browser;

const tarballs = (...names) => names.map((name) => packed.find((p) => p.name === name));
const bin = (dir, name) => join(dir, 'node_modules/.bin', name);

before(async () => {
  const start = performance.now();
  [packed, browser] = await Promise.all([
    timed(timings, 'npm pack (5 packages)', () => pack(join(root, 'packs'))),
    launchChromium(),
  ]);
  timings.start = start;
  console.log('consumers: package            tarball bytes  unpacked bytes  files');
  for (const p of packed)
    console.log(
      `consumers: ${p.name.padEnd(22)} ${String(p.size).padStart(10)} ${String(p.unpackedSize).padStart(15)} ${String(p.entryCount).padStart(6)}`,
    );
});

after(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
  if (timings.start !== undefined)
    console.log(`consumers: total ${((performance.now() - timings.start) / 1000).toFixed(1)} s`);
});

test('every public package packs what its users need and nothing internal', () => {
  assert.deepEqual(packed.map((p) => p.name).sort(), [...publicPackages].sort());
  for (const p of packed) {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'])
      assert.ok(p.files.includes(file), `${p.name} ships ${file}`);
    assert.ok(
      !p.files.some((f) => /\.test\.[jt]s$|(^|\/)test\//u.test(f)),
      `${p.name} ships no tests`,
    );
  }
  const files = (name) => tarballs(name)[0].files;
  // The CDN address https://cdn.jsdelivr.net/npm/@muni-kit/embed@<version>/dist/muni-kit.js
  assert.ok(files('@muni-kit/embed').includes('dist/muni-kit.js'));
  assert.ok(files('@muni-kit/embed').includes('dist/muni-kit.js.sri'));
  assert.ok(files('@muni-kit/components').includes('dist/jsx.d.ts'));
  assert.ok(files('@muni-kit/components').includes('dist/vue.d.ts'));
  assert.ok(!files('@muni-kit/components').includes('CONTRIBUTING.md'));
  assert.ok(files('@muni-kit/domain').includes('data/kazanlak-coat-of-arms.svg'));
});

/** Installs, type-checks, builds and serves an app; resolves to the served site's URL and closer. */
const prepare = async (name, { packages, registryPackages, typecheck, setup }) => {
  const dir = await timed(timings, `${name}: npm install`, () =>
    makeProject(root, name, {
      tarballs: tarballs(...packages),
      dependencies: { ...registry.common, ...registryPackages },
    }),
  );
  // The app serves the data files and their images from data/, as the domain publishes them.
  cpSync(join(dir, 'node_modules/@muni-kit/domain/data'), join(dir, 'public/data'), {
    recursive: true,
  });
  setup?.(dir);
  await timed(timings, `${name}: ${typecheck}`, () =>
    run(bin(dir, typecheck), ['--noEmit', '-p', '.'], dir),
  );
  await timed(timings, `${name}: vite build`, () =>
    run(bin(dir, 'vite'), ['build', '--logLevel', 'warn'], dir),
  );
  const server = await startStaticServer({ root: join(dir, 'dist') });
  return { dir, server };
};

/** The checks every app's page passes: rendered from data, images shown, the error handled. */
const assertRendered = (state, { handled }) => {
  assert.deepEqual(state.problems, []);
  const good = state.elements.filter((e) => e.id !== 'bad');
  assert.deepEqual(good.map((e) => e.name).sort(), ['muni-contact-footer', 'muni-site-header']);
  for (const element of good) {
    assert.equal(element.alert, false, `<${element.name}> renders its content: ${element.text}`);
    assert.ok(element.images.length > 0, `<${element.name}> shows the coat of arms`);
    for (const image of element.images)
      assert.ok(image.shows, `<${element.name}>: ${image.src} loads`);
  }
  const bad = state.elements.find((e) => e.id === 'bad');
  assert.equal(bad?.alert, true, 'the element given bad data shows its alert');
  assert.match(state.handled, handled, "the app's own handler received muni-error's detail");
};

test('a React 19 + TypeScript app: JSX types, data, images, an onmuni-error handler', async () => {
  const { server } = await prepare('react', {
    packages: ['@muni-kit/components', '@muni-kit/domain'],
    registryPackages: registry.react,
    typecheck: 'tsc',
  });
  try {
    const state = await timed(timings, 'react: Chromium', () =>
      inspectPage(browser, `${server.url}/index.html`),
    );
    assertRendered(state, { handled: /invalid municipality data/u });
  } finally {
    await server.close();
  }
});

test('a Vue 3 + TypeScript app: GlobalComponents, data, images, an @muni-error handler', async () => {
  const { server } = await prepare('vue', {
    packages: ['@muni-kit/components', '@muni-kit/domain'],
    registryPackages: registry.vue,
    typecheck: 'vue-tsc',
  });
  try {
    const state = await timed(timings, 'vue: Chromium', () =>
      inspectPage(browser, `${server.url}/index.html`),
    );
    assertRendered(state, { handled: /invalid municipality data/u });
  } finally {
    await server.close();
  }
});

test('plain HTML with the SRI-pinned bundle, plain TypeScript, and the command-line tools', async () => {
  const { dir, server } = await prepare('html', {
    packages: publicPackages,
    registryPackages: {},
    typecheck: 'tsc',
    setup: (dir) => {
      // The file the CDN serves, with the hash the package publishes beside it.
      const embed = join(dir, 'node_modules/@muni-kit/embed/dist');
      cpSync(join(embed, 'muni-kit.js'), join(dir, 'public/muni-kit.js'));
      const integrity = readFileSync(join(embed, 'muni-kit.js.sri'), 'utf8').trim();
      const page = join(dir, 'public/plain.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace('@@INTEGRITY@@', integrity));
    },
  });
  try {
    const typed = await timed(timings, 'html: Chromium (TypeScript page)', () =>
      inspectPage(browser, `${server.url}/index.html`),
    );
    assertRendered(typed, { handled: /invalid municipality data/u });
    const plain = await timed(timings, 'html: Chromium (plain page)', () =>
      inspectPage(browser, `${server.url}/plain.html`),
    );
    assertRendered(plain, { handled: /HTTP 404/u });
  } finally {
    await server.close();
  }
  await timed(timings, 'html: command-line tools', async () => {
    await run(bin(dir, 'muni-validate'), ['node_modules/@muni-kit/domain/data/kazanlak.json'], dir);
    await run(
      bin(dir, 'muni-theme'),
      ['--primary', '#8a1538', '--name', 'scratch', '--out', 'theme'],
      dir,
    );
    assert.ok(existsSync(join(dir, 'theme/scratch.css')));
    await run(
      bin(dir, 'create-muni-kit'),
      [
        'starter',
        '--name',
        'Община Старт',
        '--languages',
        'bg,en',
        '--primary',
        '#8a1538',
        '--yes',
        '--cdn',
      ],
      dir,
    );
    assert.ok(existsSync(join(dir, 'starter/index.html')));
    // Server rendering needs the optional peer @lit-labs/ssr, which a browser app lacks.
    const render = await run(
      bin(dir, 'muni-render'),
      ['node_modules/@muni-kit/domain/data/kazanlak.json', '--element', 'muni-site-header'],
      dir,
    ).then(
      () => assert.fail('muni-render ran without @lit-labs/ssr'),
      (error) => error,
    );
    assert.equal(render.code, 2);
    assert.match(render.output, /needs @lit-labs\/ssr.*npm install --save-dev @lit-labs\/ssr/u);
  });
});
