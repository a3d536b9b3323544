/**
 * Shared test helpers: the smallest valid municipality document, and decoding shortcuts that
 * report issues the way `decodeMunicipality` does (`path` + `message`). Used only by tests.
 */
import fc from 'fast-check';
import * as Result from 'effect/Result';
import * as Schema from 'effect/Schema';
import * as SchemaIssue from 'effect/SchemaIssue';
import { formatPath, type MunicipalityDocument } from './municipality.js';
import type { TwinCity } from './twin-city.js';
import { applyMutation, pathsIn } from '../../../tools/document-mutations.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A fresh copy each call, so a test may mutate it freely. Every required key, nothing optional. */
export const minimalMunicipality = (): Mutable<MunicipalityDocument> & Record<string, unknown> => ({
  id: 'testville',
  defaultLocale: 'bg',
  languageVersions: [
    { locale: 'bg', url: '/' },
    { locale: 'en', url: '/en/' },
  ],
  name: { bg: 'Община Тестово', en: 'Testovo Municipality' },
  homeUrl: '/',
  coatOfArms: {
    src: 'img/coat-of-arms.svg',
    alt: { bg: 'Герб на Тестово', en: 'Coat of arms of Testovo' },
  },
  utilityLinks: [],
  mainNavigation: [],
  footer: { legalLinks: [] },
  address: {
    streetAddress: { bg: 'ул. „Първа“ 1', en: '1 Parva St' },
    locality: { bg: 'Тестово', en: 'Testovo' },
    postalCode: '6100',
    country: 'BG',
  },
  phones: [],
  emails: [],
  socialLinks: [],
  officeHours: [],
  contacts: [],
  twinCities: [],
  copyrightHolder: { bg: 'Община Тестово', en: 'Testovo Municipality' },
});

/** A twin city with every required key; `history` and the rest as the test needs them. */
export const minimalTwinCity = (
  id: string,
  extra: Record<string, unknown> = {},
): typeof TwinCity.Encoded =>
  ({
    id,
    kind: 'twin',
    places: [{ name: { bg: `Град ${id}`, en: `City ${id}` } }],
    country: { code: 'MK', name: { bg: 'Северна Македония', en: 'North Macedonia' } },
    ...extra,
  }) as typeof TwinCity.Encoded;

/**
 * A fuller document built on the minimal one: a nested menu, section navigation, contacts, two
 * office-hours schedules, a page with breadcrumbs and six twin cities, the last with a history.
 */
export const sampleMunicipality = (): ReturnType<typeof minimalMunicipality> => ({
  ...minimalMunicipality(),
  $schema: 'https://muni-kit.org/schema/municipality.schema.json',
  tagline: { bg: 'Долината на розите', en: 'The Valley of Roses' },
  utilityLinks: [
    {
      kind: 'accessibility',
      label: { bg: 'Достъпност', en: 'Accessibility' },
      url: '/bg/accessibility',
    },
  ],
  weather: {
    src: 'https://api.open-meteo.com/v1/forecast?latitude=42.62&longitude=25.39&current=temperature_2m,weather_code',
  },
  mainNavigation: [
    {
      label: { bg: 'Общината', en: 'The municipality' },
      children: [
        { label: { bg: 'Кмет', en: 'Mayor' }, url: '/bg/mayor' },
        {
          label: { bg: 'Побратимени градове', en: 'Twin cities' },
          url: '/bg/twin-cities',
          children: [{ label: 'Кочани', url: '/bg/twin-cities/kochani' }],
        },
      ],
    },
    {
      label: { bg: 'Услуги', en: 'Services' },
      url: '/bg/services',
      children: [{ label: { bg: 'Данъци', en: 'Taxes' }, url: 'services/taxes' }],
    },
  ],
  sectionNavigation: {
    label: { bg: 'Побратимени градове', en: 'Twin cities' },
    items: [{ label: 'Кочани', url: '/bg/twin-cities/kochani' }],
  },
  footer: {
    linkGroups: [
      {
        heading: { bg: 'Полезно', en: 'Useful' },
        links: [{ label: 'Портал', url: 'https://egov.bg/' }],
      },
    ],
    legalLinks: [{ label: { bg: 'Поверителност', en: 'Privacy' }, url: '/bg/privacy' }],
  },
  phones: [
    { number: '0431/98201', label: { bg: 'Приемна', en: 'Reception' } },
    { number: '0431 62 301', kind: 'fax' },
  ],
  emails: ['obshtina@testovo.bg'],
  socialLinks: [
    { network: 'facebook', label: 'Facebook', url: 'https://www.facebook.com/testovo' },
  ],
  officeHours: [
    serviceCentreHours,
    {
      id: 'archive',
      name: 'Архив',
      periods: [{ days: ['tue', 'thu'], opens: '09:00', closes: '12:00' }],
    },
  ],
  hotline: { label: { bg: 'Гореща линия', en: 'Hotline' }, phone: '0 700 400 56' },
  contacts: [
    {
      label: { bg: 'Деловодство', en: 'Registry' },
      phones: ['0887311884'],
      emails: ['delo@testovo.bg'],
    },
  ],
  twinCities: [
    minimalTwinCity('kochani', { image: { src: 'img/kochani.jpg', alt: 'Кочани' } }),
    minimalTwinCity('ohrid'),
    minimalTwinCity('veria', { kind: 'friendly' }),
    minimalTwinCity('luxor-alexandria', { places: [{ name: 'Луксор' }, { name: 'Александрия' }] }),
    minimalTwinCity('jungnang-gu', { places: [{ name: 'Сеул', district: 'Джунгнанг-гу' }] }),
    minimalTwinCity('tokat', {
      history: [
        { date: '2001', text: 'a' },
        { date: '2010-05', text: 'b', url: 'history/2010.html' },
        { date: '2021-06-05', text: 'c' },
      ],
    }),
  ],
  pages: [
    {
      id: 'kochani',
      title: 'Кочани',
      url: '/bg/twin-cities/kochani',
      published: '2021-06-21',
      views: 1234,
      breadcrumbs: [
        { label: { bg: 'Начало', en: 'Home' }, url: '/' },
        { label: 'Кочани', url: '/bg/twin-cities/kochani' },
      ],
      twinCity: 'kochani',
    },
  ],
});

