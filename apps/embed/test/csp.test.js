// The demo and every element run under a strict Content Security Policy with Trusted Types
// enforced: no violation reported, no error, everything rendered (SECURITY.md).
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

// The documented policy, with the origin of the data's weather feed (Open-Meteo) in connect-src
// (docs: security.html, weather.html). Without a network here, the feed fails: no weather.
const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https://api.open-meteo.com; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The JSON document as the text of an inline `<script type="application/json">`. */
const inlineJson = (value) =>
  `<script type="application/json">${JSON.stringify(value).replace(/</gu, '\\u003c')}</script>`;

describe('strict CSP and Trusted Types', () => {
  let browser;
  let server;

  before(async () => {
    server = await startStaticServer({
      headers: { 'content-security-policy': strictPolicy },
      pages: {
        '/all.html': page({
          head: '<link rel="stylesheet" href="/muni-kit.css" />',
          body: [
            everyElement({ src: 'kazanlak.json' }),
            // The inline-JSON input: not executed, so allowed by script-src 'self'.
            tag(
              'muni-twin-city-card',
              { id: 'inline', 'twin-city': 'cremona', lang: 'en' },
              inlineJson(kazanlak()),
            ),
          ].join('\n'),
        }),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Loads `path` under the policy and checks that it renders with no violation. */
  const check = async (path, expectedCount) => {
    const { context, tab, seen } = await openWatchedTab(browser);
    try {
      const response = await tab.goto(`${server.url}${path}`);
      assert.equal(
        response.headers()['content-security-policy'],
        strictPolicy,
        'the policy is served',
      );
      const count = await settle(tab);
      assert.equal(count, expectedCount, 'muni-* elements in the page');

      const elements = await survey(tab);
      for (const element of elements) {
        assert.ok(
          element.hasShadow && element.nodes > 0,
          `<${element.tag}> rendered into its shadow root`,
        );
        assert.equal(element.alert, null, `<${element.tag}> shows no alert`);
      }
      for (const name of elementNames.filter(
        (t) => path === '/all.html' || t !== 'muni-twin-city-list',
      )) {
        assert.ok(
          elements.some((element) => element.tag === name && element.text.length > 0),
          `<${name}> shows content`,
        );
      }
      // Let late work (images, fonts, timers) report too.
      await tab.waitForTimeout(300);
      const violations = await tab.evaluate(() => window.__muniTest.violations);
      assert.deepEqual(violations, [], 'no securitypolicyviolation');
      assert.deepEqual(seen.pageErrors, [], 'no uncaught error');
      assert.deepEqual(scriptErrors(seen), [], 'no console error');
      assert.deepEqual(
        seen.errors.filter((text) => /Content Security Policy|Trusted Type/iu.test(text)),
        [],
        'no CSP message in the console',
      );

      // The policy really is enforced: a string assigned to innerHTML is refused (and reported,
      // which also proves the violation listener works).
      const probe = await tab.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b id="probe">x</b>');
          return 'allowed';
        } catch {
          return 'blocked';
        }
      });
      assert.equal(probe, 'blocked', 'Trusted Types are enforced');
      const probeScript = await tab.evaluate(() => {
        const script = document.createElement('script');
        try {
          script.textContent = 'window.__inlineRan = true';
          document.head.append(script);
        } catch {
          return 'blocked';
        }
        return window.__inlineRan ? 'ran' : 'not run';
      });
      assert.notEqual(probeScript, 'ran', 'inline script is refused');
      // The report is an event that follows the probe: wait for it, not for a fixed time (a
      // timeout leaves the assertion below to say what was reported instead).
      await tab
        .waitForFunction(
          () =>
            window.__muniTest.violations.some((v) => v.directive === 'require-trusted-types-for'),
          undefined,
          { timeout: 5000 },
        )
        .catch(() => {});
      const after = await tab.evaluate(() => window.__muniTest.violations.map((v) => v.directive));
      assert.ok(
        after.includes('require-trusted-types-for'),
        `the probe was reported (${after.join(', ')})`,
      );
    } finally {
      await context.close();
    }
  };

  it('the demo page renders with no violation', async () => {
    await check('/', 8);
  });

  it('the English demo (?lang=en) renders with no violation', async () => {
    await check('/?lang=en', 8);
  });

  it('a page with all eight elements (and inline JSON data) renders with no violation', async () => {
    await check('/all.html', elementNames.length + 1);
  });
});
