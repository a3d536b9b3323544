import * as Schema from 'effect/Schema';
import { parsePartialDate } from './partial-date.js';

/**
 * The building blocks of opening hours: weekdays, times of day, breaks, opening periods, time
 * zones and calendar dates, with the checks the validator shares with the effect schema.
 */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const Weekday = /*#__PURE__*/ (() =>
  Schema.Literals(weekdays).annotate({
    identifier: 'Weekday',
    description: 'A day of the week: sun, mon, tue, wed, thu, fri or sat.',
  }))();
export type Weekday = typeof Weekday.Type;

/** A time of day on a 24-hour clock, "08:30". */
export const TimeOfDay = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.isPattern(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/u, {
        title: 'TimeOfDay',
        description: 'HH:MM on a 24-hour clock',
      }),
    ),
  ).annotate({ identifier: 'TimeOfDay' }))();

export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The rule of a break: it ends after it starts. */
export const checkFromBeforeTo = (range: {
  readonly from: string;
  readonly to: string;
}): true | string => minutesOf(range.from) < minutesOf(range.to) || 'Expected "from" before "to"';

export const TimeRange = /*#__PURE__*/ (() =>
  Schema.Struct({
    from: TimeOfDay.annotateKey({ description: 'The start of the break.' }),
    to: TimeOfDay.annotateKey({ description: 'The end of the break.' }),
  })
    .annotate({ description: 'A break in opening hours, from one time of day to a later one.' })
    .pipe(Schema.check(Schema.makeFilter(checkFromBeforeTo)))
    .annotate({ identifier: 'TimeRange' }))();

export interface OpeningTimes {
  readonly opens: string;
  readonly closes: string;
  readonly breaks?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/** The rules of an opening period: it closes after it opens, and its breaks fall within. */
export const checkOpensBeforeCloses = (p: OpeningTimes): true | string =>
  minutesOf(p.opens) < minutesOf(p.closes) || 'Expected "opens" before "closes"';
export const checkBreaksWithinHours = (p: OpeningTimes): true | string =>
  (p.breaks ?? []).every(
    (b) => minutesOf(b.from) >= minutesOf(p.opens) && minutesOf(b.to) <= minutesOf(p.closes),
  ) || 'Expected every break within opening hours';

/** Opening hours on some weekdays, with optional breaks: "Mon–Fri 8:30–17:30, break 12:30–13:30". */
export const OpeningPeriod = /*#__PURE__*/ (() =>
  Schema.Struct({
    days: Schema.NonEmptyArray(Weekday).annotateKey({
      description: 'The days of the week the period applies to.',
    }),
    opens: TimeOfDay.annotateKey({ description: 'The opening time.' }),
    closes: TimeOfDay.annotateKey({ description: 'The closing time, after the opening time.' }),
    breaks: Schema.optionalKey(Schema.Array(TimeRange)).annotateKey({
      description: 'Breaks within the opening hours, each with `from` and `to`.',
    }),
  })
    .annotate({
      description:
        'Opening hours on some weekdays, with optional breaks: "Mon–Fri 8:30–17:30, break 12:30–13:30".',
    })
    .pipe(
      Schema.check(
        Schema.makeFilter(checkOpensBeforeCloses),
        Schema.makeFilter(checkBreaksWithinHours),
      ),
    )
    .annotate({ identifier: 'OpeningPeriod' }))();
export type OpeningPeriod = typeof OpeningPeriod.Type;

// Asking Intl costs a formatter each time; a document names the same zone again and again.
// Only zones that exist are kept, so the set stays as small as the list of time zones.
const knownTimeZones = new Set<string>();

/** True for a time zone the platform knows ("Europe/Sofia"); statusAt would throw on others. */
const isTimeZone = (zone: string): boolean => {
  if (knownTimeZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
  knownTimeZones.add(zone);
  return true;
};

export const checkTimeZone = (zone: string): true | string =>
  isTimeZone(zone) || 'Expected an IANA time zone such as Europe/Sofia';

export const TimeZone = /*#__PURE__*/ (() =>
  Schema.String.annotate({ description: 'An IANA time zone such as Europe/Sofia.' })
    .pipe(Schema.check(Schema.makeFilter(checkTimeZone)))
    .annotate({ identifier: 'TimeZone' }))();

/** A day that exists: "2025-12-24", never "2025-02-30". */
export const checkCalendarDate = (date: string): true | string =>
  (/^\d{4}-\d{2}-\d{2}$/u.test(date) && parsePartialDate(date) !== undefined) ||
  'Expected a calendar date as YYYY-MM-DD';

export const CalendarDate = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.makeFilter(checkCalendarDate, {
        toJsonSchema: () => ({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
      }),
    ),
  ).annotate({ identifier: 'CalendarDate', description: 'A calendar date as YYYY-MM-DD.' }))();
