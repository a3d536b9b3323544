// The reader's display settings before the first paint: muni-kit-head.js (a file, so a strict
// CSP allows it) puts the remembered scheme and text size on <html>, and the prerendered page
// follows them with no JavaScript of the kit's at all (the bundle is blocked here): the
// server-rendered shadow roots are dark at the first animation frame, before anything paints.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium, startStaticServer } from './support.js';

const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
const storageKey = 'muni-kit:display-settings';

describe('display settings before the first paint', () => {
  let browser;
  let server;

  before(async () => {
    server = await startStaticServer({ headers: { 'content-security-policy': policy } });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens the demo with `stored` in localStorage (or storage that throws) and the bundle blocked;
   * returns the scheme on <html> when <body> was inserted, and what <html> and the
   * server-rendered breadcrumbs looked like at DOMContentLoaded and the next animation frame.
   */
  const firstPaint = async ({ stored, refuseStorage = false, system = 'light' }) => {
    const context = await browser.newContext({ colorScheme: system });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.route('**/muni-kit.js', (route) => route.abort());
    await tab.addInitScript(
      ([key, value, refuse]) => {
        if (refuse) {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        } else if (value !== undefined) localStorage.setItem(key, value);
        const look = () => {
          const crumbs = document
            .querySelector('muni-breadcrumbs')
            ?.shadowRoot?.querySelector('.root');
          return {
            scheme: document.documentElement.dataset.muniColorScheme ?? null,
            size: document.documentElement.dataset.muniTextSize ?? null,
            background: crumbs ? getComputedStyle(crumbs).backgroundColor : null,
            fontSize: crumbs ? getComputedStyle(crumbs).fontSize : null,
          };
        };
        window.__seen = {};
        // The moment <body> is inserted, before any of the page's content exists (or can paint).
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          window.__seen.body = look().scheme;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
        document.addEventListener('DOMContentLoaded', () => {
          window.__seen.ready = look();
          requestAnimationFrame(() => (window.__seen.frame = look()));
        });
      },
      [storageKey, stored === undefined ? undefined : JSON.stringify(stored), refuseStorage],
    );
    await tab.goto(new URL('/index.html', server.url).href, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__seen.frame !== undefined);
    const seen = await tab.evaluate(() => window.__seen);
    await context.close();
    // Less the blocked bundle's own "Failed to load resource".
    return { ...seen, errors: errors.filter((e) => !e.startsWith('Failed to load resource')) };
  };

  it('applies a stored dark scheme and text size before the first frame, without the bundle', async () => {
    const seen = await firstPaint({ stored: { colorScheme: 'dark', textSize: '150' } });
    assert.equal(seen.body, 'dark', 'on <html> before <body> exists');
    assert.deepEqual(seen.ready, seen.frame);
    assert.equal(seen.frame.scheme, 'dark');
    assert.equal(seen.frame.size, '150');
    assert.equal(
      seen.frame.background,
      'rgb(27, 20, 21)',
      'the server-rendered breadcrumbs are dark',
    );
    const plain = await firstPaint({});
    assert.equal(parseFloat(seen.frame.fontSize), parseFloat(plain.frame.fontSize) * 1.5);
    assert.deepEqual(seen.errors, []);
  });

  it('lets a stored light scheme win over a dark system, and follows the system without one', async () => {
    const light = await firstPaint({
      stored: { colorScheme: 'light', textSize: '100' },
      system: 'dark',
    });
    assert.equal(light.frame.background, 'rgb(255, 255, 255)');
    const system = await firstPaint({ system: 'dark' });
    assert.equal(system.frame.scheme, null);
    assert.equal(system.frame.background, 'rgb(27, 20, 21)');
  });

  it('changes nothing and throws nothing when storage is refused or holds anything else', async () => {
    const refused = await firstPaint({ refuseStorage: true });
    assert.equal(refused.frame.scheme, null);
    assert.deepEqual(refused.errors, []);
    const nonsense = await firstPaint({
      stored: { colorScheme: 'url(javascript:1)', textSize: 1e9 },
    });
    assert.equal(nonsense.frame.scheme, null);
    assert.equal(nonsense.frame.size, null);
    assert.deepEqual(nonsense.errors, []);
  });
});
