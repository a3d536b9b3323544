import * as Schema from 'effect/Schema';
import { collator, dateTimeFormat, intlLocale, listFormat } from './intl.js';
import { LocalizedText, localize } from './localized-text.js';
import type { Locale } from './locale.js';
import { SafeUrl } from './safe-url.js';
import { TimelineEvent } from './timeline-event.js';

/** A stable, lowercase ASCII id such as "kochani", used in `twin-city="kochani"`. */
export const Slug = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, {
        title: 'Slug',
        description: 'lowercase ASCII letters, digits and single dashes',
      }),
    ),
  ).annotate({ identifier: 'Slug' }))();

/**
 * A place a partnership is with. Most entries are one city; some name two ("Luxor and
 * Alexandria"), and some a district of a city ("Jungnang-gu, Seoul"), which `district` says.
 */
export const Place = /*#__PURE__*/ (() =>
  Schema.Struct({
    name: LocalizedText.annotateKey({ description: "The city's name." }),
    district: Schema.optionalKey(LocalizedText).annotateKey({
      description:
        'The district of the city the partnership is with, if it is a district: "Jungnang-gu" of Seoul.',
    }),
  }).annotate({
    identifier: 'Place',
    description: 'A city a partnership is with, or a district of it ("Jungnang-gu" of "Seoul").',
  }))();
export type Place = typeof Place.Type;

export const Country = /*#__PURE__*/ (() =>
  Schema.Struct({
    code: Schema.String.pipe(
      Schema.check(Schema.isPattern(/^[A-Z]{2}$/u, { title: 'ISO 3166-1 alpha-2 code' })),
    ).annotateKey({
      description: 'The ISO 3166-1 alpha-2 code of the country, in capitals: `MK`.',
    }),
    name: LocalizedText.annotateKey({ description: "The country's name." }),
  }).annotate({
    identifier: 'Country',
    description: 'A country: its ISO 3166-1 alpha-2 code and its name.',
  }))();

/** A recurring day or season: "8 September – Independence Day", "Days of Kochani Rice". */
export const Holiday = /*#__PURE__*/ (() =>
  Schema.Struct({
    name: LocalizedText.annotateKey({ description: 'The name of the holiday.' }),
    month: Schema.optionalKey(
      Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 12 }))),
    ).annotateKey({
      description: 'The month of a holiday on a fixed date, 1 to 12.',
    }),
    day: Schema.optionalKey(
      Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 31 }))),
    ).annotateKey({
      description: 'The day of the month, with `month`.',
    }),
    period: Schema.optionalKey(LocalizedText).annotateKey({
      description:
        'When the holiday is a season rather than a day: "late September and early October".',
    }),
  }).annotate({
    identifier: 'Holiday',
    description:
      'A recurring day (month and day) or season (period): "8 September – Independence Day".',
  }))();
export type Holiday = typeof Holiday.Type;

/** A name as written in one script, tagged with its BCP 47 language ("mk", "mk-Latn"). */
export const ScriptName = /*#__PURE__*/ (() =>
  Schema.Struct({
    text: Schema.String.pipe(Schema.check(Schema.isMinLength(1))).annotateKey({
      description: 'The name as written in this script.',
    }),
    lang: Schema.String.pipe(
      Schema.check(Schema.isPattern(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u)),
    ).annotateKey({
      description: 'Its BCP 47 language tag: `mk`, `mk-Latn`.',
    }),
  }).annotate({
    identifier: 'ScriptName',
    description:
      'A name as written in one script, tagged with its BCP 47 language ("mk", "mk-Latn").',
  }))();
export type ScriptName = typeof ScriptName.Type;

export const Image = /*#__PURE__*/ (() =>
  Schema.Struct({
    src: SafeUrl.annotateKey({
      description:
        "The URL of the image. A relative URL is resolved against the data file's own URL, so images can live beside it.",
    }),
    alt: LocalizedText.annotateKey({ description: 'The alternative text of the image.' }),
    width: Schema.optionalKey(Schema.Int).annotateKey({
      description: 'Its width in CSS pixels, to reserve its space before it loads.',
    }),
    height: Schema.optionalKey(Schema.Int).annotateKey({
      description: 'Its height in CSS pixels.',
    }),
  }).annotate({
    identifier: 'Image',
    description:
      'An image: its URL (relative URLs are resolved against the data file) and alternative text.',
  }))();
export type Image = typeof Image.Type;

