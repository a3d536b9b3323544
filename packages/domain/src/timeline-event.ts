import * as Schema from 'effect/Schema';
import { LocalizedText } from './localized-text.js';
import { type DateParts, PartialDate, parsePartialDate } from './partial-date.js';
import { SafeUrl } from './safe-url.js';

/** One event of a history: when (to the year, month or day, or undated), what, and a link. */
export const TimelineEvent = /*#__PURE__*/ (() =>
  Schema.Struct({
    date: Schema.optionalKey(PartialDate).annotateKey({
      description:
        'When it happened, as precisely as known. Undated events keep their place in the history.',
    }),
    text: LocalizedText.annotateKey({ description: 'What happened.' }),
    url: Schema.optionalKey(SafeUrl).annotateKey({
      description: 'A link to more about the event.',
    }),
  }).annotate({
    identifier: 'TimelineEvent',
    description:
      'One event of a history: when (to the year, month or day, or undated), what, and a link.',
  }))();
export type TimelineEvent = typeof TimelineEvent.Type;

export interface TimelineGroup {
  /** The year of every event in the group; undefined for the undated events. */
  readonly year: number | undefined;
  readonly events: readonly TimelineEvent[];
  /** Each event's date, parsed (by position in `events`); undefined for an undated event. */
  readonly dates: ReadonlyArray<DateParts | undefined>;
}

/**
 * Groups events by year in the order given (a history is written in order; sorting would
 * reorder events of the same year). Undated events form groups of their own, in place. Each
 * date is parsed once, and the parts are kept for the renderer.
 */
export const groupByYear = (events: readonly TimelineEvent[]): readonly TimelineGroup[] => {
  const groups: Array<{
    year: number | undefined;
    events: TimelineEvent[];
    dates: Array<DateParts | undefined>;
  }> = [];
  for (const event of events) {
    const date = event.date === undefined ? undefined : parsePartialDate(event.date);
    const year = date?.year;
    const last = groups[groups.length - 1];
    if (last && last.year === year) {
      last.events.push(event);
      last.dates.push(date);
    } else groups.push({ year, events: [event], dates: [date] });
  }
  return groups;
};
