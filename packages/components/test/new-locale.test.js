// Adding an interface language is one XLIFF file and one line of lit-localize.json: this test
// does exactly that to a copy of the package in a temporary folder (German, "de"), builds the
// copy as `npm run build` does, and renders an element in that language with the copy's server
// renderer. Nothing else of the copy is edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import process from 'node:process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(packageDir, '../..');
const bin = (name) => join(repoDir, 'node_modules/.bin', name);

/** The German XLIFF a translator would write: here each target is the source, marked. */
const germanXliff = () =>
  readFileSync(join(packageDir, 'xliff/mk.xlf'), 'utf8')
    .replace('target-language="mk"', 'target-language="de"')
    .replace(/<target>[\s\S]*?<\/target>/gu, '')
    .replace(/<source>([\s\S]*?)<\/source>/gu, (_, source) =>
      source === 'Skip to main content'
        ? '<source>Skip to main content</source>\n  <target>Zum Hauptinhalt springen</target>'
        : `<source>${source}</source>\n  <target>DE ${source}</target>`,
    );

test(
  'a fourth interface language: one XLIFF file, one line, a build',
  { timeout: 300_000 },
  async () => {
    const root = mkdtempSync(join(tmpdir(), 'muni-kit-new-locale-'));
    try {
      // The copy keeps its place in the repository's layout: tsconfig.base.json two levels up
      // and the installed dependencies beside it.
      const copy = join(root, 'packages/components');
      cpSync(packageDir, copy, {
        recursive: true,
        filter: (path) => !/[\\/](node_modules|dist|\.turbo)$/u.test(path),
      });
      cpSync(join(repoDir, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
      symlinkSync(join(repoDir, 'node_modules'), join(root, 'node_modules'), 'dir');

      writeFileSync(join(copy, 'xliff/de.xlf'), germanXliff());
      const configFile = join(copy, 'lit-localize.json');
      const config = JSON.parse(readFileSync(configFile, 'utf8'));
      config.targetLocales.push('de');
      writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);

      const run = (command, args) =>
        execFileSync(command, args, { cwd: copy, stdio: 'pipe', encoding: 'utf8' });
      run(bin('lit-localize'), ['build']);
      run(process.execPath, ['scripts/write-locale-modules.js']);
      run(bin('tsc'), ['-p', 'tsconfig.build.json']);

      const { interfaceLocales } = await import(
        pathToFileURL(join(copy, 'dist/internal/localization.js')).href
      );
      assert.deepEqual([...interfaceLocales], ['bg', 'de', 'en', 'mk']);

      const { renderElement } = await import(
        pathToFileURL(join(copy, 'dist/server/render.js')).href
      );
      const data = JSON.parse(
        readFileSync(join(repoDir, 'packages/domain/data/kazanlak.json'), 'utf8'),
      );
      // A document published in German and Macedonian too: its texts fall back to its default, Bulgarian.
      data.languageVersions.push({ locale: 'de', url: '/de/' }, { locale: 'mk', url: '/mk/' });
      const header = renderElement({
        element: 'muni-site-header',
        data,
        lang: 'de',
        now: new Date('2026-06-05T10:00:00Z'),
      });
      assert.match(header, /Zum Hauptinhalt springen/u);
      assert.match(header, /DE Service links/u);
      // Dates come from Intl in the new language, with no table to add.
      assert.match(header, /Freitag, 5\. Juni 2026/u);
      // The other languages are untouched.
      assert.match(
        renderElement({ element: 'muni-site-header', data, lang: 'mk' }),
        /Прескокни до главната содржина/u,
      );
      assert.match(
        renderElement({ element: 'muni-site-header', data, lang: 'bg' }),
        /Към основното съдържание/u,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
);
