// The autoloader (dist/loader/muni-kit-loader.js): a page gets the modules of the elements it
// uses and no others, elements added later are defined when they arrive, and the prerendered
// demo works with it as with the one-file bundle.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  embedDist,
  everyElement,
  launchChromium,
  page,
  settle,
  startStaticServer,
  tag,
} from './support.js';

const loader = '/loader/muni-kit-loader.js';

describe('the autoloader', () => {
  let browser;
  let server;

  before(async () => {
    const demo = readFileSync(join(embedDist, 'index.html'), 'utf8');
    assert.match(demo, /src="muni-kit\.js"/u);
    server = await startStaticServer({
      pages: {
        '/breadcrumbs.html': page({
          body: tag('muni-breadcrumbs', { src: 'kazanlak.json', page: 'twin-city-kochani' }),
          scripts: [loader],
        }),
        '/every-element.html': page({
          body: everyElement({ src: 'kazanlak.json' }),
          scripts: [loader],
        }),
        '/demo-with-loader.html': demo.replace('src="muni-kit.js"', `src="${loader.slice(1)}"`),
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The element modules (chunks) the page requested, by element name. */
  const openCounting = async (path) => {
    const tab = await browser.newPage();
    const chunks = [];
    tab.on('request', (request) => {
      const name = /\/loader\/chunks\/(muni-[a-z-]+)-[\w-]+\.js$/u.exec(request.url())?.[1];
      if (name) chunks.push(name);
    });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${server.url}${path}`);
    return { tab, chunks, errors };
  };

  it('loads only the modules of the elements on the page', async () => {
    const { tab, chunks, errors } = await openCounting('/breadcrumbs.html');
    await tab.waitForFunction(() => customElements.get('muni-breadcrumbs'));
    await settle(tab);
    assert.deepEqual(chunks, ['muni-breadcrumbs']);
    assert.deepEqual(errors, []);
    const defined = await tab.evaluate(() =>
      ['muni-breadcrumbs', 'muni-mega-menu', 'muni-contact-footer'].filter((n) =>
        customElements.get(n),
      ),
    );
    assert.deepEqual(defined, ['muni-breadcrumbs']);
    const crumbs = await tab.evaluate(
      () => document.querySelector('muni-breadcrumbs').shadowRoot.querySelectorAll('a').length,
    );
    assert.ok(crumbs >= 4, `${crumbs} breadcrumb links rendered`);
    await tab.close();
  });

  it('defines an element added after load, also inside an added block', async () => {
    const { tab, chunks } = await openCounting('/breadcrumbs.html');
    await tab.waitForFunction(() => customElements.get('muni-breadcrumbs'));
    await tab.evaluate(() => {
      const block = document.createElement('section');
      block.innerHTML = '<div><muni-side-nav src="kazanlak.json"></muni-side-nav></div>';
      document.body.append(block);
    });
    await tab.waitForFunction(() => customElements.get('muni-side-nav'));
    await settle(tab);
    assert.deepEqual(chunks.sort(), ['muni-breadcrumbs', 'muni-side-nav']);
    await tab.close();
  });

  it('defines every element of a page that has them all, each module once', async () => {
    const { tab, chunks, errors } = await openCounting('/every-element.html');
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('muni-'))
        .every((e) => customElements.get(e.localName)),
    );
    await settle(tab);
    assert.equal(new Set(chunks).size, chunks.length, `each module once: ${chunks.join(', ')}`);
    assert.ok(chunks.length >= 8, `${chunks.length} modules`);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('hydrates the prerendered demo as the bundle does', async () => {
    const { tab, errors } = await openCounting('/demo-with-loader.html');
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('muni-'))
        .every((e) => customElements.get(e.localName)),
    );
    await settle(tab);
    assert.deepEqual(errors, []);
    const years = await tab.evaluate(
      () => document.querySelector('muni-timeline').shadowRoot.querySelectorAll('.year').length,
    );
    assert.ok(years >= 5, `${years} year headings`);
    await tab.close();
  });
});
