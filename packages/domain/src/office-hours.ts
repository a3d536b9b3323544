import * as Schema from 'effect/Schema';
import { LocalizedText } from './localized-text.js';
import { parsePartialDate } from './partial-date.js';
import { dateTimeFormat, intlLocale, listFormat } from './intl.js';
import { addDays, defaultTimeZone, instantOfWallClock, wallClockAt } from './zoned-time.js';

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const Weekday = /*#__PURE__*/ (() => Schema.Literals(weekdays).annotate({ identifier: 'Weekday', description: 'A day of the week: sun, mon, tue, wed, thu, fri or sat.' }))();
export type Weekday = typeof Weekday.Type;

/** A time of day on a 24-hour clock, "08:30". */
export const TimeOfDay = /*#__PURE__*/ (() => Schema.String.pipe(
  Schema.check(Schema.isPattern(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/u, { title: 'TimeOfDay', description: 'HH:MM on a 24-hour clock' })),
).annotate({ identifier: 'TimeOfDay' }))();

export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The rule of a break: it ends after it starts. */
export const checkFromBeforeTo = (range: { readonly from: string; readonly to: string }): true | string =>
  minutesOf(range.from) < minutesOf(range.to) || 'Expected "from" before "to"';

const TimeRange = /*#__PURE__*/ (() =>
  Schema.Struct({ from: TimeOfDay, to: TimeOfDay })
    .annotate({ description: 'A break in opening hours, from one time of day to a later one.' })
    .pipe(Schema.check(Schema.makeFilter(checkFromBeforeTo)))
    .annotate({ identifier: 'TimeRange' }))();

interface OpeningTimes {
  readonly opens: string;
  readonly closes: string;
  readonly breaks?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/** The rules of an opening period: it closes after it opens, and its breaks fall within. */
export const checkOpensBeforeCloses = (p: OpeningTimes): true | string =>
  minutesOf(p.opens) < minutesOf(p.closes) || 'Expected "opens" before "closes"';
export const checkBreaksWithinHours = (p: OpeningTimes): true | string =>
  (p.breaks ?? []).every((b) => minutesOf(b.from) >= minutesOf(p.opens) && minutesOf(b.to) <= minutesOf(p.closes)) ||
  'Expected every break within opening hours';

/** Opening hours on some weekdays, with optional breaks: "Mon–Fri 8:30–17:30, break 12:30–13:30". */
export const OpeningPeriod = /*#__PURE__*/ (() => Schema.Struct({
  days: Schema.NonEmptyArray(Weekday),
  opens: TimeOfDay,
  closes: TimeOfDay,
  breaks: Schema.optionalKey(Schema.Array(TimeRange)),
})
  .annotate({ description: 'Opening hours on some weekdays, with optional breaks: "Mon–Fri 8:30–17:30, break 12:30–13:30".' })
  .pipe(
  Schema.check(Schema.makeFilter(checkOpensBeforeCloses), Schema.makeFilter(checkBreaksWithinHours)),
).annotate({ identifier: 'OpeningPeriod' }))();
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

const TimeZone = /*#__PURE__*/ (() =>
  Schema.String.annotate({ description: 'An IANA time zone such as Europe/Sofia.' })
    .pipe(Schema.check(Schema.makeFilter(checkTimeZone)))
    .annotate({ identifier: 'TimeZone' }))();

/** A day that exists: "2025-12-24", never "2025-02-30". */
export const checkCalendarDate = (date: string): true | string =>
  (/^\d{4}-\d{2}-\d{2}$/u.test(date) && parsePartialDate(date) !== undefined) || 'Expected a calendar date as YYYY-MM-DD';

const CalendarDate = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(Schema.makeFilter(checkCalendarDate, { toJsonSchema: () => ({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) })),
  ).annotate({ identifier: 'CalendarDate', description: 'A calendar date as YYYY-MM-DD.' }))();