export const TwinCity = /*#__PURE__*/ (() =>
  Schema.Struct({
    id: Slug.annotateKey({
      description:
        'A stable id, used in `twin-city="…"` on `muni-twin-city-card` and `muni-timeline`. Unique in the document.',
    }),
    kind: Schema.Literals(['twin', 'friendly']).annotateKey({
      description: '`twin` for a twinned city, `friendly` for a friendly city.',
    }),
    places: Schema.NonEmptyArray(Place).annotateKey({
      description:
        'The place or places of the partnership: usually one city, sometimes two ("Luxor and Alexandria") or a district.',
    }),
    country: Country.annotateKey({ description: 'The country of the city.' }),
    since: Schema.optionalKey(
      Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1000, maximum: 2999 }))),
    ).annotateKey({
      description: 'The year the partnership began.',
    }),
    description: Schema.optionalKey(LocalizedText).annotateKey({
      description: 'A short description of the city.',
    }),
    cityHoliday: Schema.optionalKey(Holiday).annotateKey({
      description: "The city's own holiday.",
    }),
    nationalHoliday: Schema.optionalKey(Holiday).annotateKey({
      description: "The country's national holiday.",
    }),
    mayor: Schema.optionalKey(
      Schema.Struct({
        names: Schema.NonEmptyArray(ScriptName).annotateKey({
          description: "The mayor's name in one or more scripts, each with its language.",
        }),
      }),
    ).annotateKey({ description: 'The mayor, with the name as written in each script.' }),
    pageUrl: Schema.optionalKey(SafeUrl).annotateKey({
      description:
        "The page about this city on the municipality's own site; the twin-city list links to it.",
    }),
    url: Schema.optionalKey(SafeUrl).annotateKey({
      description: 'The city\'s own website ("learn more").',
    }),
    image: Schema.optionalKey(Image).annotateKey({ description: 'A picture of the city.' }),
    history: Schema.optionalKey(Schema.Array(TimelineEvent)).annotateKey({
      description: 'The history of the partnership, in order, for `muni-timeline`.',
    }),
  }).annotate({
    identifier: 'TwinCity',
    description:
      'A twin or friendly city: one or more places, the country, holidays, mayor, links and history.',
  }))();
export type TwinCity = typeof TwinCity.Type;

/** "Кочани", "Луксор и Александрия", "Джунгнанг-гу, Сеул": the places joined for the locale. */
export const formatTwinCityName = (
  city: TwinCity,
  locale: Locale,
  defaultLocale: Locale,
): string => {
  const names = city.places.map((place) => {
    const name = localize(place.name, locale, defaultLocale).text;
    return place.district
      ? `${localize(place.district, locale, defaultLocale).text}, ${name}`
      : name;
  });
  return names.length === 1 ? names[0]! : listFormat(locale, { type: 'conjunction' }).format(names);
};

export const findTwinCity = (cities: readonly TwinCity[], id: string): TwinCity | undefined =>
  cities.find((city) => city.id === id);

export type TwinCitySort = 'name' | 'country';

/** Cities sorted by name or by country then name, with the locale's collation. */
export const sortTwinCities = (
  cities: readonly TwinCity[],
  by: TwinCitySort,
  locale: Locale,
  defaultLocale: Locale,
): readonly TwinCity[] => {
  const byCollation = collator(locale);
  // Each key is computed once, not at every comparison: 1,800 cities sort in milliseconds.
  const keyed = cities.map((city) => ({
    city,
    name: formatTwinCityName(city, locale, defaultLocale),
    country: by === 'country' ? localize(city.country.name, locale, defaultLocale).text : '',
  }));
  keyed.sort(
    (a, b) => byCollation.compare(a.country, b.country) || byCollation.compare(a.name, b.name),
  );
  return keyed.map((entry) => entry.city);
};

/**
 * The day of a recurring holiday: "8 септември", "8 September", or the month alone
 * ("септември") when no day is given; undefined when the holiday is a season (`period`).
 */
export const formatHolidayDate = (holiday: Holiday, locale: Locale): string | undefined => {
  if (holiday.month === undefined) return undefined;
  // A leap year, so that 29 February formats too; the year is never shown.
  const date = new Date(Date.UTC(2000, holiday.month - 1, holiday.day ?? 1));
  return dateTimeFormat(intlLocale(locale), {
    ...(holiday.day === undefined ? {} : { day: 'numeric' }),
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
};

/**
 * The machine-readable form of a holiday's day for `<time datetime>`: an HTML valid yearless
 * date string without its optional leading "--" ("09-08"), which the Nu HTML Checker also
 * accepts, or undefined when the day is not known (a month without a year has no HTML form).
 */
export const holidayDateTime = (holiday: Holiday): string | undefined =>
  holiday.month === undefined || holiday.day === undefined
    ? undefined
    : `${String(holiday.month).padStart(2, '0')}-${String(holiday.day).padStart(2, '0')}`;
