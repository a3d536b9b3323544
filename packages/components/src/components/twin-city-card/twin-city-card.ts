import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import {
  findTwinCity,
  formatHolidayDate,
  formatTwinCityName,
  holidayDateTime,
  type Holiday,
  type TwinCity,
} from '@muni-kit/domain/twin-city.js';
import { defineElement } from '../../internal/define.js';
import { headingLevel, headingTag } from '../../internal/heading-level.js';
import { MuniElement } from '../../internal/muni-element.js';
import type { LoadFailure } from '../../internal/municipality-source.js';
import { sharedStyles } from '../../styles/shared.js';
import { twinCityCardStyles } from './twin-city-card.styles.js';

/**
 * A twin (or friendly) city at a glance: its name and country, since when the partnership
 * runs, a description, the city's and the country's holidays, the mayor (each spelling of
 * the name in its own script and language), a link to the city's own website, and an image
 * when the data has one. The facts are a description list; the heading's level is an
 * attribute, so the card fits the outline of any page.
 *
 * @tagname muni-twin-city-card
 * @summary A twin city's facts: name, country, since, holidays, mayor, link.
 *
 * @fires muni-error - The data could not be loaded or decoded, or `twin-city` names no twin city. `detail`: `{ failure, message }`.
 *
 * @csspart card - The card (an `article`).
 * @csspart heading - The heading with the city's name and country.
 * @csspart since - The "Twin city since …" line.
 * @csspart description - The description.
 * @csspart facts - The description list of holidays and mayor.
 * @csspart link - The "Learn more" link to the city's website.
 * @csspart image - The image.
 * @csspart error - The error message shown instead of the card.
 *
 * @cssprop --muni-color-primary - Colour of the top border.
 * @cssprop --muni-color-surface-alt - Background of the card.
 * @cssprop --muni-color-primary-subtle - Background of the "since" badge.
 * @cssprop --muni-font-size-x-large - Size of the heading.
 */
export class MuniTwinCityCard extends MuniElement {
  static override styles = [sharedStyles, twinCityCardStyles];
  /** Prerendered, final: no live state, and the browser handles its links (see MuniElement). */
  static override readonly finalWhenPrerendered = true;

  /** The id of the twin city to show, as in the data (`kochani`). An unknown id is reported as an error. */
  @property({ attribute: 'twin-city', reflect: true }) twinCity: string | undefined;

  /** The level (1–6) of the card's heading, so that the card fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  private selectedCity(municipality: Municipality): TwinCity | undefined {
    return this.twinCity ? findTwinCity(municipality.twinCities, this.twinCity) : undefined;
  }

  protected override selectionFailure(municipality: Municipality): LoadFailure | undefined {
    return this.selectedCity(municipality)
      ? undefined
      : { kind: 'not-found', what: 'twin-city', id: this.twinCity ?? '' };
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    // selectionFailure has made sure the city exists before the base renders the content.
    const city = this.selectedCity(municipality)!;
    const name = formatTwinCityName(city, this.locale, municipality.defaultLocale);
    const tag = headingTag(headingLevel(this.headingLevel, 2));
    const facts = [
      city.cityHoliday
        ? this.renderFact(msg('City holiday'), this.renderHoliday(city.cityHoliday))
        : nothing,
      city.nationalHoliday
        ? this.renderFact(msg('National holiday'), this.renderHoliday(city.nationalHoliday))
        : nothing,
      city.mayor
        ? this.renderFact(
            msg('Mayor'),
            city.mayor.names.map(
              (n, i) => html`${i > 0 ? ', ' : ''}<span lang=${n.lang}>${n.text}</span>`,
            ),
          )
        : nothing,
    ];
    return html`<article class="root card" part="card" aria-labelledby="heading">
      ${staticHtml`<${tag} class="heading" part="heading" id="heading"><span class="name">${name}</span><span class="country"> – ${this.textIn(city.country.name)}</span></${tag}>`}
      ${
        city.since === undefined
          ? nothing
          : html`<p class="since" part="since">
            ${city.kind === 'twin' ? msg(str`Twin city since ${city.since}`) : msg(str`Friendly city since ${city.since}`)}
          </p>`
      }
      ${
        city.image
          ? html`<img
            class="image"
            part="image"
            src=${city.image.src}
            alt=${this.text(city.image.alt)}
            width=${city.image.width ?? nothing}
            height=${city.image.height ?? nothing}
            loading="lazy"
            decoding="async"
          />`
          : nothing
      }
      ${city.description ? html`<p class="description" part="description">${this.textIn(city.description)}</p>` : nothing}
      ${city.cityHoliday || city.nationalHoliday || city.mayor ? html`<dl class="facts" part="facts">${facts}</dl>` : nothing}
      ${
        city.url
          ? html`<p class="more">
            <a href=${city.url} part="link"
              >${msg('Learn more')}<span class="visually-hidden"> ${msg(str`about ${name}`)}</span></a
            >
          </p>`
          : nothing
      }
    </article>`;
  }

  private renderFact(term: string, details: unknown): TemplateResult {
    return html`<div class="fact"><dt>${term}</dt><dd>${details}</dd></div>`;
  }

  /** "Ден на независимостта, 8 септември" or "Дни на кочанския ориз, края на септември…". */
  private renderHoliday(holiday: Holiday): TemplateResult {
    const day = formatHolidayDate(holiday, this.locale);
    const datetime = holidayDateTime(holiday);
    const when = day
      ? datetime
        ? html`<time datetime=${datetime}>${day}</time>`
        : day
      : holiday.period
        ? this.textIn(holiday.period)
        : undefined;
    return html`<span class="holiday">${this.textIn(holiday.name)}</span>${
      when === undefined
        ? nothing
        : html`<span class="when"><span class="visually-hidden">, </span>${when}</span>`
    }`;
  }
}

defineElement('muni-twin-city-card', MuniTwinCityCard);

declare global {
  interface HTMLElementTagNameMap {
    'muni-twin-city-card': MuniTwinCityCard;
  }
}
