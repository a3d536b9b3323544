// 320 px wide (WCAG 1.4.10 reflow): nothing scrolls sideways and nothing sticks out of the
// screen, for the demo in both languages and for documents with names in other scripts
// (Japanese, Chinese, Korean, Vietnamese, Arabic, Persian), very long words, empty lists and
// missing optional fields; with every disclosure closed and then opened.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  elementNames,
  everyElement,
  kazanlak,
  launchChromium,
  page,
  scriptErrors,
  settle,
  startStaticServer,
  survey,
  tag,
  watch,
} from './support.js';

const width = 320;

// ---- the documents --------------------------------------------------------------------------

/** Twin cities named in their own scripts (both locales), with RTL and CJK details. */
const worldNames = {
  munakata: {
    place: '宗像市',
    country: '日本',
    mayor: { text: '伊豆美沙子', lang: 'ja' },
    text: '宗像市は福岡県の北部に位置する市で、世界遺産「神宿る島」宗像・沖ノ島と関連遺産群があります。',
  },
  fukuyama: { place: '福山市', country: '日本' },
  jinan: {
    place: '济南市',
    country: '中华人民共和国',
    mayor: { text: '于海田', lang: 'zh' },
    text: '济南市是山东省省会，以泉水闻名，被称为泉城。',
  },
  'jungnang-gu-seoul': {
    place: '서울특별시',
    district: '중랑구',
    country: '대한민국',
    mayor: { text: '류경기', lang: 'ko' },
    text: '중랑구는 서울특별시 동북부에 위치한 자치구로 중랑천이 흐릅니다.',
  },
  'lai-chau': {
    place: 'Thành phố Lai Châu',
    country: 'Cộng hòa Xã hội chủ nghĩa Việt Nam',
    mayor: { text: 'Nguyễn Thị Hồng Nhung', lang: 'vi' },
    text: 'Lai Châu là một tỉnh miền núi thuộc vùng Tây Bắc Bộ, Việt Nam, giáp với Trung Quốc.',
  },
  blida: {
    place: 'البليدة',
    country: 'الجمهورية الجزائرية الديمقراطية الشعبية',
    mayor: { text: 'عبد القادر بن عيسى', lang: 'ar' },
    text: 'البليدة مدينة جزائرية تقع في سفح جبال الأطلس البليدي، وتلقب بمدينة الورود.',
  },
  kashan: {
    place: 'کاشان',
    country: 'جمهوری اسلامی ایران',
    mayor: { text: 'سید سعید ابریشمی راد', lang: 'fa' },
    text: 'کاشان شهری در استان اصفهان است و به گلاب و فرش و باغ فین شهرت دارد.',
  },
  'luxor-alexandria': { places: ['الأقصر', 'الإسكندرية'], country: 'جمهورية مصر العربية' },
};

const worldDocument = () => {
  const doc = kazanlak();
  for (const city of doc.twinCities) {
    const native = worldNames[city.id];
    if (!native) continue;
    const both = (text) => ({ bg: text, en: text });
    city.places = (native.places ?? [native.place]).map((name) => ({
      name: both(name),
      ...(native.district ? { district: both(native.district) } : {}),
    }));
    city.country.name = both(native.country);
    if (native.mayor)
      city.mayor = {
        names: [
          native.mayor,
          { text: `${native.mayor.text} (${city.id})`, lang: `${native.mayor.lang}-Latn` },
        ],
      };
    if (native.text) {
      city.since = 2001;
      city.description = both(native.text.repeat(3));
      city.cityHoliday = {
        name: both(native.text.slice(0, 20)),
        period: both(native.text.slice(0, 30)),
      };
      city.nationalHoliday = { name: both(native.country), month: 3, day: 21 };
      city.history = [
        { date: '2001', text: both(native.text) },
        { date: '2019-06', text: both(native.text.repeat(2)) },
        { date: '2024-03-21', text: both(`${native.place} ${native.country}`) },
      ];
      city.url = 'https://example.org/';
    }
  }
  return doc;
};

const textKeys = new Set(['bg', 'en', 'text']);
const mapStrings = (value, replace, key = '') => {
  if (typeof value === 'string') return replace(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace, k)]),
    );
  return value;
};

/** Every text with an 80-character word in it; long e-mail addresses too. */
const longWordsDocument = () => {
  const words = { bg: 'Ж'.repeat(80), en: 'W'.repeat(80), text: 'Щ'.repeat(80) };
  const doc = mapStrings(kazanlak(), (text, key) =>
    textKeys.has(key) ? `${words[key]} ${text} ${words[key]}` : text,
  );
  const email = `${'a'.repeat(64)}@${'b'.repeat(60)}.kazanlak.bg`;
  doc.emails = [email, ...doc.emails];
  for (const contact of doc.contacts) contact.emails = [email];
  doc.twinCities[5].mayor.names.push({ text: 'Ь'.repeat(80), lang: 'mk' });
  doc.pages[0].breadcrumbs = [
    ...doc.pages[0].breadcrumbs.slice(0, -1),
    ...doc.pages[0].breadcrumbs.slice(-1),
  ];
  return doc;
};

