import { html } from 'lit';
import './mega-menu.js';
import {
  dataBase,
  kazanlakSrc,
  loadKazanlak,
  longText,
  manyLinks,
  missingSrc,
} from '../../stories/story-data.js';

export default {
  title: 'Elements/muni-mega-menu',
  component: 'muni-mega-menu',
};

/** Data loaded and changed for a story: the element shows its loading state meanwhile. */
const withData = (
  lang: string,
  change: (data: Record<string, any>) => void,
  attributes: Record<string, string> = {},
) => {
  const element = document.createElement('muni-mega-menu');
  element.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.baseUrl = dataBase;
  element.data = loadKazanlak().then((data) => {
    change(data);
    return data;
  });
  return element;
};

export const Default = { render: () => html`<muni-mega-menu src=${kazanlakSrc}></muni-mega-menu>` };

export const English = {
  render: () => html`<muni-mega-menu lang="en" src=${kazanlakSrc}></muni-mega-menu>`,
};

/** Data that never arrives: the bar's space is reserved, with a hidden "Loading…" status. */
export const Loading = {
  render: () => html`<muni-mega-menu .data=${new Promise(() => {})}></muni-mega-menu>`,
};

export const Error = { render: () => html`<muni-mega-menu src=${missingSrc}></muni-mega-menu>` };

/** A municipality without a main navigation: nothing to show, and nothing breaks. */
export const Empty = { render: () => withData('bg', (data) => (data.mainNavigation = [])) };

/** Every label and description very long, with one very long word. */
export const LongText = {
  render: () =>
    withData('bg', (data) => {
      const lengthen = (items: Array<Record<string, any>>) => {
        for (const item of items) {
          item.label = { bg: longText(item.label.bg), en: longText(item.label.en) };
          if (item.description)
            item.description = {
              bg: longText(item.description.bg),
              en: longText(item.description.en),
            };
          if (item.children) lengthen(item.children);
        }
      };
      lengthen(data.mainNavigation.slice(0, 2));
    }),
};

/** 8 sections of 5 groups of 49 links: 2,008 links. Opening a panel stays immediate. */
export const ManyLinks = {
  render: () => withData('en', (data) => (data.mainNavigation = manyLinks(8, 49))),
};

/** The "Menu" button and its drawer: a modal dialog with the same navigation as an accordion. */
export const Mobile = {
  render: () => html`<muni-mega-menu src=${kazanlakSrc}></muni-mega-menu>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};

/** The twin cities page is current: its link is `aria-current="page"`, its sections `"true"`. */
export const CurrentPage = {
  render: () =>
    html`<muni-mega-menu src=${kazanlakSrc} current-url="/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove"></muni-mega-menu>`,
};

/** Right-to-left text: the bar, the chevrons and the arrow keys follow the direction. */
export const RightToLeft = {
  render: () =>
    html`<div dir="rtl"><muni-mega-menu lang="en" src=${kazanlakSrc}></muni-mega-menu></div>`,
};

/**
 * The public state: `open-section` names the open section (`panel-0` …), `show(id)` / `hide()`
 * open and close one, and every change, the reader's clicks and keys included, fires
 * `muni-show` / `muni-hide` (cancelable) and then `muni-after-show` / `muni-after-hide`, with the
 * section's id in `detail.part`. Here the second section starts open, a log lists the events,
 * the buttons call the methods, and the checkbox cancels every `muni-show`.
 */
export const PublicState = {
  render: () => {
    const section = (event: Event) => (event.currentTarget as HTMLElement).closest('section')!;
    const log = (event: Event) => {
      const item = document.createElement('li');
      item.textContent = `${event.type} ${(event as CustomEvent<{ part?: string }>).detail.part ?? ''}`;
      section(event).querySelector('ol')!.prepend(item);
    };
    const onShow = (event: Event) => {
      log(event);
      if (section(event).querySelector<HTMLInputElement>('input')!.checked) event.preventDefault();
    };
    const menu = (event: Event) => section(event).querySelector('muni-mega-menu')!;
    return html`<section>
      <muni-mega-menu
        lang="en"
        src=${kazanlakSrc}
        open-section="panel-1"
        @muni-show=${onShow}
        @muni-after-show=${log}
        @muni-hide=${log}
        @muni-after-hide=${log}
      ></muni-mega-menu>
      <p style="margin-block-start: 24em">
        <button type="button" @click=${(event: Event) => void menu(event).show('panel-3')}>show('panel-3')</button>
        <button type="button" @click=${(event: Event) => void menu(event).hide()}>hide()</button>
        <label><input type="checkbox" /> cancel every muni-show</label>
      </p>
      <ol aria-label="Events, latest first"></ol>
    </section>`;
  },
};

/** The drawer's state: `drawer-open`, `showDrawer()` / `hideDrawer()`, the same events with `part` "drawer". */
export const DrawerState = {
  render: () => {
    const section = (event: Event) => (event.currentTarget as HTMLElement).closest('section')!;
    const closed = (event: CustomEvent<{ part?: string }>) => {
      if (event.detail.part === 'drawer')
        section(event).querySelector('output')!.textContent =
          'The drawer closed; focus is back on the Menu button.';
    };
    return html`<section>
      <muni-mega-menu src=${kazanlakSrc} @muni-after-hide=${closed}></muni-mega-menu>
      <p>
        <button type="button" @click=${(event: Event) => void section(event).querySelector('muni-mega-menu')!.showDrawer()}>showDrawer()</button>
        <output></output>
      </p>
    </section>`;
  },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
};
