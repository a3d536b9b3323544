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
export const Municipality = /*#__PURE__*/ (() =>
  Schema.Struct({
    /** The JSON Schema this document follows; lets editors complete and check it. */
    $schema: Schema.optionalKey(
      Schema.String.annotate({
        description: 'The JSON Schema this document follows; lets editors complete and check it.',
      }),
    ),
    id: Slug.annotateKey({ description: 'A stable id for the municipality, such as `kazanlak`.' }),
    defaultLocale: Locale.annotateKey({
      description:
        "The language of the document's own text. Text missing in the requested language falls back to it.",
    }),
    languageVersions: Schema.NonEmptyArray(LanguageVersion).annotateKey({
      description:
        "The languages the site is published in, each with the URL of its home page. The header's language switch links to each of them (with `hreflang`); an element shows one of these languages only.",
    }),
    /** The languages the texts are written in, when more than those of `languageVersions` (which it then includes). */
    languages: Schema.optionalKey(
      Schema.NonEmptyArray(Locale).annotate({
        description:
          'The languages the texts are written in, when more than those of "languageVersions" (which it then includes): a name given in a language the site is not published in. Without it, the languages of "languageVersions".',
      }),
    ),
    name: LocalizedText.annotateKey({
      description: "The municipality's name, shown in the header and the footer.",
    }),
    tagline: Schema.optionalKey(LocalizedText).annotateKey({
      description:
        'A line under the name in the header and the footer, such as "official website".',
    }),
    homeUrl: SafeUrl.annotateKey({
      description: 'The home page; the name and coat of arms in the header link to it.',
    }),
    coatOfArms: Image.annotateKey({
      description: 'The coat of arms (or logo) shown beside the name in the header and the footer.',
    }),
    utilityLinks: Schema.Array(UtilityLink).annotateKey({
      description:
        'The service links in the bar above the header: accessibility, council, contacts, report an issue. May be empty.',
    }),
    /** The municipality's accessibility statement, linked from the display settings (muni-display-settings). */
    accessibilityStatementUrl: Schema.optionalKey(SafeUrl).annotateKey({
      description:
        "The page of the municipality's accessibility statement (conformance, known problems, how to report one). The display settings link to it; without it, they show no link.",
    }),
    weather: Schema.optionalKey(
      Schema.Struct({
        src: Schema.optionalKey(SafeUrl).annotateKey({
          description:
            "The URL of the current weather in Open-Meteo's format (see weather.html): Open-Meteo itself or a copy on your own server. No weather is shown without it, when it fails, or when its reading is more than three hours old.",
        }),
      }).annotate({
        description:
          'The "today" line\'s live weather: "src" is the URL of the current weather in Open-Meteo\'s forecast format (current=temperature_2m,weather_code), Open-Meteo itself or a copy on the municipality\'s server. Shown only while the feed answers with a reading at most three hours old; without "src", no weather.',
      }),
    ),
    mainNavigation: Schema.Array(NavigationItem).annotateKey({
      description:
        "The site's main navigation: the top-level sections of the mega-menu, with their pages at any depth.",
    }),
    sectionNavigation: Schema.optionalKey(
      Schema.Struct({
        label: LocalizedText.annotateKey({
          description:
            'The name of the section: the heading of the side navigation and the name of its landmark.',
        }),
        items: Schema.Array(NavigationItem).annotateKey({
          description: 'The pages of the section, nested to any depth.',
        }),
      }),
    ).annotateKey({
      description: 'The pages of one section of the site, for the side navigation.',
    }),
    footer: Schema.Struct({
      linkGroups: Schema.optionalKey(Schema.Array(LinkGroup)).annotateKey({
        description: 'Groups of links under a heading, in the footer.',
      }),
      legalLinks: Schema.Array(NavigationItem).annotateKey({
        description: 'The links of the bottom bar: personal data, site map, licence and the like.',
      }),
    }).annotateKey({ description: 'The link groups and legal links of the footer.' }),
    address: PostalAddress.annotateKey({ description: 'The postal address shown in the footer.' }),
    phones: Schema.Array(LabelledPhone).annotateKey({
      description:
        "The municipality's telephone lines, shown in the footer. Fax numbers are shown as text, not as links.",
    }),
    emails: Schema.Array(Email).annotateKey({
      description: "The municipality's e-mail addresses, shown in the footer as `mailto:` links.",
    }),
    socialLinks: Schema.Array(SocialLink).annotateKey({
      description: 'The municipality on social networks, shown in the footer.',
    }),
    officeHours: Schema.Array(OfficeHours).annotateKey({
      description:
        'Working-hours schedules, shown in the footer with a live "open now / closed" status.',
    }),
    hotline: Schema.optionalKey(Hotline).annotateKey({
      description: 'A hotline shown in the footer with a large number.',
    }),
    contacts: Schema.Array(ContactPoint).annotateKey({
      description:
        'The contacts directory of the footer: services with their telephones and e-mails.',
    }),
    twinCities: Schema.Array(TwinCity).annotate({
      description: 'Twin and friendly cities (their "kind" tells which); ids are unique.',
    }),
    copyrightHolder: LocalizedText.annotateKey({
      description: "The name in the footer's copyright line.",
    }),
    pages: Schema.optionalKey(Schema.Array(PageMeta)).annotateKey({
      description:
        'Articles of the site with their breadcrumb trails; `muni-breadcrumbs` shows the trail of one of them.',
    }),
  })
    // Annotated before the check, which JSON Schema cannot express, so that they reach it.
    .annotate({
      title: 'muni-kit municipality document',
      description:
        'One municipality: navigation, contacts, office hours, twin cities and their history.',
    })
    .pipe(
      Schema.check(
        Schema.makeFilter(checkUniqueTwinCityIds),
        Schema.makeFilter(checkTextLanguages),
      ),
    )
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
      typeof key === 'number'
        ? `${text}[${key}]`
        : text === ''
          ? String(key)
          : `${text}.${String(key)}`,
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
  PhoneNumberEncoded: {
    checks: [checkPhoneNumber],
    decode: parsePhoneNumber,
    isDecoded: isPhoneNumber,
  },
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
    const rewrite =
      rewriteUrl ??
      (baseUrl === undefined ? undefined : (url: SafeUrl) => resolveUrl(url, baseUrl));
    const result = (rewrite ? decodeRewritingUrls(rewrite) : decode)(input);
    return result.ok
      ? { ok: true, value: result.value as Municipality }
      : {
          ok: false,
          issues: result.issues.map(({ path, message }) => ({ path: formatPath(path), message })),
        };
  } catch (error) {
    // A getter that throws, a cyclic object: report it like any other problem.
    return {
      ok: false,
      issues: [
        { path: '(document)', message: error instanceof Error ? error.message : String(error) },
      ],
    };
  }
};

/** Parses JSON text and decodes it; a syntax error is reported as an issue, not thrown. */
export const decodeMunicipalityJson = (text: string, options: DecodeOptions = {}): DecodeResult => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '(document)',
          message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  return decodeMunicipality(parsed, options);
};