/** Every list empty and every optional field left out, except what an element needs to select. */
const emptyDocument = () => ({
  id: 'empty',
  defaultLocale: 'bg',
  languageVersions: [{ locale: 'bg', url: './' }],
  name: 'Община',
  homeUrl: '/',
  coatOfArms: { src: 'kazanlak-coat-of-arms.svg', alt: 'Герб' },
  utilityLinks: [],
  mainNavigation: [],
  sectionNavigation: { label: 'Раздел', items: [] },
  footer: { legalLinks: [] },
  address: { streetAddress: 'ул. 1', locality: 'Казанлък', postalCode: '6100', country: 'BG' },
  phones: [],
  emails: [],
  socialLinks: [],
  officeHours: [],
  contacts: [],
  twinCities: [
    {
      id: 'kochani',
      kind: 'twin',
      places: [{ name: 'Кочани' }],
      country: { code: 'MK', name: 'Северна Македония' },
      history: [],
    },
  ],
  copyrightHolder: 'Община',
  pages: [{ id: 'twin-city-kochani', title: 'Кочани', url: '/kochani', breadcrumbs: [] }],
});

/** Only the required fields; no sectionNavigation, pages, tagline, weather, hotline, history. */
const minimalDocument = () => {
  const doc = emptyDocument();
  delete doc.sectionNavigation;
  delete doc.pages;
  doc.twinCities = [
    {
      id: 'kochani',
      kind: 'friendly',
      places: [{ name: 'Кочани' }],
      country: { code: 'MK', name: 'Северна Македония' },
    },
  ];
  doc.officeHours = [{ id: 'office', name: 'Офис', periods: [] }];
  doc.contacts = [{ label: 'Деловодство', phones: [] }];
  return doc;
};

// ---- the page -------------------------------------------------------------------------------

const documents = {
  world: {
    build: worldDocument,
    cities: [
      'kochani',
      'kashan',
      'blida',
      'munakata',
      'jungnang-gu-seoul',
      'lai-chau',
      'jinan',
      'luxor-alexandria',
    ],
  },
  long: { build: longWordsDocument, cities: ['kochani'] },
  empty: { build: emptyDocument, cities: ['kochani'] },
  minimal: { build: minimalDocument, cities: ['kochani'], unselectable: ['muni-breadcrumbs'] },
};

const pageFor = (name, lang) => {
  const { cities } = documents[name];
  const src = `/narrow/${name}.json`;
  return page({
    lang,
    head: '<link rel="stylesheet" href="/muni-kit.css" />',
    body: [
      everyElement(
        { src },
        { only: elementNames.filter((t) => t !== 'muni-twin-city-card' && t !== 'muni-timeline') },
      ),
      tag('muni-twin-city-list', { src, variant: 'cards', sort: 'country' }),
      ...cities.flatMap((id) => [
        tag('muni-twin-city-card', { src, 'twin-city': id }),
        tag('muni-timeline', { src, 'twin-city': id }),
      ]),
    ].join('\n'),
  });
};

/**
 * In the page: the boxes and the text (each text node's own extent, which a box's does not
 * show when a word overflows it) that stick out of the viewport, inside every shadow root.
 */
