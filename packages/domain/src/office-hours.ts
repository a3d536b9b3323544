import * as Schema from 'effect/Schema';
import type { CheckResult } from './json-schema-decoder.js';
import { LocalizedText } from './localized-text.js';
import {
  CalendarDate,
  checkBreaksWithinHours,
  checkOpensBeforeCloses,
  minutesOf,
  OpeningPeriod,
  TimeOfDay,
  TimeRange,
  TimeZone,
  Weekday,
} from './opening-times.js';
import { checkHolidayCalendarId, holidayCalendars } from './public-holidays.js';

/**
 * Office-hours schedules: the weekly hours of an office, the public-holiday calendar it keeps,
 * and its exceptions (one-off closures, special hours, extra working days). What a schedule
 * means at an instant is in office-days.ts; how it reads, in office-hours-format.ts.
 */
export * from './opening-times.js';
export * from './office-hours-format.js';
export * from './office-days.js';

const HolidayCalendarId = /*#__PURE__*/ (() =>
  Schema.String.annotate({
    description: `The public-holiday calendar the office keeps, by id: ${Object.values(
      holidayCalendars,
    )
      .map((calendar) => `"${calendar.id}" (${calendar.name.en ?? calendar.id})`)
      .join(
        ', ',
      )}. The office is closed on its holidays and on the days off that make up for them.`,
  })
    .pipe(Schema.check(Schema.makeFilter(checkHolidayCalendarId)))
    .annotate({ identifier: 'HolidayCalendarId' }))();

const specialHoursDescription =
  'Hours for one date instead of the weekly ones ("2026-12-31", 8:30–12:00), with an optional note. They win over the holiday calendar and the weekly hours (an office on duty on a holiday); "closedOn" wins over them. Several entries for one date give several intervals, which must not overlap.';

/** Hours for one date instead of the weekly ones. */
export const SpecialHours = /*#__PURE__*/ (() =>
  Schema.Struct({
    date: CalendarDate.annotateKey({
      description: "The date, YYYY-MM-DD, on the office's clocks.",
    }),
    opens: TimeOfDay.annotateKey({ description: 'The opening time that day.' }),
    closes: TimeOfDay.annotateKey({
      description: 'The closing time that day, after the opening time.',
    }),
    breaks: Schema.optionalKey(Schema.Array(TimeRange)).annotateKey({
      description: 'Breaks that day, within the hours.',
    }),
    note: Schema.optionalKey(LocalizedText).annotateKey({
      description: 'Why, shown beside the hours: "New Year\'s Eve".',
    }),
  })
    .annotate({ description: specialHoursDescription })
    .pipe(
      Schema.check(
        Schema.makeFilter(checkOpensBeforeCloses),
        Schema.makeFilter(checkBreaksWithinHours),
      ),
    )
    .annotate({ identifier: 'SpecialHours' }))();
export type SpecialHours = typeof SpecialHours.Type;

/** A day off by the calendar or the week that is worked: a Saturday the government declares a working day. */
export const ExtraWorkingDay = /*#__PURE__*/ (() =>
  Schema.Struct({
    date: CalendarDate.annotateKey({ description: 'The date worked, YYYY-MM-DD.' }),
    sameAs: Schema.optionalKey(Weekday).annotateKey({
      description: 'The weekday whose hours it keeps; Monday when absent.',
    }),
    note: Schema.optionalKey(LocalizedText).annotateKey({
      description: 'Why, shown beside the status: "in place of 31 December".',
    }),
  }).annotate({
    identifier: 'ExtraWorkingDay',
    description:
      'A date that is worked although the week or the holiday calendar says otherwise (a Saturday declared a working day). It keeps the hours of the weekday "sameAs" names, Monday when absent; for other hours, list the date in "specialHours" instead, which wins.',
  }))();
export type ExtraWorkingDay = typeof ExtraWorkingDay.Type;

interface ScheduleExceptions {
  readonly periods: ReadonlyArray<{ readonly days: readonly string[] }>;
  readonly closedOn?: readonly string[];
  readonly specialHours?: ReadonlyArray<{
    readonly date: string;
    readonly opens: string;
    readonly closes: string;
  }>;
  readonly extraWorkingDays?: ReadonlyArray<{ readonly date: string; readonly sameAs?: string }>;
}

