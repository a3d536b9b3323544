import { bulgaria } from './holidays-bg.js';
import { northMacedonia } from './holidays-mk.js';

/**
 * Public-holiday calendars: which dates a country's offices are closed by law. A calendar is a
 * small object (`HolidayCalendar`) that lists the holidays of a year; the registry below keys
 * them by id, and an office-hours schedule names one (`"holidays": "bg"`). A third country is
 * one module that implements the interface and one line in `holidayCalendars`; office hours do
 * not change.
 */
/** A name per language, `{ bg, en, mk }`: the object form of a LocalizedText. */
export type HolidayName = Readonly<Record<string, string>>;

/**
 * `holiday`: a day the law names; `substitute`: a working day that is a day off because a
 * holiday fell on a rest day (Bulgaria's Labour Code art. 154(2)).
 */
export type HolidayKind = 'holiday' | 'substitute';

/** One day off of a calendar. */
export interface PublicHoliday {
  /** Local date, "YYYY-MM-DD". */
  readonly date: string;
  /** The holiday's name; a substitute day carries the name of the holiday it stands for. */
  readonly name: HolidayName;
  readonly kind: HolidayKind;
  /** For a substitute day, the date of the holiday it stands for. */
  readonly substitutes?: string;
}

/** A country's (or region's) public holidays. */
export interface HolidayCalendar {
  /** The id a schedule names it by: "bg". */
  readonly id: string;
  readonly name: HolidayName;
  /**
   * The days off of `year`, sorted by date; a date may appear twice when two holidays fall
   * on it (Bulgaria's 1 May on Holy Saturday). Pure: the same year gives the same list.
   */
  readonly holidaysOf: (year: number) => readonly PublicHoliday[];
}

/** The calendars a schedule may name, by id. */
export const holidayCalendars: Readonly<Record<string, HolidayCalendar>> = {
  [bulgaria.id]: bulgaria,
  [northMacedonia.id]: northMacedonia,
};

/** The calendar of `id`, or undefined for an id no calendar has. */
export const holidayCalendar = (id: string): HolidayCalendar | undefined =>
  Object.hasOwn(holidayCalendars, id) ? holidayCalendars[id] : undefined;

export const checkHolidayCalendarId = (id: string): true | string =>
  holidayCalendar(id) !== undefined ||
  `Expected the id of a public-holiday calendar (${Object.keys(holidayCalendars)
    .map((key) => `"${key}"`)
    .join(', ')})`;

// A year's holidays are asked for on every status check: work them out once per calendar and year.
const byDate = new Map<string, ReadonlyMap<string, readonly PublicHoliday[]>>();

/** The days off of `calendar` on `date` ("YYYY-MM-DD"): none, one, or two holidays on one day. */
export const holidaysOn = (calendar: HolidayCalendar, date: string): readonly PublicHoliday[] => {
  const year = Number(date.slice(0, 4));
  const key = `${calendar.id}|${year}`;
  let days = byDate.get(key);
  if (days === undefined) {
    const map = new Map<string, PublicHoliday[]>();
    for (const holiday of calendar.holidaysOf(year))
      map.set(holiday.date, [...(map.get(holiday.date) ?? []), holiday]);
    byDate.set(key, (days = map));
  }
  return days.get(date) ?? [];
};
