// The prerendered demo (scripts/prerender.js, run by `npm run build`), served by scripts/serve.js
// as `npm start` serves it: with JavaScript off every fact of the seed page is there and every
// link is a real link; with JavaScript on the bundle hydrates the server's HTML (the same nodes,
// no error, no layout shift) and the menu, the language switch and "open now" come alive.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { embedDist, launchChromium, scriptErrors, watch } from './support.js';

const serveScript = fileURLToPath(new URL('../scripts/serve.js', import.meta.url));

/** The seed page's facts (seed/kazanlak-twin-city-kochani.txt), in each language. */
const facts = {
  bg: [
    'Льупчо Папазов',
    '0 700 400 56',
    'Побратимени градове',
    'Кочани – Македония',
    '5 юни 2021',
    'Работно време',
    'Община Казанлък',
  ],
  en: [
    'Ljupcho Papazov',
    '0 700 400 56',
    'Twin cities',
    'Kochani – North Macedonia',
    '5 June 2021',
    'Working hours',
    'Kazanlak Municipality',
  ],
};

/** Starts scripts/serve.js on a free port; resolves to its URL and a stop function. */
const startServe = () =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serveScript, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//u.exec(output);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, stop: () => child.kill() });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`serve.js exited (${code}): ${output}`)));
  });

/** Every element of the page's light DOM and shadow roots, as `{ tag, href, text }` for links. */
const linksOf = (page) =>
  page
    .locator('a')
    .evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })),
    );

