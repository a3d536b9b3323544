import { html } from 'lit';
import './contact-footer.js';
import type { MuniContactFooter } from './contact-footer.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-contact-footer',
  component: 'muni-contact-footer',
};

/** Monday 23 June 2025, 10:00 in Sofia: every office is open. */
const mondayMorning = new Date('2025-06-23T07:00:00Z');
/** Monday 23 June 2025, 23:00 in Sofia: everything is closed until the morning. */
const mondayNight = new Date('2025-06-23T20:00:00Z');

export const Default = {
  render: () => html`<muni-contact-footer src=${kazanlakSrc}></muni-contact-footer>`,
};

export const English = {
  render: () => html`<muni-contact-footer lang="en" src=${kazanlakSrc}></muni-contact-footer>`,
};

/** Data that never arrives: the space the footer will take, with a hidden "Loading…" status. */
export const Loading = {
  render: () => html`<muni-contact-footer .data=${new Promise(() => {})}></muni-contact-footer>`,
};

export const Error = {
  render: () => html`<muni-contact-footer src=${missingSrc}></muni-contact-footer>`,
};

/** A municipality that lists no contacts directory and no office hours: those groups are left out. */
export const Empty = {
  render: () => {
    const element = document.createElement('muni-contact-footer');
    element.baseUrl = dataBase;
    element.data = loadKazanlak().then((data) => {
      data.contacts = [];
      data.officeHours = [];
      return data;
    });
    return element;
  },
};

export const LongText = {
  render: () => {
    const element = document.createElement('muni-contact-footer');
    element.baseUrl = dataBase;
    element.data = loadKazanlak().then((data) => {
      const long = (text: { bg: string; en: string }) => ({
        bg: longText(text.bg),
        en: longText(text.en),
      });
      data.name = long(data.name);
      data.hotline.label = long(data.hotline.label);
      for (const contact of data.contacts) contact.label = long(contact.label);
      for (const hours of data.officeHours) hours.name = long(hours.name);
      for (const link of data.footer.legalLinks) link.label = long(link.label);
      return data;
    });
    return element;
  },
};

export const Mobile = {
  render: () => html`<muni-contact-footer src=${kazanlakSrc}></muni-contact-footer>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};

/** The clock injected at 23:00 on a Monday: "Closed — opens tomorrow at 8:30". */
export const ClosedAtNight = {
  render: () =>
    html`<muni-contact-footer src=${kazanlakSrc} .now=${mondayNight}></muni-contact-footer>`,
};

/** The clock injected at 10:00 on a Monday: "Open now — closes at 17:00". */
export const OpenNow = {
  render: () =>
    html`<muni-contact-footer
      lang="en"
      src=${kazanlakSrc}
      .now=${mondayMorning}
    ></muni-contact-footer>`,
};

/** Tuesday 3 March 2026, 10:00 in Sofia, Liberation Day: "Closed — public holiday (Liberation Day)". */
export const PublicHoliday = {
  render: () =>
    html`<muni-contact-footer
      src=${kazanlakSrc}
      .now=${new Date('2026-03-03T08:00:00Z')}
    ></muni-contact-footer>`,
};

/** 10 December 2026: the coming Christmas holidays and their Monday off, in the list of closures. */
export const ComingClosures = {
  render: () =>
    html`<muni-contact-footer
      lang="en"
      src=${kazanlakSrc}
      .now=${new Date('2026-12-10T08:00:00Z')}
    ></muni-contact-footer>`,
};

/**
 * The groups from the page's script: its own buttons call `show('hours')` and `hide('hours')`,
 * and the footer's events are written below as they come (`muni-show`, `muni-after-show`, …,
 * with the group in `detail.part`). "Keep the contacts closed" cancels `muni-show` for them.
 * A `breakpoint` of 200em makes the footer narrow, with collapsible groups, at any width.
 */
export const GroupsFromScript = {
  render: () => {
    /** The demo's own parts, found from the element an event reached (a docs page shows many stories). */
    const demo = (event: Event) => (event.currentTarget as Element).closest('.groups-demo')!;
    const footer = (event: Event) =>
      demo(event).querySelector<MuniContactFooter>('muni-contact-footer')!;
    const onEvent = (event: Event) => {
      const { part } = (event as CustomEvent<{ part?: string }>).detail;
      const keep = demo(event).querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked;
      if (event.type === 'muni-show' && part === 'contacts' && keep) event.preventDefault();
      const output = demo(event).querySelector('output')!;
      const entry = `${event.type} (${part})${event.defaultPrevented ? ', cancelled' : ''}`;
      output.textContent = output.textContent ? `${output.textContent}; ${entry}` : entry;
    };
    return html`<div class="groups-demo">
      <p>
        <button type="button" @click=${(event: Event) => void footer(event).show('hours')}>Open the working hours</button>
        <button type="button" @click=${(event: Event) => void footer(event).hide('hours')}>Close the working hours</button>
        <label><input type="checkbox" /> Keep the contacts closed</label>
      </p>
      <p>Events: <output></output></p>
      <muni-contact-footer
        lang="en"
        src=${kazanlakSrc}
        breakpoint="200"
        @muni-show=${onEvent}
        @muni-after-show=${onEvent}
        @muni-hide=${onEvent}
        @muni-after-hide=${onEvent}
      ></muni-contact-footer>
    </div>`;
  },
};
