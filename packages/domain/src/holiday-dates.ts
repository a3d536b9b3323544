import type { HolidayName, PublicHoliday } from './public-holidays.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Calendar arithmetic that public-holiday calendars share: ISO dates, Orthodox Easter and the
 * rule, common to many countries' labour laws, that moves a holiday falling on a rest day to
 * the first working day after it. No time zones here: holidays are local calendar dates.
 */

/** A calendar date; `weekday` 0 = Sunday … 6 = Saturday. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "2026-03-03". */
export const isoDate = (date: CalendarDay): string =>
  `${date.year}-${pad(date.month)}-${pad(date.day)}`;

/** The date of "YYYY-MM-DD" (not checked: the schema checks dates). */
export const parseIsoDate = (date: string): CalendarDay => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
});

/** The ISO date `days` after `date` (negative: before). */
export const shiftIsoDate = (date: string, days: number): string => {
  const { year, month, day } = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
};

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOfIsoDate = (date: string): number => {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
};

/**
 * Orthodox Easter Sunday of `year`, as a Gregorian ISO date. Meeus's Julian algorithm gives the
 * date in the Julian calendar; the Julian calendar's lag behind the Gregorian one is then added
 * (13 days from 1900 to 2099, 14 from 2100 to 2199…). Right for every year from 1583, when the
 * Gregorian calendar began, as long as the Orthodox churches keep the Julian paschalion.
 */
export const orthodoxEaster = (year: number): string => {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Easter is never before March, so the lag of the year's March applies.
  const lag = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return shiftIsoDate(isoDate({ year, month, day }), lag);
};

/** A holiday before its moves: its date, its key among the calendar's names, whether it may move. */
export interface FixedHoliday {
  readonly date: string;
  readonly key: string;
  /** False for days a law never moves (Bulgaria's Easter days). */
  readonly movable: boolean;
}

/**
 * The substitute days of `holidays`: each movable holiday on one of `restDays` (weekdays,
 * 0 = Sunday) gives the first later day that is neither a rest day, nor a holiday, nor already
 * another holiday's substitute. Taken in date order, so that two holidays of one weekend give
 * the first two working days after it (Bulgaria's 25 and 26 December on a weekend: the 27th
 * and 28th). Returns `[date of substitute, the holiday it stands for]`.
 */
export const substituteDays = (
  holidays: readonly FixedHoliday[],
  restDays: readonly number[],
): Array<readonly [string, FixedHoliday]> => {
  const taken = new Set(holidays.map((h) => h.date));
  const result: Array<readonly [string, FixedHoliday]> = [];
  for (const holiday of [...holidays].sort((x, y) => x.date.localeCompare(y.date))) {
    if (!holiday.movable || !restDays.includes(weekdayOfIsoDate(holiday.date))) continue;
    let date = shiftIsoDate(holiday.date, 1);
    while (taken.has(date) || restDays.includes(weekdayOfIsoDate(date)))
      date = shiftIsoDate(date, 1);
    taken.add(date);
    result.push([date, holiday]);
  }
  return result;
};

/**
 * A year of a calendar: its `days`, named from `names`, with the substitute days the holidays on
 * `restDays` give, in date order.
 */
export const holidaysWithSubstitutes = (
  days: readonly FixedHoliday[],
  names: Readonly<Record<string, HolidayName>>,
  restDays: readonly number[],
): PublicHoliday[] =>
  [
    ...days.map((day): PublicHoliday => ({
      date: day.date,
      name: names[day.key]!,
      kind: 'holiday',
    })),
    ...substituteDays(days, restDays).map(([date, holiday]): PublicHoliday => ({
      date,
      name: names[holiday.key]!,
      kind: 'substitute',
      substitutes: holiday.date,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
