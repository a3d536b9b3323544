/*
 * One muni-kit element as server-rendered HTML (declarative shadow DOM), marked
 * `defer-hydration` so that the browser hydrates it when the kit's scheduler says (see
 * internal/hydration-scheduler.ts), not as soon as the bundle is evaluated.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { CSSResultOrNative, LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { deferHydrationAttribute, serverContext } from '../internal/server-context.js';
import { elementNames, type ElementName } from '../element-names.js';
import { sharedStyles } from '../styles/shared.js';
import { escapeAttribute } from './escape.js';
import { decodeOnServer } from './urls.js';

serverContext.decode = decodeOnServer;

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
   * Where the element's stylesheet is (see `elementStylesheet`), or its stylesheets, in order
   * (`sharedStylesheet` first, then the element's own rules: one file every shadow root shares,
   * downloaded and parsed once): the shadow root then links to
   * it instead of holding a `<style>`. A strict Content Security Policy (`style-src 'self'`)
   * blocks inline `<style>` elements but allows a stylesheet from the site, and browsers cache
   * it. A function of the element's name, e.g. `(tag) => '/muni-kit/styles/' + tag + '.css'`.
   */
  readonly shadowStylesheet?: ((element: ElementName) => string | readonly string[]) | undefined;
}

const cssText = (styles: readonly CSSResultOrNative[]): string =>
  `${styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n')}\n`;

/** The rules every element's shadow root starts with (the tokens' defaults and shared rules). */
const shared = new Set<CSSResultOrNative>(sharedStyles.flat());

/** The rules every element's shadow root shares, for the file linked before the element's own. */
export const sharedStylesheet = (): string => cssText([...shared]);

/**
 * The CSS of an element's shadow root, for the file `shadowStylesheet` links to: all of it, or
 * with `{ own: true }` only what is not in `sharedStylesheet()`.
 */
export const elementStylesheet = (element: ElementName, { own = false } = {}): string => {
  const constructor = customElements.get(element) as
    (typeof LitElement & CustomElementConstructor) | undefined;
  if (!constructor) throw new Error(`unknown element ${element}`);
  return cssText(
    own
      ? constructor.elementStyles.filter((style) => !shared.has(style))
      : constructor.elementStyles,
  );
};

/** The stylesheet URLs of the elements being rendered, while `renderElement` runs. */
let linkedStylesheet: ElementOptions['shadowStylesheet'];

/**
 * Renders the shadow root as Lit's renderer does, with a `<link rel="stylesheet">` in place of
 * the `<style>` when `shadowStylesheet` was given.
 */
class MuniElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const shadow = super.renderShadow(renderInfo);
    const hrefs =
      linkedStylesheet && isElementName(this.tagName)
        ? [linkedStylesheet(this.tagName)].flat()
        : undefined;
    if (!shadow || hrefs === undefined) return shadow;
    // Lit's result is '<style>', the CSS texts, '</style>', then the template (a function).
    const template = [...shadow].filter((part) => typeof part === 'function');
    return [
      ...hrefs.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`),
      ...template,
    ];
  }
}

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
  // `defer-hydration` (Lit's hydration support honours it): the element hydrates when the kit's
  // scheduler removes it, on interaction, when visible or on idle, not as the bundle runs.
  const open = unsafeStatic(
    `${element}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')} ${deferHydrationAttribute}`,
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
    .replace(
      /<template shadowroot="(open|closed)" shadowrootmode="\1"/gu,
      '<template shadowrootmode="$1"',
    );
  const closing = `</${element}>`;
  if (!bare.endsWith(closing)) throw new Error(`unexpected server output for <${element}>`);
  const children = `${options.inline ? inlineJson(options.data) : ''}${options.children ?? ''}`;
  return `${bare.slice(0, -closing.length)}${children}${closing}`;
};
