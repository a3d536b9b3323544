import type { Locale } from '@muni-kit/domain/locale.js';
import { formatPartialDate, type DateParts } from '@muni-kit/domain/partial-date.js';

/*
 * Dates for long histories. A timeline of 10,000 events used to parse each date twice and ask
 * Intl for every date in every render; here each date is parsed once per history, and written
 * from a pattern made once per locale, precision and month, so that a render costs a string
 * concatenation per date. The domain's `formatPartialDate` stays the reference: the patterns are
 * cut from its output and checked against it, and anything they cannot say exactly goes to it.
 */

const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A decimal digit's value at `index`, or NaN. */
const digit = (value: string, index: number): number => {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
};

/**
 * `parsePartialDate` of the domain without a regular expression: the same parts for the same
 * strings ("2019", "2021-06", "2021-06-05"), `undefined` for anything else.
 */
export const parseDate = (value: string): DateParts | undefined => {
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  if (Number.isNaN(year)) return undefined;
  if (length === 4) return { year, precision: 'year' };
  if (value.charCodeAt(4) !== 45) return undefined;
  const month = digit(value, 5) * 10 + digit(value, 6);
  if (!(month >= 1 && month <= 12)) return undefined;
  if (length === 7) return { year, month, precision: 'month' };
  if (value.charCodeAt(7) !== 45) return undefined;
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (!(day >= 1)) return undefined;
  // 29 February: whatever the domain's calendar says about that year.
  const valid = day <= daysInMonth[month]! || (month === 2 && day === 29 && new Date(Date.UTC(year, 2, 0)).getUTCDate() === 29);
  return valid ? { year, month, day, precision: 'day' } : undefined;
};

/** A written date cut where the year and the day go: literal text, or a slot. */
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

/**
 * The pattern of a month (and a day) in `locale`, cut from the domain's own output for a probe
 * date and checked on a second one; `undefined` when the output is not that simple (digits of
 * another numbering system, a day that changes the words): then every date asks the domain.
 */
const patternFor = (locale: Locale, month: number, withDay: boolean): readonly Piece[] | undefined => {
  const format = (year: number, day: number) =>
    formatPartialDate(withDay ? { year, month, day, precision: 'day' } : { year, month, precision: 'month' }, locale);
  const { year, day } = probes[0];
  const text = format(year, day);
  const slots: Array<[number, string, Piece]> = [[text.indexOf(String(year)), String(year), yearSlot]];
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
  return probes.every((probe) => fill(pattern, probe.year, probe.day) === format(probe.year, probe.day)) ? pattern : undefined;
};

/** Per locale: the patterns by month, for dates known to the month (0) and to the day (1). */
const patterns = new Map<Locale, Array<Array<readonly Piece[] | undefined | null>>>();

/**
 * `formatPartialDate(parts, locale)` of the domain ("2019", "юни 2021", "5 June 2021"), written
 * from a pattern per locale, precision and month.
 */
export const formatDate = (parts: DateParts, locale: Locale): string => {
  // A year before 1000 is rare in a history: the domain writes it.
  if (parts.precision === 'year' || parts.year < 1000) return formatPartialDate(parts, locale);
  let byPrecision = patterns.get(locale);
  if (!byPrecision) patterns.set(locale, (byPrecision = [[], []]));
  const withDay = parts.precision === 'day';
  const byMonth = byPrecision[withDay ? 1 : 0]!;
  const month = parts.month!;
  let pattern = byMonth[month];
  if (pattern === undefined) pattern = byMonth[month] = patternFor(locale, month, withDay) ?? null;
  return pattern ? fill(pattern, parts.year, parts.day ?? 0) : formatPartialDate(parts, locale);
};
