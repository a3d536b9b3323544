import * as Schema from 'effect/Schema';
import { ContactPoint, LabelledPhone } from './contact-point.js';
import { Email } from './email.js';
import { municipalityJsonSchema } from './generated/municipality-json-schema.js';
import { type CheckResult, type Definition, makeSchemaDecoder } from './json-schema-decoder.js';
import { checkLocale, Locale } from './locale.js';
import { partsOfDefinition } from './json-schema-walk.js';
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
import { checkPhoneNumber, isPhoneNumber, parsePhoneNumber, PhoneNumber } from './phone-number.js';
import { PostalAddress } from './postal-address.js';
import { checkSafeUrl, resolveUrl, SafeUrl } from './safe-url.js';
import { Image, Slug, TwinCity } from './twin-city.js';

export const LanguageVersion = /*#__PURE__*/ (() => Schema.Struct({
  /** A language of the document: its texts may be given in it. */
  locale: Locale,
  /** The page of the site in this language. */
  url: SafeUrl,
}).annotate({
  identifier: 'LanguageVersion',
  description:
    'The site in one language: its locale and the URL of its home page in that language. Write it site-relative ("/en/") or absolute: a relative URL resolves against the data file, which moves (into a CMS\'s uploads folder, for one).',
}))();

export const utilityLinkKinds = ['accessibility', 'council', 'contacts', 'report-issue', 'other'] as const;
export const UtilityLink = /*#__PURE__*/ (() => Schema.Struct({
  kind: Schema.Literals(utilityLinkKinds),
  label: LocalizedText,
  url: SafeUrl,
}).annotate({
  identifier: 'UtilityLink',
  description: 'A link of the utility bar above the header: accessibility, council, contacts, report an issue.',
}))();
export type UtilityLink = typeof UtilityLink.Type;

export const socialNetworks = ['facebook', 'instagram', 'youtube', 'x', 'linkedin', 'tiktok', 'other'] as const;
export const SocialLink = /*#__PURE__*/ (() => Schema.Struct({
  network: Schema.Literals(socialNetworks),
  /** The accessible name of the link: "Kazanlak Municipality on Facebook". */
  label: LocalizedText,
  url: SafeUrl,
}).annotate({ identifier: 'SocialLink', description: 'The municipality on a social network; the label is the accessible name of the link.' }))();
export type SocialLink = typeof SocialLink.Type;

export const LinkGroup = /*#__PURE__*/ (() => Schema.Struct({
  heading: LocalizedText,
  links: Schema.Array(NavigationItem),
}).annotate({ identifier: 'LinkGroup', description: 'A group of footer links under a heading.' }))();

export const Hotline = /*#__PURE__*/ (() => Schema.Struct({
  label: LocalizedText,
  phone: PhoneNumber,
}).annotate({ identifier: 'Hotline', description: 'The hotline shown in the footer: a label and a telephone number.' }))();

/** Twin cities are addressed by id (`twin-city="kochani"`), so an id may appear only once. */
export const checkUniqueTwinCityIds = (m: { readonly twinCities: ReadonlyArray<{ readonly id: string }> }): CheckResult => {
  const seen = new Set<string>();
  for (const [index, city] of m.twinCities.entries()) {
    if (seen.has(city.id)) {
      return { path: ['twinCities', index, 'id'], issue: `Expected unique twin city ids, "${city.id}" appears twice` };
    }
    seen.add(city.id);
  }
  return true;
};

/**
 * The document's languages are its `languages`, else those of its language versions. Each
 * appears once, the versions and the default are among them, and every translation is in one
 * of them: a typo such as "mk-MK" or "eng" is reported where it is, not left to fall back silently.
 */
export const checkTextLanguages = (m: {
  readonly defaultLocale: string;
  readonly languageVersions: ReadonlyArray<{ readonly locale: string }>;
  readonly languages?: readonly string[];
}): CheckResult => {
  const versions = m.languageVersions.map((version) => version.locale);
  const languages = m.languages ?? versions;
  const list = languages.map((tag) => `"${tag}"`).join(', ');
  const repeatIn = (tags: readonly string[]) => tags.findIndex((tag, index) => tags.indexOf(tag) !== index);
  const twice = (tags: readonly string[], index: number) => `Expected each language once, "${tags[index] ?? ''}" appears twice`;
  const repeatedLanguage = m.languages ? repeatIn(m.languages) : -1;
  if (repeatedLanguage >= 0) return { path: ['languages', repeatedLanguage], issue: twice(languages, repeatedLanguage) };
  const repeatedVersion = repeatIn(versions);
  if (repeatedVersion >= 0) return { path: ['languageVersions', repeatedVersion, 'locale'], issue: twice(versions, repeatedVersion) };
  const unlisted = versions.findIndex((tag) => !languages.includes(tag));
  if (unlisted >= 0) {
    return { path: ['languageVersions', unlisted, 'locale'], issue: `Expected one of the document's languages (${list})` };
  }
  if (!languages.includes(m.defaultLocale)) {
    return { path: ['defaultLocale'], issue: `Expected one of the document's languages (${list})` };
  }
  for (const [path, translations] of partsOfDefinition(municipalityJsonSchema, 'Translations', m)) {
    for (const tag of Object.keys(translations as object)) {
      if (languages.includes(tag)) continue;
      const malformed = checkLocale(tag);
      return {
        path: [...path, tag],
        issue: malformed === true ? `Expected a translation in one of the document's languages (${list}), found "${tag}"` : malformed,
      };
    }
  }
  return true;
};

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

/** A URL that resolves against the data file's own location ("./index.html", "en/"). */
const isFileRelative = (url: string): boolean => !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/iu.test(url);

/**
 * Warnings for a valid document whose language versions and home page are written relative to
 * the data file: they resolve to pages that do not exist once the file is served from elsewhere
 * (a CMS keeps it in its uploads folder). Paths as in decoding issues.
 */
export const portableUrlWarnings = (municipality: Municipality): DecodeIssue[] => {
  const links = [
    ...municipality.languageVersions.map((version, index) => ({ path: `languageVersions[${index}].url`, url: version.url })),
    { path: 'homeUrl', url: municipality.homeUrl },
  ];
  return links
    .filter(({ url }) => isFileRelative(url))
    .map(({ path, url }) => ({
      path,
      message: `"${url}" is relative to the data file, so it cannot resolve once the file moves (into a CMS's uploads folder, for one): write it site-relative ("/${url.replace(/^\.\//u, '')}") or absolute`,
    }));
};

/**
 * Warnings for a document (as read, before decoding) that still gives the fixed `weather.temperatureCelsius` of
 * earlier versions: it is ignored (a number that never changes is not the weather), so say so.
 */
export const weatherWarnings = (document: unknown): DecodeIssue[] => {
  // The raw document: decoding drops keys the model does not know.
  const weather = (document as { readonly weather?: unknown } | null)?.weather;
  return weather !== null && typeof weather === 'object' && 'temperatureCelsius' in weather
    ? [
        {
          path: 'weather.temperatureCelsius',
          message:
            'A fixed temperature is no longer shown: give weather.src, the URL of a feed in Open-Meteo\'s format, and remove it',
        },
      ]
    : [];
};

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
