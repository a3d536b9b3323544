import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import {
  decodeMunicipalityJson,
  findTrail,
  findTwinCity,
  formatTwinCityName,
  groupByYear,
  parsePartialDate,
  statusAt,
  type LocalizedText,
  type Municipality,
  type NavigationItem,
  type TwinCity,
} from './index.js';

const dataUrl = (file: string) => new URL(`../data/${file}`, import.meta.url);
const read = (file: string) => fs.readFileSync(dataUrl(file), 'utf8');

const load = (file: string): Municipality => {
  const result = decodeMunicipalityJson(read(file));
  if (!result.ok) assert.fail(`${file}: ${JSON.stringify(result.issues, null, 1)}`);
  return result.value;
};

const kazanlak = load('kazanlak.json');
const kochani = load('kochani.json');

const bg = (text: LocalizedText | undefined): string | undefined =>
  typeof text === 'string' ? text : text?.bg;
const en = (text: LocalizedText | undefined): string | undefined =>
  typeof text === 'string' ? text : text?.en;
const labels = (items: ReadonlyArray<NavigationItem> | undefined) =>
  (items ?? []).map((item) => bg(item.label));
const child = (items: ReadonlyArray<NavigationItem> | undefined, label: string): NavigationItem => {
  const found = (items ?? []).find((item) => bg(item.label) === label);
  if (!found) assert.fail(`no item "${label}" among ${JSON.stringify(labels(items))}`);
  return found;
};
const kochaniCity = (): TwinCity => {
  const city = findTwinCity(kazanlak.twinCities, 'kochani');
  if (!city) assert.fail('no twin city "kochani"');
  return city;
};

test('both data files decode, and the Kazanlak document names its JSON Schema first', () => {
  assert.ok(decodeMunicipalityJson(read('kazanlak.json')).ok);
  assert.ok(decodeMunicipalityJson(read('kochani.json')).ok);
  assert.equal(Object.keys(JSON.parse(read('kazanlak.json')) as object)[0], '$schema');
  assert.equal(kazanlak.$schema, '../schema/municipality.schema.json');
  assert.equal(kazanlak.id, 'kazanlak');
  assert.equal(kazanlak.defaultLocale, 'bg');
  assert.deepEqual(
    kazanlak.languageVersions.map((v) => [v.locale, v.url]),
    [
      ['bg', '/'],
      ['en', '/?lang=en'],
    ],
  );
});

test('header: name, tagline, coat of arms, utility links and the weather', () => {
  assert.deepEqual(kazanlak.name, { bg: 'Община Казанлък', en: 'Kazanlak Municipality' });
  assert.deepEqual(kazanlak.tagline, { bg: 'официален уеб сайт', en: 'official website' });
  assert.equal(kazanlak.homeUrl, '/');
  assert.equal(kazanlak.coatOfArms.src, 'kazanlak-coat-of-arms.svg');
  assert.equal(bg(kazanlak.coatOfArms.alt), 'Герб на община Казанлък');
  assert.deepEqual(
    kazanlak.utilityLinks.map((link) => [link.kind, bg(link.label)]),
    [
      ['accessibility', 'Достъпност'],
      ['council', 'Общински съвет'],
      ['contacts', 'Контакти'],
      ['report-issue', 'Подай сигнал'],
    ],
  );
  // The live weather of Kazanlak (42.6194 N, 25.3930 E) from Open-Meteo, in Sofia's time zone.
  const src = new URL(kazanlak.weather!.src!);
  assert.equal(src.origin + src.pathname, 'https://api.open-meteo.com/v1/forecast');
  assert.deepEqual(Object.fromEntries(src.searchParams), {
    latitude: '42.6194',
    longitude: '25.3930',
    current: 'temperature_2m,weather_code',
    timezone: 'Europe/Sofia',
  });
  assert.equal('temperatureCelsius' in kazanlak.weather!, false, 'no fixed temperature');
});

