import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import type { TimelineEvent } from '@muni-kit/domain/timeline-event.js';
import { findTwinCity, formatTwinCityName, type TwinCity } from '@muni-kit/domain/twin-city.js';
import { defineElement } from '../../internal/define.js';
import { MuniElement } from '../../internal/muni-element.js';
import type { LoadFailure } from '../../internal/municipality-source.js';
import { sharedStyles } from '../../styles/shared.js';
import { prepareHistory, renderGroups } from './timeline-history.js';
import { timelineStyles } from './timeline.styles.js';

/** The heading level (1–6) for a level attribute, clamped; `fallback` when it is not a number. */
const headingLevel = (level: number, fallback: number): number => {
  const whole = Number.isFinite(level) ? Math.round(level) : fallback;
  return Math.min(6, Math.max(1, whole));
};

/**
 * The history of a partnership with a twin city, as a timeline: an ordered list of year groups,
 * each with a year heading and the ordered list of that year's events. Each date is a
 * `<time datetime>` written as precisely as it is known ("2019", "юни 2021", "5 юни 2021");
 * events without a date stay where the history puts them, in a group without a heading.
 *
 * Built for long histories: one template pass, no element or listener per event, each date
 * parsed once and written from a per-locale pattern, runs of events rendered by one template
 * instance, and year groups off screen skip layout (`content-visibility: auto`), so 10,000
 * events stay fast.
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
    const history = prepareHistory(city.history ?? noEvents);
    if (history.groups.length === 0) {
      return html`<div class="root"><p class="empty" part="empty">${msg('There are no events in this history yet.')}</p></div>`;
    }
    const name = formatTwinCityName(city, this.locale, municipality.defaultLocale);
    const locale = this.locale;
    const groups = renderGroups(history.groups, headingLevel(this.headingLevel, 3), history.labelsIn(locale), ({ text }) => {
      const exact = typeof text === 'string' ? text : text[locale];
      return exact ?? this.textIn(text);
    });
    return html`<div class="root" part="timeline">
      <ol class="groups" part="list" aria-label=${msg(str`History of the partnership with ${name}`)}>${groups}</ol>
    </div>`;
  }
}

const noEvents: readonly TimelineEvent[] = [];

defineElement('muni-timeline', MuniTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'muni-timeline': MuniTimeline;
  }
}
