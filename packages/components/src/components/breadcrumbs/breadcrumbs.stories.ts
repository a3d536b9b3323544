import { html } from 'lit';
import './breadcrumbs.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-breadcrumbs',
  component: 'muni-breadcrumbs',
};

export const Default = {
  render: () =>
    html`<muni-breadcrumbs src=${kazanlakSrc} page="twin-city-kochani"></muni-breadcrumbs>`,
};

export const English = {
  render: () => html`<muni-breadcrumbs lang="en" src=${kazanlakSrc}></muni-breadcrumbs>`,
};

/** Data that never arrives: the space the trail will take, with a hidden "Loading…" status. */
export const Loading = {
  render: () => html`<muni-breadcrumbs .data=${new Promise(() => {})}></muni-breadcrumbs>`,
};

export const Error = {
  render: () => html`<muni-breadcrumbs src=${missingSrc}></muni-breadcrumbs>`,
};

export const LongText = {
  render: () =>
    html`<muni-breadcrumbs
      base-url=${dataBase}
      .data=${loadKazanlak().then((data) => {
        for (const crumb of data.pages[0].breadcrumbs)
          crumb.label = { bg: longText(crumb.label.bg), en: longText(crumb.label.en) };
        return data;
      })}
    ></muni-breadcrumbs>`,
};

export const Mobile = {
  render: () => html`<muni-breadcrumbs src=${kazanlakSrc}></muni-breadcrumbs>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};
