import { dateTimeFormat, intlLocale, listFormat } from './intl.js';
import type { OfficeHours } from './office-hours.js';
import { minutesOf, weekdays, type Weekday } from './opening-times.js';
import { defaultTimeZone, wallClockAt } from './zoned-time.js';

/** Office hours in words and numbers for a locale: times of day, schedule summaries, changes. */
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
export const formatClockTime = (
  instant: Date,
  locale: string,
  timeZone: string = defaultTimeZone,
): string => formatTimeOfDay(wallClockAt(instant, timeZone).minutes, locale);

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
    const indices = [...new Set(period.days.map((d) => weekdays.indexOf(d)))].sort(
      (a, b) => ((a + 6) % 7) - ((b + 6) % 7),
    );
    const mondayBased = indices.map((i) => (i + 6) % 7);
    const consecutive = mondayBased.every((v, i) => i === 0 || v === (mondayBased[i - 1] ?? 0) + 1);
    const names = indices.map((i) => weekdayName(weekdays[i] ?? 'mon', locale, 'short'));
    const days =
      consecutive && names.length > 2
        ? `${names[0]} – ${names[names.length - 1]}`
        : listFormat(locale, { style: 'short', type: 'unit' }).format(names);
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
    date: dateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', timeZone }).format(
      day,
    ),
  };
};
