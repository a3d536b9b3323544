import * as Schema from 'effect/Schema';
import { ContactPoint, LabelledPhone } from './contact-point.js';
import { checkTextLanguages, checkUniqueTwinCityIds } from './document-checks.js';
import { Email } from './email.js';
import { municipalityJsonSchema } from './generated/municipality-json-schema.js';
import { type Definition, makeSchemaDecoder } from './json-schema-decoder.js';
import { checkLocale, Locale } from './locale.js';
import { checkHasTranslation, LocalizedText } from './localized-text.js';
import { NavigationItem } from './navigation.js';
import {
  checkBreaksWithinHours,
  checkCalendarDate,
  checkFromBeforeTo,
  checkOpensBeforeCloses,
  checkScheduleExceptions,
  checkTimeZone,
  OfficeHours,
} from './office-hours.js';
import { checkHolidayCalendarId } from './public-holidays.js';
import { checkPartialDate } from './partial-date.js';
import { PageMeta } from './page-meta.js';
import { checkPhoneNumber, isPhoneNumber, parsePhoneNumber } from './phone-number.js';
import { PostalAddress } from './postal-address.js';
import { checkSafeUrl, resolveUrl, SafeUrl } from './safe-url.js';
import { Hotline, LanguageVersion, LinkGroup, SocialLink, UtilityLink } from './site-links.js';
import { Image, Slug, TwinCity } from './twin-city.js';

// The document's parts and rules live in modules of their own; importers keep this one.
export { checkTextLanguages, checkUniqueTwinCityIds } from './document-checks.js';
export { portableUrlWarnings, weatherWarnings } from './document-warnings.js';
export {
  Hotline,
  LanguageVersion,
  LinkGroup,
  socialNetworks,
  SocialLink,
  utilityLinkKinds,
  UtilityLink,
} from './site-links.js';

/** Everything a municipality's header, menus, pages and footer show, in one document. */
export const Municipality = /*#__PURE__*/ (() => Schema.Struct({
  /** The JSON Schema this document follows; lets editors complete and check it. */
  $schema: Schema.optionalKey(
    Schema.String.annotate({ description: 'The JSON Schema this document follows; lets editors complete and check it.' }),
  ),
  id: Slug,
  defaultLocale: Locale,
  languageVersions: Schema.NonEmptyArray(LanguageVersion),
  /** The languages the texts are written in, when more than those of `languageVersions` (which it then includes). */
  languages: Schema.optionalKey(
    Schema.NonEmptyArray(Locale).annotate({
      description:
        'The languages the texts are written in, when more than those of "languageVersions" (which it then includes): a name given in a language the site is not published in. Without it, the languages of "languageVersions".',
    }),
  ),
  name: LocalizedText,
  tagline: Schema.optionalKey(LocalizedText),
  homeUrl: SafeUrl,
  coatOfArms: Image,
  utilityLinks: Schema.Array(UtilityLink),
  /** The municipality's accessibility statement, linked from the display settings (muni-display-settings). */
  accessibilityStatementUrl: Schema.optionalKey(SafeUrl).annotateKey({
    description:
      'The page of the municipality\'s accessibility statement (conformance, known problems, how to report one). The display settings link to it; without it, they show no link.',
  }),
  /** Where the "today" line's weather comes from: a feed in Open-Meteo's format (see weather.ts). */
  weather: Schema.optionalKey(
    Schema.Struct({
      // Not annotated itself: a described SafeUrl would become a definition of its own, without the URL check.
      src: Schema.optionalKey(SafeUrl),
    }).annotate({
      description:
        'The "today" line\'s live weather: "src" is the URL of the current weather in Open-Meteo\'s forecast format (current=temperature_2m,weather_code), Open-Meteo itself or a copy on the municipality\'s server. Shown only while the feed answers with a reading at most three hours old; without "src", no weather.',
    }),
  ),
  mainNavigation: Schema.Array(NavigationItem),
  sectionNavigation: Schema.optionalKey(Schema.Struct({ label: LocalizedText, items: Schema.Array(NavigationItem) })),
  footer: Schema.Struct({
    linkGroups: Schema.optionalKey(Schema.Array(LinkGroup)),
    legalLinks: Schema.Array(NavigationItem),
  }),
  address: PostalAddress,
  phones: Schema.Array(LabelledPhone),
  emails: Schema.Array(Email),
  socialLinks: Schema.Array(SocialLink),
  officeHours: Schema.Array(OfficeHours),
  hotline: Schema.optionalKey(Hotline),
  contacts: Schema.Array(ContactPoint),
  /** Twin and friendly cities (their `kind` tells which). */
  twinCities: Schema.Array(TwinCity).annotate({ description: 'Twin and friendly cities (their "kind" tells which); ids are unique.' }),
  copyrightHolder: LocalizedText,
  pages: Schema.optionalKey(Schema.Array(PageMeta)),
})
  // Annotated before the check, which JSON Schema cannot express, so that they reach it.
  .annotate({
    title: 'muni-kit municipality document',
    description: 'One municipality: navigation, contacts, office hours, twin cities and their history.',
  })
  .pipe(Schema.check(Schema.makeFilter(checkUniqueTwinCityIds), Schema.makeFilter(checkTextLanguages)))
  .annotate({ identifier: 'Municipality' }))();
