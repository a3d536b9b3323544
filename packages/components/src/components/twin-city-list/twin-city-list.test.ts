import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './twin-city-list.js';
import type { MuniTwinCityList } from './twin-city-list.js';
import {
  describeDataContract,
  kazanlak,
  kazanlakUrl,
  mount,
  shadow,
  viewport,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-twin-city-list',
  expectedText: { bg: 'Кочани – Северна Македония', en: 'Kochani – North Macedonia' },
});

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();
const linkTexts = (root: ParentNode) =>
  [...root.querySelectorAll('a[part="link"]')].map((a) => clean(a.textContent));
const cardNames = (root: ParentNode) =>
  [...root.querySelectorAll('.card-name')].map((h) => clean(h.textContent));
const kochaniPage = '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani';

const ids = [
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
];

const countries = [
  { code: 'JP', name: { bg: 'Япония', en: 'Japan' } },
  { code: 'CN', name: { bg: 'Китай', en: 'China' } },
  { code: 'IR', name: { bg: 'Иран', en: 'Iran' } },
];

/** `count` cities, every tenth a friendly one. */
const manyCities = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `city-${i + 1}`,
    kind: i % 10 === 9 ? 'friendly' : 'twin',
    places: [{ name: { bg: `Град ${i + 1}`, en: `City ${i + 1}` } }],
    country: countries[i % countries.length],
    since: 1950 + (i % 70),
    pageUrl: `/twin-cities/city-${i + 1}`,
  }));