test('the coat-of-arms images sit next to the data and are small SVGs', () => {
  for (const doc of [kazanlak, kochani]) {
    const file = dataUrl(doc.coatOfArms.src);
    const svg = fs.readFileSync(file, 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    assert.ok(fs.statSync(file).size < 2048, `${doc.coatOfArms.src} is under 2 KB`);
  }
});

test('relative URLs resolve against the document URL', () => {
  const result = decodeMunicipalityJson(read('kazanlak.json'), {
    baseUrl: 'https://example.org/demo/kazanlak.json',
  });
  assert.ok(result.ok);
  assert.equal(result.value.coatOfArms.src, 'https://example.org/demo/kazanlak-coat-of-arms.svg');
  assert.equal(result.value.languageVersions[1]?.url, 'https://example.org/?lang=en');
  assert.equal(result.value.homeUrl, 'https://example.org/');
});

test('mega-menu: five sections with every item of the seed', () => {
  const nav = kazanlak.mainNavigation;
  assert.deepEqual(labels(nav), [
    'Администрация',
    'Информация',
    'За гражданите',
    'За бизнеса',
    'Актуално',
  ]);
  assert.deepEqual(
    nav.map((section) => section.children?.length),
    [4, 19, 10, 5, 8],
  );
  for (const section of nav) assert.match(section.url ?? '', /^\/[a-z-]+$/u);

  const admin = child(nav, 'Администрация').children;
  assert.deepEqual(labels(admin), ['Кмет', 'Администрация', 'История', 'Международни връзки']);
  const mayor = child(admin, 'Кмет').children;
  assert.deepEqual(labels(mayor), [
    'Галина Стоянова',
    'Биография',
    'Правомощия',
    'Управленски програми',
    'Отчети',
    'Приемен ден',
  ]);
  assert.equal(bg(mayor?.[0]?.description), 'Кмет на Община Казанлък');
  assert.deepEqual(labels(child(admin, 'Администрация').children), [
    'Структура',
    'Заместник – кмет',
    'Секретар',
    'Записване за приемен ден',
    'Кметове на кметства',
    'ЗПК',
    'Сигнали по ЗЗЛПСПОИН',
    'Административни актове',
    'Телефонен указател',
  ]);
  assert.deepEqual(labels(child(admin, 'История').children), [
    'Историческа справка',
    'Галерия',
    'Почетни граждани',
    'Карта на Община Казанлък',
  ]);
  assert.deepEqual(labels(child(nav, 'За бизнеса').children), [
    'Административно обслужване',
    'Профил на купувача',
    'Търгове',
    'Обществено обсъждане',
    'Индустриална зона',
  ]);
  assert.equal(bg(child(nav, 'Актуално').children?.[7]?.label), 'Спортен календар');
  assert.equal(bg(child(nav, 'Информация').children?.[18]?.label), 'Етажна собственост');

  const walk = (items: ReadonlyArray<NavigationItem>): void => {
    for (const item of items) {
      assert.match(item.url ?? '', /^\/[a-z0-9/-]*$/u, `root-relative url for ${bg(item.label)}`);
      assert.ok(en(item.label), `English label for ${bg(item.label)}`);
      walk(item.children ?? []);
    }
  };
  walk(nav);
});

test('section navigation: the sidebar with the 18 twin cities', () => {
  const section = kazanlak.sectionNavigation;
  assert.ok(section);
  assert.deepEqual(section.label, { bg: 'За общината', en: 'About the municipality' });
  assert.deepEqual(labels(section.items), [
    'Профил',
    'История',
    'Почетни граждани',
    'Международни връзки',
    'Неправителствени организации',
    'Видни личности',
    'Кметове през вековете',
    'Географска характеристика',
    'Фотогалерия',
  ]);
  const intl = child(section.items, 'Международни връзки').children;
  assert.deepEqual(labels(intl), [
    'Побратимени градове',
    'Приятелски градове',
    'Международно сътрудничество',
    'Членство на Казанлък в международни организации',
  ]);
  const twins = child(intl, 'Побратимени градове');
  assert.equal(twins.children?.length, 18);
  assert.equal(bg(twins.children?.[4]?.label), 'Толиати - Русия');
  assert.equal(bg(twins.children?.[5]?.label), 'Кочани – Македония');
  assert.equal(bg(twins.children?.[14]?.label), 'Джунгнанг-гу, Сеул - Южна Корея');

  // The mega-menu's "Побратими градове" and the sidebar's "Побратимени градове" are one page.
  const megaMenuTwins = child(
    child(child(kazanlak.mainNavigation, 'Администрация').children, 'Международни връзки').children,
    'Побратими градове',
  );
  assert.equal(megaMenuTwins.url, twins.url);

  // Every sidebar city links to the page its twin city names, in the same order.
  assert.deepEqual(
    twins.children?.map((item) => item.url),
    kazanlak.twinCities.map((city) => city.pageUrl),
  );
});

test('twin cities: 18 of them, with places and countries', () => {
  const cities = kazanlak.twinCities;
  assert.deepEqual(
    cities.map((city) => city.id),
    [
      'nagykanizsa',
      'cremona',
      'veria',
      'saint-herblain',
      'tolyatti',
      'kochani',
      'lai-chau',
      'luxor-alexandria',
      'grasse',
      'targoviste',
      'munakata',
      'fukuyama',
      'jinan',
      'blida',
      'jungnang-gu-seoul',
      'cazzago-san-martino',
      'kashan',
      'didymoteicho',
    ],
  );
  assert.ok(cities.every((city) => city.kind === 'twin'));
  const byId = (id: string) => findTwinCity(cities, id) ?? assert.fail(id);
  assert.equal(byId('luxor-alexandria').places.length, 2);
  assert.equal(formatTwinCityName(byId('luxor-alexandria'), 'bg', 'bg'), 'Луксор и Александрия');
  assert.equal(formatTwinCityName(byId('jungnang-gu-seoul'), 'bg', 'bg'), 'Джунгнанг-гу, Сеул');
  assert.equal(formatTwinCityName(byId('jungnang-gu-seoul'), 'en', 'bg'), 'Jungnang-gu, Seoul');
  assert.equal(byId('targoviste').country.code, 'RO');
  assert.equal(byId('blida').country.code, 'DZ');
  assert.equal(byId('jinan').country.code, 'CN');
  assert.deepEqual(byId('kochani').country, {
    code: 'MK',
    name: { bg: 'Северна Македония', en: 'North Macedonia' },
  });
});

test('Kochani: description, holidays, mayor in two scripts, website', () => {
  const city = kochaniCity();
  assert.equal(city.since, 1995);
  assert.match(
    bg(city.description) ?? '',
    /^Град Кочани се намира в източната част на Северна Македония, на 65 км от българската граница\./u,
  );
  assert.match(en(city.description) ?? '', /65 km/u);
  assert.deepEqual(city.cityHoliday, {
    name: { bg: 'Дни на кочанския ориз', en: 'Kochani Rice Days' },
    period: {
      bg: 'края на септември и началото на октомври',
      en: 'late September and early October',
    },
  });
  assert.equal(city.nationalHoliday?.month, 9);
  assert.equal(city.nationalHoliday?.day, 8);
  assert.deepEqual(city.mayor?.names, [
    { text: 'Льупчо Папазов', lang: 'mk' },
    { text: 'Ljupcho Papazov', lang: 'mk-Latn' },
  ]);
  assert.equal(city.url, 'https://www.kocani.gov.mk/');
  assert.equal(city.pageUrl, '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani');
});

test('Kochani: every bullet of the history, in order, as precise as the text', () => {
  const history = kochaniCity().history ?? [];
  assert.equal(history.length, 12);
  assert.deepEqual(
    history.map((event) => event.date),
    [
      '1995',
      '2006',
      '2007',
      '2009',
      '2010',
      '2018',
      '2019',
      '2019',
      '2021-06-05',
      '2022',
      '2023',
      undefined,
    ],
  );
  assert.equal(history.filter((event) => event.date !== undefined).length, 11);
  assert.equal(parsePartialDate(history[8]?.date ?? '')?.precision, 'day');
  assert.equal(parsePartialDate(history[0]?.date ?? '')?.precision, 'year');
  assert.equal(groupByYear(history).length, 11);
  assert.ok(
    bg(history[0]?.text)?.startsWith(
      'В края на 1995г. между Община Казанлък и Община Кочани е подписан Протокол за намерение',
    ),
  );
  assert.ok(bg(history[0]?.text)?.includes('през 1996г. е осъществен обмен на делегации'));
  assert.ok(bg(history[1]?.text)?.includes('НЧ „ЖАР“'));
  assert.ok(bg(history[7]?.text)?.includes('Ансамбъл „Люпчо Сантов”'));
  assert.ok(bg(history[8]?.text)?.includes('118-те Празници на розата'));
  assert.ok(bg(history[10]?.text)?.includes('юбилейния 120 Празник на розата'));
  assert.ok(bg(history[11]?.text)?.startsWith('Отношенията между двата града продължават'));
  for (const event of history) {
    assert.ok(en(event.text), 'every event is translated');
    assert.doesNotMatch(bg(event.text) ?? '', /\s{2}|\u00a0|^\s|\s$/u);
  }
});

test('footer: address, phones, e-mail, social links, legal links', () => {
  assert.deepEqual(kazanlak.address, {
    streetAddress: { bg: 'бул. "Розова Долина" 6', en: '6 Rozova Dolina Blvd.' },
    locality: { bg: 'гр. Казанлък', en: 'Kazanlak' },
    postalCode: '6100',
    country: 'BG',
  });
  assert.deepEqual(
    kazanlak.phones.map((phone) => [
      phone.number.e164,
      phone.number.display,
      phone.kind,
      bg(phone.label),
    ]),
    [
      ['+35943198201', '0431/98201', 'voice', 'Технически сътрудник на кмета'],
      ['+35943198201', '0431/98201', 'fax', 'факс'],
    ],
  );
  assert.deepEqual(kazanlak.emails, ['mayor@kazanlak.bg']);
  assert.deepEqual(
    kazanlak.socialLinks.map((link) => link.network),
    ['facebook', 'youtube'],
  );
  assert.ok(kazanlak.socialLinks.every((link) => link.url.startsWith('https://www.')));
  assert.deepEqual(labels(kazanlak.footer.legalLinks), [
    'Защита на личните данни',
    'Дарителска сметка',
    'Телефонен указател',
    'Карта на сайта',
  ]);
  assert.deepEqual(kazanlak.copyrightHolder, {
    bg: 'Община Казанлък',
    en: 'Kazanlak Municipality',
  });
});

test('office hours: three schedules as the seed gives them', () => {
  const hours = kazanlak.officeHours;
  assert.deepEqual(
    hours.map((h) => [
      bg(h.name),
      h.timeZone,
      h.periods[0]?.days.join(),
      h.periods[0]?.opens,
      h.periods[0]?.closes,
      h.periods[0]?.breaks,
    ]),
    [
      [
        'Център за административно обслужване на гражданите',
        'Europe/Sofia',
        'mon,tue,wed,thu,fri',
        '08:30',
        '17:00',
        undefined,
      ],
      ['Кметства', 'Europe/Sofia', 'mon,tue,wed,thu,fri', '08:00', '17:00', undefined],
      [
        'Общинска администрация',
        'Europe/Sofia',
        'mon,tue,wed,thu,fri',
        '08:30',
        '17:30',
        [{ from: '12:30', to: '13:30' }],
      ],
    ],
  );
  // Monday 23 June 2025, 13:00 in Sofia (UTC+3): the centre is open, the administration on its break.
  const mondayLunch = new Date('2025-06-23T10:00:00Z');
  assert.equal(statusAt(hours[0] ?? assert.fail(), mondayLunch).isOpen, true);
  assert.equal(statusAt(hours[2] ?? assert.fail(), mondayLunch).isOpen, false);
  // Saturday 21 June 2025 (the seed's date): everything is closed.
  assert.ok(hours.every((h) => !statusAt(h, new Date('2025-06-21T09:00:00Z')).isOpen));
});

test('office hours keep the Bulgarian holidays: closed on Liberation Day 2026, open the day after', () => {
  const hours = kazanlak.officeHours;
  assert.ok(hours.every((h) => h.holidays === 'bg'));
  // Tuesday 3 March 2026, 10:00 in Sofia.
  const status = statusAt(hours[0] ?? assert.fail(), new Date('2026-03-03T08:00:00Z'));
  assert.equal(status.isOpen, false);
  assert.equal(
    status.reason?.kind === 'holiday' ? status.reason.holiday.name.bg : undefined,
    'Ден на Освобождението',
  );
  assert.equal(
    status.isOpen ? undefined : status.opensAt?.toISOString(),
    '2026-03-04T06:30:00.000Z',
  );
});

test('hotline and the contacts directory', () => {
  assert.equal(bg(kazanlak.hotline?.label), 'Горещ телефон за сигнали');
  assert.equal(kazanlak.hotline?.phone.e164, '+35970040056');
  assert.equal(kazanlak.hotline?.phone.display, '0 700 400 56');
  assert.deepEqual(
    kazanlak.contacts.map((contact) => [
      bg(contact.label),
      contact.phones.map((phone) => phone.e164),
      contact.emails ?? [],
    ]),
    [
      ['ГРАО', ['+35943198346'], []],
      ['Местни приходи', ['+35943198373', '+35943198497'], []],
      ['Общо деловодство', ['+35943198248'], ['delovodstvo@kazanlak.bg']],
      ['Деловодство "Технически услуги"', ['+35943198256'], []],
      ['Общинско предприятие „КД и ПИС“', ['+35943163880'], []],
      ['Домашен социален патронаж', ['+35943163470'], []],
      ['Общински приют за бездомни кучета', ['+359887311884'], []],
      ['Балканинвест - гаражи', ['+359877431220'], []],
      ['Транспорт', ['+359885347723'], []],
    ],
  );
});

test('the Kochani page: title, date, views and breadcrumb trail', () => {
  const page = kazanlak.pages?.find((p) => p.id === 'twin-city-kochani') ?? assert.fail('no page');
  assert.deepEqual(page.title, {
    bg: 'Кочани – Северна Македония',
    en: 'Kochani – North Macedonia',
  });
  assert.equal(page.published, '2018-11-27');
  assert.equal(page.views, 864);
  assert.equal(page.twinCity, 'kochani');
  assert.equal(page.url, kochaniCity().pageUrl);
  assert.deepEqual(labels(page.breadcrumbs), [
    'Начало',
    'За общината',
    'Международни връзки',
    'Побратимени градове',
    'Кочани – Македония',
  ]);
  assert.equal(page.breadcrumbs[0]?.url, '/');
  assert.equal(page.breadcrumbs.at(-1)?.url, page.url);
  // The sidebar finds the same trail below "За общината".
  assert.deepEqual(labels(findTrail(kazanlak.sectionNavigation?.items ?? [], page.url)), [
    'Международни връзки',
    'Побратимени градове',
    'Кочани – Македония',
  ]);
});

/** Every text map of `document` that lacks one of `languages`, by path. */
const untranslated = (document: unknown, languages: readonly string[]): string[] => {
  const missing: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const isText =
        Object.keys(record).some((key) => languages.includes(key)) && !('locale' in record);
      if (isText && languages.some((language) => typeof record[language] !== 'string'))
        missing.push(path);
      for (const [key, field] of Object.entries(record)) walk(field, `${path}.${key}`);
    }
  };
  walk(document, '');
  return missing;
};

