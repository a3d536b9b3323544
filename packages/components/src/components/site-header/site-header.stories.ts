import { html } from 'lit';
import './site-header.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-site-header',
  component: 'muni-site-header',
};

/** An element whose data is `change`d from the Kazanlak document (its images beside it: `base-url`). */
const withData = (change: (data: Record<string, any>) => void) => {
  const element = document.createElement('muni-site-header');
  // A Promise: the element shows its loading state, not "no data", until the document is ready.
  element.baseUrl = dataBase;
  element.data = loadKazanlak().then((data) => {
    change(data);
    return data;
  });
  return element;
};

/** A feed document in Open-Meteo's format, read a few minutes ago (in UTC: `timezone=GMT`). */
const feedDocument = (temperature: number, code: number) => ({
  utc_offset_seconds: 0,
  timezone: 'GMT',
  current: {
    time: new Date(Date.now() - 5 * 60_000).toISOString().slice(0, 16),
    temperature_2m: temperature,
    weather_code: code,
  },
});

export const Default = {
  render: () => html`<muni-site-header src=${kazanlakSrc}></muni-site-header>`,
};

export const English = {
  render: () => html`<muni-site-header lang="en" src=${kazanlakSrc}></muni-site-header>`,
};

/** Data that never arrives: the header's height is reserved, with a hidden "Loading…" status. */
export const Loading = {
  render: () => html`<muni-site-header .data=${new Promise(() => {})}></muni-site-header>`,
};

export const Error = {
  render: () => html`<muni-site-header src=${missingSrc}></muni-site-header>`,
};

/**
 * The weather of a feed document (as `muni-render --weather` renders it): the temperature and
 * the condition with its icon. Without a network the data's Open-Meteo feed shows nothing.
 */
export const Weather = {
  render: () =>
    html`<muni-site-header src=${kazanlakSrc} .weather=${feedDocument(4.1, 3)}></muni-site-header>`,
};

/** Only what the document requires: no tagline, no utility links, one language, no weather. */
export const Empty = {
  render: () =>
    withData((data) => {
      delete data.tagline;
      delete data.weather;
      data.utilityLinks = [];
      data.languageVersions = [data.languageVersions[0]];
      // Published in Bulgarian only, its texts still in both languages.
      data.languages = ['bg', 'en'];
    }),
};

export const LongText = {
  render: () => {
    const element = withData((data) => {
      data.name = { bg: longText(data.name.bg), en: longText(data.name.en) };
      data.tagline = { bg: longText(data.tagline.bg), en: longText(data.tagline.en) };
      for (const link of data.utilityLinks)
        link.label = { bg: longText(link.label.bg), en: longText(link.label.en) };
    });
    element.weather = feedDocument(-12.5, 96); // the longest condition
    return element;
  },
};

export const Mobile = {
  render: () => html`<muni-site-header src=${kazanlakSrc}></muni-site-header>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};

/**
 * The mega-menu goes in the default slot: `<muni-site-header><muni-mega-menu …></muni-mega-menu></muni-site-header>`.
 * Here a plain `nav` stands in for it; a live widget fills the `weather` slot.
 */
export const WithMegaMenuSlot = {
  render: () =>
    html`<muni-site-header src=${kazanlakSrc}>
      <nav aria-label="Основна навигация">
        <ul>
          <li><a href="#">Администрация</a></li>
          <li><a href="#">Информация</a></li>
          <li><a href="#">За гражданите</a></li>
          <li><a href="#">За бизнеса</a></li>
          <li><a href="#">Актуално</a></li>
        </ul>
      </nav>
      <span slot="weather">23 °C, слънчево</span>
    </muni-site-header>`,
};
