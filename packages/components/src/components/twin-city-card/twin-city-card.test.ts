import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './twin-city-card.js';
import type { MuniTwinCityCard } from './twin-city-card.js';
import {
  captureConsole,
  describeDataContract,
  kazanlak,
  kazanlakUrl,
  mount,
  settled,
  shadow,
  viewport,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-twin-city-card',
  attributes: { 'twin-city': 'kochani' },
  expectedText: { bg: 'Кочани – Северна Македония', en: 'Kochani – North Macedonia' },
  selectsTwinCity: true,
});

const coatOfArms = new URL('kochani-coat-of-arms.svg', kazanlakUrl).href;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

/** The description list as [term, details] pairs. */
const facts = (root: ParentNode) =>
  [...root.querySelectorAll('dl > div')].map((group) => [
    clean(group.querySelector('dt')!.textContent),
    clean(group.querySelector('dd')!.textContent),
  ]);

const withKochani = async (change: (city: Record<string, any>) => void) => {
  const data = await kazanlak();
  change(data.twinCities.find((city: { id: string }) => city.id === 'kochani'));
  return data;
};

describe('muni-twin-city-card', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows every fact about Kochani in Bulgarian', async () => {
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'bg' },
    });
    const root = shadow(element);
    const heading = root.querySelector('h2')!;
    expect(clean(heading.textContent)).to.equal('Кочани – Северна Македония');
    expect(root.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(clean(root.querySelector('[part="since"]')!.textContent)).to.equal(
      'Побратимен град от 1995 г.',
    );
    expect(root.querySelector('[part="description"]')!.textContent).to.include(
      'Град Кочани се намира в източната част на Северна Македония',
    );
    expect(facts(root)).to.deep.equal([
      ['Празник на града', 'Дни на кочанския ориз, края на септември и началото на октомври'],
      ['Национален празник', 'Ден на независимостта от Югославия, 8 септември'],
      ['Кмет', 'Льупчо Папазов, Ljupcho Papazov'],
    ]);
    expect(root.querySelector('dd time')!.getAttribute('datetime')).to.equal('09-08');
    expect(root.querySelector('img')).to.equal(null);
  });

  it('shows every fact about Kochani in English', async () => {
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'en' },
    });
    const root = shadow(element);
    expect(clean(root.querySelector('h2')!.textContent)).to.equal('Kochani – North Macedonia');
    expect(clean(root.querySelector('[part="since"]')!.textContent)).to.equal(
      'Twin city since 1995',
    );
    expect(facts(root)).to.deep.equal([
      ['City holiday', 'Kochani Rice Days, late September and early October'],
      ['National holiday', 'Independence Day (from Yugoslavia), 8 September'],
      ['Mayor', 'Льупчо Папазов, Ljupcho Papazov'],
    ]);
    const link = root.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(clean(link.textContent)).to.equal('Learn more about Kochani');
  });

  it('writes the mayor in each script with its own lang', async () => {
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'en' },
    });
    const names = [...shadow(element).querySelectorAll('dd span[lang]')].map((span) => [
      span.getAttribute('lang'),
      span.textContent,
    ]);
    expect(names).to.deep.equal([
      ['mk', 'Льупчо Папазов'],
      ['mk-Latn', 'Ljupcho Papazov'],
    ]);
  });

  it('links to the city\u2019s website with a name that says which city', async () => {
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'bg' },
    });
    const link = shadow(element).querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.getAttribute('href')).to.equal('https://www.kocani.gov.mk/');
    expect(clean(link.textContent)).to.equal('Научете повече за Кочани');
    // Only "Научете повече" is seen; the city's name is for screen readers.
    expect(link.querySelector('.visually-hidden')!.textContent).to.include('за Кочани');
    expect(link.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('changes the heading\u2019s level with heading-level', async () => {
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani' },
    });
    const root = shadow(element);
    expect(root.querySelector('h2')).to.exist;
    element.setAttribute('heading-level', '4');
    await element.updateComplete;
    expect(root.querySelector('h2')).to.equal(null);
    expect(clean(root.querySelector('h4')!.textContent)).to.equal('Кочани – Северна Македония');
    element.headingLevel = 0;
    await element.updateComplete;
    expect(root.querySelector('h1')).to.exist;
    element.setAttribute('heading-level', 'x');
    await element.updateComplete;
    expect(root.querySelector('h2')).to.exist;
  });

  it('shows the image with its alternative text and size', async () => {
    const data = await withKochani((city) => {
      city.image = {
        src: coatOfArms,
        alt: { bg: 'Герб на община Кочани', en: 'Coat of arms of Kochani' },
        width: 100,
        height: 120,
      };
    });
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { 'twin-city': 'kochani', lang: 'en' },
      data,
    });
    const image = shadow(element).querySelector<HTMLImageElement>('img[part="image"]')!;
    expect(image.alt).to.equal('Coat of arms of Kochani');
    expect(image.getAttribute('width')).to.equal('100');
    expect(image.getAttribute('height')).to.equal('120');
    expect(image.src).to.match(/^http.*kochani-coat-of-arms\.svg$/u);
    await expect(element).to.be.accessible();
  });

  it('shows an image without a size, from inline data', async () => {
    const data = await withKochani((city) => {
      city.image = { src: coatOfArms, alt: 'Кочани' };
    });
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { 'twin-city': 'kochani' },
      inline: JSON.stringify(data),
    });
    const image = shadow(element).querySelector('img')!;
    expect(image.hasAttribute('width')).to.equal(false);
    expect(image.getAttribute('alt')).to.equal('Кочани');
  });

  it('shows only what the data gives: a city with a name and a country', async () => {
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { src: kazanlakUrl, 'twin-city': 'nagykanizsa', lang: 'bg' },
    });
    const root = shadow(element);
    expect(clean(root.querySelector('h2')!.textContent)).to.equal('Надканижа – Унгария');
    expect(root.querySelector('dl, [part="since"], [part="description"], a, img')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('formats a friendly city, a holiday by month only or without a date, and fallback text', async () => {
    const data = await withKochani((city) => {
      city.kind = 'friendly';
      city.places = [
        { name: { bg: 'Луксор', en: 'Luxor' } },
        { name: { bg: 'Александрия', en: 'Alexandria' } },
      ];
      city.cityHoliday = { name: { bg: 'Празник на ориза' }, month: 10 };
      city.nationalHoliday = { name: { bg: 'Ден на републиката', en: 'Republic Day' } };
      delete city.mayor;
    });
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { 'twin-city': 'kochani', lang: 'en' },
      data,
    });
    const root = shadow(element);
    expect(clean(root.querySelector('h2')!.textContent)).to.equal(
      'Luxor and Alexandria – North Macedonia',
    );
    expect(clean(root.querySelector('[part="since"]')!.textContent)).to.equal(
      'Friendly city since 1995',
    );
    expect(facts(root)).to.deep.equal([
      ['City holiday', 'Празник на ориза, October'],
      ['National holiday', 'Republic Day'],
    ]);
    expect(root.querySelector('dd span[lang="bg"]')!.textContent).to.equal('Празник на ориза');
    expect(root.querySelector('dd time')).to.equal(null);
  });

  it('shows the facts list with the mayor alone', async () => {
    const data = await withKochani((city) => {
      delete city.cityHoliday;
      delete city.nationalHoliday;
    });
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { 'twin-city': 'kochani', lang: 'bg' },
      data,
    });
    expect(facts(shadow(element))).to.deep.equal([['Кмет', 'Льупчо Папазов, Ljupcho Papazov']]);
  });

  it('reports a missing twin-city attribute', async () => {
    const element = document.createElement('muni-twin-city-card') as MuniTwinCityCard;
    element.setAttribute('src', kazanlakUrl);
    const { errors } = await captureConsole(async () => {
      document.body.append(element);
      await settled(element);
    });
    expect(shadow(element).querySelector('[role="alert"]'), 'role=alert').to.exist;
    expect(errors).to.deep.equal([
      '<muni-twin-city-card>: the data has no twin-city with the id ""',
    ]);
    element.remove();
  });

  it('does not scroll sideways at 320 px, with long names and text', async () => {
    await viewport(320, 640);
    const long = 'Побратименоградскосътрудничествоикултуренобмен'.repeat(2);
    const data = await withKochani((city) => {
      city.places[0].name = { bg: `${long} 宗像市`, en: long };
      city.description = { bg: `${long} ${long}`, en: long };
      city.mayor.names.push({ text: long, lang: 'mk' });
      city.image = { src: coatOfArms, alt: 'Кочани', width: 1200, height: 800 };
    });
    const element = await mount<MuniTwinCityCard>('muni-twin-city-card', {
      attributes: { 'twin-city': 'kochani', lang: 'bg' },
      data,
    });
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const card = shadow(element).querySelector('article')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    await expect(element).to.be.accessible();
  });
});
