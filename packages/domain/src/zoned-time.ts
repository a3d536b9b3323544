/**
 * Wall-clock time in a named time zone, computed with Intl so that daylight-saving changes
 * come from the platform's time-zone database rather than from rules of our own.
 */
import { dateTimeFormat, intlLocale } from './intl.js';

/** The municipality's time zone unless a document says otherwise. */
export const defaultTimeZone = 'Europe/Sofia';

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

const partsFormatter = (timeZone: string): Intl.DateTimeFormat =>
  dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

const fieldsAt = (instant: Date, timeZone: string) => {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
};

export const wallClockAt = (instant: Date, timeZone: string = defaultTimeZone): WallClock => {
  const f = fieldsAt(instant, timeZone);
  return {
    year: f.year,
    month: f.month,
    day: f.day,
    weekday: new Date(Date.UTC(f.year, f.month - 1, f.day)).getUTCDay(),
    minutes: f.hour * 60 + f.minute,
  };
};

/** The zone's offset from UTC, in milliseconds, at `instant`. */
const offsetAt = (instant: number, timeZone: string): number => {
  const f = fieldsAt(new Date(instant), timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
};

/**
 * The instant at which the zone's clocks show `minutes` past midnight on the given date.
 * In the hour skipped in spring the time is read with the winter offset (03:30 → 04:30);
 * in the hour repeated in autumn the first of the two instants is taken.
 */
export const instantOfWallClock = (
  date: { readonly year: number; readonly month: number; readonly day: number },
  minutes: number,
  timeZone: string = defaultTimeZone,
): Date => {
  const local = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const before = offsetAt(local - 36 * 3_600_000, timeZone);
  const after = offsetAt(local + 36 * 3_600_000, timeZone);
  const candidates = [local - Math.max(before, after), local - Math.min(before, after)];
  for (const candidate of candidates) {
    if (candidate + offsetAt(candidate, timeZone) === local) return new Date(candidate);
  }
  return new Date(local - before);
};

/** The calendar date `days` after the given one. */
export const addDays = (
  date: { readonly year: number; readonly month: number; readonly day: number },
  days: number,
): { year: number; month: number; day: number; weekday: number } => {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
};

/** "събота, 21 юни 2025 г." / "Saturday, 21 June 2025": the long date of `instant` in the zone. */
export const formatLongDate = (
  instant: Date,
  locale: string,
  timeZone: string = defaultTimeZone,
): string =>
  dateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(instant);

/** ISO date (YYYY-MM-DD) of `instant` in the zone, for `<time datetime>`. */
export const isoDateAt = (instant: Date, timeZone: string = defaultTimeZone): string => {
  const c = wallClockAt(instant, timeZone);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};
