// Two copies of the bundle on one page (two plugins that each ship the kit): no error, each
// element defined once (by the first copy), one warning per element when the versions differ,
// none when they are the same, and the shared data document still fetched once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  bundleText,
  elementNames,
  everyElement,
  kitVersion,
  launchChromium,
  openWatchedTab,
  page,
  scriptErrors,
  settle,
  startStaticServer,
  survey,
} from './support.js';

const otherVersion = '0.0.9';

describe('two copies of the bundle on one page', () => {
  let browser;
  let server;
  const version = kitVersion();

  before(async () => {
    const bundle = bundleText();
    // The version constant survives minification as a string literal (`0.1.0` in backticks);
    // the minifier also inlines it where it is compared, so every literal is replaced.
    const literal = new RegExp(`([\`'"])${version.replaceAll('.', '\\.')}\\1`, 'gu');
    const occurrences = bundle.match(literal) ?? [];
    assert.ok(
      occurrences.length >= 1,
      `the version ${version} appears in muni-kit.js as a literal`,
    );
    const older = bundle.replace(literal, (_, quote) => `${quote}${otherVersion}${quote}`);
    assert.notEqual(older, bundle);

    const body = everyElement({ src: 'kazanlak.json' });
    server = await startStaticServer({
      pages: {
        '/plugin-b/muni-kit.js': older,
        '/plugin-c/muni-kit.js': bundle,
        '/two-versions.html': page({ body, scripts: ['/muni-kit.js', '/plugin-b/muni-kit.js'] }),
        '/older-first.html': page({ body, scripts: ['/plugin-b/muni-kit.js', '/muni-kit.js'] }),
        '/same-version.html': page({ body, scripts: ['/muni-kit.js', '/plugin-c/muni-kit.js'] }),
        // The second copy arrives late, after the first has rendered everything.
        '/late-copy.html': page({ body }),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path) => {
    const { context, tab, seen } = await openWatchedTab(browser);
    const start = server.requests.length;
    await tab.goto(`${server.url}${path}`);
    await settle(tab);
    return { context, tab, seen, requests: () => server.requests.slice(start) };
  };

  /** Every element defined by exactly one constructor, of the expected version, and rendered. */
  const assertDefinedOnceAndRendered = async (tab, definedBy) => {
    const definitions = await tab.evaluate(
      (tags) =>
        tags.map((name) => ({
          name,
          defined: customElements.get(name) !== undefined,
          version: customElements.get(name)?.kitVersion,
        })),
      [...elementNames],
    );
    for (const { name, defined, version } of definitions) {
      assert.ok(defined, `<${name}> is defined`);
      assert.equal(version, definedBy, `<${name}> is the first copy's (${definedBy})`);
    }
    const elements = await survey(tab);
    assert.equal(elements.length, elementNames.length);
    for (const element of elements) {
      assert.equal(element.alert, null, `<${element.tag}> shows no alert`);
      assert.ok(element.text.length > 0, `<${element.tag}> renders`);
    }
  };

  const kitWarnings = (seen) => seen.warnings.filter((text) => text.startsWith('muni-kit'));

  it(`${version} then ${otherVersion}: no error, defined once, one warning per element naming both versions`, async () => {
    const { context, tab, seen, requests } = await open('/two-versions.html');
    try {
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(scriptErrors(seen), []);
      await assertDefinedOnceAndRendered(tab, version);
      const warnings = kitWarnings(seen);
      assert.equal(warnings.length, elementNames.length, warnings.join('\n'));
      for (const name of elementNames) {
        const forElement = warnings.filter((text) => text.includes(`<${name}>`));
        assert.equal(forElement.length, 1, `one warning for <${name}>`);
        assert.ok(
          forElement[0].includes(version) && forElement[0].includes(otherVersion),
          forElement[0],
        );
        assert.equal(
          forElement[0],
          `muni-kit ${otherVersion}: <${name}> is already defined by muni-kit ${version}; that definition is kept.`,
        );
      }
      assert.equal(
        requests().filter((path) => path === '/kazanlak.json').length,
        1,
        'the data is fetched once',
      );

      // Two localization runtimes on the page: switching the language still works.
      await tab.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await settle(tab);
      for (const element of await survey(tab)) {
        assert.doesNotMatch(
          element.text,
          /Община Казанлък|Кочани/u,
          `<${element.tag}> switched to English`,
        );
      }
      const card = (await survey(tab)).find((element) => element.tag === 'muni-twin-city-card');
      assert.match(card.text, /Kochani/u);
      assert.deepEqual(seen.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it(`${otherVersion} then ${version}: the older copy defines, the newer one warns`, async () => {
    const { context, tab, seen } = await open('/older-first.html');
    try {
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(scriptErrors(seen), []);
      await assertDefinedOnceAndRendered(tab, otherVersion);
      const warnings = kitWarnings(seen);
      assert.equal(warnings.length, elementNames.length, warnings.join('\n'));
      for (const name of elementNames) {
        assert.equal(
          warnings.filter(
            (text) =>
              text ===
              `muni-kit ${version}: <${name}> is already defined by muni-kit ${otherVersion}; that definition is kept.`,
          ).length,
          1,
          `one warning for <${name}>`,
        );
      }
    } finally {
      await context.close();
    }
  });

  it('the same version twice (two URLs): no warning, no error', async () => {
    const { context, tab, seen, requests } = await open('/same-version.html');
    try {
      assert.ok(requests().includes('/plugin-c/muni-kit.js'), 'the second copy was loaded');
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(scriptErrors(seen), []);
      assert.deepEqual(kitWarnings(seen), []);
      await assertDefinedOnceAndRendered(tab, version);
      assert.equal(
        requests().filter((path) => path === '/kazanlak.json').length,
        1,
        'the data is fetched once',
      );
    } finally {
      await context.close();
    }
  });

  it('a second copy loaded after the page has rendered changes nothing', async () => {
    const { context, tab, seen } = await open('/late-copy.html');
    try {
      const rendered = await tab.evaluateHandle(
        () => document.querySelector('muni-twin-city-card').shadowRoot.firstElementChild,
      );
      await tab.addScriptTag({ url: '/plugin-b/muni-kit.js', type: 'module' });
      // The second copy warns once per element as its module runs; the warnings reach this side
      // as console events, so wait for those events instead of a fixed 200 ms.
      while (kitWarnings(seen).length < elementNames.length) {
        const more = await tab.waitForEvent('console', { timeout: 5000 }).then(
          () => true,
          () => false,
        );
        if (!more) break;
      }
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(scriptErrors(seen), []);
      assert.equal(kitWarnings(seen).length, elementNames.length);
      await assertDefinedOnceAndRendered(tab, version);
      const same = await tab.evaluate(
        (node) =>
          node === document.querySelector('muni-twin-city-card').shadowRoot.firstElementChild,
        rendered,
      );
      assert.ok(same, 'the rendered card was left in place');
      assert.equal(await tab.evaluate(() => window.__muniTest.muniErrors.length), 0);
    } finally {
      await context.close();
    }
  });
});