/** A named schedule: the citizens' service centre, the mayoralties, the administration… */
export const OfficeHours = /*#__PURE__*/ (() => Schema.Struct({
  id: Schema.String.pipe(Schema.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u))),
  name: LocalizedText,
  /** IANA time zone; Europe/Sofia when absent. */
  timeZone: Schema.optionalKey(TimeZone),
  periods: Schema.Array(OpeningPeriod),
  /** Dates (YYYY-MM-DD, local) on which the office is closed: public holidays. */
  closedOn: Schema.optionalKey(
    Schema.Array(CalendarDate).annotate({ description: 'Dates (YYYY-MM-DD, local) on which the office is closed: public holidays.' }),
  ),
}).annotate({
  identifier: 'OfficeHours',
  description: 'A named schedule, such as the citizens\' service centre\'s, in Europe/Sofia time unless timeZone says otherwise.',
}))();
export type OfficeHours = typeof OfficeHours.Type;

/** Open intervals of one local day, in minutes since midnight, breaks cut out, sorted. */
export const openIntervalsOn = (hours: OfficeHours, weekday: number): Array<readonly [number, number]> => {
  const day = weekdays[weekday];
  const intervals: Array<readonly [number, number]> = [];
  for (const period of hours.periods) {
    if (!day || !period.days.includes(day)) continue;
    let start = minutesOf(period.opens);
    const breaks = [...(period.breaks ?? [])].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
    for (const pause of breaks) {
      if (minutesOf(pause.from) > start) intervals.push([start, minutesOf(pause.from)]);
      start = Math.max(start, minutesOf(pause.to));
    }
    if (minutesOf(period.closes) > start) intervals.push([start, minutesOf(period.closes)]);
  }
  return intervals.sort((a, b) => a[0] - b[0]);
};

export type OfficeStatus =
  | { readonly isOpen: true; readonly closesAt: Date }
  | { readonly isOpen: false; readonly opensAt: Date | undefined };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Whether the office is open at `instant`, and when that changes: the closing time (or the
 * start of a break) when open, the next opening when closed (undefined if never within 2 weeks).
 */
export const statusAt = (hours: OfficeHours, instant: Date): OfficeStatus => {
  const timeZone = hours.timeZone ?? defaultTimeZone;
  const now = wallClockAt(instant, timeZone);
  const closed = new Set(hours.closedOn ?? []);
  for (let offset = 0; offset <= 14; offset++) {
    const date = addDays(now, offset);
    if (closed.has(`${date.year}-${pad(date.month)}-${pad(date.day)}`)) continue;
    for (const [from, to] of openIntervalsOn(hours, date.weekday)) {
      const opens = instantOfWallClock(date, from, timeZone);
      const closes = instantOfWallClock(date, to, timeZone);
      if (instant < opens) return { isOpen: false, opensAt: opens };
      if (instant < closes) return { isOpen: true, closesAt: closes };
    }
  }
  return { isOpen: false, opensAt: undefined };
};

export const isOpenAt = (hours: OfficeHours, instant: Date): boolean => statusAt(hours, instant).isOpen;

/** The next instant at or after `instant` when the office opens (now, if it is open). */
export const nextOpeningAt = (hours: OfficeHours, instant: Date): Date | undefined => {
  const status = statusAt(hours, instant);
  return status.isOpen ? instant : status.opensAt;
};

/** "8:30" / "8:30 AM": a wall-clock time (minutes since midnight) in the locale's style. */
export const formatTimeOfDay = (minutes: number, locale: string): string =>
  // A period that ends at midnight ends at "24:00", not at "0:00".
  minutes === 24 * 60
    ? '24:00'
    : dateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
    .format(new Date(Date.UTC(1970, 0, 1, 0, minutes)))
    .replace(/\s*ч\.$/u, '')
    // Firefox writes "08:30" where Chromium and Node write "8:30": one form everywhere.
    .replace(/^0(?=\d)/u, '');

