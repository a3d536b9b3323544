// The plugin in a real WordPress (Debian's, with its default block theme), set up once: installed
// from the built zip through Plugins > Add New, configured on its settings page, the header and
// footer placed in the theme's template parts, pages made by an administrator, an editor and an
// author with blocks and the shortcode; then every page checked in Chromium at 1280 and 375 px.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  launchChromium,
  openWatchedTab,
  scriptErrors,
  settle,
  survey,
} from '../../embed/test/support.js';
import { startWordPress } from './wordpress.js';

const here = dirname(fileURLToPath(import.meta.url));
const version = JSON.parse(readFileSync(join(here, '../package.json'), 'utf8')).version;
const pluginZip = join(here, `../dist/muni-kit-${version}.zip`);
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** Where the screenshots go (looked at by whoever changes the plugin; not committed). */
const shots = join(here, '../dist/screenshots');
const kochaniUrl = '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani';

const block = (name, attributes = {}) =>
  `<!-- wp:muni-kit/${name} ${JSON.stringify(attributes)} /-->`;

describe('the muni-kit plugin in WordPress', { timeout: 600_000 }, () => {
  let wp;
  let browser;
  let admin;
  const pages = {};
  const timings = {};

  /** A logged-in tab (fresh context) for `user`, and a REST client with that user's nonce. */
  const logIn = async ({ user, password }) => {
    const session = await openWatchedTab(browser);
    const { tab } = session;
    await tab.goto(`${wp.url}/wp-login.php`);
    await tab.fill('#user_login', user);
    await tab.fill('#user_pass', password);
    await Promise.all([tab.waitForURL(/wp-admin/u), tab.click('#wp-submit')]);
    const nonce = await (
      await tab.request.get(`${wp.url}/wp-admin/admin-ajax.php?action=rest-nonce`)
    ).text();
    assert.match(nonce, /^[0-9a-f]{10}$/u, `a REST nonce for ${user}`);
    const rest = async (method, route, data) => {
      const response = await tab.request.fetch(
        `${wp.url}/?rest_route=${encodeURIComponent(route)}`,
        {
          method,
          headers: { 'X-WP-Nonce': nonce },
          data,
        },
      );
      const body = await response.json();
      assert.ok(
        response.ok(),
        `${method} ${route} as ${user}: HTTP ${response.status()} ${JSON.stringify(body).slice(0, 500)}`,
      );
      return body;
    };
    return { ...session, rest };
  };

  before(async () => {
    const began = Date.now();
    wp = await startWordPress({ language: 'bg_BG' });
    timings.wordpress = wp.timings.total;
    browser = await launchChromium();
    admin = await logIn(wp.admin);

    // Plugins > Add New > Upload Plugin, with the built zip; then Activate.
    const { tab } = admin;
    await tab.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
    await tab.setInputFiles('#pluginzip', pluginZip);
    await Promise.all([tab.waitForLoadState('load'), tab.click('#install-plugin-submit')]);
    await Promise.all([
      tab.waitForURL(/plugins\.php/u),
      tab.click('a.button-primary[href*="action=activate"]'),
    ]);
    assert.equal(
      await tab.locator('tr[data-slug="muni-kit"].active').count(),
      1,
      'the plugin is active',
    );
    timings.plugin = Date.now() - began - timings.wordpress;

    // Settings > muni-kit: the sample data into uploads/.
    await tab.goto(`${wp.url}/wp-admin/options-general.php?page=muni-kit`);
    await Promise.all([tab.waitForURL(/muni-kit-sample=1/u), tab.click('#muni-kit-sample')]);
    assert.equal(
      await tab.inputValue('#muni-kit-data-url'),
      `${wp.url}/wp-content/uploads/muni-kit/kazanlak.json`,
    );

    // Users: an editor and an author, made by the administrator.
    const users = {};
    for (const role of ['editor', 'author']) {
      users[role] = { user: role, password: `pw-${role}-${Date.now()}` };
      await admin.rest('POST', '/wp/v2/users', {
        username: role,
        password: users[role].password,
        email: `${role}@example.org`,
        roles: [role],
      });
    }

    // The theme's header and footer template parts hold the kit's header and footer, as the
    // plugin's patterns put them (Appearance > Editor).
    await admin.rest('POST', '/wp/v2/template-parts/twentytwentythree//header', {
      content: block('site-header', { align: 'full' }),
    });
    await admin.rest('POST', '/wp/v2/template-parts/twentytwentythree//footer', {
      content: block('contact-footer', { align: 'full' }),
    });

    // The editor's twin-city page, with blocks.
    const editor = await logIn(users.editor);
    pages.editor = await editor.rest('POST', '/wp/v2/pages', {
      title: 'Кочани',
      status: 'publish',
      content: [
        block('breadcrumbs', { page: 'twin-city-kochani' }),
        block('twin-city-card', { twinCity: 'kochani' }),
        block('timeline', { twinCity: 'kochani' }),
        block('side-nav', { currentUrl: kochaniUrl }),
        block('twin-city-list', { currentUrl: kochaniUrl, variant: 'cards', align: 'wide' }),
      ].join('\n'),
    });
    pages.editorSession = editor;

    // The author (no unfiltered_html): the shortcode, a block, and a pasted raw element with a
    // script, which the HTML filter strips.
    const author = await logIn(users.author);
    pages.author = await author.rest('POST', '/wp/v2/posts', {
      title: 'Побратимени градове',
      status: 'publish',
      content: [
        '<!-- wp:paragraph --><p>Побратимените градове на общината.</p><!-- /wp:paragraph -->',
        '<!-- wp:shortcode -->[muni_kit element="twin-city-card" twin-city="kochani"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[muni_kit element="twin-city-list" current-url="/nowhere" kind="twin"]<!-- /wp:shortcode -->',
        block('timeline', { twinCity: 'kochani', headingLevel: 2 }),
      ].join('\n'),
    });
    await author.context.close();

    // The administrator's page: the mega-menu on its own, by shortcode.
    pages.admin = await admin.rest('POST', '/wp/v2/pages', {
      title: 'Меню',
      status: 'publish',
      content: '<!-- wp:shortcode -->[muni_kit element="mega-menu"]<!-- /wp:shortcode -->',
    });
    timings.setUp = Date.now() - began;
    mkdirSync(shots, { recursive: true });
  });

  after(async () => {
    console.log(
      `WordPress set-up: ${(timings.wordpress / 1000).toFixed(1)} s (database, server, install), plugin upload and activation ${(timings.plugin / 1000).toFixed(1)} s, whole set-up with users and pages ${(timings.setUp / 1000).toFixed(1)} s`,
    );
    await browser?.close();
    if (wp) await wp.stop();
  });

  /** Opens `path` in a fresh, anonymous tab of `width` px and waits for the kit to settle. */
  const visit = async (path, width) => {
    const session = await openWatchedTab(browser);
    await session.tab.setViewportSize({ width, height: 900 });
    const response = await session.tab.goto(`${wp.url}${path}`);
    assert.equal(response.status(), 200, path);
    await settle(session.tab, { timeout: 30_000 });
    return session;
  };

  /** axe over the kit's elements, and the page's landmark rules over the whole page. */
  const axe = async (tab) => {
    await tab.addScriptTag({ content: axeSource });
    return tab.evaluate(async () => {
      const kit = [...document.querySelectorAll('*')].filter((element) =>
        element.localName.startsWith('muni-'),
      );
      // "region" is about the page's own content outside landmarks (the theme's skip link): the
      // landmark rules below are what the kit's elements answer for on the page.
      const own = await window.axe.run(
        { include: kit.map((element) => [element]) },
        { resultTypes: ['violations'], rules: { region: { enabled: false } } },
      );
      const landmarks = await window.axe.run(document, {
        runOnly: [
          'landmark-banner-is-top-level',
          'landmark-contentinfo-is-top-level',
          'landmark-no-duplicate-banner',
          'landmark-no-duplicate-contentinfo',
          'landmark-unique',
        ],
        resultTypes: ['violations'],
      });
      return [...own.violations, ...landmarks.violations].map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
  };

  /** What every page must be: elements rendered from the data, no alert, no error, axe clean. */
  const checkPage = async (path, width, expected) => {
    const session = await visit(path, width);
    const { tab, seen } = session;
    try {
      const elements = await survey(tab);
      const names = elements.map((element) => element.tag);
      for (const name of expected.elements)
        assert.ok(names.includes(name), `<${name}> on ${path}: ${names.join(', ')}`);
      for (const element of elements) {
        assert.equal(element.alert, null, `<${element.tag}> shows no error`);
        assert.ok(element.nodes > 5, `<${element.tag}> rendered`);
      }
      const text = elements.map((element) => element.text).join(' ');
      for (const phrase of expected.text)
        assert.ok(text.includes(phrase), `"${phrase}" on ${path}`);
      assert.deepEqual(seen.pageErrors, [], 'no uncaught error');
      assert.deepEqual(scriptErrors(seen), [], 'no console error');
      assert.deepEqual(seen.dialogs, [], 'no dialog');
      assert.deepEqual(await tab.evaluate(() => window.__muniTest.muniErrors), [], 'no muni-error');
      assert.deepEqual(await axe(tab), [], `axe on ${path} at ${width} px`);
      const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `no horizontal scroll at ${width} px (${scrollWidth})`);
      assert.equal(
        await tab.evaluate(
          () =>
            [...document.querySelectorAll('.muni-kit-fallback')].filter(
              (p) => p.getClientRects().length > 0,
            ).length,
        ),
        0,
        'the fallbacks are not shown once the elements render',
      );
      // Scrolled through once, so that parts skipped off screen (content-visibility) are painted.
      await tab.evaluate(async () => {
        const frame = () =>
          new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await frame();
        }
        scrollTo(0, 0);
        await frame();
      });
      await tab.screenshot({ path: join(shots, `${expected.shot}-${width}-top.png`) });
      await tab.screenshot({ path: join(shots, `${expected.shot}-${width}.png`), fullPage: true });
      return session;
    } catch (error) {
      await session.context.close();
      throw error;
    }
  };

  const pagePath = (created) => `/?page_id=${created.id}`;

  it("renders the editor's page of blocks, in Bulgarian, centred in the theme's column", async () => {
    for (const width of [1280, 375]) {
      const { tab, context } = await checkPage(pagePath(pages.editor), width, {
        elements: [
          'muni-site-header',
          'muni-mega-menu',
          'muni-breadcrumbs',
          'muni-twin-city-card',
          'muni-timeline',
          'muni-side-nav',
          'muni-twin-city-list',
          'muni-contact-footer',
        ],
        text: ['Община Казанлък', 'Кочани', 'Към основното съдържание'],
        shot: 'editor-page',
      });
      try {
        const boxes = await tab.evaluate(() => {
          const box = (selector) => {
            const rect = document.querySelector(selector).getBoundingClientRect();
            return { left: rect.left, right: rect.right, width: rect.width };
          };
          return {
            viewport: document.documentElement.clientWidth,
            header: box('muni-site-header'),
            footer: box('muni-contact-footer'),
            timeline: box('muni-timeline'),
            breadcrumbs: box('muni-breadcrumbs'),
            card: box('muni-twin-city-card'),
            list: box('muni-twin-city-list'),
            lang: document.documentElement.lang,
          };
        });
        assert.equal(boxes.lang, 'bg-BG');
        for (const name of ['timeline', 'breadcrumbs', 'card', 'list']) {
          const { left, right } = boxes[name];
          assert.ok(
            Math.abs(left - (boxes.viewport - right)) <= 2,
            `<muni-${name}> is centred at ${width} px: ${JSON.stringify(boxes[name])} in ${boxes.viewport}`,
          );
        }
        if (width === 1280) {
          assert.ok(
            boxes.timeline.width <= 700,
            `the timeline keeps the theme's content width (${boxes.timeline.width})`,
          );
          assert.ok(
            boxes.list.width > boxes.timeline.width + 200,
            `the alignwide list is wider than the column (${boxes.list.width})`,
          );
          assert.equal(boxes.header.width, boxes.viewport, 'the header spans the page');
          assert.equal(boxes.footer.width, boxes.viewport, 'the footer spans the page');
          const menuButton = tab.locator('muni-mega-menu').locator('[part~="menu-button"]');
          assert.equal(
            await menuButton.isVisible(),
            false,
            'the mega-menu is the desktop menu, not the phone drawer',
          );
        }
        if (width === 375) {
          const menuButton = tab.locator('muni-mega-menu').locator('[part~="menu-button"]');
          assert.equal(await menuButton.isVisible(), true, 'a phone gets the "Menu" button');
        }
        // The kit's skip link reaches the theme's main content.
        const skip = tab.locator('muni-site-header').locator('[part="skip-link"]');
        await skip.focus();
        await tab.keyboard.press('Enter');
        assert.equal(await tab.evaluate(() => document.activeElement?.localName), 'main');
      } finally {
        await context.close();
      }
    }
  });

  it("renders the author's post: shortcodes and a block, no JSON or stripped markup printed", async () => {
    const session = await checkPage(`/?p=${pages.author.id}`, 1280, {
      elements: [
        'muni-twin-city-card',
        'muni-twin-city-list',
        'muni-timeline',
        'muni-site-header',
        'muni-contact-footer',
      ],
      text: ['Кочани'],
      shot: 'author-post',
    });
    try {
      const bodyText = await session.tab.evaluate(() => document.body.innerText);
      assert.doesNotMatch(bodyText, /[{"]\s*"?(twinCity|languageVersions)/u, 'no JSON on the page');
      const { tab } = await checkPage(`/?p=${pages.author.id}`, 375, {
        elements: ['muni-twin-city-card'],
        text: ['Кочани'],
        shot: 'author-post',
      });
      await tab.context().close();
    } finally {
      await session.context.close();
    }
  });

  it("renders the administrator's shortcode page and the front page", async () => {
    for (const path of [pagePath(pages.admin), '/']) {
      const { context } = await checkPage(path, 1280, {
        elements: ['muni-mega-menu', 'muni-site-header', 'muni-contact-footer'],
        text: ['Община Казанлък'],
        shot: path === '/' ? 'front-page' : 'admin-page',
      });
      await context.close();
    }
  });

  it('previews a block in the block editor', async () => {
    const { tab } = pages.editorSession;
    await tab.goto(`${wp.url}/wp-admin/post.php?post=${pages.editor.id}&action=edit`);
    const card = tab.locator('.editor-styles-wrapper muni-twin-city-card');
    await card.first().waitFor({ timeout: 60_000 });
    await tab.waitForFunction(
      () =>
        document
          .querySelector('.editor-styles-wrapper muni-twin-city-card')
          ?.shadowRoot?.textContent.includes('Кочани'),
      null,
      { timeout: 60_000 },
    );
    await pages.editorSession.context.close();
  });

  it('shows a visible fallback when the bundle cannot load', async () => {
    const session = await openWatchedTab(browser);
    const { tab, context } = session;
    try {
      await tab.route(/muni-kit\.js/u, (route) => route.abort());
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
      await tab.goto(`${wp.url}${pagePath(pages.editor)}`);
      const fallback = tab.locator('muni-timeline .muni-kit-fallback');
      await tab.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('muni-timeline .muni-kit-fallback'))
            .visibility === 'visible',
        null,
        { timeout: 30_000 },
      );
      assert.match(await fallback.innerText(), /не можа да се зареди/u);
    } finally {
      await context.close();
    }
  });

  it('follows the site language: English once the site is in English', async () => {
    const { tab } = admin;
    await tab.goto(`${wp.url}/wp-admin/options-general.php`);
    await tab.selectOption('#WPLANG', '');
    await Promise.all([tab.waitForURL(/settings-updated/u), tab.click('#submit')]);
    const { tab: page, context } = await checkPage(pagePath(pages.editor), 1280, {
      elements: ['muni-site-header', 'muni-timeline'],
      text: ['Kazanlak Municipality', 'Kochani', 'Skip to main content'],
      shot: 'editor-page-en',
    });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
    await context.close();
  });

  it("checks the data file on the settings page with the kit's decoder before saving", async () => {
    const { tab } = admin;
    await tab.goto(`${wp.url}/wp-admin/options-general.php?page=muni-kit`);
    const saved = await tab.inputValue('#muni-kit-data-url');
    await tab.fill(
      '#muni-kit-data-url',
      `${wp.url}/wp-content/plugins/muni-kit/blocks/timeline/block.json`,
    );
    await tab.click('#submit');
    const alert = tab.locator('#muni-kit-report [role="alert"]');
    await alert.waitFor();
    const report = await alert.innerText();
    assert.match(report, /not saved/u);
    assert.match(report, /defaultLocale/u, 'problems are listed with their paths');
    await tab.reload();
    assert.equal(await tab.inputValue('#muni-kit-data-url'), saved, 'the bad file was not saved');
    await Promise.all([tab.waitForURL(/settings-updated=true/u), tab.click('#submit')]);
    assert.equal(await tab.inputValue('#muni-kit-data-url'), saved);
    assert.equal(
      await tab.locator('.notice-warning').count(),
      0,
      'the sample data draws no warning',
    );
  });
});
