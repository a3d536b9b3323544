import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import type { TimelineEvent } from '@muni-kit/domain/timeline-event.js';
import { findTwinCity, formatTwinCityName, type TwinCity } from '@muni-kit/domain/twin-city.js';
import { defineElement } from '../../internal/define.js';
import { headingLevel } from '../../internal/heading-level.js';
import { MuniElement } from '../../internal/muni-element.js';
import type { LoadFailure } from '../../internal/municipality-source.js';
import { afterNextPaint } from '../../internal/yield.js';
import { sharedStyles } from '../../styles/shared.js';
import { prepareHistory, renderGroups } from './timeline-history.js';
import { timelineStyles } from './timeline.styles.js';

/** A history of more events than this is laid out progressively (see `layOutProgressively`). */
const progressiveAbove = 200;
/** Events laid out per turn: a task of a few milliseconds (tens on a slow phone). */
const eventsPerTurn = 300;

/**
 * The history of a partnership with a twin city, as a timeline: an ordered list of year groups,
 * each with a year heading and the ordered list of that year's events. Each date is a
 * `<time datetime>` written as precisely as it is known ("2019", "юни 2021", "5 юни 2021");
 * events without a date stay where the history puts them, in a group without a heading.
 *
 * Built for long histories: one template pass, no element or listener per event, each date
 * parsed once and written from a per-locale pattern, runs of events rendered by one template
 * instance, and in a long history the lists of events are laid out a turn at a time after the
 * first paint (see `layOutProgressively`), so 10,000 events stay fast. Nothing is ever kept out
 * of the accessibility tree for long: the year headings are always laid out, and every event is
 * within a few turns of the first paint.
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
  /** Prerendered, final: no live state, and the browser handles its links (see MuniElement). */
  static override readonly finalWhenPrerendered = true;

  /**
   * The id of the twin city whose history to show, as in the data (`kochani`). Required: an id
   * the data does not contain, or none, is reported as an error.
   */
  @property({ attribute: 'twin-city', reflect: true }) twinCity: string | undefined;

  /** The level (1–6) of the year headings, so that the timeline fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 3;

  /** Counts the progressive layouts started, so that a newer one stops an older one. */
  private layOutRun = 0;

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
    const history = prepareHistory(city.history ?? noEvents);
    if (history.groups.length === 0) {
      return html`<div class="root"><p class="empty" part="empty">${msg('There are no events in this history yet.')}</p></div>`;
    }
    const name = formatTwinCityName(city, this.locale, municipality.defaultLocale);
    const locale = this.locale;
    const events = history.groups.reduce((sum, group) => sum + group.events.length, 0);
    const progressive = events > progressiveAbove;
    const groups = renderGroups(
      history.groups,
      headingLevel(this.headingLevel, 3),
      history.labelsIn(locale),
      ({ text }) => {
        const exact = typeof text === 'string' ? text : text[locale];
        return exact ?? this.textIn(text);
      },
    );
    return html`<div class="root" part="timeline">
      <ol class=${progressive ? 'groups progressive' : 'groups'} part="list" aria-label=${msg(str`History of the partnership with ${name}`)}>${groups}</ol>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.asOnServer) void this.layOutProgressively();
  }

  /**
   * A long history renders every list of events out of layout (`content-visibility: auto` in
   * the styles), which makes its first paint fast, but in Chromium it also keeps the skipped
   * events out of the accessibility tree, where a screen reader looks for them. So from the
   * first paint on, one batch of a few hundred events after each paint, the lists are laid out
   * (`laid-out`: visible): the page paints and answers input meanwhile, and a screen reader
   * has every event a few frames after the first paint. The year headings are never skipped.
   */
  private async layOutProgressively(): Promise<void> {
    const run = ++this.layOutRun;
    const pending = [
      ...this.renderRoot.querySelectorAll<HTMLElement>('.progressive > .group:not(.laid-out)'),
    ];
    let next = 0;
    while (next < pending.length) {
      await afterNextPaint();
      if (run !== this.layOutRun || !this.isConnected) return;
      for (let events = 0; next < pending.length && events < eventsPerTurn; next += 1) {
        const group = pending[next]!;
        group.classList.add('laid-out');
        events += group.querySelector('.events')?.childElementCount ?? 0;
      }
      // Lay out this batch now, in this turn, rather than everything in the next frame.
      pending[next - 1]!.getBoundingClientRect();
    }
  }
}

const noEvents: readonly TimelineEvent[] = [];

defineElement('muni-timeline', MuniTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'muni-timeline': MuniTimeline;
  }
}
