/**
 * Server rendering of muni-kit elements with @lit-labs/ssr: an element (or a whole page) as an
 * HTML string holding its declarative shadow DOM, for a CMS to paste, include or cache, and for
 * the embed bundle to hydrate. Node only; used by the `muni-render` command and the demo's
 * prerendering.
 *
 *   import { renderElement } from '@muni-kit/components/server/render.js';
 *   const html = renderElement({ element: 'muni-site-header', data, lang: 'bg', src: '/data/kazanlak.json' });
 *
 * The output is deterministic: the same options give the same bytes (give `now` for the
 * time-dependent header and footer). All text goes through Lit's escaping.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { msg, str } from '@lit/localize';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  decodeMunicipality,
  type DecodeIssue,
  type Municipality,
} from '@muni-kit/domain/municipality.js';
import { localize } from '@muni-kit/domain/localized-text.js';
import { resolveLocale } from '@muni-kit/domain/locale.js';
import { formatPartialDate } from '@muni-kit/domain/partial-date.js';
import { intlLocale } from '@muni-kit/domain/intl.js';
import { inLocale, interfaceLocale } from '../internal/localization.js';
import '../index.js';
import { serverContext } from '../internal/server-context.js';
import { decodeOnServer } from './urls.js';
import { renderStructuredData } from './structured-data.js';
import { elementNames, type ElementName } from '../element-names.js';

serverContext.decode = decodeOnServer;

export { elementNames, type ElementName };
export { renderStructuredData, type StructuredDataOptions } from './structured-data.js';

export const isElementName = (name: string): name is ElementName =>
  (elementNames as readonly string[]).includes(name);

/** What an element is rendered from. */
export interface ElementOptions {
  readonly element: ElementName;
  /** The municipality document: the raw JSON value or a decoded municipality. */
  readonly data: unknown;
  /** `lang` attribute of the element; without it the page language (`pageLanguage`) or the data's default. */
  readonly lang?: string | undefined;
  /**
   * `src` attribute: where the browser loads the same document to hydrate the element (as the
   * page will reference it). Relative URLs inside the data are written relative to it.
   */
  readonly src?: string | undefined;
  /** Embed the document as a `<script type="application/json">` child instead of (or beside) `src`. */
  readonly inline?: boolean | undefined;
  /** `twin-city` of `muni-twin-city-card` and `muni-timeline`. */
  readonly twinCity?: string | undefined;
  /** `page` of `muni-breadcrumbs`. */
  readonly page?: string | undefined;
  /** `current-url` of `muni-mega-menu`, `muni-side-nav` and `muni-twin-city-list`: the page being shown. */
  readonly currentUrl?: string | undefined;
  /** The moment the header's date and the footer's "open now" are rendered for. Default: now. */
  readonly now?: Date | undefined;
  /**
   * `muni-site-header` only: a weather feed document (Open-Meteo's format) whose reading the
   * header shows, when at most three hours before `now`. The server fetches nothing: without
   * it, no weather is rendered (the browser fetches the data's `weather.src` after hydrating).
   */
  readonly weather?: unknown;
  /** More attributes, written as given (after the ones above), e.g. `{ 'heading-level': '3' }`. */
  readonly attributes?: Readonly<Record<string, string>> | undefined;
  /** Light-DOM HTML to put inside the element (e.g. a rendered `muni-mega-menu` in the header). */
  readonly children?: string | undefined;
  /** The page's language (`<html lang>`), used by elements without `lang`. */
  readonly pageLanguage?: string | undefined;
  /**
   * Where the element's stylesheet is (see `elementStylesheet`): the shadow root then links to
   * it instead of holding a `<style>`. A strict Content Security Policy (`style-src 'self'`)
   * blocks inline `<style>` elements but allows a stylesheet from the site, and browsers cache
   * it. A function of the element's name, e.g. `(tag) => '/muni-kit/styles/' + tag + '.css'`.
   */
  readonly shadowStylesheet?: ((element: ElementName) => string) | undefined;
}

/** The CSS of an element's shadow root, for the file `shadowStylesheet` links to. */
export const elementStylesheet = (element: ElementName): string => {
  const constructor = customElements.get(element) as
    (typeof LitElement & CustomElementConstructor) | undefined;
  if (!constructor) throw new Error(`unknown element ${element}`);
  return `${constructor.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n')}\n`;
};

/** The stylesheet URLs of the elements being rendered, while `renderElement` runs. */
let linkedStylesheet: ((element: ElementName) => string) | undefined;

/**
 * Renders the shadow root as Lit's renderer does, with a `<link rel="stylesheet">` in place of
 * the `<style>` when `shadowStylesheet` was given.
 */
class MuniElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const shadow = super.renderShadow(renderInfo);
    const href =
      linkedStylesheet && isElementName(this.tagName) ? linkedStylesheet(this.tagName) : undefined;
    if (!shadow || href === undefined) return shadow;
    // Lit's result is '<style>', the CSS texts, '</style>', then the template (a function).
    const template = [...shadow].filter((part) => typeof part === 'function');
    return [`<link rel="stylesheet" href="${escapeAttribute(href)}">`, ...template];
  }
}