const findOverflow = () => {
  const viewport = document.documentElement.clientWidth;
  const found = [];
  const describe = (node) => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const host = element.getRootNode().host;
    return `<${host?.localName}> ${element.localName}.${[...element.classList].join('.')} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
  };
  const hiddenByDesign = (element) => {
    const style = getComputedStyle(element);
    return (
      style.clipPath !== 'none' ||
      style.position === 'fixed' ||
      element.closest('.visually-hidden') !== null
    );
  };
  const outside = (rect) => rect.width > 0 && (rect.right > viewport + 0.5 || rect.left < -0.5);
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (!(element.getRootNode() instanceof ShadowRoot)) continue;
      if (!element.checkVisibility({ visibilityProperty: true }) || hiddenByDesign(element))
        continue;
      const rect = element.getBoundingClientRect();
      if (outside(rect))
        found.push(`${describe(element)} box ${rect.left.toFixed(0)}–${rect.right.toFixed(0)}`);
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (outside(line)) {
            found.push(`${describe(node)} text ${line.left.toFixed(0)}–${line.right.toFixed(0)}`);
            break;
          }
        }
      }
    }
  };
  visit(document);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    viewport,
    found: [...new Set(found)],
  };
};

/** In the page: opens the drawer and every closed disclosure (menus, groups, breadcrumbs). */
const openEverything = async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const all = (selector) => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.getRootNode() instanceof ShadowRoot && element.matches(selector))
          found.push(element);
      }
    };
    visit(document);
    return found;
  };
  let opened = 0;
  for (const button of all('button[aria-expanded="false"]:not([part~="menu-button"])')) {
    if (!button.checkVisibility() || button.getAttribute('aria-expanded') !== 'false') continue;
    button.click();
    opened++;
    await frame();
  }
  const menuButton = all('button[part~="menu-button"]').find((button) => button.checkVisibility());
  if (menuButton) {
    menuButton.click();
    await frame();
    // In the drawer: open each section in turn and keep the last open.
    for (const toggle of all('dialog[open] [part~="toggle"]')) {
      toggle.click();
      opened++;
      await frame();
    }
  }
  return { opened, drawer: all('dialog[open]').length };
};

describe(`${width} px wide: no horizontal overflow`, () => {
  let browser;
  let server;

  before(async () => {
    const pages = {};
    for (const [name, { build }] of Object.entries(documents)) {
      pages[`/narrow/${name}.json`] = JSON.stringify(build());
      pages[`/narrow/${name}.html`] = pageFor(name, 'bg');
      pages[`/narrow/${name}-en.html`] = pageFor(name, 'en');
    }
    // The check finds overflow where there is some: a part styled not to wrap.
    pages['/narrow/control.html'] = page({
      head: '<style>muni-timeline::part(event) { white-space: nowrap; }</style>',
      body: tag('muni-timeline', { src: '/kazanlak.json', 'twin-city': 'kochani' }),
    });
    server = await startStaticServer({ pages });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path) => {
    const context = await browser.newContext({
      viewport: { width, height: 640 },
      deviceScaleFactor: 1,
    });
    const tab = await context.newPage();
    const seen = await watch(tab);
    await tab.goto(`${server.url}${path}`);
    await settle(tab);
    return { context, tab, seen };
  };

  const assertNoOverflow = (result, what) => {
    assert.deepEqual(result.found, [], `${what}: nothing sticks out`);
    assert.ok(result.scrollWidth <= width, `${what}: scrollWidth ${result.scrollWidth} ≤ ${width}`);
  };

  for (const [path, lang] of [
    ['/', 'bg'],
    ['/?lang=en', 'en'],
  ]) {
    it(`the demo in ${lang}, closed and with everything open`, async () => {
      const { context, tab, seen } = await open(path);
      try {
        assert.equal(await tab.evaluate(() => document.documentElement.lang), lang);
        assertNoOverflow(await tab.evaluate(findOverflow), 'closed');
        const { opened, drawer } = await tab.evaluate(openEverything);
        assert.ok(opened > 3 && drawer === 1, `opened ${opened} disclosures and the drawer`);
        assertNoOverflow(await tab.evaluate(findOverflow), 'open');
        assert.deepEqual(seen.pageErrors, []);
        assert.deepEqual(scriptErrors(seen), []);
      } finally {
        await context.close();
      }
    });
  }

  for (const name of Object.keys(documents)) {
    for (const lang of ['bg', 'en']) {
      it(`the ${name} document, every element, in ${lang}`, async () => {
        const { context, tab, seen } = await open(
          `/narrow/${name}${lang === 'en' ? '-en' : ''}.html`,
        );
        try {
          const elements = await survey(tab);
          for (const element of elements) {
            if (documents[name].unselectable?.includes(element.tag)) continue;
            assert.equal(element.alert, null, `<${element.tag}> renders the ${name} document`);
          }
          assertNoOverflow(await tab.evaluate(findOverflow), 'closed');
          await tab.evaluate(openEverything);
          assertNoOverflow(await tab.evaluate(findOverflow), 'open');
          assert.deepEqual(seen.pageErrors, []);
          if (!documents[name].unselectable) assert.deepEqual(scriptErrors(seen), []);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('the check itself finds overflow (a part styled not to wrap)', async () => {
    const { context, tab } = await open('/narrow/control.html');
    try {
      const result = await tab.evaluate(findOverflow);
      assert.ok(
        result.found.some((entry) => entry.includes('muni-timeline')),
        JSON.stringify(result.found.slice(0, 3)),
      );
      // Also in the year groups far below the fold, which skip rendering (content-visibility:
      // auto): measuring them forces their layout.
      assert.ok(
        result.found.some((entry) => entry.includes('Отношенията')),
        'the last event is checked too',
      );
    } finally {
      await context.close();
    }
  });
});
