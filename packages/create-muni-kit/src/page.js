// The starter's page: every element of the kit, reading the one data file.
import { escapeMarkup as escapeHtml } from './escape.js';
import { sampleTexts } from './texts.js';
import { sampleTwinCityId, twinCitiesPageId } from './document.js';

/** Where the bundle comes from when it is not copied into the folder. */
export const cdnBase = 'https://cdn.jsdelivr.net/npm/@muni-kit/embed@0.1.0/dist';

/** A text of the page in each of the document's languages the kit has it in. */
const inLanguages = (key, languages) => {
  const known = languages.filter((tag) => Object.hasOwn(sampleTexts[key], tag.split('-')[0]));
  return (known.length > 0 ? known : [languages[0]])
    .map(
      (tag) =>
        `<span lang="${escapeHtml(tag)}">${escapeHtml(sampleTexts[key][tag.split('-')[0]] ?? sampleTexts[key].en)}</span>`,
    )
    .join('\n              ');
};

/** The page's own stylesheet: layout, and only the text in the page's language shown. */
export const makeSiteCss = (
  languages,
) => `/* The page around the elements: layout and typography. Yours to change. */
html {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
  line-height: 1.6;
  color-scheme: light dark;
}
body {
  margin: 0;
  background: var(--muni-color-surface, Canvas);
  color: var(--muni-color-text, CanvasText);
}
.page {
  max-inline-size: 75em;
  margin-inline: auto;
  padding-inline: 1em;
}
.layout {
  display: grid;
  gap: 2.5em;
  grid-template-columns: minmax(0, 1fr) 18em;
  align-items: start;
  padding-block: 1em 4em;
}
main:focus {
  outline: none;
}
muni-timeline {
  display: block;
  margin-block-start: 1.5em;
}
h1 {
  font-size: 2.25em;
  line-height: 1.2;
  overflow-wrap: break-word;
}
@media (max-width: 60em) {
  .layout {
    grid-template-columns: minmax(0, 1fr);
  }
}
/* One page, several languages: the text not in the page's language is not shown (or read). */
${languages.map((tag) => `html:not([lang='${tag}']) .i18n [lang='${tag}']`).join(',\n')} {
  display: none;
}
`;

/** The page for the document at `data.json`, with the bundle local or from the CDN. */
export const makePage = ({ name, languages, cdn }, coatOfArmsFile) => {
  const base = cdn ? `${cdnBase}/` : '';
  const src = 'data.json';
  return `<!doctype html>
<html lang="${escapeHtml(languages[0])}" data-muni-lang-param="lang">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(name)}</title>
    <link rel="icon" href="${escapeHtml(coatOfArmsFile)}" />
    <link rel="stylesheet" href="${base}muni-kit.css" />
    <!-- The theme from your colours: --muni-* custom properties, light and dark. -->
    <link rel="stylesheet" href="theme.css" />
    <link rel="stylesheet" href="site.css" />
    <link rel="preload" href="${src}" as="fetch" crossorigin />
    <script type="module" src="${base}muni-kit.js"></script>
  </head>
  <body>
    <muni-site-header src="${src}">
      <muni-mega-menu src="${src}" current-url="/municipality/twin-cities"></muni-mega-menu>
    </muni-site-header>

    <div class="page">
      <muni-breadcrumbs src="${src}" page="${twinCitiesPageId}"></muni-breadcrumbs>

      <div class="layout">
        <main id="main" tabindex="-1">
          <h1 class="i18n">
              ${inLanguages('twinCities', languages)}
          </h1>
          <muni-twin-city-list src="${src}" heading-level="2"></muni-twin-city-list>

          <!-- The example twin city of data.json: replace it with yours, or remove these two
               elements (and the twin city) if the municipality has none. -->
          <muni-twin-city-card src="${src}" twin-city="${sampleTwinCityId}" heading-level="2"></muni-twin-city-card>
          <muni-timeline src="${src}" twin-city="${sampleTwinCityId}"></muni-timeline>
        </main>

        <aside class="sidebar">
          <muni-side-nav src="${src}" current-url="/municipality/twin-cities/example"></muni-side-nav>
        </aside>
      </div>
    </div>

    <muni-contact-footer src="${src}"></muni-contact-footer>
  </body>
</html>
`;
};