const escapeAttribute = (value: string): string =>
  value
    .replace(/&/gu, '&amp;')
    .replace(/"/gu, '&quot;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;');

const attributeName = /^[a-z][a-z0-9-]*$/u;

/** Which of the selection attributes each element understands. */
const selections: Record<ElementName, ReadonlyArray<'twinCity' | 'page' | 'currentUrl'>> = {
  'muni-site-header': [],
  'muni-mega-menu': ['currentUrl'],
  'muni-breadcrumbs': ['page'],
  'muni-timeline': ['twinCity'],
  'muni-contact-footer': [],
  'muni-twin-city-card': ['twinCity'],
  'muni-twin-city-list': ['currentUrl'],
  'muni-side-nav': ['currentUrl'],
  'muni-display-settings': [],
};
const attributeOf = { twinCity: 'twin-city', page: 'page', currentUrl: 'current-url' } as const;
const timeDependent: ReadonlySet<ElementName> = new Set([
  'muni-site-header',
  'muni-contact-footer',
]);

/** The `<script type="application/json">` child: JSON with `<` escaped, so it cannot end the script. */
const inlineJson = (data: unknown): string =>
  `<script type="application/json">${JSON.stringify(data).replace(/</gu, '\\u003c')}</script>`;

/** Runs a synchronous render with the page language set for elements without their own. */
const withPageLanguage = <T>(language: string | undefined, run: () => T): T => {
  const previous = serverContext.language;
  serverContext.language = language;
  try {
    return run();
  } finally {
    serverContext.language = previous;
  }
};

/**
 * One element as HTML: `<muni-x attributes><template shadowrootmode="open">…</template>children</muni-x>`.
 * Throws on an unknown element or attribute name; bad data renders the element's error message
 * (check the data first with `checkRenderable`).
 */
export const renderElement = (options: ElementOptions): string => {
  const { element } = options;
  if (!isElementName(element)) throw new Error(`unknown element ${String(element)}`);
  const attributes: Array<[string, string]> = [];
  if (options.lang) attributes.push(['lang', options.lang]);
  for (const key of selections[element]) {
    const value = options[key];
    if (value !== undefined) attributes.push([attributeOf[key], value]);
  }
  if (options.src) attributes.push(['src', options.src]);
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!attributeName.test(name))
      throw new Error(`invalid attribute name ${JSON.stringify(name)}`);
    attributes.push([name, value]);
  }
  const open = unsafeStatic(
    `${element}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}`,
  );
  const tag = unsafeStatic(element);
  const now = options.now ?? new Date();
  const template =
    element === 'muni-site-header'
      ? staticHtml`<${open} .data=${options.data} .now=${now} .weather=${options.weather}></${tag}>`
      : timeDependent.has(element)
        ? staticHtml`<${open} .data=${options.data} .now=${now}></${tag}>`
        : staticHtml`<${open} .data=${options.data}></${tag}>`;
  linkedStylesheet = options.shadowStylesheet;
  let rendered: string;
  try {
    rendered = withPageLanguage(options.pageLanguage, () =>
      collectResultSync(render(template, { elementRenderers: [MuniElementRenderer] })),
    );
  } finally {
    linkedStylesheet = undefined;
  }
  // The page's own markup around the element is not hydrated: drop the outer template's markers.
  const bare = rendered
    .replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/u, '')
    .replace(/<!--\/lit-part-->$/u, '')
    // The renderer leaves the spaces of the removed property bindings in the start tag.
    .replace(/^(<[a-z-]+) +/u, '$1 ')
    // A template that ends with a binding ends with Lit's `<?>` (parsed as the comment `?`, with
    // a parse error): write that comment as valid HTML. Text and attributes never hold a raw `<`.
    .replaceAll('<?>', '<!--?-->')
    // The renderer writes the obsolete `shadowroot` (Chromium before 111) beside the standard
    // `shadowrootmode`: an HTML error; every browser the kit supports reads `shadowrootmode`.
    .replace(/<template shadowroot="(open|closed)" shadowrootmode="\1"/gu, '<template shadowrootmode="$1"');
  const closing = `</${element}>`;
  if (!bare.endsWith(closing)) throw new Error(`unexpected server output for <${element}>`);
  const children = `${options.inline ? inlineJson(options.data) : ''}${options.children ?? ''}`;
  return `${bare.slice(0, -closing.length)}${children}${closing}`;
};

export type Renderable =
  | { readonly ok: true; readonly value: Municipality }
  | { readonly ok: false; readonly issues: readonly DecodeIssue[] };

/**
 * Checks that the data decodes and holds what the options select (twin city, page), with the
 * validator's path-bearing issues, so that a CMS never caches an error message.
 */
