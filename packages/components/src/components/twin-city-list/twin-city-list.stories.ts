import { html } from 'lit';
import './twin-city-list.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-twin-city-list',
  component: 'muni-twin-city-list',
};

/** Builds a list whose data is the Kazanlak document changed by `change`. */
const withData = (
  change: (data: Record<string, any>) => void,
  attributes: Record<string, string> = {},
) => {
  const element = document.createElement('muni-twin-city-list');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.baseUrl = dataBase;
  element.data = loadKazanlak().then((data) => {
    change(data);
    return data;
  });
  return element;
};

const countries = [
  { code: 'JP', name: { bg: 'Япония', en: 'Japan' } },
  { code: 'CN', name: { bg: 'Китай', en: 'China' } },
  { code: 'KR', name: { bg: 'Южна Корея', en: 'South Korea' } },
  { code: 'IR', name: { bg: 'Иран', en: 'Iran' } },
  { code: 'FR', name: { bg: 'Франция', en: 'France' } },
  { code: 'GR', name: { bg: 'Гърция', en: 'Greece' } },
];
const scripts = ['宗像市', '济南', '중랑구', 'کاشان', 'Saint-Herblain', 'Βέροια'];

/** `count` cities, every tenth a friendly one, with names in several scripts. */
const manyCities = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `city-${i + 1}`,
    kind: i % 10 === 9 ? 'friendly' : 'twin',
    places: [
      {
        name: {
          bg: `Град ${i + 1} ${scripts[i % scripts.length]}`,
          en: `City ${i + 1} ${scripts[i % scripts.length]}`,
        },
      },
    ],
    country: countries[i % countries.length],
    since: 1950 + (i % 70),
    pageUrl: `/twin-cities/city-${i + 1}`,
  }));

/** The eighteen twin cities of the reference page's sidebar. */
export const Default = {
  render: () =>
    html`<muni-twin-city-list src=${kazanlakSrc} current-url="/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani"></muni-twin-city-list>`,
};

export const English = {
  render: () => html`<muni-twin-city-list lang="en" src=${kazanlakSrc}></muni-twin-city-list>`,
};

/** Data that never arrives: the space the list will take, with a hidden "Loading…" status. */
export const Loading = {
  render: () => html`<muni-twin-city-list .data=${new Promise(() => {})}></muni-twin-city-list>`,
};

export const Error = {
  render: () => html`<muni-twin-city-list src=${missingSrc}></muni-twin-city-list>`,
};

/** A municipality without twin or friendly cities. */
export const Empty = { render: () => withData((data) => (data.twinCities = [])) };

export const LongText = {
  render: () =>
    withData(
      (data) => {
        for (const city of data.twinCities.slice(0, 4)) {
          city.places[0].name = {
            bg: longText(city.places[0].name.bg),
            en: longText(city.places[0].name.en),
          };
        }
      },
      { variant: 'cards' },
    ),
};

/** 1,800 cities as cards, twin and friendly, sortable. */
export const Many = {
  render: () =>
    withData((data) => (data.twinCities = manyCities(1_800)), { variant: 'cards', sortable: '' }),
  // axe takes minutes over this many nodes; the same markup is audited in the other stories.
  parameters: { audit: 'render-only' },
};

export const Mobile = {
  render: () => html`<muni-twin-city-list src=${kazanlakSrc}></muni-twin-city-list>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};

/** A grid of cards, with a control to sort them. */
export const Cards = {
  render: () =>
    html`<muni-twin-city-list src=${kazanlakSrc} variant="cards" sortable current-url="/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani"></muni-twin-city-list>`,
};

export const SortedByCountry = {
  render: () => html`<muni-twin-city-list src=${kazanlakSrc} sort="country"></muni-twin-city-list>`,
};

/** Twin and friendly cities in two groups, each under its heading. */
export const TwinAndFriendly = {
  render: () =>
    withData((data) => {
      for (const city of data.twinCities.slice(12)) city.kind = 'friendly';
    }),
};