/** The time an instant shows on the office's clocks, formatted for `locale`. */
export const formatClockTime = (instant: Date, locale: string, timeZone: string = defaultTimeZone): string =>
  formatTimeOfDay(wallClockAt(instant, timeZone).minutes, locale);

const weekdayName = (weekday: Weekday, locale: string, width: 'long' | 'short'): string =>
  // 2023-01-01 was a Sunday.
  dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + weekdays.indexOf(weekday))),
  );

/** Pieces of a schedule summary, formatted for the locale; renderers add the words around them. */
export interface PeriodSummary {
  /** "пн – пт", "Mon – Fri", or a list "Mon, Wed". */
  readonly days: string;
  /** True for Monday to Friday exactly, which a renderer may call "weekdays". */
  readonly isWeekdays: boolean;
  readonly hours: string;
  readonly breaks: readonly string[];
}

const range = (from: number, to: number, locale: string) =>
  `${formatTimeOfDay(from, locale)}–${formatTimeOfDay(to, locale)}`;

export const summarizePeriods = (hours: OfficeHours, locale: string): readonly PeriodSummary[] =>
  hours.periods.map((period) => {
    const indices = [...new Set(period.days.map((d) => weekdays.indexOf(d)))].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
    const mondayBased = indices.map((i) => (i + 6) % 7);
    const consecutive = mondayBased.every((v, i) => i === 0 || v === (mondayBased[i - 1] ?? 0) + 1);
    const names = indices.map((i) => weekdayName(weekdays[i] ?? 'mon', locale, 'short'));
    const days =
      consecutive && names.length > 2 ? `${names[0]} – ${names[names.length - 1]}` : listFormat(locale, { style: 'short', type: 'unit' }).format(names);
    return {
      days,
      isWeekdays: mondayBased.join() === '0,1,2,3,4',
      hours: range(minutesOf(period.opens), minutesOf(period.closes), locale),
      breaks: (period.breaks ?? []).map((b) => range(minutesOf(b.from), minutesOf(b.to), locale)),
    };
  });

/** When a status changes, as pieces a renderer puts into words: "opens tomorrow at 8:30". */
export interface StatusChange {
  /** The time on the office's clocks: "8:30"; "24:00" for a closing at midnight. */
  readonly time: string;
  /** Local calendar days from `now` to the change: 0 today, 1 tomorrow, 2 the day after… */
  readonly daysAhead: number;
  /** The day of the week of the change. */
  readonly weekday: Weekday;
  /** The date of the change without the year, for changes a week or more away: "5 January", "5 януари". */
  readonly date: string;
}

const utcDay = (clock: { readonly year: number; readonly month: number; readonly day: number }) =>
  Date.UTC(clock.year, clock.month - 1, clock.day) / 86_400_000;

/**
 * Describes the instant a status changes (`statusAt`'s `closesAt` or `opensAt`) relative to
 * `now`, in the office's time zone. A closing at midnight belongs to the day that ends: it is
 * "24:00" today, not "0:00" tomorrow.
 */
export const describeStatusChange = (
  change: Date,
  now: Date,
  locale: string,
  options: { readonly timeZone?: string; readonly kind?: 'opens' | 'closes' } = {},
): StatusChange => {
  const timeZone = options.timeZone ?? defaultTimeZone;
  const endsDay = options.kind === 'closes' && wallClockAt(change, timeZone).minutes === 0;
  const day = endsDay ? new Date(change.getTime() - 1) : change;
  const clock = wallClockAt(day, timeZone);
  return {
    time: endsDay ? formatTimeOfDay(24 * 60, locale) : formatTimeOfDay(clock.minutes, locale),
    daysAhead: utcDay(clock) - utcDay(wallClockAt(now, timeZone)),
    weekday: weekdays[clock.weekday] ?? 'mon',
    date: dateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', timeZone }).format(day),
  };
};
