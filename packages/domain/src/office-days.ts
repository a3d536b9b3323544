import { isoDate, weekdayOfIsoDate } from './holiday-dates.js';
import type { LocalizedText } from './localized-text.js';
import type { OfficeHours } from './office-hours.js';
import { minutesOf, weekdays, type OpeningTimes } from './opening-times.js';
import { holidayCalendar, holidaysOn, type PublicHoliday } from './public-holidays.js';
import { addDays, defaultTimeZone, instantOfWallClock, wallClockAt } from './zoned-time.js';

/**
 * What a schedule means on a given day and at a given instant: the weekly hours, overridden in
 * this order by `closedOn`, `specialHours`, `extraWorkingDays` and the holiday calendar. Every
 * answer says why a day differs from its weekday, so that a page can tell a citizen that the
 * office is closed for a public holiday, not merely closed.
 */
/** Why a day's hours are not its weekday's. */
export type DayReason =
  /** A day off of the schedule's calendar: a holiday, or a substitute day for one. */
  | { readonly kind: 'holiday'; readonly holiday: PublicHoliday }
  /** A date in `closedOn`. */
  | { readonly kind: 'closure' }
  /** A date with `specialHours`; `note` is the first entry's note. */
  | { readonly kind: 'special-hours'; readonly note?: LocalizedText }
  /** A date in `extraWorkingDays`. */
  | { readonly kind: 'extra-working-day'; readonly note?: LocalizedText };

/** A local day of a schedule: its open intervals (minutes since midnight) and why they differ. */
export interface DayPlan {
  readonly date: string;
  readonly intervals: ReadonlyArray<readonly [number, number]>;
  /** Undefined for a day that follows the weekly hours. */
  readonly reason?: DayReason;
}

/** Open intervals of opening times, in minutes since midnight, breaks cut out, sorted. */
const intervalsOf = (periods: readonly OpeningTimes[]): Array<readonly [number, number]> => {
  const intervals: Array<readonly [number, number]> = [];
  for (const period of periods) {
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

/** Open intervals of one weekday (0 = Sunday) by the weekly hours, breaks cut out, sorted. */
export const openIntervalsOn = (
  hours: OfficeHours,
  weekday: number,
): Array<readonly [number, number]> => {
  const day = weekdays[weekday];
  return day ? intervalsOf(hours.periods.filter((period) => period.days.includes(day))) : [];
};

/** The day off of the schedule's calendar on `date`: a holiday before a substitute day. */
export const holidayOf = (hours: OfficeHours, date: string): PublicHoliday | undefined => {
  const calendar = hours.holidays === undefined ? undefined : holidayCalendar(hours.holidays);
  if (!calendar) return undefined;
  const days = holidaysOn(calendar, date);
  return days.find((day) => day.kind === 'holiday') ?? days[0];
};

/** The schedule on a local date ("YYYY-MM-DD"). */
export const planOfDay = (hours: OfficeHours, date: string): DayPlan => {
  if ((hours.closedOn ?? []).includes(date))
    return { date, intervals: [], reason: { kind: 'closure' } };
  const special = (hours.specialHours ?? []).filter((entry) => entry.date === date);
  if (special.length) {
    const note = special.find((entry) => entry.note !== undefined)?.note;
    return {
      date,
      intervals: intervalsOf(special),
      reason: note === undefined ? { kind: 'special-hours' } : { kind: 'special-hours', note },
    };
  }
  const extra = (hours.extraWorkingDays ?? []).find((day) => day.date === date);
  if (extra) {
    const intervals = openIntervalsOn(hours, weekdays.indexOf(extra.sameAs ?? 'mon'));
    return {
      date,
      intervals,
      reason:
        extra.note === undefined
          ? { kind: 'extra-working-day' }
          : { kind: 'extra-working-day', note: extra.note },
    };
  }
  const holiday = holidayOf(hours, date);
  if (holiday) return { date, intervals: [], reason: { kind: 'holiday', holiday } };
  return { date, intervals: openIntervalsOn(hours, weekdayOfIsoDate(date)) };
};

export type OfficeStatus =
  | { readonly isOpen: true; readonly closesAt: Date; readonly reason?: DayReason }
  | { readonly isOpen: false; readonly opensAt: Date | undefined; readonly reason?: DayReason };

/** How far ahead the next opening is looked for: longer than any run of holidays. */
const searchDays = 14;

/**
 * Whether the office is open at `instant`, and when that changes: the closing time (or the
 * start of a break) when open, the next opening when closed (undefined if never within two
 * weeks). `reason` says why today is not an ordinary day of its weekday (a holiday, a closure,
 * special hours, an extra working day), in the office's time zone.
 */
export const statusAt = (hours: OfficeHours, instant: Date): OfficeStatus => {
  const timeZone = hours.timeZone ?? defaultTimeZone;
  const now = wallClockAt(instant, timeZone);
  const today = planOfDay(hours, isoDate(now));
  const reason = today.reason ? { reason: today.reason } : {};
  for (let offset = 0; offset <= searchDays; offset++) {
    const date = addDays(now, offset);
    const plan = offset === 0 ? today : planOfDay(hours, isoDate(date));
    for (const [from, to] of plan.intervals) {
      const opens = instantOfWallClock(date, from, timeZone);
      const closes = instantOfWallClock(date, to, timeZone);
      if (instant < opens) return { isOpen: false, opensAt: opens, ...reason };
      if (instant < closes) return { isOpen: true, closesAt: closes, ...reason };
    }
  }
  return { isOpen: false, opensAt: undefined, ...reason };
};

export const isOpenAt = (hours: OfficeHours, instant: Date): boolean =>
  statusAt(hours, instant).isOpen;

/** The next instant at or after `instant` when the office opens (now, if it is open). */
export const nextOpeningAt = (hours: OfficeHours, instant: Date): Date | undefined => {
  const status = statusAt(hours, instant);
  return status.isOpen ? instant : status.opensAt;
};

/**
 * The days of the next `days` local days after today (tomorrow first) on which the office keeps
 * other hours than its weekday's: closed for a holiday or a closure on a day it would open,
 * or open with special hours. Extra working days are left out: they are not closures. Days the
 * office is closed anyway (a holiday on a Sunday) are left out too.
 */
export const upcomingClosures = (hours: OfficeHours, instant: Date, days = 30): DayPlan[] => {
  const now = wallClockAt(instant, hours.timeZone ?? defaultTimeZone);
  const plans: DayPlan[] = [];
  for (let offset = 1; offset <= days; offset++) {
    const date = addDays(now, offset);
    const plan = planOfDay(hours, isoDate(date));
    const kind = plan.reason?.kind;
    if (
      kind === 'special-hours' ||
      ((kind === 'holiday' || kind === 'closure') && openIntervalsOn(hours, date.weekday).length)
    ) {
      plans.push(plan);
    }
  }
  return plans;
};
