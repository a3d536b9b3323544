import * as Schema from 'effect/Schema';
import { dateTimeFormat, intlLocale } from './intl.js';

/**
 * A date known to a year ("2019"), a month ("2021-06") or a day ("2021-06-05"). Historical
 * records rarely know more than the year; formatting never invents the missing parts.
 */
export const checkPartialDate = (value: string): true | string =>
  parsePartialDate(value) !== undefined || 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD';

export const PartialDate = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.makeFilter(checkPartialDate, {
        title: 'PartialDate',
        description: 'A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD.',
        toJsonSchema: () => ({
          pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$',
        }),
      }),
    ),
    Schema.brand('PartialDate'),
  ).annotate({ identifier: 'PartialDate' }))();
export type PartialDate = typeof PartialDate.Type;

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** Midnight UTC of a day; unlike Date.UTC, years 0–99 stay in the first century (not 1900–1999). */
const utcDay = (year: number, monthIndex: number, day: number): Date => {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
};

/** A decimal digit's value at `index`, or NaN. */
const digit = (value: string, index: number): number => {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
};

const dash = 45;

/**
 * The parts of "2019", "2021-06" or "2021-06-05"; undefined for anything else, a month that
 * does not exist or a day not in its month. Read digit by digit, without a regular expression:
 * a long history parses thousands of dates.
 */
export const parsePartialDate = (value: string): DateParts | undefined => {
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year =
    digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  if (Number.isNaN(year)) return undefined;
  if (length === 4) return { year, precision: 'year' };
  if (value.charCodeAt(4) !== dash) return undefined;
  const month = digit(value, 5) * 10 + digit(value, 6);
  if (!(month >= 1 && month <= 12)) return undefined;
  if (length === 7) return { year, month, precision: 'month' };
  if (value.charCodeAt(7) !== dash) return undefined;
  const day = digit(value, 8) * 10 + digit(value, 9);
  return day >= 1 && day <= utcDay(year, month, 0).getUTCDate()
    ? { year, month, day, precision: 'day' }
    : undefined;
};

const formatterFor = (locale: string, precision: 'month' | 'day'): Intl.DateTimeFormat =>
  dateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'long',
    ...(precision === 'day' ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  });

/** A month or a day written by Intl, without the year suffix ("юни 2021 г." → "юни 2021"). */
const formatWithIntl = (parts: DateParts, locale: string): string => {
  const pieces = formatterFor(locale, parts.precision === 'day' ? 'day' : 'month').formatToParts(
    utcDay(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1),
  );
  const yearIndex = pieces.findIndex((p) => p.type === 'year');
  return pieces
    .filter((p, i) => !(i > yearIndex && p.type === 'literal'))
    .map((p) => p.value)
    .join('')
    .trim();
};

/*
 * Intl costs microseconds a date, and a history of 10,000 events is written again on every
 * language switch. So each month (and day) is written once per locale from a pattern cut from
 * Intl's own output for a probe date and checked on a second; where that is not simple (other
 * digits, a day that changes the words, a year before 1000) Intl writes every date.
 */
type Piece = string | typeof yearSlot | typeof daySlot;
const yearSlot = 0;
const daySlot = 1;

const fill = (pattern: readonly Piece[], year: number, day: number): string => {
  let text = '';
  for (const piece of pattern) text += piece === yearSlot ? year : piece === daySlot ? day : piece;
  return text;
};

/** Two dates whose year and day digits cannot be confused with each other or with a month name. */
const probes = [
  { year: 1987, day: 23 },
  { year: 2046, day: 5 },
] as const;

const patternFor = (
  locale: string,
  month: number,
  withDay: boolean,
): readonly Piece[] | undefined => {
  const write = (year: number, day: number) =>
    formatWithIntl(
      withDay ? { year, month, day, precision: 'day' } : { year, month, precision: 'month' },
      locale,
    );
  const { year, day } = probes[0];
  const text = write(year, day);
  const slots: Array<[number, string, Piece]> = [
    [text.indexOf(String(year)), String(year), yearSlot],
  ];
  if (withDay) slots.push([text.indexOf(String(day)), String(day), daySlot]);
  if (slots.some(([at, digits]) => at < 0 || text.indexOf(digits, at + 1) >= 0)) return undefined;
  slots.sort((a, b) => a[0] - b[0]);
  const pattern: Piece[] = [];
  let from = 0;
  for (const [at, digits, slot] of slots) {
    if (at < from) return undefined; // overlapping
    if (at > from) pattern.push(text.slice(from, at));
    pattern.push(slot);
    from = at + digits.length;
  }
  if (from < text.length) pattern.push(text.slice(from));
  return probes.every(
    (probe) => fill(pattern, probe.year, probe.day) === write(probe.year, probe.day),
  )
    ? pattern
    : undefined;
};

/** By locale and precision ("bg|day"): the pattern of each month, null where there is none. */
const patterns = new Map<string, Array<readonly Piece[] | null | undefined>>();

/**
 * "2019", "юни 2021", "5 юни 2021" (en: "June 2021", "5 June 2021"): as precise as the date is,
 * without the Bulgarian year suffix "г." that reads heavily in a list.
 */
export const formatPartialDate = (date: PartialDate | DateParts, locale: string): string => {
  const parts = typeof date === 'string' ? parsePartialDate(date) : date;
  if (!parts) return String(date);
  if (parts.precision === 'year') return String(parts.year);
  if (parts.year < 1000) return formatWithIntl(parts, locale);
  const withDay = parts.precision === 'day';
  const key = `${locale}|${parts.precision}`;
  let byMonth = patterns.get(key);
  if (!byMonth) patterns.set(key, (byMonth = []));
  const month = parts.month ?? 1;
  let pattern = byMonth[month];
  if (pattern === undefined) pattern = byMonth[month] = patternFor(locale, month, withDay) ?? null;
  return pattern ? fill(pattern, parts.year, parts.day ?? 0) : formatWithIntl(parts, locale);
};

/** Compares two partial dates chronologically; a less precise date sorts before a precise one. */
export const comparePartialDates = (a: PartialDate, b: PartialDate): number =>
  a < b ? -1 : a > b ? 1 : 0;
