// The validator CLI, run as a real process. Needs dist/ (npm run build, or turbo's build task).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimalMunicipality, sampleMunicipality } from './test-fixtures.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = join(packageDir, 'bin', 'muni-validate.js');

// Without the parent's coverage collection (when the suite runs with coverage): faster, and the
// CLI's own files are not what the coverage figure is about. (Node copies NODE_V8_COVERAGE into
// a child's environment unless the environment sets it, so set it empty.)
const env = { ...process.env, NODE_V8_COVERAGE: '' };

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: packageDir,
    encoding: 'utf8',
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('muni-validate', () => {
  let dir = '';
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const json = (name: string, value: unknown) => file(name, JSON.stringify(value, null, 2));

  before(() => {
    assert.ok(
      existsSync(join(packageDir, 'dist', 'index.js')),
      'dist/ is missing: run `npm run build` in packages/domain first',
    );
    dir = mkdtempSync(join(tmpdir(), 'muni-validate-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--help prints the usage and exits 0', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: muni-validate <file\.json> \[more files\]/u);
    assert.match(stdout, /Exit status/u);
    assert.equal(run('-h').status, 0);
  });

  it('exits 2 with the usage when no file is given or an option is unknown', () => {
    const none = run();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no file given/u);
    assert.match(none.stderr, /Usage:/u);
    const unknown = run('--strict', 'a.json');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown option --strict/u);
  });

  it('prints a one-line summary of a valid file and exits 0', () => {
    const path = json('minimal.json', minimalMunicipality());
    const { status, stdout, stderr } = run(path);
    assert.equal(status, 0, stderr);
    assert.equal(
      stdout,
      `${path}: valid municipality "Община Тестово" — 0 menu sections, 0 menu links, 0 twin cities, 0 office-hours schedules\n`,
    );
    assert.equal(stderr, '');
  });

  it('counts menu sections, links below them, twin cities and schedules', () => {
    const path = json('sample.json', sampleMunicipality());
    const { status, stdout } = run(path);
    assert.equal(status, 0);
    assert.equal(
      stdout,
      `${path}: valid municipality "Община Тестово" — 2 menu sections, 4 menu links, 6 twin cities, 2 office-hours schedules\n`,
    );
  });

  it('warns, and still exits 0, when language versions or home are relative to the data file', () => {
    const doc = minimalMunicipality();
    doc.languageVersions = [
      { locale: 'bg', url: './index.html' },
      { locale: 'en', url: '/en/' },
    ];
    doc.homeUrl = 'index.html';
    const path = json('relative.json', doc);
    const { status, stdout, stderr } = run(path);
    assert.equal(status, 0);
    assert.match(stdout, /valid municipality/u);
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `${path}: warning: languageVersions[0].url: "./index.html" is relative to the data file, so it cannot resolve once the file moves (into a CMS's uploads folder, for one): write it site-relative ("/index.html") or absolute`,
      `${path}: warning: homeUrl: "index.html" is relative to the data file, so it cannot resolve once the file moves (into a CMS's uploads folder, for one): write it site-relative ("/index.html") or absolute`,
    ]);
  });

  it('warns, and still exits 0, about a fixed weather.temperatureCelsius of an earlier version', () => {
    const path = json('fixed-temperature.json', {
      ...minimalMunicipality(),
      weather: { temperatureCelsius: 0 },
    });
    const { status, stdout, stderr } = run(path);
    assert.equal(status, 0);
    assert.match(stdout, /valid municipality/u);
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `${path}: warning: weather.temperatureCelsius: A fixed temperature is no longer shown: give weather.src, the URL of a feed in Open-Meteo's format, and remove it`,
    ]);
  });

  it('uses the singular for one of a kind', () => {
    const doc = sampleMunicipality();
    doc.mainNavigation = [{ label: 'Услуги', children: [{ label: 'Данъци', url: '/taxes' }] }];
    doc.twinCities = doc.twinCities.slice(0, 1);
    doc.officeHours = doc.officeHours.slice(0, 1);
    const path = json('one.json', doc);
    assert.match(
      run(path).stdout,
      /— 1 menu section, 1 menu link, 1 twin city, 1 office-hours schedule\n$/u,
    );
  });

  it('reports a script URL with its path on stderr and exits 1', () => {
    const path = json('bad-url.json', { ...minimalMunicipality(), homeUrl: 'javascript:alert(1)' });
    const { status, stdout, stderr } = run(path);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `${path}: homeUrl: Expected an http(s), mailto, tel or relative URL\n`);
  });

  it('reports every problem, each with its path, deep ones included', () => {
    const doc = structuredClone(sampleMunicipality()) as unknown as {
      twinCities: Array<{ history: Array<{ date: string }> }>;
      coatOfArms: unknown;
    };
    doc.twinCities[5]!.history[2]!.date = '2021-13';
    doc.coatOfArms = { src: 'JaVaScRiPt:alert(1)', alt: 'x' };
    const path = json('bad-date.json', doc);
    const { status, stderr } = run(path);
    assert.equal(status, 1);
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `${path}: coatOfArms.src: Expected an http(s), mailto, tel or relative URL`,
      `${path}: twinCities[5].history[2].date: Expected a date as YYYY, YYYY-MM or YYYY-MM-DD`,
    ]);
  });

  it('reports invalid JSON clearly and exits 2', () => {
    const path = file('broken.json', '{ "id": "testville", }');
    const { status, stdout, stderr } = run(path);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: invalid JSON: `, 'u'),
    );
  });

  it('reports a missing file clearly and exits 2', () => {
    const path = join(dir, 'missing.json');
    const { status, stderr } = run(path);
    assert.equal(status, 2);
    assert.equal(stderr, `${path}: cannot read the file: no such file\n`);
  });

  it('reports a directory clearly and exits 2', () => {
    const { status, stderr } = run(dir);
    assert.equal(status, 2);
    assert.equal(stderr, `${dir}: cannot read the file: is a directory\n`);
  });

  it('checks every file given and exits with the worst status', () => {
    const good = json('good.json', minimalMunicipality());
    const bad = json('bad.json', { ...minimalMunicipality(), emails: ['nope'] });
    const both = run(good, bad);
    assert.equal(both.status, 1);
    assert.match(both.stdout, /good\.json: valid municipality/u);
    assert.match(both.stderr, /bad\.json: emails\[0\]: /u);
    assert.equal(run(good, bad, join(dir, 'missing.json')).status, 2);
    assert.equal(run(good, good).status, 0);
  });

  it('accepts a file with a byte-order mark, and file names after --', () => {
    const bom = file('bom.json', `\uFEFF${JSON.stringify(minimalMunicipality())}`);
    assert.equal(run(bom).status, 0);
    assert.equal(run('--', bom).status, 0);
  });
});
