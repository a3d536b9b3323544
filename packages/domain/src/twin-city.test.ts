import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Country,
  findTwinCity,
  formatHolidayDate,
  formatTwinCityName,
  Holiday,
  holidayDateTime,
  Image,
  ScriptName,
  Slug,
  sortTwinCities,
  TwinCity,
} from './twin-city.js';
import { decodeOrThrow, issuesOf, minimalTwinCity, pathsOf } from './test-fixtures.js';

const city = (input: unknown) => decodeOrThrow(TwinCity, input);

const kochani = city({
  id: 'kochani',
  kind: 'twin',
  places: [{ name: { bg: 'Кочани', en: 'Kochani' } }],
  country: { code: 'MK', name: { bg: 'Северна Македония', en: 'North Macedonia' } },
  since: 2006,
  description: { bg: 'Град в Източна Македония.', en: 'A town in eastern North Macedonia.' },
  cityHoliday: { name: { bg: 'Ден на град Кочани', en: 'Kochani Day' }, month: 11, day: 7 },
  nationalHoliday: {
    name: { bg: 'Ден на независимостта', en: 'Independence Day' },
    month: 9,
    day: 8,
  },
  mayor: {
    names: [
      { text: 'Љупчо Папазов', lang: 'mk' },
      { text: 'Ljupčo Papazov', lang: 'mk-Latn' },
    ],
  },
  pageUrl: '/bg/twin-cities/kochani',
  url: 'https://kocani.gov.mk/',
  image: { src: 'img/kochani.jpg', alt: { bg: 'Кочани', en: 'Kochani' }, width: 800, height: 600 },
  history: [
    { date: '2006', text: { bg: 'Подписан е договор.', en: 'An agreement is signed.' } },
    { date: '2019-06', text: 'Дни на Казанлък в Кочани' },
  ],
});

const luxorAlexandria = city({
  id: 'luxor-alexandria',
  kind: 'friendly',
  places: [
    { name: { bg: 'Луксор', en: 'Luxor' } },
    { name: { bg: 'Александрия', en: 'Alexandria' } },
  ],
  country: { code: 'EG', name: { bg: 'Египет', en: 'Egypt' } },
});

const jungnang = city({
  id: 'jungnang-gu',
  kind: 'twin',
  places: [
    { name: { bg: 'Сеул', en: 'Seoul' }, district: { bg: 'Джунгнанг-гу', en: 'Jungnang-gu' } },
  ],
  country: { code: 'KR', name: { bg: 'Южна Корея', en: 'South Korea' } },
});

const ohrid = city({
  id: 'ohrid',
  kind: 'twin',
  places: [{ name: { bg: 'Охрид', en: 'Ohrid' } }],
  country: { code: 'MK', name: { bg: 'Северна Македония', en: 'North Macedonia' } },
});

const veria = city({
  id: 'veria',
  kind: 'twin',
  places: [{ name: { bg: 'Бер' } }],
  country: { code: 'GR', name: { bg: 'Гърция', en: 'Greece' } },
});