/** The citizens' service centre: weekdays 8:30–17:30 with a break 12:30–13:30. */
export const serviceCentreHours = {
  id: 'service-centre',
  name: { bg: 'Център за услуги', en: 'Service centre' },
  periods: [
    {
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      opens: '08:30',
      closes: '17:30',
      breaks: [{ from: '12:30', to: '13:30' }],
    },
  ],
} as const;

export interface Issue {
  readonly path: string;
  readonly message: string;
}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1();

/** Decodes `input` with `schema` (every error) and returns the issues, [] when it decodes. */
export const issuesOf = <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
): Issue[] => {
  const result = Schema.decodeUnknownResult(schema)(input, { errors: 'all' });
  if (Result.isSuccess(result)) return [];
  return formatter(result.failure.issue).issues.map((issue) => ({
    path: formatPath(
      (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment)),
    ),
    message: issue.message,
  }));
};

/** The paths of the issues, for exact assertions. */
export const pathsOf = <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
): string[] => issuesOf(schema, input).map((issue) => issue.path);

/** Decodes `input` or throws with the issues listed, for valid examples. */
export const decodeOrThrow = <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
): S['Type'] => {
  const result = Schema.decodeUnknownResult(schema)(input, { errors: 'all' });
  if (Result.isSuccess(result)) return result.success;
  throw new Error(
    `Expected ${JSON.stringify(input)} to decode: ${JSON.stringify(issuesOf(schema, input))}`,
  );
};

/** Values that are valid somewhere in a document, and some that are valid nowhere. */
const interestingValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    'x',
    '2021',
    '2021-02-29',
    '2024-02-29',
    '0431/98201',
    '+359 431 98201',
    'img.svg',
    'https://a.bg/',
    'mailto:a@b.bg',
    'tel:+359',
    'a:b',
    'javascript:alert(1)',
    '24:00',
    '17:00',
    'MK',
    'kochani',
    'Europe/Skopje',
    'en',
    'mon',
    {},
    [],
    { bg: 'б' },
    { en: 'e' },
    { bg: '' },
  ),
);

/**
 * `document` with one to three of its values (at any depth) replaced by interesting values:
 * mostly still well-formed JSON documents that are valid or break exactly one rule. Only what a
 * JSON file can hold: a mutation whose parent an earlier one turned into an array (or out of
 * one) is dropped, since an array with a named key has no JSON form, and the result goes
 * through JSON once (`-0`, which `fc.jsonValue` may give, reads back as 0).
 */
export const mutatedDocument = (document: object): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .array(fc.tuple(fc.constantFrom(...pathsIn(document)), interestingValue), {
      minLength: 1,
      maxLength: 3,
    })
    .map((mutations) => {
      const doc = structuredClone(document);
      for (const [path, value] of mutations)
        applyMutation(doc, { path, operation: 'set', value }, { json: true });
      return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
    });
