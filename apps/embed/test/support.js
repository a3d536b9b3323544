// Shared by the browser tests of the embed bundle (apps/embed/test/*.test.js): the built files,
// the browser, test pages holding every element, and waiting for the kit to settle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementNames } from '@muni-kit/components/element-names.js';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tools/chromium.js';
import { escapeHtml } from '../../../tools/html-escape.js';
import { embedDist, repoRoot, startStaticServer } from '../../../tools/static-server.js';

export { elementNames, embedDist, startStaticServer };

/** The attributes each element needs besides its data, to show the Kochani page's part. */
export const selection = Object.freeze({
  'muni-breadcrumbs': { page: 'twin-city-kochani' },
  'muni-timeline': { 'twin-city': 'kochani' },
  'muni-twin-city-card': { 'twin-city': 'kochani' },
  'muni-mega-menu': {
    'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani',
  },
  'muni-side-nav': {
    'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani',
  },
  'muni-twin-city-list': {
    'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani',
  },
});

/** The raw Kazanlak document as built beside the bundle, a fresh copy each call. */
export const kazanlak = () => JSON.parse(readFileSync(join(embedDist, 'kazanlak.json'), 'utf8'));

/** `<tag a="b">inner</tag>` with escaped attribute values. */
export const tag = (name, attributes = {}, inner = '') =>
  `<${name}${Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
    .join('')}>${inner}</${name}>`;

/** Every element, each in its own block, with `attributes` (a `src`, usually) added to each. */
export const everyElement = (
  attributes = {},
  { only = elementNames, wrap = (html) => html } = {},
) => only.map((name) => wrap(tag(name, { ...selection[name], ...attributes }), name)).join('\n');

/** A test page: extra head markup, the bundle (or the `scripts` given, in order), and the body. */
export const page = ({
  body,
  head = '',
  lang = 'bg',
  scripts = ['/muni-kit.js'],
  title = 'muni-kit test',
}) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="/kazanlak-coat-of-arms.svg" type="image/svg+xml" />
    ${head}
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
${body}
  </body>
</html>
`;

/** Launches Debian's Chromium, headless (playwright makes its own fresh profile). */
export const launchChromium = (options = {}) =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, ...(options.args ?? [])],
    ...options,
    headless: true,
  });

/**
 * Records what a page reports: console messages by type, uncaught errors, dialogs, muni-error
 * events (caught on the document) and CSP violations. Call before `goto`.
 */
export const watch = async (page) => {
  const seen = { console: [], errors: [], warnings: [], pageErrors: [], dialogs: [] };
  page.on('console', (message) => {
    const entry = { type: message.type(), text: message.text() };
    seen.console.push(entry);
    if (entry.type === 'error') seen.errors.push(entry.text);
    if (entry.type === 'warning') seen.warnings.push(entry.text);
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error?.stack ?? error)));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__muniTest = { violations: [], muniErrors: [], start: performance.now() };
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__muniTest.violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
    document.addEventListener('muni-error', (event) => {
      const origin = event.composedPath()[0];
      window.__muniTest.muniErrors.push({
        tag: origin?.localName,
        id: origin?.id,
        message: event.detail?.message,
        kind: event.detail?.failure?.kind,
        bubbles: event.bubbles,
        composed: event.composed,
        time: performance.now(),
      });
    });
  });
  return seen;
};

/** A tab in a fresh browser context (its own cache and storage), watched from its start. */
export const openWatchedTab = async (browser) => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  return { context, tab, seen: await watch(tab) };
};

/** The messages the page's own scripts logged (not the browser's "Failed to load resource"). */
export const scriptErrors = (seen) =>
  seen.errors.filter((text) => !text.startsWith('Failed to load resource'));

/**
 * Waits until every muni-* element in the page (light DOM, also inside shadow roots) is defined,
 * not `aria-busy` and has rendered something into its shadow root. Polls with `evaluate` (no
 * `waitForFunction`, which compiles its predicate from a string in the page: a strict CSP
 * without 'unsafe-eval' would refuse it).
 */
export const settle = async (page, { timeout = 15_000 } = {}) => {
  const deadline = Date.now() + timeout;
  let state;
  for (;;) {
    state = await page.evaluate(() => {
      const elements = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('muni-')) elements.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      const pending = elements
        .filter(
          (element) =>
            !customElements.get(element.localName) ||
            element.getAttribute('aria-busy') === 'true' ||
            !element.shadowRoot ||
            element.shadowRoot.querySelector('.loading') ||
            element.shadowRoot.querySelectorAll('*').length === 0 ||
            // Prerendered final content waits, as the server rendered it, until it is needed.
            (element.isUpdatePending && !element.hasAttribute('defer-hydration')),
        )
        .map((element) => element.localName + (element.id ? `#${element.id}` : ''));
      return { count: elements.length, pending };
    });
    if (state.count > 0 && state.pending.length === 0) break;
    if (Date.now() > deadline) throw new Error(`the kit did not settle: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // Two frames more: ResizeObserver-driven layouts (the mega-menu's drawer) have applied.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return state.count;
};

/** A summary of every muni-* element of the page: shadow root, alert, text, links. */
export const survey = (page) =>
  page.evaluate(() => {
    const result = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('muni-')) {
          const shadow = element.shadowRoot;
          const alert = shadow?.querySelector('[role="alert"]');
          result.push({
            tag: element.localName,
            id: element.id,
            hasShadow: shadow instanceof ShadowRoot,
            nodes: shadow ? shadow.querySelectorAll('*').length : 0,
            alert: alert ? alert.textContent.trim() : null,
            text: shadow ? shadow.textContent.replace(/\s+/gu, ' ').trim() : '',
            links: shadow ? shadow.querySelectorAll('a[href]').length : 0,
          });
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return result;
  });

/** The served bundle's text. */
export const bundleText = () => readFileSync(join(embedDist, 'muni-kit.js'), 'utf8');

/** The kit's version, as the components package declares it (src/version.ts). */
export const kitVersion = () => {
  const source = readFileSync(join(repoRoot, 'packages/components/src/version.ts'), 'utf8');
  const match = /version\s*=\s*['"`]([^'"`]+)['"`]/u.exec(source);
  if (!match) throw new Error('no version in packages/components/src/version.ts');
  return match[1];
};
