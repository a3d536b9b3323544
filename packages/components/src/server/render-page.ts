/*
 * A whole page skeleton around the server-rendered elements, like the demo.
 */
import { msg, str } from '@lit/localize';
import { localize } from '@muni-kit/domain/localized-text.js';
import { resolveLocale } from '@muni-kit/domain/locale.js';
import { formatPartialDate } from '@muni-kit/domain/partial-date.js';
import { intlLocale } from '@muni-kit/domain/intl.js';
import { inLocale, interfaceLocale } from '../internal/localization.js';
import { escapeAttribute, escapeText } from './escape.js';
import { renderElement, type ElementOptions } from './render-element.js';
import { checkRenderable } from './renderable.js';
import { renderStructuredData } from './structured-data.js';

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
  readonly shadowStylesheet?: ElementOptions['shadowStylesheet'];
}

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
    views:
      page?.views === undefined
        ? ''
        : msg(str`Views: ${new Intl.NumberFormat(intlLocale(locale)).format(page.views)}`),
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
