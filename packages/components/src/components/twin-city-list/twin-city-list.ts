import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { Locale } from '@muni-kit/domain/locale.js';
import { localize } from '@muni-kit/domain/localized-text.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import {
  formatTwinCityName,
  sortTwinCities,
  type TwinCity,
  type TwinCitySort,
} from '@muni-kit/domain/twin-city.js';
import { defineElement } from '../../internal/define.js';
import { headingLevel, headingTag } from '../../internal/heading-level.js';
import { MuniElement } from '../../internal/muni-element.js';
import { serverUrlBase } from '../../internal/server-context.js';
import { sharedStyles } from '../../styles/shared.js';
import { twinCityListStyles } from './twin-city-list.styles.js';

export type TwinCityListVariant = 'links' | 'cards';
export type TwinCityKindFilter = 'twin' | 'friendly' | 'all';

/** A URL without its fragment and trailing slash, to compare a city's page with the current one. */
const pageKey = (url: string | undefined, base: string): string | undefined => {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url, base);
    parsed.hash = '';
    return parsed.href.replace(/\/$/u, '');
  } catch {
    return undefined;
  }
};

/**
 * All the twin and friendly cities: as a compact list of links to each city's page (the
 * sidebar of the reference page), or as a grid of small cards (`variant="cards"`). With
 * `kind="all"` (the default) twin and friendly cities are two groups under their headings;
 * `sort` orders them by name or by country with the language's collation, and `sortable`
 * adds a control for the reader to choose. The link to the current page is marked
 * `aria-current="page"`.
 *
 * @tagname muni-twin-city-list
 * @summary The twin and friendly cities, as links or as cards.
 *
 * @fires muni-error - The data could not be loaded or decoded. `detail`: `{ failure, message }`.
 *
 * @csspart nav - The `nav` landmark around the links (`variant="links"`).
 * @csspart controls - The sort control (`sortable`).
 * @csspart group - A group of cities (twin or friendly).
 * @csspart group-heading - The heading of a group (`kind="all"`).
 * @csspart list - A list of cities.
 * @csspart item - One city.
 * @csspart link - The link to a city's page.
 * @csspart card - A city's card (`variant="cards"`).
 * @csspart empty - The message shown when there are no cities.
 * @csspart error - The error message shown instead of the list.
 *
 * @cssprop --muni-color-primary - Colour of the current city's marker and the cards' top border.
 * @cssprop --muni-color-link - Colour of the links.
 * @cssprop --muni-color-surface-alt - Background of the cards.
 */
export class MuniTwinCityList extends MuniElement {
  static override styles = [sharedStyles, twinCityListStyles];
  /** Prerendered, final: no live state, and the browser handles its links (see MuniElement). */
  static override readonly finalWhenPrerendered = true;

  /** `links` (default): a compact list of links; `cards`: a responsive grid of cards. */
  @property({ reflect: true }) variant: TwinCityListVariant = 'links';

  /** Which cities: `twin`, `friendly` or `all` (default; then two groups with headings). */
  @property({ reflect: true }) kind: TwinCityKindFilter = 'all';

  /** `name` or `country` (then name), with the language's collation; without it, the data's order. */
  @property({ reflect: true }) sort: TwinCitySort | undefined;

  /** Shows a control to sort by name or by country. */
  @property({ type: Boolean, reflect: true }) sortable = false;

  /** The level (1–6) of the group headings; the cards' headings are one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /**
   * The URL of the current page, whose city is marked `aria-current="page"`. Default: the
   * browser's URL; give it when rendering on the server.
   */
  @property({ attribute: 'current-url' }) currentUrl: string | undefined;