/**
 * The rules between a schedule's exceptions, with the path of the first broken one: special
 * hours of one date must not overlap, nor fall on a date `closedOn` closes; an extra working
 * day appears once, and keeps the hours of a weekday that has some.
 */
export const checkScheduleExceptions = (hours: ScheduleExceptions): CheckResult => {
  const closed = new Set(hours.closedOn ?? []);
  const special = hours.specialHours ?? [];
  for (const [index, entry] of special.entries()) {
    if (closed.has(entry.date)) {
      return {
        path: ['specialHours', index, 'date'],
        issue: `Expected a date that "closedOn" does not close, ${entry.date} is in both`,
      };
    }
    const clash = special.findIndex(
      (other, j) =>
        j < index &&
        other.date === entry.date &&
        minutesOf(other.opens) < minutesOf(entry.closes) &&
        minutesOf(entry.opens) < minutesOf(other.closes),
    );
    if (clash >= 0) {
      return {
        path: ['specialHours', index],
        issue: `Expected special hours that do not overlap, ${entry.date} ${entry.opens}–${entry.closes} overlaps specialHours[${clash}]`,
      };
    }
  }
  const extra = hours.extraWorkingDays ?? [];
  for (const [index, day] of extra.entries()) {
    if (extra.findIndex((other) => other.date === day.date) < index) {
      return {
        path: ['extraWorkingDays', index, 'date'],
        issue: `Expected each extra working day once, ${day.date} appears twice`,
      };
    }
    const sameAs = day.sameAs ?? 'mon';
    if (!hours.periods.some((period) => period.days.includes(sameAs))) {
      return {
        path: ['extraWorkingDays', index, ...(day.sameAs ? ['sameAs'] : [])],
        issue: `Expected a weekday with opening hours to take the hours of, the schedule has none on "${sameAs}"`,
      };
    }
  }
  return true;
};

/** A named schedule: the citizens' service centre, the mayoralties, the administration… */
export const OfficeHours = /*#__PURE__*/ (() =>
  Schema.Struct({
    id: Schema.String.pipe(
      Schema.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)),
    ).annotateKey({
      description:
        'A stable id for the schedule: lowercase ASCII letters, digits and single dashes.',
    }),
    name: LocalizedText.annotateKey({ description: 'The office the schedule is for.' }),
    timeZone: Schema.optionalKey(TimeZone).annotateKey({
      description: 'The IANA time zone of its clocks; Europe/Sofia when absent.',
    }),
    periods: Schema.Array(OpeningPeriod).annotateKey({
      description: 'Its opening periods: days of the week, opening and closing times, and breaks.',
    }),
    holidays: Schema.optionalKey(HolidayCalendarId).annotateKey({
      description:
        'The public-holiday calendar the office keeps: `"bg"` (Bulgaria, Labour Code art. 154) or `"mk"` (North Macedonia). Closed on its holidays and on the working days that make up for a holiday on a weekend.',
    }),
    closedOn: Schema.optionalKey(Schema.Array(CalendarDate)).annotateKey({
      description:
        "Dates (YYYY-MM-DD, on the office's clocks) the office is closed besides the calendar's holidays: a one-off closure, a day off the government declares. They win over everything else.",
    }),
    specialHours: Schema.optionalKey(Schema.Array(SpecialHours)).annotateKey({
      description:
        'Hours for single dates instead of the weekly ones: 31 December 8:30–12:00. They win over the holiday calendar.',
    }),
    extraWorkingDays: Schema.optionalKey(Schema.Array(ExtraWorkingDay)).annotateKey({
      description:
        'Dates worked although the week or the calendar says otherwise: a Saturday declared a working day.',
    }),
  })
    .annotate({
      description:
        "A named schedule, such as the citizens' service centre's, in Europe/Sofia time unless timeZone says otherwise: weekly periods, the holiday calendar it keeps, and its exceptions.",
    })
    .pipe(Schema.check(Schema.makeFilter(checkScheduleExceptions)))
    .annotate({ identifier: 'OfficeHours' }))();
export type OfficeHours = typeof OfficeHours.Type;