export type Municipality = typeof Municipality.Type;
export type MunicipalityDocument = typeof Municipality.Encoded;

/** One problem found in a document, with where it is: `twinCities[5].history[2].date`. */
export interface DecodeIssue {
  readonly path: string;
  readonly message: string;
}

export type DecodeResult =
  | { readonly ok: true; readonly value: Municipality }
  | { readonly ok: false; readonly issues: readonly DecodeIssue[] };

/** `["twinCities", 5, "history"]` → `twinCities[5].history`. */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  ) || '(document)';

/**
 * What the generated JSON Schema cannot say, by definition name: the functions the effect
 * filters above call, so that both decoders apply the same rules (a property test checks it).
 */
const definitions: Readonly<Record<string, Definition>> = {
  Municipality: { checks: [checkUniqueTwinCityIds, checkTextLanguages] },
  Locale: { checks: [checkLocale] },
  SafeUrl: { checks: [checkSafeUrl] },
  PhoneNumberEncoded: { checks: [checkPhoneNumber], decode: parsePhoneNumber, isDecoded: isPhoneNumber },
  PartialDate: { checks: [checkPartialDate] },
  Translations: { checks: [checkHasTranslation] },
  TimeRange: { checks: [checkFromBeforeTo] },
  OpeningPeriod: { checks: [checkOpensBeforeCloses, checkBreaksWithinHours] },
  SpecialHours: { checks: [checkOpensBeforeCloses, checkBreaksWithinHours] },
  OfficeHours: { checks: [checkScheduleExceptions] },
  HolidayCalendarId: { checks: [checkHolidayCalendarId] },
  TimeZone: { checks: [checkTimeZone] },
  CalendarDate: { checks: [checkCalendarDate] },
};

// Not effect's decoder: it would cost the browser 23 KB (see json-schema-decoder.ts).
const decode = /*#__PURE__*/ makeSchemaDecoder(municipalityJsonSchema, 'Municipality', definitions);

/** A decoder that also passes every URL through `rewrite`, in the same walk. */
const decodeRewritingUrls = (rewrite: (url: SafeUrl) => SafeUrl) =>
  makeSchemaDecoder(municipalityJsonSchema, 'Municipality', {
    ...definitions,
    SafeUrl: { ...definitions.SafeUrl, decode: rewrite },
  });

export interface DecodeOptions {
  /** The URL the document was read from; relative URLs inside it are resolved against it. */
  readonly baseUrl?: string;
  /**
   * Rewrites each URL of the document as it is decoded, instead of resolving against `baseUrl`
   * (which it takes precedence over). For callers without an absolute base, such as a server
   * rendering for a page whose URL it does not know. Must return a safe URL.
   */
  readonly rewriteUrl?: (url: SafeUrl) => SafeUrl;
}

/**
 * Decodes a municipality document. Never throws: returns the typed value, or every problem
 * with its path. Decoded parts (a decoded document too) are taken as they are, and whatever
 * decoding leaves unchanged is returned as it is, not copied.
 */
export const decodeMunicipality = (input: unknown, options: DecodeOptions = {}): DecodeResult => {
  try {
    const { baseUrl, rewriteUrl } = options;
    const rewrite = rewriteUrl ?? (baseUrl === undefined ? undefined : (url: SafeUrl) => resolveUrl(url, baseUrl));
    const result = (rewrite ? decodeRewritingUrls(rewrite) : decode)(input);
    return result.ok
      ? { ok: true, value: result.value as Municipality }
      : { ok: false, issues: result.issues.map(({ path, message }) => ({ path: formatPath(path), message })) };
  } catch (error) {
    // A getter that throws, a cyclic object: report it like any other problem.
    return { ok: false, issues: [{ path: '(document)', message: error instanceof Error ? error.message : String(error) }] };
  }
};

/** Parses JSON text and decodes it; a syntax error is reported as an issue, not thrown. */
export const decodeMunicipalityJson = (text: string, options: DecodeOptions = {}): DecodeResult => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '(document)', message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return decodeMunicipality(parsed, options);
};
