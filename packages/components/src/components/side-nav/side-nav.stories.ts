import { html } from 'lit';
import './side-nav.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-side-nav',
  component: 'muni-side-nav',
};

/** The Kochani page of the seed: its link is marked and the groups above it are open. */
const kochaniUrl = '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani';

/** An element whose data is `change`d from the Kazanlak document. */
const withData = (change: (data: Record<string, any>) => void, currentUrl = kochaniUrl) => {
  const element = document.createElement('muni-side-nav');
  element.setAttribute('current-url', currentUrl);
  // A Promise: the element shows its loading state, not "no data", until the document is ready.
  element.baseUrl = dataBase;
  element.data = loadKazanlak().then((data) => {
    change(data);
    return data;
  });
  return element;
};

type Item = { label: { bg: string; en: string }; children?: Item[] };
const lengthen = (items: Item[]): void => {
  for (const item of items) {
    item.label = { bg: longText(item.label.bg), en: longText(item.label.en) };
    lengthen(item.children ?? []);
  }
};

/** The section as a reader first sees it from a page outside it: every group closed. */
export const Default = { render: () => html`<muni-side-nav src=${kazanlakSrc}></muni-side-nav>` };

export const English = {
  render: () =>
    html`<muni-side-nav lang="en" src=${kazanlakSrc} current-url=${kochaniUrl}></muni-side-nav>`,
};

/** Data that never arrives: the space is reserved, with a hidden "Loading…" status. */
export const Loading = {
  render: () => html`<muni-side-nav .data=${new Promise(() => {})}></muni-side-nav>`,
};

export const Error = { render: () => html`<muni-side-nav src=${missingSrc}></muni-side-nav>` };

/** A document without section navigation: the element shows nothing (and no empty landmark). */
export const Empty = { render: () => withData((data) => delete data.sectionNavigation) };

export const LongText = {
  render: () =>
    withData((data) => {
      data.sectionNavigation.label = {
        bg: longText(data.sectionNavigation.label.bg),
        en: longText(data.sectionNavigation.label.en),
      };
      lengthen(data.sectionNavigation.items);
    }),
};

export const Mobile = {
  render: () => html`<muni-side-nav src=${kazanlakSrc} current-url=${kochaniUrl}></muni-side-nav>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};

/** On the Kochani page: Kochani marked as the current page, "International relations" and "Twin cities" open. */
export const CurrentPage = {
  render: () =>
    html`<muni-side-nav
      src=${kazanlakSrc}
      current-url=${kochaniUrl}
      heading-level="2"
    ></muni-side-nav>`,
};