describe('the prerendered demo', () => {
  let browser;
  let server;

  before(async () => {
    assert.ok(
      existsSync(join(embedDist, 'index.en.html')),
      'apps/embed/dist is not prerendered: run `npm run build`',
    );
    server = await startServe();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('is HTML that already holds every element, in Bulgarian and in English', () => {
    for (const file of ['index.html', 'index.en.html']) {
      const html = readFileSync(join(embedDist, file), 'utf8');
      for (const tag of [
        'muni-site-header',
        'muni-mega-menu',
        'muni-breadcrumbs',
        'muni-twin-city-card',
        'muni-timeline',
        'muni-side-nav',
        'muni-contact-footer',
      ])
        assert.match(
          html,
          new RegExp(
            `<${tag} [^>]*rendered-lang="[a-z]+"[^>]*><template shadowrootmode="open"><link rel="stylesheet" href="styles/muni-shared.css"><link rel="stylesheet" href="styles/${tag}.css">`,
            'u',
          ),
          `${file}: ${tag}`,
        );
    }
    assert.match(readFileSync(join(embedDist, 'index.en.html'), 'utf8'), /<html lang="en"/u);
    // No inline <style> (a strict CSP blocks it): the shadow roots link dist/styles/*.css.
    assert.doesNotMatch(readFileSync(join(embedDist, 'index.html'), 'utf8'), /<style/u);
    assert.ok(existsSync(join(embedDist, 'styles', 'muni-mega-menu.css')));
  });

  it("carries the municipality's JSON-LD in its head: offices, weekly hours and the coming holidays", () => {
    for (const [file, name] of [
      ['index.html', 'Община Казанлък'],
      ['index.en.html', 'Kazanlak Municipality'],
    ]) {
      const html = readFileSync(join(embedDist, file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const script = /<script type="application\/ld\+json">([^<]*)<\/script>/u.exec(head);
      assert.ok(script, `${file}: a JSON-LD script in the head`);
      const ld = JSON.parse(script[1]);
      assert.equal(ld['@type'], 'GovernmentOrganization');
      assert.equal(ld.name, name);
      assert.equal(ld.address.addressCountry, 'BG');
      assert.equal(ld.department.length, 3);
      for (const office of ld.department) {
        assert.ok(office.openingHoursSpecification.length > 0, office.name);
        // Any twelve months hold some ten working days off by the Bulgarian calendar.
        assert.ok(office.specialOpeningHoursSpecification.length >= 8, office.name);
      }
    }
  });

  for (const [lang, path] of [
    ['bg', '/'],
    ['en', '/?lang=en'],
  ]) {
    it(`with JavaScript off (${lang}, ${path}): shows the seed's facts, and its links are links`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(`${server.url}${path}`);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      for (const fact of facts[lang])
        assert.ok(
          (await page.getByText(fact).filter({ visible: true }).count()) > 0,
          `"${fact}" is visible`,
        );
      const links = await linksOf(page);
      assert.ok(
        links.length > 100,
        `the menu, side navigation and footer links are there (${links.length})`,
      );
      for (const link of links) {
        assert.ok(
          link.href && !/^\s*(?:javascript|data|vbscript):/iu.test(link.href),
          `a real link: ${JSON.stringify(link)}`,
        );
        assert.ok(link.text.length > 0, `a link with text: ${link.href}`);
      }
      // The skip link, the current page in the menu and the side navigation.
      assert.ok(links.some((link) => link.href === '#main'));
      assert.ok((await page.locator('[aria-current="page"]').count()) >= 2);
      await context.close();
    });
  }

  it('with JavaScript off, every menu panel opens by a click and by the keyboard, and Tab reaches its links', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    // Native <details>: no script, and nothing that depends on focus (WebKit does not focus on click).
    const summaries = page.locator('muni-mega-menu summary');
    const count = await summaries.count();
    assert.ok(count >= 5, `${count} sections`);
    for (let i = 0; i < count; i++) {
      const summary = summaries.nth(i);
      const firstLink = page.locator('muni-mega-menu .panel').nth(i).locator('a[href]').first();
      assert.equal(await firstLink.isVisible(), false, `panel ${i} is closed at first`);
      await summary.click();
      assert.ok(await firstLink.isVisible(), `panel ${i} opens by a click`);
      await firstLink.hover(); // the pointer reaches it: nothing covers it
      await summary.click();
      assert.equal(await firstLink.isVisible(), false, `panel ${i} closes by a click`);
      await summary.focus();
      await page.keyboard.press('Enter');
      assert.ok(await firstLink.isVisible(), `panel ${i} opens with Enter`);
      await page.keyboard.press('Tab');
      assert.ok(
        await firstLink.evaluate((link) => link.matches(':focus')),
        `Tab goes on to the first link of panel ${i}`,
      );
      await summary.focus();
      await page.keyboard.press(' ');
      assert.equal(await firstLink.isVisible(), false, `Space closes panel ${i}`);
    }
    await context.close();
  });

  it('with JavaScript off, the language switch leads to the English page and back', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('a[hreflang="en"]').click();
    await page.waitForLoadState();
    assert.match(page.url(), /\?lang=en$/u);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.ok((await page.getByText('Ljupcho Papazov').filter({ visible: true }).count()) > 0);
    await page.locator('a[hreflang="bg"]').click();
    await page.waitForLoadState();
    assert.equal(await page.locator('html').getAttribute('lang'), 'bg');
    await context.close();
  });

  const desktop = { width: 1280, height: 900 };
  const phone = { width: 375, height: 700 };
  for (const [lang, path, viewport] of [
    ['bg', '/', desktop],
    ['en', '/?lang=en', desktop],
    ['bg', '/', phone],
  ]) {
    it(`with JavaScript on (${lang}, ${viewport.width} px): hydrates the same nodes, without errors or layout shift, and comes alive`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const seen = await watch(page);
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (!entry.hadRecentInput) window.__shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
        // Before the bundle runs (it is a module: after parsing), keep the server's nodes.
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          window.__serverNodes = [...document.querySelectorAll('*')]
            .filter((element) => element.localName.startsWith('muni-'))
            .map((host) => [
              host,
              [...host.shadowRoot.querySelectorAll('*')].filter(
                (node) => node.localName !== 'style' && node.localName !== 'link',
              ),
            ]);
          window.__definedEarly = window.__serverNodes.some(([host]) =>
            customElements.get(host.localName),
          );
        });
      });
      await page.goto(`${server.url}${path}`);
      // Elements with live state hydrate (visible or idle); those whose server content is final
      // (finalWhenPrerendered) stay as the server rendered them until the reader interacts.
      await page.waitForFunction(() =>
        window.__serverNodes.every(
          ([host]) =>
            customElements.get(host.localName) &&
            (customElements.get(host.localName).finalWhenPrerendered
              ? host.hasAttribute('defer-hydration')
              : !host.hasAttribute('rendered-lang') && !host.isUpdatePending),
        ),
      );
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        waiting: window.__serverNodes
          .filter(([host]) => host.hasAttribute('defer-hydration') && !host.hasUpdated)
          .map(([host]) => host.localName)
          .sort(),
        definedEarly: window.__definedEarly,
        replaced: window.__serverNodes.flatMap(([host, nodes]) =>
          nodes
            .filter((node) => !host.shadowRoot.contains(node))
            .map((node) => `${host.localName} ${node.localName}.${node.className}`),
        ),
        hosts: window.__serverNodes.length,
        shifts: window.__shifts,
        today: document
          .querySelector('muni-site-header')
          .shadowRoot.querySelector('time')
          .getAttribute('datetime'),
        lang: document
          .querySelector('muni-site-header')
          .shadowRoot.querySelector('.skip-link')
          .textContent.trim(),
      }));
      assert.equal(state.definedEarly, false, 'the nodes were recorded before the bundle ran');
      assert.equal(state.hosts, 8);
      assert.deepEqual(state.waiting, [
        'muni-breadcrumbs',
        'muni-side-nav',
        'muni-timeline',
        'muni-twin-city-card',
      ]);
      assert.deepEqual(state.replaced, [], 'hydration kept every node');
      assert.deepEqual(state.shifts, [], 'no layout shift');
      assert.deepEqual(scriptErrors(seen), []);
      assert.deepEqual(seen.pageErrors, []);
      const today = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Sofia',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(new Date());
      assert.equal(state.today, today, 'the date is today’s, whenever the page was built');
      assert.equal(state.lang, lang === 'bg' ? 'Към основното съдържание' : 'Skip to main content');
      if (viewport === phone) {
        // The drawer layout (the server rendered the bar; CSS showed the Menu button until hydration).
        const menu = page.locator('muni-mega-menu button.menu-button');
        await menu.click();
        assert.equal(await menu.getAttribute('aria-expanded'), 'true');
        assert.ok(await page.locator('muni-mega-menu dialog nav').isVisible());
        await page.keyboard.press('Escape');
      } else {
        // The menu is live: a section (a <details>) opens, and Escape, which only the script handles, closes it.
        const toggle = page.locator('muni-mega-menu summary.toggle').first();
        const open = () => toggle.evaluate((summary) => summary.parentElement.open);
        await toggle.click();
        assert.equal(await open(), true);
        await page.keyboard.press('Escape');
        assert.equal(await open(), false);
      }
      await context.close();
    });
  }

  it('with JavaScript on, a static server without ?lang support still switches language on the client', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    // serve.js maps ?lang=en to index.en.html; any other server serves index.html (Bulgarian HTML).
    await page.route('**/index.en.html*', (route) => route.abort());
    await page.goto(`${server.url}/index.html`);
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await page.waitForFunction(() =>
      document
        .querySelector('muni-side-nav')
        .shadowRoot.textContent.includes('About the municipality'),
    );
    assert.deepEqual(scriptErrors(seen), []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });

  it('keeps the space of the server-rendered elements (muni-kit.css reserves none for them)', async () => {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.route('**/muni-kit.js', (route) => route.abort());
    await page.goto(`${server.url}/`);
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('muni-timeline, muni-contact-footer')].map((host) => [
        getComputedStyle(host).minBlockSize,
        host.shadowRoot.querySelector('*:not(style)') !== null,
      ]),
    );
    for (const [minimum, shown] of heights) {
      assert.ok(minimum === 'auto' || minimum === '0px', `no reserved height: ${minimum}`);
      assert.equal(shown, true);
    }
    await page.close();
  });
});
