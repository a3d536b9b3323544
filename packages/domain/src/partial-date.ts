import * as Schema from 'effect/Schema';

/**
 * A date known to a year ("2019"), a month ("2021-06") or a day ("2021-06-05"). Historical
 * records rarely know more than the year; formatting never invents the missing parts.
 */
export const checkPartialDate = (value: string): true | string =>
  parsePartialDate(value) !== undefined || 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD';

export const PartialDate = /*#__PURE__*/ (() => Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(checkPartialDate, {
      title: 'PartialDate',
      description: 'A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD.',
      toJsonSchema: () => ({ pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$' }),
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

export const parsePartialDate = (value: string): DateParts | undefined => {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? { year, month, day, precision: 'day' } : undefined;
};

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

// Building an Intl.DateTimeFormat costs far more than using one: a timeline of 10,000 events
// reuses one formatter per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (locale: string, precision: 'month' | 'day'): Intl.DateTimeFormat => {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(locale), {
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    formatters.set(key, formatter);
  }
  return formatter;
};

/**
 * "2019", "юни 2021", "5 юни 2021" (en: "June 2021", "5 June 2021"): as precise as the date is,
 * without the Bulgarian year suffix "г." that reads heavily in a list.
 */
export const formatPartialDate = (date: PartialDate | DateParts, locale: string): string => {
  const parts = typeof date === 'string' ? parsePartialDate(date) : date;
  if (!parts) return String(date);
  if (parts.precision === 'year') return String(parts.year);
  const pieces = formatterFor(locale, parts.precision).formatToParts(new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1)));
  const yearIndex = pieces.findIndex((p) => p.type === 'year');
  return pieces
    .filter((p, i) => !(i > yearIndex && p.type === 'literal'))
    .map((p) => p.value)
    .join('')
    .trim();
};

/** Compares two partial dates chronologically; a less precise date sorts before a precise one. */
export const comparePartialDates = (a: PartialDate, b: PartialDate): number => (a < b ? -1 : a > b ? 1 : 0);