  /** What URLs are compared against while rendering: the document, or on the server a placeholder. */
  private urlBase = 'http://muni-kit.invalid/';

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private ordered(cities: readonly TwinCity[], defaultLocale: Locale): readonly TwinCity[] {
    return this.sort === 'name' || this.sort === 'country'
      ? sortTwinCities(cities, this.sort, this.locale, defaultLocale)
      : cities;
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    const kind = this.kind === 'twin' || this.kind === 'friendly' ? this.kind : 'all';
    const cities = this.ordered(municipality.twinCities, municipality.defaultLocale);
    const groups = (['twin', 'friendly'] as const)
      .filter((k) => kind === 'all' || kind === k)
      .map((k) => ({ kind: k, cities: cities.filter((city) => city.kind === k) }))
      .filter((group) => group.cities.length > 0);
    const label =
      kind === 'twin'
        ? msg('Twin cities')
        : kind === 'friendly'
          ? msg('Friendly cities')
          : msg('Twin and friendly cities');
    if (groups.length === 0) {
      return html`<div class="root"><p class="empty" part="empty">${msg('There are no twin or friendly cities yet.')}</p></div>`;
    }
    const withHeadings = kind === 'all';
    // The server has no address bar: without `current-url` it marks no current city.
    const currentUrl = this.currentUrl ?? (this.asOnServer ? undefined : location.href);
    this.urlBase = isServer ? serverUrlBase(currentUrl ?? '') : document.baseURI;
    const current = pageKey(currentUrl, this.urlBase);
    const body = html`${this.sortable ? this.renderControls() : nothing}
    ${groups.map(
      (group) =>
        html`<div class="group" part="group">
          ${
            withHeadings
              ? staticHtml`<${headingTag(this.level)} class="group-heading" part="group-heading">${group.kind === 'twin' ? msg('Twin cities') : msg('Friendly cities')}</${headingTag(this.level)}>`
              : nothing
          }
          ${
            this.variant === 'cards'
              ? this.renderCards(
                  group.cities,
                  municipality.defaultLocale,
                  current,
                  withHeadings ? this.level + 1 : this.level,
                  withHeadings ? undefined : label,
                )
              : this.renderLinks(group.cities, municipality.defaultLocale, current)
          }
        </div>`,
    )}`;
    return this.variant === 'cards'
      ? html`<div class="root cards" part="cards">${body}</div>`
      : html`<nav class="root links" part="nav" aria-label=${label}>${body}</nav>`;
  }

  private renderControls(): TemplateResult {
    return html`<div class="controls" part="controls">
      <label for="sort">${msg('Sort by')}</label>
      <select id="sort" @change=${this.onSortChange}>
        <option value="" ?selected=${this.sort !== 'name' && this.sort !== 'country'}>${msg('Default order')}</option>
        <option value="name" ?selected=${this.sort === 'name'}>${msg('Name')}</option>
        <option value="country" ?selected=${this.sort === 'country'}>${msg('Country')}</option>
      </select>
    </div>`;
  }

  private onSortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = value === 'name' || value === 'country' ? value : undefined;
  }

  private names(city: TwinCity, defaultLocale: Locale) {
    return {
      name: formatTwinCityName(city, this.locale, defaultLocale),
      country: localize(city.country.name, this.locale, defaultLocale),
    };
  }

  private renderLinks(
    cities: readonly TwinCity[],
    defaultLocale: Locale,
    current: string | undefined,
  ): TemplateResult {
    // The nav around it carries the name.
    return html`<ul class="link-list" part="list">
      ${cities.map((city) => {
        const { name, country } = this.names(city, defaultLocale);
        const text = html`${name} – <span lang=${country.isFallback ? (country.lang ?? nothing) : nothing}>${country.text}</span>`;
        return html`<li part="item">
          ${
            city.pageUrl
              ? html`<a part="link" href=${city.pageUrl} aria-current=${pageKey(city.pageUrl, this.urlBase) === current ? 'page' : nothing}>${text}</a>`
              : html`<span class="plain">${text}</span>`
          }
        </li>`;
      })}
    </ul>`;
  }

  private renderCards(
    cities: readonly TwinCity[],
    defaultLocale: Locale,
    current: string | undefined,
    level: number,
    label: string | undefined,
  ): TemplateResult {
    const tag = headingTag(level);
    return html`<ul class="card-grid" part="list" aria-label=${label ?? nothing}>
      ${cities.map((city) => {
        const { name, country } = this.names(city, defaultLocale);
        return html`<li class="card" part="item card">
          ${staticHtml`<${tag} class="card-name">${
            city.pageUrl
              ? html`<a part="link" href=${city.pageUrl} aria-current=${pageKey(city.pageUrl, this.urlBase) === current ? 'page' : nothing}>${name}</a>`
              : name
          }</${tag}>`}
          <p class="card-country" lang=${country.isFallback ? (country.lang ?? nothing) : nothing}>${country.text}</p>
          ${
            city.since === undefined
              ? nothing
              : html`<p class="card-since">
                ${city.kind === 'twin' ? msg(str`Twin city since ${city.since}`) : msg(str`Friendly city since ${city.since}`)}
              </p>`
          }
        </li>`;
      })}
    </ul>`;
  }
}

defineElement('muni-twin-city-list', MuniTwinCityList);

declare global {
  interface HTMLElementTagNameMap {
    'muni-twin-city-list': MuniTwinCityList;
  }
}