describe('muni-twin-city-list', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('links to the pages of the 18 twin cities, in the data\u2019s order, as on the reference page', async () => {
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { src: kazanlakUrl, lang: 'bg' },
    });
    const root = shadow(element);
    const nav = root.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Побратимени и приятелски градове');
    expect(clean(root.querySelector('h2')!.textContent)).to.equal('Побратимени градове');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
    expect(links).to.have.length(18);
    expect(links.map((a) => new URL(a.href).pathname)).to.deep.equal(
      ids.map((id) => `/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/${id}`),
    );
    expect(clean(links[0]!.textContent)).to.equal('Надканижа – Унгария');
    expect(clean(links[5]!.textContent)).to.equal('Кочани – Северна Македония');
    expect(clean(links[7]!.textContent)).to.equal('Луксор и Александрия – Египет');
    expect(clean(links[14]!.textContent)).to.equal('Джунгнанг-гу, Сеул – Южна Корея');
    for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('names the cities in English', async () => {
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { src: kazanlakUrl, lang: 'en' },
    });
    const texts = linkTexts(shadow(element));
    expect(texts[7]).to.equal('Luxor and Alexandria – Egypt');
    expect(texts[9]).to.equal('Târgoviște – Romania');
    expect(clean(shadow(element).querySelector('h2')!.textContent)).to.equal('Twin cities');
  });

  it('marks the current city\u2019s link with aria-current="page"', async () => {
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { src: kazanlakUrl, 'current-url': `${kochaniPage}/#history` },
    });
    const root = shadow(element);
    const current = root.querySelectorAll('[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('page');
    expect(clean(current[0]!.textContent)).to.equal('Кочани – Северна Македония');
    element.currentUrl = '/elsewhere';
    await element.updateComplete;
    expect(root.querySelectorAll('[aria-current]')).to.have.length(0);
    // Without current-url, the browser's own URL (the test page here: no city).
    element.currentUrl = undefined;
    await element.updateComplete;
    expect(root.querySelectorAll('[aria-current]')).to.have.length(0);
    element.currentUrl = 'http://[bad';
    await element.updateComplete;
    expect(root.querySelectorAll('[aria-current]')).to.have.length(0);
  });

  it('sorts by name and by country with each language\u2019s collation', async () => {
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { src: kazanlakUrl, lang: 'bg', sort: 'name' },
    });
    const root = shadow(element);
    const byNameBg = linkTexts(root).map((t) => t.split(' – ')[0]);
    expect(byNameBg).to.deep.equal([
      'Блида',
      'Верия',
      'Грас',
      'Джунгнанг-гу, Сеул',
      'Дзинан',
      'Дидимотика',
      'Кацаго Сан Мартино',
      'Кашан',
      'Кочани',
      'Кремона',
      'Лай Чау',
      'Луксор и Александрия',
      'Мунаката',
      'Надканижа',
      'Сент Ерблен',
      'Толиати',
      'Търговище',
      'Фукуяма',
    ]);
    element.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const byNameEn = linkTexts(root).map((t) => t.split(' – ')[0]);
    expect(byNameEn.slice(0, 4)).to.deep.equal([
      'Blida',
      'Cazzago San Martino',
      'Cremona',
      'Didymoteicho',
    ]);
    expect(byNameEn.slice(-4)).to.deep.equal(['Saint-Herblain', 'Târgoviște', 'Tolyatti', 'Veria']);

    element.sort = 'country';
    await element.updateComplete;
    const byCountryEn = linkTexts(root);
    expect(byCountryEn.slice(0, 5)).to.deep.equal([
      'Blida – Algeria',
      'Jinan – China',
      'Luxor and Alexandria – Egypt',
      'Grasse – France',
      'Saint-Herblain – France',
    ]);
    expect(byCountryEn.slice(-3)).to.deep.equal([
      'Tolyatti – Russia',
      'Jungnang-gu, Seoul – South Korea',
      'Lai Chau – Vietnam',
    ]);
    element.setAttribute('lang', 'bg');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const byCountryBg = linkTexts(root);
    expect(byCountryBg.slice(0, 4)).to.deep.equal([
      'Блида – Алжир',
      'Лай Чау – Виетнам',
      'Верия – Гърция',
      'Дидимотика – Гърция',
    ]);
    expect(byCountryBg.slice(-2)).to.deep.equal(['Мунаката – Япония', 'Фукуяма – Япония']);
  });

  it('lets the reader sort with a labelled control when sortable, by keyboard', async () => {
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { src: kazanlakUrl, lang: 'en', sortable: '', variant: 'cards' },
    });
    const root = shadow(element);
    const select = root.querySelector('select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Sort by');
    expect([...select.options].map((o) => o.text)).to.deep.equal([
      'Default order',
      'Name',
      'Country',
    ]);
    expect(cardNames(root)[0]).to.equal('Nagykanizsa');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(select.value).to.equal('name');
    expect(element.sort).to.equal('name');
    expect(element.getAttribute('sort')).to.equal('name');
    expect(cardNames(root)[0]).to.equal('Blida');
    select.value = 'country';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(cardNames(root).slice(0, 2)).to.deep.equal(['Blida', 'Jinan']);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.sort).to.equal(undefined);
    expect(cardNames(root)[0]).to.equal('Nagykanizsa');
    await expect(element).to.be.accessible();
  });

  it('shows cards with name, country and since, each card one link', async () => {
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { src: kazanlakUrl, lang: 'bg', variant: 'cards', 'current-url': kochaniPage },
    });
    const root = shadow(element);
    expect(root.querySelector('nav')).to.equal(null);
    const cards = [...root.querySelectorAll('li.card')];
    expect(cards).to.have.length(18);
    const kochani = cards[5]!;
    expect(clean(kochani.querySelector('h3')!.textContent)).to.equal('Кочани');
    expect(clean(kochani.querySelector('.card-country')!.textContent)).to.equal(
      'Северна Македония',
    );
    expect(clean(kochani.querySelector('.card-since')!.textContent)).to.equal(
      'Побратимен град от 1995 г.',
    );
    expect(kochani.querySelector('a')!.getAttribute('aria-current')).to.equal('page');
    expect(kochani.querySelectorAll('a')).to.have.length(1);
    // The whole card is the link's target.
    const link = kochani.querySelector('a')!;
    const stretched = getComputedStyle(link, '::after');
    expect(stretched.position).to.equal('absolute');
    await expect(element).to.be.accessible();
  });

  it('filters by kind, with a heading per group only when both kinds are shown', async () => {
    const data = await kazanlak();
    for (const city of data.twinCities.slice(15)) city.kind = 'friendly';
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { lang: 'en' },
      data,
    });
    const root = shadow(element);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Twin cities',
      'Friendly cities',
    ]);
    expect(root.querySelectorAll('[part="group"]')[1]!.querySelectorAll('a')).to.have.length(3);

    element.kind = 'friendly';
    await element.updateComplete;
    expect(root.querySelectorAll('h2')).to.have.length(0);
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Friendly cities');
    expect(linkTexts(root)).to.deep.equal([
      'Cazzago San Martino – Italy',
      'Kashan – Iran',
      'Didymoteicho – Greece',
    ]);

    element.kind = 'twin';
    await element.updateComplete;
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Twin cities');
    expect(linkTexts(root)).to.have.length(15);

    element.setAttribute('kind', 'nonsense');
    await element.updateComplete;
    expect(linkTexts(root)).to.have.length(18);

    element.variant = 'cards';
    element.headingLevel = 3;
    await element.updateComplete;
    expect(root.querySelectorAll('h3.group-heading')).to.have.length(2);
    expect(root.querySelectorAll('h4.card-name')).to.have.length(18);
    element.kind = 'twin';
    await element.updateComplete;
    expect(root.querySelectorAll('h3.card-name')).to.have.length(15);
    expect(root.querySelector('ul')!.getAttribute('aria-label')).to.equal('Twin cities');
    element.setAttribute('heading-level', 'x');
    await element.updateComplete;
    expect(root.querySelectorAll('h2.card-name')).to.have.length(15);
    await expect(element).to.be.accessible();
  });

  it('skips an empty group and says so when there are no cities at all', async () => {
    const data = await kazanlak();
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { lang: 'bg', kind: 'friendly' },
      data,
    });
    expect(shadow(element).querySelector('[part="empty"]')!.textContent).to.equal(
      'Все още няма побратимени или приятелски градове.',
    );
    data.twinCities = [];
    const all = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { lang: 'en' },
      data,
    });
    expect(shadow(all).querySelector('[part="empty"]')!.textContent).to.equal(
      'There are no twin or friendly cities yet.',
    );
    await expect(all).to.be.accessible();
  });

  it('shows a city without a page as text, and a fallback country name in its language', async () => {
    const data = await kazanlak();
    delete data.twinCities[0].pageUrl;
    data.twinCities[1].country.name = { bg: 'Италия' };
    delete data.twinCities[2].pageUrl;
    const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
      attributes: { lang: 'en' },
      data,
    });
    const root = shadow(element);
    expect(root.querySelectorAll('a')).to.have.length(16);
    expect(clean(root.querySelector('li')!.textContent)).to.equal('Nagykanizsa – Hungary');
    expect(root.querySelector('span[lang="bg"]')!.textContent).to.equal('Италия');
    element.variant = 'cards';
    await element.updateComplete;
    expect(cardNames(root)[0]).to.equal('Nagykanizsa');
    expect(root.querySelectorAll('.card a')).to.have.length(16);
    expect(root.querySelector('.card-country[lang="bg"]')!.textContent).to.equal('Италия');
    await expect(element).to.be.accessible();
  });

  it('renders names in other scripts and long names without scrolling sideways at 320 px', async () => {
    await viewport(320, 640);
    const data = await kazanlak();
    const names = ['宗像市', '济南市', '중랑구', 'Lai Châu', 'البليدة', 'کاشان'];
    names.forEach((name, i) => (data.twinCities[i].places[0].name = { bg: name, en: name }));
    data.twinCities[6].places[0].name = {
      bg: 'Побратименоградскосътрудничествоикултуренобмен'.repeat(2),
      en: 'Twinnedcitycooperationandculturalexchange'.repeat(2),
    };
    for (const variant of ['links', 'cards']) {
      const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
        attributes: { lang: 'bg', variant, sortable: '' },
        data,
      });
      const root = shadow(element);
      const texts = variant === 'links' ? linkTexts(root) : cardNames(root);
      for (const [i, name] of names.entries()) expect(texts[i]).to.include(name);
      expect(document.documentElement.scrollWidth, variant).to.be.at.most(320);
      expect(element.scrollWidth, variant).to.be.at.most(element.clientWidth);
      await expect(element).to.be.accessible();
    }
  });

  // How fast is for the growth benchmark (bench/run.js); this holds what 1,800 cities render.
  it('renders 1,800 cities in both variants, sorted and grouped', async () => {
    const data = await kazanlak();
    data.twinCities = manyCities(1_800);
    for (const variant of ['links', 'cards']) {
      const element = await mount<MuniTwinCityList>('muni-twin-city-list', {
        attributes: { lang: 'bg', variant, sort: 'name' },
        data,
      });
      const root = shadow(element);
      expect(root.querySelectorAll('li')).to.have.length(1_800);
      expect(root.querySelectorAll('[part="group"]')[1]!.querySelectorAll('li')).to.have.length(
        180,
      );
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(clean(root.querySelector('li')!.textContent)).to.match(/^Град 1\b/u);
    }
  });
});
