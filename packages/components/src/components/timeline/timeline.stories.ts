import { html } from 'lit';
import './timeline.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  manyEvents,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-timeline',
  component: 'muni-timeline',
};

/** Builds a timeline whose data is the Kazanlak document changed by `change`. */
const withData = (
  change: (data: Record<string, any>) => void,
  attributes: Record<string, string> = {},
) => {
  const element = document.createElement('muni-timeline');
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

/** The history of the partnership with Kochani, from the reference page. */
export const Default = {
  render: () => html`<muni-timeline src=${kazanlakSrc} twin-city="kochani"></muni-timeline>`,
};

export const English = {
  render: () =>
    html`<muni-timeline lang="en" src=${kazanlakSrc} twin-city="kochani"></muni-timeline>`,
};

/** Data that never arrives: the space the timeline will take, with a hidden "Loading…" status. */
export const Loading = {
  render: () =>
    html`<muni-timeline twin-city="kochani" .data=${new Promise(() => {})}></muni-timeline>`,
};

export const Error = {
  render: () => html`<muni-timeline src=${missingSrc} twin-city="kochani"></muni-timeline>`,
};

/** A twin city whose history has no events yet. */
export const Empty = { render: () => withData((data) => (kochani(data).history = [])) };

/** Very long event texts, with a link on one event and dates to the month and the day. */
export const LongText = {
  render: () =>
    withData((data) => {
      kochani(data).history = [
        {
          date: '2021-06',
          text: {
            bg: longText('Дни на Казанлък в Кочани'),
            en: longText('Kazanlak Days in Kochani'),
          },
          url: 'https://www.kocani.gov.mk/',
        },
        ...kochani(data).history.map((event: { text: { bg: string; en: string } }) => ({
          ...event,
          text: { bg: longText(event.text.bg), en: longText(event.text.en) },
        })),
      ];
    }),
};

/** 10,000 events over 125 years: dated to the year, the month or the day, and undated. */
export const Many = {
  render: () => withData((data) => (kochani(data).history = manyEvents(10_000))),
  // axe takes minutes over this many nodes; the same markup is audited in the other stories.
  parameters: { audit: 'render-only' },
};

export const Mobile = {
  render: () => html`<muni-timeline src=${kazanlakSrc} twin-city="kochani"></muni-timeline>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};

/** Year headings at level 2, for a page where the timeline is a section of its own. */
export const HeadingLevel2 = {
  render: () =>
    html`<muni-timeline src=${kazanlakSrc} twin-city="kochani" heading-level="2"></muni-timeline>`,
};
