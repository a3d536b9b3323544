// Injection, end to end: markup in every text field of the data shows as text; script URLs in
// every URL field, however disguised, never reach an href or src; clicking every link the kit
// renders runs no script.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  elementNames,
  everyElement,
  kazanlak,
  launchChromium,
  openWatchedTab,
  page,
  scriptErrors,
  settle,
  startStaticServer,
  survey,
  tag,
} from './support.js';

const pwn = 'window.__pwned=(window.__pwned||0)+1;alert(document.domain)';
const textPayload = `<img src=x onerror="${pwn}"><script>${pwn}</script><svg onload="${pwn}"></svg>"><b id="injected">bold</b><!--`;

/** Disguised script URLs: every one must be rejected. */
const scriptUrls = [
  `javascript:${pwn}`,
  `JaVaScRiPt:${pwn}`,
  `   javascript:${pwn}`,
  `\u0001\u0002\tjavascript:${pwn}`,
  `java\tscript:${pwn}`,
  `java\nscript:${pwn}`,
  `\u200bjavascript:${pwn}`,
  `&#106;avascript:${pwn}`,
  `&#x6A;&#x61;vascript:${pwn}`,
  `javascript&colon;${pwn}`,
  `%6Aavascript:${pwn}`,
  `%20javascript:${pwn}`,
  `data:text/html,<script>${pwn}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${pwn}"/>`,
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1)',
];

const urlKeys = new Set(['url', 'src', 'pageUrl', 'homeUrl']);
const textKeys = new Set(['bg', 'en', 'text']);

/** The document with `replace(value, key)` applied to every string. */
const mapStrings = (value, replace, key = '') => {
  if (typeof value === 'string') return replace(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace, k)]),
    );
  return value;
};

const withTextPayload = () =>
  mapStrings(kazanlak(), (text, key) => (textKeys.has(key) ? `${text}${textPayload}` : text));
const withUrl = (url) => mapStrings(kazanlak(), (text, key) => (urlKeys.has(key) ? url : text));

/** Every element, in both languages, the cards variant of the list, every twin city's card. */
const textPage = () =>
  page({
    body: [
      everyElement({ src: '/inject/text.json' }),
      everyElement({ src: '/inject/text.json', lang: 'en' }),
      tag('muni-twin-city-list', { src: '/inject/text.json', variant: 'cards' }),
      ...kazanlak().twinCities.map((city) =>
        tag('muni-twin-city-card', { src: '/inject/text.json', 'twin-city': city.id }),
      ),
    ].join('\n'),
  });

/** In the page: every href, src and the like inside any shadow root that is not a safe URL. */
const findBadUrls = () => {
  const safe = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  const names = [
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'xlink:href',
    'poster',
    'data',
    'ping',
    'background',
  ];
  const bad = [];
  let checked = 0;
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (!(element.getRootNode() instanceof ShadowRoot)) continue;
      for (const name of names) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        checked++;
        const squeezed = value
          // eslint-disable-next-line no-control-regex -- the invisible characters a URL parser strips
          .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\ufeff]/gu, '')
          .toLowerCase();
        let protocol;
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          protocol = 'unparsable';
        }
        if (/^(?:javascript|data|vbscript|&#|%)/u.test(squeezed) || !safe.has(protocol))
          bad.push(`<${element.localName} ${name}="${value}">`);
      }
      for (const attribute of element.attributes) {
        if (/^on/iu.test(attribute.name)) bad.push(`<${element.localName} ${attribute.name}>`);
      }
    }
  };
  visit(document);
  return { bad, checked };
};

