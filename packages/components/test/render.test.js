/* global process */
// The muni-render command and the server renderer, in Node (node --test). Needs dist/ (the
// components' build, which turbo runs before the tests).
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = join(packageDir, 'bin', 'muni-render.js');
const validator = join(packageDir, '..', 'domain', 'bin', 'muni-validate.js');
const kazanlakFile = join(packageDir, '..', 'domain', 'data', 'kazanlak.json');
const kazanlak = () => JSON.parse(readFileSync(kazanlakFile, 'utf8'));
const kochaniPage = '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani';
const now = '2025-06-23T07:00:00Z'; // a Monday, 10:00 in Sofia: the offices are open
// parse5 7 (the one @lit-labs/ssr parses templates with) reports parse errors.
const parse5 = createRequire(createRequire(import.meta.url).resolve('@lit-labs/ssr/package.json'))(
  'parse5',
);

const env = { ...process.env, NODE_V8_COVERAGE: '' };
/** Runs the command (asynchronously, so that tests run side by side). */
const run = (...args) =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: packageDir, encoding: 'utf8', env, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const elements = {
  'muni-site-header': [],
  'muni-mega-menu': ['--current-url', kochaniPage],
  'muni-breadcrumbs': ['--page', 'twin-city-kochani'],
  'muni-timeline': ['--twin-city', 'kochani'],
  'muni-contact-footer': [],
  'muni-twin-city-card': ['--twin-city', 'kochani'],
  'muni-twin-city-list': ['--current-url', kochaniPage],
  'muni-side-nav': ['--current-url', kochaniPage],
  'muni-display-settings': [],
};

