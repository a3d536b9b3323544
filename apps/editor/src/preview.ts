// The preview: every element of the kit, fed the decoded document through its `data` property,
// in the language picked, showing the page the document describes first (its first page, that
// page's twin city).
import type { Municipality } from '@muni-kit/domain';
import '@muni-kit/components/muni-breadcrumbs.js';
import '@muni-kit/components/muni-contact-footer.js';
import '@muni-kit/components/muni-mega-menu.js';
import '@muni-kit/components/muni-side-nav.js';
import '@muni-kit/components/muni-site-header.js';
import '@muni-kit/components/muni-timeline.js';
import '@muni-kit/components/muni-twin-city-card.js';
import '@muni-kit/components/muni-twin-city-list.js';
import { html, nothing, type TemplateResult } from 'lit';

/** Every language the document's texts are written in. */
export const documentLanguages = (value: Municipality): readonly string[] =>
  value.languages ?? value.languageVersions.map((version) => version.locale);

/** What the preview shows of a document: its first page and the twin city that page is about. */
const selection = (value: Municipality) => {
  const page = value.pages?.[0];
  const twinCity =
    value.twinCities.find((city) => page !== undefined && city.pageUrl === page.url) ??
    value.twinCities[0];
  return { page, twinCity, currentUrl: page?.url ?? twinCity?.pageUrl ?? value.homeUrl };
};

/** The elements for `value`, in `lang`; `mainId` is where the header's skip link leads. */
export const renderPreview = (
  value: Municipality,
  lang: string,
  mainId: string,
): TemplateResult => {
  const { page, twinCity, currentUrl } = selection(value);
  return html`<div class="preview-page" lang=${lang}>
    <muni-site-header .data=${value} main-id=${mainId}>
      <muni-mega-menu .data=${value} current-url=${currentUrl}></muni-mega-menu>
    </muni-site-header>
    ${page ? html`<muni-breadcrumbs .data=${value} page=${page.id}></muni-breadcrumbs>` : nothing}
    <div class="preview-columns" id=${mainId} tabindex="-1">
      <div class="preview-article">
        ${
          twinCity
            ? html`<muni-twin-city-card
                  .data=${value}
                  twin-city=${twinCity.id}
                ></muni-twin-city-card>
                <muni-timeline .data=${value} twin-city=${twinCity.id}></muni-timeline>`
            : nothing
        }
        <muni-twin-city-list .data=${value} current-url=${currentUrl}></muni-twin-city-list>
      </div>
      ${
        value.sectionNavigation
          ? html`<muni-side-nav .data=${value} current-url=${currentUrl}></muni-side-nav>`
          : nothing
      }
    </div>
    <muni-contact-footer .data=${value}></muni-contact-footer>
  </div>`;
};
