import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { formatPartialDate, parsePartialDate } from '@muni-kit/domain/partial-date.js';
import { groupByYear, type TimelineEvent } from '@muni-kit/domain/timeline-event.js';
import { findTwinCity, formatTwinCityName, type TwinCity } from '@muni-kit/domain/twin-city.js';
import { defineElement } from '../../internal/define.js';
import { MuniElement } from '../../internal/muni-element.js';
import type { LoadFailure } from '../../internal/municipality-source.js';
import { sharedStyles } from '../../styles/shared.js';
import { timelineStyles } from './timeline.styles.js';

const headingTags: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** `h1`…`h6` for a level attribute, clamped to 1–6; `fallback` when it is not a number. */
const headingTag = (level: number, fallback: number): StaticValue => {
  const whole = Number.isFinite(level) ? Math.round(level) : fallback;
  return headingTags[Math.min(6, Math.max(1, whole)) - 1]!;
};

/**
 * The history of a partnership with a twin city, as a timeline: an ordered list of year groups,
 * each with a year heading and the ordered list of that year's events. Each date is a
 * `<time datetime>` written as precisely as it is known ("2019", "юни 2021", "5 юни 2021");
 * events without a date stay where the history puts them, in a group without a heading.
 *
 * Built for long histories: one template pass, no element or listener per event, and year
 * groups off screen skip layout (`content-visibility: auto`), so 10,000 events stay fast.
 *
 * @tagname muni-timeline
 * @summary The dated history of a partnership with a twin city.
 *
 * @fires muni-error - The data could not be loaded or decoded, or `twin-city` names no twin city. `detail`: `{ failure, message }`.
 *
 * @csspart timeline - The wrapper around the list.
 * @csspart list - The ordered list of year groups (labelled with the city's name).
 * @csspart group - A year group (or a group of undated events).
 * @csspart year - The heading of a year group.
 * @csspart events - The ordered list of a group's events.
 * @csspart event - One event.
 * @csspart date - The date of an event known to the month or the day.
 * @csspart link - The link of an event that has one.
 * @csspart empty - The message shown when the history has no events.
 * @csspart error - The error message shown instead of the timeline.
 *
 * @cssprop --muni-color-primary - Colour of the year headings and the dots.
 * @cssprop --muni-color-border - Colour of the line.
 * @cssprop --muni-color-text-muted - Colour of the event dates.
 * @cssprop --muni-font-size-large - Size of the year headings.
 */
export class MuniTimeline extends MuniElement {
  static override styles = [sharedStyles, timelineStyles];

  /**
   * The id of the twin city whose history to show, as in the data (`kochani`). Required: an id
   * the data does not contain, or none, is reported as an error.
   */
  @property({ attribute: 'twin-city', reflect: true }) twinCity: string | undefined;

  /** The level (1–6) of the year headings, so that the timeline fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 3;

  private selectedCity(municipality: Municipality): TwinCity | undefined {
    return this.twinCity ? findTwinCity(municipality.twinCities, this.twinCity) : undefined;
  }

  protected override selectionFailure(municipality: Municipality): LoadFailure | undefined {
    return this.selectedCity(municipality) ? undefined : { kind: 'not-found', what: 'twin-city', id: this.twinCity ?? '' };
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    // selectionFailure has made sure the city exists before the base renders the content.
    const city = this.selectedCity(municipality)!;
    const groups = groupByYear(city.history ?? []);
    if (groups.length === 0) {
      return html`<div class="root"><p class="empty" part="empty">${msg('There are no events in this history yet.')}</p></div>`;
    }
    const name = formatTwinCityName(city, this.locale, municipality.defaultLocale);
    const tag = headingTag(this.headingLevel, 3);
    return html`<div class="root" part="timeline">
      <ol class="groups" part="list" aria-label=${msg(str`History of the partnership with ${name}`)}>
        ${groups.map(
          (group) =>
            html`<li class=${group.year === undefined ? 'group undated' : 'group'} part="group">
              ${group.year === undefined
                ? nothing
                : staticHtml`<${tag} class="year" part="year"><time datetime=${String(group.year).padStart(4, '0')}>${group.year}</time></${tag}>`}
              <ol class="events" part="events">
                ${group.events.map((event) => this.renderEvent(event))}
              </ol>
            </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderEvent(event: TimelineEvent): TemplateResult {
    // A date known only to the year is said by its group's heading; a finer one is shown too.
    // As few elements as possible per event: a long history is tens of thousands of them.
    const parts = event.date === undefined ? undefined : parsePartialDate(event.date);
    const text = this.textIn(event.text);
    return html`<li class="event" part="event">
      ${parts && parts.precision !== 'year'
        ? html`<time class="date" part="date" datetime=${event.date!}>${formatPartialDate(parts, this.locale)}</time>`
        : nothing}
      ${event.url ? html`<a href=${event.url} part="link">${text}</a>` : text}
    </li>`;
  }
}

defineElement('muni-timeline', MuniTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'muni-timeline': MuniTimeline;
  }
}