/** Parse errors of an HTML document (or of a fragment put in one). */
const parseErrors = (html, { fragment = false } = {}) => {
  const errors = [];
  const text = fragment
    ? `<!doctype html><html lang="bg"><head><title>t</title></head><body>${html}</body></html>`
    : html;
  const document = parse5.parse(text, {
    onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`),
  });
  return { errors, document };
};

/** Every element of a parse5 tree, template contents included. */
const allNodes = function* (node) {
  yield node;
  for (const child of node.childNodes ?? []) yield* allNodes(child);
  if (node.content) yield* allNodes(node.content);
};

describe('muni-render', { concurrency: 4 }, () => {
  let dir = '';
  before(() => {
    assert.ok(
      existsSync(join(packageDir, 'dist', 'server', 'render.js')),
      'dist/ is missing: run `npm run build` first',
    );
    dir = mkdtempSync(join(tmpdir(), 'muni-render-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [element, selection] of Object.entries(elements)) {
    for (const lang of ['bg', 'en']) {
      it(`renders ${element} (${lang}): declarative shadow DOM, valid HTML${lang === 'bg' ? ', the same bytes twice' : ''}`, async () => {
        const args = [
          kazanlakFile,
          '--element',
          element,
          '--lang',
          lang,
          '--now',
          now,
          ...selection,
        ];
        const first = await run(...args);
        assert.equal(first.status, 0, first.stderr);
        assert.equal(first.stderr, '');
        if (lang === 'bg') {
          const second = await run(...args);
          assert.equal(second.stdout, first.stdout, 'deterministic output');
        }
        const html = first.stdout;
        assert.match(
          html,
          new RegExp(
            `^<${element} lang="${lang}"[^>]* src="kazanlak.json"[^>]* rendered-lang="${lang}"[^>]*><template shadowrootmode="open"><style>`,
            'u',
          ),
        );
        assert.ok(html.endsWith(`</${element}>\n`));
        assert.doesNotMatch(html, /role="alert"/u, 'no error message');
        assert.doesNotMatch(html, /\sshadowroot=/u, 'only the standard shadowrootmode');
        assert.doesNotMatch(html, /(?:href|src)="\s*(?:javascript|data|vbscript):/iu);
        const { errors, document } = parseErrors(html, { fragment: true });
        assert.deepEqual(errors, []);
        const hosts = [...allNodes(document)].filter((node) => node.tagName === element);
        assert.equal(hosts.length, 1);
        const template = hosts[0].childNodes.find((node) => node.tagName === 'template');
        assert.ok(template?.attrs.some((a) => a.name === 'shadowrootmode' && a.value === 'open'));
      });
    }
  }

  it("writes a history's dates and link texts into the HTML, for readers without JavaScript", async () => {
    const data = kazanlak();
    data.twinCities.find((city) => city.id === 'kochani').history = [
      {
        date: '2021-06-05',
        text: { bg: 'Празник на розата', en: 'Rose Festival' },
        url: 'https://kazanlak.bg/rose',
      },
      { date: '2020-06', text: { bg: 'Само на български' }, url: 'https://kazanlak.bg/only-bg' },
    ];
    const file = join(dir, 'dated-history.json');
    writeFileSync(file, JSON.stringify(data));
    const { status, stdout, stderr } = await run(
      file,
      '--element',
      'muni-timeline',
      '--lang',
      'en',
      '--twin-city',
      'kochani',
    );
    assert.equal(status, 0, stderr);
    const text = stdout.replace(/<!--[^>]*-->/gu, '');
    assert.match(text, /<time class="date" part="date" datetime="2021-06-05">5 June 2021<\/time>/u);
    assert.match(text, /<a href="https:\/\/kazanlak.bg\/rose" part="link">Rose Festival<\/a>/u);
    assert.match(
      text,
      /<a href="https:\/\/kazanlak.bg\/only-bg" part="link"><span lang="bg">Само на български<\/span><\/a>/u,
    );
  });

  it('renders the time-dependent parts for --now, and records it', async () => {
    const header = (
      await run(kazanlakFile, '--element', 'muni-site-header', '--lang', 'en', '--now', now)
    ).stdout;
    assert.match(header, /rendered-at="2025-06-23T07:00:00.000Z"/u);
    assert.match(header, /<time datetime="2025-06-23">(?:<!--lit-part-->)?Monday, 23 June 2025/u);
    const footer = (
      await run(kazanlakFile, '--element', 'muni-contact-footer', '--lang', 'en', '--now', now)
    ).stdout;
    const status = /<strong>(?:<!--lit-part-->)?(Open now|Closed)</gu;
    assert.deepEqual(
      [...footer.matchAll(status)].map((m) => m[1]),
      ['Open now', 'Open now', 'Open now'],
    );
    const sunday = (
      await run(
        kazanlakFile,
        '--element',
        'muni-contact-footer',
        '--lang',
        'en',
        '--now',
        '2025-06-22T07:00:00Z',
      )
    ).stdout;
    assert.deepEqual(
      [...sunday.matchAll(status)].map((m) => m[1]),
      ['Closed', 'Closed', 'Closed'],
    );
  });

  it('renders a given weather feed document into the header with --weather, when fresh at --now', async () => {
    // Open-Meteo's answer for Kazanlak at 09:45 Sofia time (UTC+3 in June): 15 minutes before --now.
    const feed = (time, extra = {}) => {
      const file = join(
        dir,
        `feed-${time.replace(/\W/gu, '')}-${Object.keys(extra).join('')}.json`,
      );
      writeFileSync(
        file,
        JSON.stringify({
          latitude: 42.625,
          longitude: 25.375,
          utc_offset_seconds: 10800,
          timezone: 'Europe/Sofia',
          current: { time, interval: 900, temperature_2m: 24.3, weather_code: 1, ...extra },
        }),
      );
      return file;
    };
    const fresh = feed('2025-06-23T09:45');
    const weatherOf = (html) =>
      /<span class="weather" part="weather"\s*(hidden)?>([\s\S]*?)<\/slot/u.exec(html);
    const textOf = (html) =>
      html
        .replace(/<[^>]*>/gu, '')
        .replace(/\s+/gu, ' ')
        .trim();
    for (const [lang, text] of [
      ['bg', '24,3°C предимно ясно'],
      ['en', '24.3°C mainly clear'],
    ]) {
      const { status, stdout, stderr } = await run(
        kazanlakFile,
        '--element',
        'muni-site-header',
        '--lang',
        lang,
        '--now',
        now,
        '--weather',
        fresh,
      );
      assert.equal(status, 0, stderr);
      assert.equal(stderr, '');
      const [, hidden, content] = weatherOf(stdout);
      assert.equal(hidden, undefined, 'the weather is shown');
      assert.equal(textOf(content), text);
      assert.match(content, /<svg\s+class="weather-icon"[^>]*\saria-hidden="true"/u);
      assert.match(content, /data-time="2025-06-23T06:45:00.000Z"/u, 'the reading, for hydration');
      assert.equal(parseErrors(stdout, { fragment: true }).errors.length, 0);
    }
    // Without --weather, or with a stale one (warned about), no weather: the server fetches nothing.
    const without = await run(kazanlakFile, '--element', 'muni-site-header', '--now', now);
    assert.equal(weatherOf(without.stdout)[1], 'hidden');
    assert.equal(textOf(weatherOf(without.stdout)[2]), '');
    const stale = await run(
      kazanlakFile,
      '--element',
      'muni-site-header',
      '--now',
      '2025-06-23T10:00:00Z',
      '--weather',
      fresh,
    );
    assert.equal(stale.status, 0);
    assert.match(
      stale.stderr,
      /warning: the reading is for 2025-06-23T06:45:00\.000Z, not within three hours/u,
    );
    assert.equal(weatherOf(stale.stdout)[1], 'hidden');
    // The page's header shows it too.
    const page = await run(kazanlakFile, '--page', '--now', now, '--weather', fresh);
    assert.equal(page.status, 0, page.stderr);
    assert.equal(textOf(weatherOf(page.stdout)[2]), '24,3°C предимно ясно');
    // A malformed feed: its problems with their paths (exit 1); not a JSON file (exit 2); not for other elements.
    const wrong = await run(
      kazanlakFile,
      '--element',
      'muni-site-header',
      '--weather',
      feed('2025-06-23T09:45', { temperature_2m: 'warm' }),
    );
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /\.json: current\.temperature_2m: Expected number/u);
    assert.equal(wrong.stdout, '');
    const missing = await run(
      kazanlakFile,
      '--element',
      'muni-site-header',
      '--weather',
      join(dir, 'none.json'),
    );
    assert.equal(missing.status, 2);
    const footer = await run(kazanlakFile, '--element', 'muni-contact-footer', '--weather', fresh);
    assert.equal(footer.status, 2);
    assert.match(footer.stderr, /--weather is for muni-site-header/u);
  });

  it('prints a whole page with --page: every element, valid HTML, deterministic', async () => {
    const first = await run(
      kazanlakFile,
      '--page',
      'twin-city-kochani',
      '--now',
      now,
      '--src',
      '/data/kazanlak.json',
    );
    assert.equal(first.status, 0, first.stderr);
    assert.equal(
      (
        await run(
          kazanlakFile,
          '--page',
          'twin-city-kochani',
          '--now',
          now,
          '--src',
          '/data/kazanlak.json',
        )
      ).stdout,
      first.stdout,
    );
    const { errors } = parseErrors(first.stdout);
    assert.deepEqual(errors, []);
    for (const element of [
      'muni-site-header',
      'muni-mega-menu',
      'muni-breadcrumbs',
      'muni-twin-city-card',
      'muni-timeline',
      'muni-side-nav',
      'muni-contact-footer',
    ])
      assert.match(
        first.stdout,
        new RegExp(
          `<${element} [^>]*src="/data/kazanlak.json"[^>]*><template shadowrootmode="open"`,
          'u',
        ),
      );
    for (const fact of [
      'Льупчо Папазов',
      '0 700 400 56',
      'Побратимени градове',
      'Кочани – Македония',
      '5 юни 2021',
    ])
      assert.ok(first.stdout.includes(fact), fact);
    assert.match(first.stdout, /^<!doctype html>\n<html lang="bg">/u);
    // Relative URLs in the data are written relative to the data file's URL.
    assert.match(first.stdout, /src="\/data\/kazanlak-coat-of-arms.svg"/u);
  });

  it("writes the JSON-LD of the municipality into the head of --page, escaped, with the offices' hours", async () => {
    const data = kazanlak();
    // A name that would end the script element if it were written as it is.
    data.officeHours[0].name = { bg: 'Център </script><script>alert(1)</script>', en: 'Centre' };
    const dir = mkdtempSync(join(tmpdir(), 'muni-render-ld-'));
    const file = join(dir, 'kazanlak.json');
    writeFileSync(file, JSON.stringify(data));
    try {
      const page = await run(
        file,
        '--page',
        '--now',
        '2026-03-01T10:00:00Z',
        '--src',
        '/data/kazanlak.json',
      );
      assert.equal(page.status, 0, page.stderr);
      const head = page.stdout.slice(0, page.stdout.indexOf('</head>'));
      const scripts = [
        ...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu),
      ];
      assert.equal(scripts.length, 1);
      assert.doesNotMatch(scripts[0][1], /</u);
      const ld = JSON.parse(scripts[0][1]);
      assert.equal(ld['@type'], 'GovernmentOrganization');
      assert.equal(ld.name, 'Община Казанлък');
      assert.equal(ld.logo, '/data/kazanlak-coat-of-arms.svg');
      assert.equal(ld.department.length, 3);
      assert.equal(ld.department[0].name, 'Център </script><script>alert(1)</script>');
      assert.deepEqual(ld.department[0].openingHoursSpecification[0].dayOfWeek.length, 5);
      assert.ok(
        ld.department[0].specialOpeningHoursSpecification.some(
          (s) =>
            s.validFrom === '2026-03-03' &&
            s.opens === '00:00' &&
            s.description === 'Ден на Освобождението',
        ),
      );
      const { errors } = parseErrors(page.stdout);
      assert.deepEqual(errors, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes the data's relative URLs relative to --src", async () => {
    const header = async (src) =>
      (await run(kazanlakFile, '--element', 'muni-site-header', '--src', src, '--now', now)).stdout;
    assert.match(await header('kazanlak.json'), /<img[^>]*src="kazanlak-coat-of-arms.svg"/u);
    assert.match(
      await header('data/kazanlak.json'),
      /<img[^>]*src="data\/kazanlak-coat-of-arms.svg"/u,
    );
    assert.match(
      await header('../shared/kazanlak.json'),
      /<img[^>]*src="..\/shared\/kazanlak-coat-of-arms.svg"/u,
    );
    assert.match(
      await header('/data/kazanlak.json'),
      /<img[^>]*src="\/data\/kazanlak-coat-of-arms.svg"/u,
    );
    assert.match(
      await header('https://cdn.example/k/kazanlak.json'),
      /<img[^>]*src="https:\/\/cdn.example\/k\/kazanlak-coat-of-arms.svg"/u,
    );
    // Root-relative links, the language versions among them, stay root-relative.
    assert.match(await header('data/kazanlak.json'), /href="\/dostapnost"/u);
    assert.match(await header('data/kazanlak.json'), /href="\/\?lang=en"/u);
  });

  it("links the shadow roots' stylesheets with --stylesheets, and writes them with --write-stylesheets", async () => {
    const linked = await run(
      kazanlakFile,
      '--element',
      'muni-side-nav',
      '--stylesheets',
      '/kit/styles/',
    );
    assert.equal(linked.status, 0, linked.stderr);
    assert.match(
      linked.stdout,
      /<template shadowrootmode="open"><link rel="stylesheet" href="\/kit\/styles\/muni-shared.css"><link rel="stylesheet" href="\/kit\/styles\/muni-side-nav.css"><!--lit-part/u,
    );
    assert.doesNotMatch(linked.stdout, /<style/u);
    const styles = join(dir, 'styles');
    const written = await run('--write-stylesheets', styles);
    assert.equal(written.status, 0, written.stderr);
    // The shared file and the element's own together are the inline <style>, and the element's
    // own file repeats nothing of the shared one.
    const sharedCss = readFileSync(join(styles, 'muni-shared.css'), 'utf8');
    const ownCss = readFileSync(join(styles, 'muni-side-nav.css'), 'utf8');
    const inline = (await run(kazanlakFile, '--element', 'muni-side-nav')).stdout;
    const style = /<style>([\s\S]*?)<\/style>/u.exec(inline)?.[1] ?? '';
    assert.equal(style.replace(/\s+/gu, ''), `${sharedCss}${ownCss}`.replace(/\s+/gu, ''));
    assert.ok(sharedCss.length > 1000 && ownCss.length > 500);
    assert.ok(
      !ownCss.includes(sharedCss.trim().slice(0, 200)),
      'the shared rules are not repeated',
    );
    for (const element of Object.keys(elements))
      assert.ok(existsSync(join(styles, `${element}.css`)), element);
  });

  it('escapes all text from the data', async () => {
    const data = kazanlak();
    data.name = { bg: '<script>alert(1)</script> & "Казанлък"', en: 'Kazanlak <b>' };
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(data));
    const { status, stdout } = await run(
      file,
      '--element',
      'muni-site-header',
      '--lang',
      'bg',
      '--now',
      now,
    );
    assert.equal(status, 0);
    assert.ok(!stdout.includes('<script>alert(1)'), 'no raw markup from the data');
    assert.ok(
      stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Казанлък&quot;') ||
        stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "Казанлък"'),
    );
    assert.deepEqual(parseErrors(stdout, { fragment: true }).errors, []);
    const inline = await run(
      file,
      '--element',
      'muni-breadcrumbs',
      '--page',
      'twin-city-kochani',
      '--inline',
    );
    assert.equal(inline.status, 0);
    assert.ok(
      !inline.stdout.includes('</script> &'),
      'the inline JSON cannot end its script element',
    );
    assert.match(inline.stdout, /<script type="application\/json">\{.*\\u003c\/script>/u);
  });

  it("rejects invalid data with the validator's path-bearing messages (exit 1)", async () => {
    const data = kazanlak();
    data.twinCities[5].history[2].date = 'someday';
    data.mainNavigation[0].url = 'javascript:alert(1)';
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify(data));
    const rendered = await run(file, '--element', 'muni-site-header');
    assert.equal(rendered.status, 1);
    assert.equal(rendered.stdout, '');
    assert.match(rendered.stderr, /invalid\.json: twinCities\[5\]\.history\[2\]\.date: /u);
    assert.match(rendered.stderr, /invalid\.json: mainNavigation\[0\]\.url: /u);
    const validated = spawnSync(process.execPath, [validator, file], {
      cwd: packageDir,
      encoding: 'utf8',
      env,
    });
    assert.equal(rendered.stderr, validated.stderr, 'the same lines as muni-validate');
  });

  it('rejects a twin city or page the data does not hold (exit 1), bad JSON and bad arguments (exit 2)', async () => {
    const city = await run(
      kazanlakFile,
      '--element',
      'muni-twin-city-card',
      '--twin-city',
      'atlantis',
    );
    assert.equal(city.status, 1);
    assert.match(city.stderr, /kazanlak\.json: twinCities: no twin city with the id "atlantis"/u);
    const timeline = await run(kazanlakFile, '--element', 'muni-timeline');
    assert.equal(timeline.status, 1, 'a timeline without --twin-city renders its error: rejected');
    assert.equal(timeline.stdout, '');
    const page = await run(kazanlakFile, '--page', 'nowhere');
    assert.equal(page.status, 1);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "id": ');
    assert.equal((await run(broken, '--element', 'muni-site-header')).status, 2);
    assert.equal((await run(join(dir, 'missing.json'), '--element', 'muni-site-header')).status, 2);
    assert.equal((await run(kazanlakFile, '--element', 'muni-nothing')).status, 2);
    assert.equal((await run(kazanlakFile)).status, 2);
    assert.equal(
      (await run(kazanlakFile, '--element', 'muni-site-header', '--now', 'yesterday')).status,
      2,
    );
    assert.equal((await run(kazanlakFile, '--bogus')).status, 2);
    const help = await run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: muni-render/u);
  });
});