describe('TwinCity', () => {
  it('accepts the full Kochani record and a minimal one', () => {
    assert.equal(kochani.mayor?.names[1]?.lang, 'mk-Latn');
    assert.equal(kochani.history?.length, 2);
    assert.deepEqual(city(minimalTwinCity('ohrid')).id, 'ohrid');
  });

  it('reports a bad history date with its index', () => {
    const input = minimalTwinCity('kochani', {
      history: [{ date: '2006', text: 'a' }, { text: 'b' }, { date: '2021-13', text: 'c' }],
    });
    assert.deepEqual(issuesOf(TwinCity, input), [
      { path: 'history[2].date', message: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('reports every problem with its path', () => {
    const input = {
      id: 'Kochani',
      kind: 'sister',
      places: [],
      country: { code: 'mk', name: '' },
      since: 206,
      cityHoliday: { name: 'x', month: 13, day: 0 },
      mayor: { names: [{ text: '', lang: 'Macedonian' }] },
      url: 'javascript:alert(1)',
      image: { src: 'data:image/svg+xml,<svg/>', alt: 'x', width: 1.5 },
    };
    assert.deepEqual(pathsOf(TwinCity, input), [
      'id',
      'kind',
      'places[0]',
      'country.code',
      'country.name',
      'since',
      'cityHoliday.month',
      'cityHoliday.day',
      'mayor.names[0].text',
      'mayor.names[0].lang',
      'url',
      'image.src',
      'image.width',
    ]);
  });

  it('requires id, kind, places and country', () => {
    assert.deepEqual(pathsOf(TwinCity, {}), ['id', 'kind', 'places', 'country']);
  });
});

describe('the parts of a twin city', () => {
  it('Slug: lowercase ASCII letters, digits and single dashes', () => {
    for (const slug of ['kochani', 'luxor-alexandria', 'jungnang-gu', 'a1'])
      assert.equal(decodeOrThrow(Slug, slug), slug);
    for (const slug of ['Kochani', 'кочани', 'a--b', '-a', 'a-', '', 'a b', 'a_b'])
      assert.deepEqual(pathsOf(Slug, slug), ['(document)'], slug);
  });

  it('Country: an ISO 3166-1 alpha-2 code and a name', () => {
    assert.deepEqual(decodeOrThrow(Country, { code: 'MK', name: 'North Macedonia' }), {
      code: 'MK',
      name: 'North Macedonia',
    });
    assert.deepEqual(pathsOf(Country, { code: 'MKD', name: 'x' }), ['code']);
  });

  it('Holiday: a day, or a season in words', () => {
    assert.deepEqual(
      decodeOrThrow(Holiday, { name: 'Days of Kochani Rice', period: { en: 'late September' } })
        .period,
      { en: 'late September' },
    );
    assert.deepEqual(pathsOf(Holiday, { name: 'x', month: 2.5 }), ['month']);
    assert.deepEqual(pathsOf(Holiday, { name: 'x', day: 32 }), ['day']);
  });

  it('ScriptName: text tagged with a BCP 47 language', () => {
    assert.deepEqual(decodeOrThrow(ScriptName, { text: 'Ljupčo Papazov', lang: 'mk-Latn' }), {
      text: 'Ljupčo Papazov',
      lang: 'mk-Latn',
    });
    assert.deepEqual(pathsOf(ScriptName, { text: 'x', lang: 'MK' }), ['lang']);
  });

  it('Image: a safe source and alternative text', () => {
    assert.deepEqual(pathsOf(Image, { src: 'img/a.jpg' }), ['alt']);
    assert.deepEqual(pathsOf(Image, { src: ' javascript:alert(1)', alt: 'x' }), ['src']);
  });
});

describe('formatTwinCityName', () => {
  it('names one city', () => {
    assert.equal(formatTwinCityName(kochani, 'bg', 'bg'), 'Кочани');
    assert.equal(formatTwinCityName(kochani, 'en', 'bg'), 'Kochani');
  });

  it('joins two cities with the locale\u2019s conjunction', () => {
    assert.equal(formatTwinCityName(luxorAlexandria, 'bg', 'bg'), 'Луксор и Александрия');
    assert.equal(formatTwinCityName(luxorAlexandria, 'en', 'bg'), 'Luxor and Alexandria');
  });

  it('puts a district before its city', () => {
    assert.equal(formatTwinCityName(jungnang, 'bg', 'bg'), 'Джунгнанг-гу, Сеул');
    assert.equal(formatTwinCityName(jungnang, 'en', 'bg'), 'Jungnang-gu, Seoul');
  });

  it('falls back to the default locale for a missing translation', () => {
    assert.equal(formatTwinCityName(veria, 'en', 'bg'), 'Бер');
  });
});

describe('findTwinCity', () => {
  it('finds a city by id, or nothing', () => {
    assert.equal(findTwinCity([ohrid, kochani], 'kochani'), kochani);
    assert.equal(findTwinCity([ohrid, kochani], 'skopje'), undefined);
  });
});

describe('sortTwinCities', () => {
  const cities = [ohrid, luxorAlexandria, kochani, jungnang, veria];

  it('sorts by name with the locale\u2019s collation', () => {
    assert.deepEqual(
      sortTwinCities(cities, 'name', 'bg', 'bg').map((c) => c.id),
      ['veria', 'jungnang-gu', 'kochani', 'luxor-alexandria', 'ohrid'],
    );
    assert.deepEqual(
      sortTwinCities(cities, 'name', 'en', 'bg').map((c) => c.id),
      ['jungnang-gu', 'kochani', 'luxor-alexandria', 'ohrid', 'veria'],
    );
  });

  it('sorts by country, then by name', () => {
    assert.deepEqual(
      sortTwinCities(cities, 'country', 'en', 'bg').map((c) => c.id),
      ['luxor-alexandria', 'veria', 'kochani', 'ohrid', 'jungnang-gu'],
    );
    assert.deepEqual(
      sortTwinCities(cities, 'country', 'bg', 'bg').map((c) => c.id),
      ['veria', 'luxor-alexandria', 'kochani', 'ohrid', 'jungnang-gu'],
    );
  });

  it('does not reorder its input', () => {
    const input = [ohrid, kochani];
    sortTwinCities(input, 'name', 'en', 'bg');
    assert.deepEqual(input, [ohrid, kochani]);
  });
});

describe('formatHolidayDate and holidayDateTime', () => {
  const holiday = (input: unknown) => decodeOrThrow(Holiday, input);

  it('formats the day and the month, never a year', () => {
    const independence = holiday({ name: 'x', month: 9, day: 8 });
    assert.equal(formatHolidayDate(independence, 'bg'), '8 септември');
    assert.equal(formatHolidayDate(independence, 'en'), '8 September');
    assert.equal(holidayDateTime(independence), '09-08');
    assert.equal(formatHolidayDate(holiday({ name: 'x', month: 2, day: 29 }), 'en'), '29 February');
  });

  it('gives the month alone when the day is not known, and nothing for a season', () => {
    const month = holiday({ name: 'x', month: 10 });
    assert.equal(formatHolidayDate(month, 'bg'), 'октомври');
    assert.equal(formatHolidayDate(month, 'en'), 'October');
    assert.equal(holidayDateTime(month), undefined);
    const season = holiday({ name: 'x', period: { en: 'late September' } });
    assert.equal(formatHolidayDate(season, 'en'), undefined);
    assert.equal(holidayDateTime(season), undefined);
  });
});