export const checkRenderable = (
  data: unknown,
  select: { readonly twinCity?: string | undefined; readonly page?: string | undefined } = {},
): Renderable => {
  const decoded = decodeMunicipality(data);
  if (!decoded.ok) return decoded;
  const m = decoded.value;
  const issues: DecodeIssue[] = [];
  if (select.twinCity !== undefined && !m.twinCities.some((city) => city.id === select.twinCity))
    issues.push({
      path: 'twinCities',
      message: `no twin city with the id ${JSON.stringify(select.twinCity)}`,
    });
  if (select.page !== undefined && !(m.pages ?? []).some((page) => page.id === select.page))
    issues.push({ path: 'pages', message: `no page with the id ${JSON.stringify(select.page)}` });
  return issues.length ? { ok: false, issues } : decoded;
};

/** A whole page skeleton, like the demo: every element, around the data's page `page`. */
export interface PageOptions {
  readonly data: unknown;
  /** The page's language (`<html lang>`); default: the data's default language. */
  readonly lang?: string | undefined;
  /** Id of the page (the data's `pages`); default: the first. */
  readonly page?: string | undefined;
  /** Where the browser loads the data from (every element's `src`); default `municipality.json`. */
  readonly src?: string | undefined;
  /** URL of the embed bundle; default `muni-kit.js`. */
  readonly script?: string | undefined;
  /** URL of the optional stylesheet; default `muni-kit.css`. */
  readonly stylesheet?: string | undefined;
  /** The current page's URL; default: the page's `url` in the data. */
  readonly currentUrl?: string | undefined;
  readonly now?: Date | undefined;
  /** As for `renderElement`: the weather feed document the header shows. */
  readonly weather?: unknown;
  /** As for `renderElement`: link each element's stylesheet instead of inlining it. */
  readonly shadowStylesheet?: ((element: ElementName) => string) | undefined;
}


const escapeText = (value: string): string =>
  value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The page skeleton as a complete HTML document, with the municipality's JSON-LD in its head. Throws when the data does not decode or has no such page. */
export const renderPage = (options: PageOptions): string => {
  const checked = checkRenderable(options.data, { page: options.page });
  if (!checked.ok)
    throw new Error(checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  const m = checked.value;
  const locale = resolveLocale(
    options.lang ?? '',
    m.languageVersions.map((version) => version.locale),
    m.defaultLocale,
  );
  const pageLanguage = options.lang ?? m.defaultLocale;
  const text = (value: Parameters<typeof localize>[0]) =>
    localize(value, locale, m.defaultLocale).text;
  const page = (m.pages ?? []).find((p) => p.id === options.page) ?? m.pages?.[0];
  const src = options.src ?? 'municipality.json';
  const currentUrl = options.currentUrl ?? page?.url;
  const common = {
    data: options.data,
    src,
    pageLanguage,
    now: options.now,
    shadowStylesheet: options.shadowStylesheet,
  } as const;
  // The page's own words, in the interface language (the numbers as Intl writes them).
  const words = inLocale(interfaceLocale(locale, m.defaultLocale), () => ({
    views: page?.views === undefined ? '' : msg(str`Views: ${new Intl.NumberFormat(intlLocale(locale)).format(page.views)}`),
    history: msg('A short history of the twinning'),
  }));
  const title = page ? `${text(page.title)} | ${text(m.name)}` : text(m.name);
  const menu = renderElement({ ...common, element: 'muni-mega-menu', currentUrl });
  const header = renderElement({
    ...common,
    element: 'muni-site-header',
    children: menu,
    weather: options.weather,
  });
  const breadcrumbs = page
    ? renderElement({ ...common, element: 'muni-breadcrumbs', page: page.id })
    : '';
  const twin = page?.twinCity;
  const meta =
    page && (page.published || page.views !== undefined)
      ? `<p class="meta">${[
          page.published
            ? `<time datetime="${escapeAttribute(page.published)}">${escapeText(formatPartialDate(page.published, locale))}</time>`
            : '',
          escapeText(words.views),
        ]
          .filter(Boolean)
          .join(' · ')}</p>`
      : '';
  const article = twin
    ? [
        renderElement({
          ...common,
          element: 'muni-twin-city-card',
          twinCity: twin,
          attributes: { 'heading-level': '2' },
        }),
        `<h2>${escapeText(words.history)}</h2>`,
        renderElement({ ...common, element: 'muni-timeline', twinCity: twin }),
      ].join('\n')
    : renderElement({ ...common, element: 'muni-twin-city-list', currentUrl });
  const sideNav = renderElement({ ...common, element: 'muni-side-nav', currentUrl });
  const footer = renderElement({ ...common, element: 'muni-contact-footer' });
  return `<!doctype html>
<html lang="${escapeAttribute(pageLanguage)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<link rel="stylesheet" href="${escapeAttribute(options.stylesheet ?? 'muni-kit.css')}">
<script type="module" src="${escapeAttribute(options.script ?? 'muni-kit.js')}"></script>
${renderStructuredData(options.data, { lang: pageLanguage, now: options.now, src })}
</head>
<body>
${header}
<div class="page">
${breadcrumbs}
<div class="layout">
<main id="main" tabindex="-1">
<article>
<h1>${escapeText(page ? text(page.title) : text(m.name))}</h1>
${meta}
${article}
</article>
</main>
<aside class="sidebar">
${sideNav}
</aside>
</div>
</div>
${footer}
</body>
</html>
`;
};
