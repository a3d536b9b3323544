import { isoDate } from './holiday-dates.js';
import type { Locale } from './locale.js';
import { localize, type LocalizedText } from './localized-text.js';
import type { Municipality } from './municipality.js';
import { openIntervalsOn, planOfDay, type DayPlan } from './office-days.js';
import type { OfficeHours } from './office-hours.js';
import { addDays, defaultTimeZone, wallClockAt } from './zoned-time.js';

/**
 * schema.org JSON-LD for a municipality: a `GovernmentOrganization` with its address,
 * telephone, e-mail and social profiles, and each office-hours schedule as a `department`
 * (`GovernmentOffice`) with its weekly `openingHoursSpecification` and, for the twelve months
 * from a given instant, a `specialOpeningHoursSpecification` for every holiday, closure,
 * special-hours day and extra working day. Search engines show these hours; CMS templates call
 * `municipalityJsonLd` and write `jsonLdScript` into the page's `<head>`.
 */
export interface StructuredDataOptions {
  /** The language of the texts (names, street); default: the document's default. */
  readonly locale?: Locale;
  /** The first day of the special opening hours (in each office's zone); default: now. */
  readonly from?: Date;
}

type JsonLd = { readonly [key: string]: unknown };

const dayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** "08:30"; a period that ends at midnight closes at "24:00", which schema.org writes "23:59:59". */
const clock = (minutes: number): string =>
  minutes >= 24 * 60
    ? '23:59:59'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The weekly hours: one specification per weekday and open interval (breaks cut out). */
const weeklyHours = (hours: OfficeHours): JsonLd[] => {
  // Weekdays with the same intervals share a specification: "Mon–Fri 08:30–12:30".
  const byIntervals = new Map<
    string,
    { days: string[]; intervals: ReadonlyArray<readonly [number, number]> }
  >();
  for (const weekday of [1, 2, 3, 4, 5, 6, 0]) {
    const intervals = openIntervalsOn(hours, weekday);
    if (!intervals.length) continue;
    const key = JSON.stringify(intervals);
    const entry = byIntervals.get(key) ?? { days: [], intervals };
    entry.days.push(`https://schema.org/${dayNames[weekday]!}`);
    byIntervals.set(key, entry);
  }
  return [...byIntervals.values()].flatMap(({ days, intervals }) =>
    intervals.map(([from, to]) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: days,
      opens: clock(from),
      closes: clock(to),
    })),
  );
};

/**
 * The days of the twelve months from `from` that differ from their weekday. A closed day is
 * written as opening and closing at 00:00, the form search engines read as "closed".
 */
const specialHours = (
  hours: OfficeHours,
  from: Date,
  text: (value: LocalizedText) => string,
): JsonLd[] => {
  const start = wallClockAt(from, hours.timeZone ?? defaultTimeZone);
  const end = isoDate({ year: start.year + 1, month: start.month, day: start.day });
  const result: JsonLd[] = [];
  for (let offset = 0; ; offset++) {
    const day = addDays(start, offset);
    const date = isoDate(day);
    if (date >= end) break;
    const plan: DayPlan = planOfDay(hours, date);
    const reason = plan.reason;
    if (!reason) continue;
    // A holiday on a day the office is closed anyway changes nothing a visitor needs.
    if (
      (reason.kind === 'holiday' || reason.kind === 'closure') &&
      !openIntervalsOn(hours, day.weekday).length
    )
      continue;
    const description =
      reason.kind === 'holiday'
        ? text(reason.holiday.name)
        : 'note' in reason && reason.note !== undefined
          ? text(reason.note)
          : undefined;
    const base = {
      '@type': 'OpeningHoursSpecification',
      validFrom: date,
      validThrough: date,
      ...(description ? { description } : {}),
    };
    if (!plan.intervals.length) result.push({ ...base, opens: '00:00', closes: '00:00' });
    for (const [open, close] of plan.intervals)
      result.push({ ...base, opens: clock(open), closes: clock(close) });
  }
  return result;
};

/** The municipality as a schema.org `GovernmentOrganization`, ready for `jsonLdScript`. */
export const municipalityJsonLd = (
  m: Municipality,
  options: StructuredDataOptions = {},
): JsonLd => {
  const locale = options.locale ?? m.defaultLocale;
  const from = options.from ?? new Date();
  const text = (value: LocalizedText) => localize(value, locale, m.defaultLocale).text;
  const address = {
    '@type': 'PostalAddress',
    streetAddress: text(m.address.streetAddress),
    addressLocality: text(m.address.locality),
    postalCode: m.address.postalCode,
    addressCountry: m.address.country,
  };
  const voice = m.phones.filter((phone) => phone.kind !== 'fax');
  const fax = m.phones.find((phone) => phone.kind === 'fax');
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: text(m.name),
    url: m.homeUrl,
    logo: m.coatOfArms.src,
    address,
    ...(voice[0] ? { telephone: voice[0].number.e164 } : {}),
    ...(fax ? { faxNumber: fax.number.e164 } : {}),
    ...(m.emails[0] ? { email: m.emails[0] } : {}),
    ...(m.socialLinks.length ? { sameAs: m.socialLinks.map((link) => link.url) } : {}),
    department: m.officeHours.map((hours) => {
      const special = specialHours(hours, from, text);
      return {
        '@type': 'GovernmentOffice',
        name: text(hours.name),
        address,
        openingHoursSpecification: weeklyHours(hours),
        ...(special.length ? { specialOpeningHoursSpecification: special } : {}),
      };
    }),
  };
};

/**
 * JSON for the inside of a `<script>`: `<`, `>` and `&` as \u escapes, so that no text of the
 * data ("</script>", "<!--") can end the element or open a comment, and U+2028/U+2029 escaped
 * for old parsers. Still JSON: parsing it gives the same value.
 */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');

/** `<script type="application/ld+json">…</script>` of a JSON-LD value. */
export const jsonLdScript = (value: unknown): string =>
  `<script type="application/ld+json">${scriptSafeJson(value)}</script>`;
