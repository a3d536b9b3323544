// The starter end to end: run as a user would, in a temporary folder, with flags and with
// answers typed on stdin; its data file decoded by the domain, its page served by its own
// `npm start` server and rendered in Chromium.
/* global customElements -- in the page's functions */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { chromium } from 'playwright-core';
import { decodeMunicipality } from '@muni-kit/domain';
import { chromiumArgs, chromiumPath } from '../../../tools/chromium.js';
import { resolveOptions, slugify } from '../src/options.js';

const bin = fileURLToPath(new URL('../bin/create-muni-kit.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'create-muni-kit-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const run = (args, input = '') =>
  spawnSync(process.execPath, [bin, ...args], { cwd: scratch, input, encoding: 'utf8' });

/** Starts the folder's `npm start` server on a free port; resolves to its URL and a stop(). */
const serve = (folder) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['serve.js'], {
      cwd: folder,
      env: { ...process.env, PORT: '0' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /at (http:\/\/\S+\/)/u.exec(out);
      if (match) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`serve.js exited (${code}): ${out}`)));
  });

test(
  'with flags: a valid document, a theme, and a page showing the name, without an alert',
  { timeout: 120_000 },
  async () => {
    const coat = join(scratch, 'arms.svg');
    writeFileSync(
      coat,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 12"><rect width="10" height="12" fill="#063"/></svg>',
    );
    const result = run([
      'vratsa',
      '--name',
      'Община Враца',
      '--languages',
      'bg,en',
      '--primary',
      '#0b6e4f',
      '--coat-of-arms',
      coat,
      '--yes',
    ]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /valid municipality document/u);
    assert.match(result.stdout, /cd vratsa\n\s+npm start/u);

    const folder = join(scratch, 'vratsa');
    const document = JSON.parse(readFileSync(join(folder, 'data.json'), 'utf8'));
    const decoded = decodeMunicipality(document);
    assert.deepEqual('issues' in decoded ? decoded.issues : [], []);
    assert.equal(document.id, 'obshtina-vratsa');
    assert.deepEqual(document.name, { bg: 'Община Враца' });
    assert.deepEqual(
      document.languageVersions.map((version) => version.locale),
      ['bg', 'en'],
    );
    assert.equal(document.coatOfArms.src, 'coat-of-arms.svg');
    assert.equal(
      readFileSync(join(folder, 'coat-of-arms.svg'), 'utf8'),
      readFileSync(coat, 'utf8'),
    );
    assert.match(readFileSync(join(folder, 'theme.css'), 'utf8'), /--muni-color-primary/u);
    assert.equal(
      JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).scripts.start,
      'node serve.js',
    );
    assert.ok(existsSync(join(folder, 'muni-kit.js')), 'the bundle is copied from apps/embed/dist');

    const server = await serve(folder);
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [...chromiumArgs],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      for (const [query, lang] of [
        ['', 'bg'],
        ['?lang=en', 'en'],
      ]) {
        await page.goto(`${server.url}index.html${query}`);
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('*')]
              .filter((element) => element.localName.startsWith('muni-'))
              .every(
                (element) =>
                  customElements.get(element.localName) &&
                  element.shadowRoot &&
                  !element.hasAttribute('aria-busy'),
              ),
          undefined,
          { timeout: 30_000 },
        );
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await page
          .locator('muni-site-header')
          .getByText('Община Враца')
          .first()
          .waitFor({ timeout: 30_000 });
        assert.equal(
          await page.getByRole('alert').count(),
          0,
          `no element reports an error (${lang})`,
        );
        assert.ok(
          await page
            .locator('muni-timeline')
            .getByText(lang === 'bg' ? 'двата града' : 'the two cities')
            .first()
            .isVisible(),
        );
      }
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.stop();
    }
  },
);

test('answers typed on stdin: each question asked, a wrong answer asked again', () => {
  const answers = [
    '',
    'Општина Штип',
    'mk,en_GB',
    'mk,en',
    'not-a-colour',
    '#8a1538',
    '',
    '',
    'stip',
    '',
  ].join('\n');
  const result = run([], `${answers}\n`);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /The municipality’s name/u);
  assert.match(result.stderr, /the municipality’s name is required/u);
  assert.match(result.stderr, /en_GB/u);
  assert.match(result.stderr, /not a CSS colour: not-a-colour/u);
  const document = JSON.parse(readFileSync(join(scratch, 'stip/data.json'), 'utf8'));
  assert.ok(decodeMunicipality(document).ok);
  assert.equal(document.defaultLocale, 'mk');
  assert.equal(document.id, 'opshtina-shtip');
  assert.match(readFileSync(join(scratch, 'stip/coat-of-arms.svg'), 'utf8'), />О<\/text>/u);
});

test('a folder that is not empty is kept, unless --force', () => {
  const args = ['vratsa', '--name', 'Vratsa', '--yes'];
  const refused = run(args);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /is not empty/u);
  assert.equal(
    JSON.parse(readFileSync(join(scratch, 'vratsa/data.json'), 'utf8')).id,
    'obshtina-vratsa',
  );
  const forced = run([...args, '--force']);
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(JSON.parse(readFileSync(join(scratch, 'vratsa/data.json'), 'utf8')).id, 'vratsa');
});

test('wrong flags are refused with the usage, before anything is written', () => {
  for (const args of [
    ['--primary'],
    ['x', '--name', 'X', '--primary', 'nope', '--yes'],
    ['--yes'],
    ['a', 'b'],
  ]) {
    const result = run(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /create-muni-kit: /u);
  }
  assert.ok(!existsSync(join(scratch, 'x')));
});

test('a language the interface does not ship gets the sample texts under it, to translate', async () => {
  const options = await resolveOptions({ name: 'Gemeente X', languages: 'nl', yes: true }, () =>
    assert.fail('asked'),
  );
  assert.equal(options.folder, 'gemeente-x');
  const { makeDocument } = await import('../src/document.js');
  const document = makeDocument(options, 'coat-of-arms.svg');
  assert.ok(decodeMunicipality(document).ok);
  assert.deepEqual(document.mainNavigation[0].label, { nl: 'The municipality' });
  assert.equal(slugify('Kočani – Општина'), 'kocani-opshtina');
});

test('with --cdn, the page loads the pinned bundle from the CDN and none is copied', () => {
  const result = run(['on-cdn', '--name', 'Kochani', '--languages', 'mk,en', '--cdn', '--yes']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    /loads the bundle from https:\/\/cdn\.jsdelivr\.net\/npm\/@muni-kit\/embed@/u,
  );
  const page = readFileSync(join(scratch, 'on-cdn/index.html'), 'utf8');
  assert.match(
    page,
    /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@muni-kit\/embed@[0-9.]+\/dist\/muni-kit\.js">/u,
  );
  assert.match(page, /<html lang="mk"/u);
  assert.ok(!existsSync(join(scratch, 'on-cdn/muni-kit.js')));
});
