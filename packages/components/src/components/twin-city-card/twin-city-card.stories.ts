import { html } from 'lit';
import './twin-city-card.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-twin-city-card',
  component: 'muni-twin-city-card',
};

/** Builds a card whose data is the Kazanlak document changed by `change`. */
const withData = (
  change: (data: Record<string, any>) => void,
  attributes: Record<string, string> = {},
) => {
  const element = document.createElement('muni-twin-city-card');
  element.setAttribute('twin-city', 'kochani');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.baseUrl = dataBase;
  element.data = loadKazanlak().then((data) => {
    change(data);
    return data;
  });
  return element;
};

const kochani = (data: Record<string, any>) =>
  data.twinCities.find((city: { id: string }) => city.id === 'kochani');

/** Kochani, as on the reference page. */
export const Default = {
  render: () =>
    html`<muni-twin-city-card src=${kazanlakSrc} twin-city="kochani"></muni-twin-city-card>`,
};

export const English = {
  render: () =>
    html`<muni-twin-city-card lang="en" src=${kazanlakSrc} twin-city="kochani"></muni-twin-city-card>`,
};

/** Data that never arrives: the space the card will take, with a hidden "Loading…" status. */
export const Loading = {
  render: () =>
    html`<muni-twin-city-card twin-city="kochani" .data=${new Promise(() => {})}></muni-twin-city-card>`,
};

export const Error = {
  render: () =>
    html`<muni-twin-city-card src=${missingSrc} twin-city="kochani"></muni-twin-city-card>`,
};

/** A city with nothing but its name and country (Nagykanizsa, in the data). */
export const Empty = {
  render: () =>
    html`<muni-twin-city-card src=${kazanlakSrc} twin-city="nagykanizsa"></muni-twin-city-card>`,
};

export const LongText = {
  render: () =>
    withData((data) => {
      const city = kochani(data);
      city.places[0].name = {
        bg: longText(city.places[0].name.bg),
        en: longText(city.places[0].name.en),
      };
      city.description = { bg: longText(city.description.bg), en: longText(city.description.en) };
      city.cityHoliday.name = {
        bg: longText(city.cityHoliday.name.bg),
        en: longText(city.cityHoliday.name.en),
      };
      city.mayor.names.push({
        text: 'Льупчо Папазов-Стояновски-Димитровски-Георгиевски',
        lang: 'mk',
      });
    }),
};

/** Two places in one partnership, a district, and names in other scripts. */
export const Many = {
  render: () =>
    withData((data) => {
      const city = kochani(data);
      city.places = [
        { name: { bg: 'Кочани', en: 'Kochani' } },
        { name: { bg: 'Мунаката (宗像市)', en: 'Munakata (宗像市)' } },
        {
          name: { bg: 'Сеул', en: 'Seoul' },
          district: { bg: 'Джунгнанг-гу (중랑구)', en: 'Jungnang-gu (중랑구)' },
        },
      ];
      city.mayor.names.push(
        { text: 'Љупчо Папазов', lang: 'mk-Cyrl' },
        { text: 'ليوبتشو بابازوف', lang: 'ar' },
      );
    }),
};

export const Mobile = {
  render: () =>
    html`<muni-twin-city-card src=${kazanlakSrc} twin-city="kochani"></muni-twin-city-card>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};

/** The card's heading one level deeper, for a card inside a section with an h3. */
export const HeadingLevel4 = {
  render: () =>
    html`<muni-twin-city-card src=${kazanlakSrc} twin-city="kochani" heading-level="4"></muni-twin-city-card>`,
};

/** With an image from the data (a relative URL, resolved against the data file). */
export const WithImage = {
  render: () =>
    withData((data) => {
      kochani(data).image = {
        src: new URL('../../../../domain/data/kochani-coat-of-arms.svg', import.meta.url).href,
        alt: { bg: 'Герб на община Кочани', en: 'Coat of arms of Kochani Municipality' },
        width: 100,
        height: 120,
      };
    }),
};