test('every text of Kazanlak is given in Bulgarian and in English, every text of Kochani in Macedonian and in English', () => {
  assert.deepEqual(untranslated(JSON.parse(read('kazanlak.json')), ['bg', 'en']), []);
  assert.deepEqual(untranslated(JSON.parse(read('kochani.json')), ['mk', 'en']), []);
});

test('Kochani, the second municipality: the same partnership seen from the other side', () => {
  assert.equal(kochani.id, 'kochani');
  assert.equal(kochani.defaultLocale, 'mk');
  assert.deepEqual(
    kochani.languageVersions.map((version) => version.locale),
    ['mk', 'en'],
  );
  assert.equal(kochani.address.country, 'MK');
  assert.equal(kochani.coatOfArms.src, 'kochani-coat-of-arms.svg');
  const kazanlakCity =
    findTwinCity(kochani.twinCities, 'kazanlak') ?? assert.fail('no twin city "kazanlak"');
  assert.equal(kazanlakCity.country.code, 'BG');
  assert.equal(kazanlakCity.since, 1995);
  assert.deepEqual(
    kazanlakCity.history?.map((event) => event.date),
    kochaniCity().history?.map((event) => event.date),
  );
  assert.equal(findTwinCity(kochani.twinCities, 'kazanlak')?.pageUrl, kochani.pages?.[0]?.url);
  assert.equal(en(kochani.tagline), 'example data for the muni-kit demo');
  const mk = (text: LocalizedText | undefined) => (typeof text === 'string' ? text : text?.['mk']);
  const section = kochani.mainNavigation.find((item) => mk(item.label) === 'Градоначалник');
  const mayor =
    section?.children?.find((item) => mk(item.label) === 'Љупчо Папазов') ??
    assert.fail('no mayor in the menu');
  assert.equal(en(mayor.label), 'Ljupcho Papazov');
  assert.equal(en(mayor.description), 'Mayor of the Municipality of Kochani');
});