describe('injection through the data', () => {
  let browser;
  let server;

  before(async () => {
    const pages = {
      '/inject/text.json': JSON.stringify(withTextPayload()),
      '/text.html': textPage(),
      '/urls.html': page({
        body: scriptUrls
          .map((_, index) =>
            everyElement({ src: `/inject/url-${index}.json`, 'data-variant': String(index) }),
          )
          .join('\n'),
      }),
    };
    scriptUrls.forEach(
      (url, index) => (pages[`/inject/url-${index}.json`] = JSON.stringify(withUrl(url))),
    );
    server = await startStaticServer({ pages });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('markup in every text field shows as text, and clicking every link runs no script', async () => {
    const { context, tab, seen } = await openWatchedTab(browser);
    const navigations = [];
    // Following a link must not leave the page: answer every navigation "204 No Content".
    await tab.route('**/*', (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && !request.url().endsWith('/text.html')) {
        navigations.push(request.url());
        return route.fulfill({ status: 204 });
      }
      return route.continue();
    });
    const popups = [];
    context.on('page', (popup) => popups.push(popup.url()));
    try {
      await tab.goto(`${server.url}/text.html`);
      const count = await settle(tab);
      assert.equal(count, elementNames.length * 2 + 1 + kazanlak().twinCities.length);
      for (const element of await survey(tab)) {
        assert.equal(element.alert, null, `<${element.tag}>: the hostile document still decodes`);
        // The display settings show no text from the data (only its statement URL).
        if (element.tag === 'muni-display-settings') continue;
        assert.ok(
          element.text.includes('<img src=x onerror='),
          `<${element.tag}> shows the markup as text`,
        );
        assert.ok(
          element.text.includes('<script>window.__pwned'),
          `<${element.tag}> shows the script as text`,
        );
      }
      const injected = await tab.evaluate(() => {
        const found = [];
        const visit = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) visit(element.shadowRoot);
            const inShadow = element.getRootNode() instanceof ShadowRoot;
            if (
              inShadow &&
              element.matches('script, svg[onload], img[src="x"], #injected, [onerror], [onload]')
            )
              found.push(element.outerHTML.slice(0, 80));
          }
        };
        visit(document);
        return found;
      });
      assert.deepEqual(injected, [], 'no injected element');

      // Open every disclosure (menu panels, side-nav groups, footer groups, breadcrumbs), then
      // click every link in every shadow root.
      const clicked = await tab.evaluate(async () => {
        const all = (selector) => {
          const found = [];
          const visit = (root) => {
            for (const element of root.querySelectorAll('*')) {
              if (element.shadowRoot) visit(element.shadowRoot);
              if (element.matches(selector) && element.getRootNode() instanceof ShadowRoot)
                found.push(element);
            }
          };
          visit(document);
          return found;
        };
        const frame = () => new Promise((resolve) => setTimeout(resolve, 5));
        // Closed disclosures: buttons, and the mega-menu's <summary> elements.
        for (const button of all('button[aria-expanded="false"], summary')) {
          button.click();
          await frame();
        }
        const links = all('a[href]');
        for (const link of links) {
          link.click();
          await frame();
        }
        return links.length;
      });
      assert.ok(clicked > 300, `clicked ${clicked} links`);
      console.log(`clicked ${clicked} links`);
      await tab.waitForTimeout(500);
      assert.equal(await tab.evaluate(() => window.__pwned), undefined, 'no script ran');
      // The method would have seen it: a javascript: link of the page itself, clicked the same way, runs.
      const control = await tab.evaluate(async () => {
        const link = document.createElement('a');
        link.href = 'javascript:window.__control=1';
        document.body.append(link);
        link.click();
        await new Promise((resolve) => setTimeout(resolve, 100));
        link.remove();
        return window.__control;
      });
      assert.equal(control, 1, 'a javascript: link clicked this way does run');
      assert.deepEqual(seen.dialogs, [], 'no dialog');
      assert.deepEqual(seen.pageErrors, []);
      assert.equal(tab.url().replace(/#.*$/u, ''), `${server.url}/text.html`, 'still on the page');
      assert.ok(navigations.length > 0, 'the links were followed (and answered 204)');
      for (const url of [...navigations, ...popups]) {
        assert.match(url, /^(?:https?:|mailto:|tel:|about:blank)/u, `followed ${url}`);
      }
      assert.deepEqual((await tab.evaluate(findBadUrls)).bad, []);
    } finally {
      await context.close();
    }
  });

  it(`script URLs in every URL field, ${scriptUrls.length} disguises, are rejected with their path and never reach an href or src`, async () => {
    const { context, tab, seen } = await openWatchedTab(browser);
    try {
      await tab.goto(`${server.url}/urls.html`);
      const count = await settle(tab);
      assert.equal(count, scriptUrls.length * elementNames.length);
      const elements = await survey(tab);
      for (const element of elements) {
        assert.ok(element.alert, `<${element.tag}> shows the alert for a rejected document`);
        assert.equal(element.links, 0);
      }
      const errors = scriptErrors(seen);
      assert.equal(
        errors.length,
        scriptUrls.length * elementNames.length,
        'one console.error per element',
      );
      for (const text of errors) {
        assert.match(
          text,
          /invalid municipality data in .*: languageVersions\[0\]\.url: Expected an http\(s\), mailto, tel or relative URL/u,
        );
        assert.match(text, /homeUrl: Expected an http\(s\), mailto, tel or relative URL/u);
      }
      const { bad } = await tab.evaluate(findBadUrls);
      assert.deepEqual(bad, []);
      await tab.waitForTimeout(200);
      assert.equal(await tab.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(seen.dialogs, []);
      assert.deepEqual(seen.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('the same disguises through the data property and inline JSON are rejected too', async () => {
    const { context, tab, seen } = await openWatchedTab(browser);
    try {
      await tab.goto(`${server.url}/text.html`);
      await settle(tab);
      const results = await tab.evaluate(
        async ({ documents, tags }) => {
          const stage = document.createElement('div');
          document.body.append(stage);
          const out = [];
          for (const doc of documents) {
            for (const name of tags) {
              for (const way of ['data', 'inline']) {
                const element = document.createElement(name);
                element.setAttribute('twin-city', 'kochani');
                if (way === 'data') element.data = doc;
                else {
                  const script = document.createElement('script');
                  script.type = 'application/json';
                  script.textContent = JSON.stringify(doc);
                  element.append(script);
                }
                stage.append(element);
                await element.updateComplete;
                await element.updateComplete;
                out.push({
                  name,
                  way,
                  alert: element.shadowRoot.querySelector('[role="alert"]') !== null,
                });
              }
            }
          }
          return out;
        },
        { documents: scriptUrls.map(withUrl), tags: [...elementNames] },
      );
      assert.equal(results.length, scriptUrls.length * elementNames.length * 2);
      for (const result of results)
        assert.ok(result.alert, `${result.name} (${result.way}) rejects the document`);
      assert.deepEqual((await tab.evaluate(findBadUrls)).bad, []);
      assert.equal(await tab.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(seen.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
