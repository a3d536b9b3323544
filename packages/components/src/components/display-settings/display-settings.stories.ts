import { html } from 'lit';
import './display-settings.js';
import '../site-header/site-header.js';
import { kazanlakSrc, missingSrc } from '../../stories/story-data.js';
import type { MuniDisplaySettings } from './display-settings.js';

export default {
  title: 'Elements/muni-display-settings',
  component: 'muni-display-settings',
};

/** Open: the colour scheme and text size apply to the whole page at once. */
export const Open = {
  render: () => html`<muni-display-settings src=${kazanlakSrc} open></muni-display-settings>`,
};

export const English = {
  render: () =>
    html`<muni-display-settings lang="en" src=${kazanlakSrc} open></muni-display-settings>`,
};

/** Behind the header's "Достъпност" link, which opens it (aria-haspopup="dialog"). */
export const FromTheHeader = {
  render: () =>
    html`<muni-site-header src=${kazanlakSrc}></muni-site-header>
      <muni-display-settings src=${kazanlakSrc}></muni-display-settings>`,
};

/** A button of the page's own opens it through show(). */
export const WithAButton = {
  render: () =>
    html`<button
        type="button"
        @click=${(event: Event) => void ((event.target as Element).nextElementSibling as MuniDisplaySettings).show()}
      >
        Display settings
      </button>
      <muni-display-settings lang="en" src=${kazanlakSrc}></muni-display-settings>`,
};

export const Error = {
  render: () => html`<muni-display-settings src=${missingSrc}></muni-display-settings>`,
};
