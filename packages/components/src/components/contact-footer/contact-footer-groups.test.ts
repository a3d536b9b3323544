/*
 * The footer's public state: its collapsible groups opened and closed from script, by the
 * buttons and by the `open-groups` attribute, with the disclosure events; and its breakpoint.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './contact-footer.js';
import type { MuniContactFooter } from './contact-footer.js';
import type { DisclosureDetail } from '../../internal/disclosure-events.js';
import { kazanlakUrl, mount, shadow } from '../../test/kit.js';

const eventNames = ['muni-show', 'muni-after-show', 'muni-hide', 'muni-after-hide'] as const;

/** The listeners a test added to the document, removed after it. */
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** What the page hears: each event with its group and whether the group's button said open then. */
const listen = (element: MuniContactFooter) => {
  const heard: string[] = [];
  for (const name of eventNames) {
    // On the document: the events bubble out of the element, as a page listens for them.
    const listener = (event: Event) => {
      if (event.target !== element) return;
      const { part } = (event as CustomEvent<DisclosureDetail>).detail;
      heard.push(`${name} ${part} ${button(element, part!)?.getAttribute('aria-expanded') ?? '-'}`);
    };
    document.addEventListener(name, listener);
    cleanups.push(() => document.removeEventListener(name, listener));
  }
  return heard;
};

/** The collapse button of a group, when the footer is narrow. */
const button = (element: MuniContactFooter, group: string) =>
  shadow(element).querySelector<HTMLButtonElement>(`[aria-controls="${group}-body"]`);

const shows = (element: MuniContactFooter, group: string) =>
  getComputedStyle(shadow(element).getElementById(`${group}-body`)!).display !== 'none';

/** A narrow footer (a phone), measured, in English. */
const phoneFooter = async (attributes: Record<string, string> = {}) => {
  await setViewport({ width: 375, height: 800 });
  const element = await mount<MuniContactFooter>('muni-contact-footer', {
    attributes: { lang: 'en', src: kazanlakUrl, ...attributes },
  });
  await waitUntil(() => button(element, 'hours') !== null, 'the narrow layout');
  return element;
};

describe('muni-contact-footer: its groups from script', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens and closes a group with show() and hide(), the muni-after-* events once it is rendered', async () => {
    const element = await phoneFooter();
    const heard = listen(element);
    expect(element.openGroups).to.deep.equal([]);
    await element.show('contacts');
    expect(shows(element, 'contacts')).to.equal(true);
    expect(shows(element, 'hours')).to.equal(false);
    expect(element.openGroups).to.deep.equal(['contacts']);
    expect(element.getAttribute('open-groups')).to.equal('contacts');
    await element.hide('contacts');
    expect(shows(element, 'contacts')).to.equal(false);
    expect(element.hasAttribute('open-groups')).to.equal(false);
    expect(heard).to.deep.equal([
      'muni-show contacts false',
      'muni-after-show contacts true',
      'muni-hide contacts true',
      'muni-after-hide contacts false',
    ]);
  });

  it('goes the same way when the button is pressed', async () => {
    const element = await phoneFooter();
    const heard = listen(element);
    button(element, 'hours')!.click();
    await element.updateComplete;
    expect(element.openGroups).to.deep.equal(['hours']);
    expect(shows(element, 'hours')).to.equal(true);
    button(element, 'hours')!.click();
    await element.updateComplete;
    expect(element.openGroups).to.deep.equal([]);
    expect(heard).to.deep.equal([
      'muni-show hours false',
      'muni-after-show hours true',
      'muni-hide hours true',
      'muni-after-hide hours false',
    ]);
  });

  it('stays closed when a muni-show listener cancels, and open when a muni-hide listener does', async () => {
    const element = await phoneFooter();
    const heard = listen(element);
    const cancel = (event: Event) => event.preventDefault();
    element.addEventListener('muni-show', cancel);
    button(element, 'hours')!.click();
    await element.updateComplete;
    expect(button(element, 'hours')!.getAttribute('aria-expanded')).to.equal('false');
    expect(shows(element, 'hours')).to.equal(false);
    await element.show('contacts');
    expect(element.openGroups).to.deep.equal([]);
    expect(element.hasAttribute('open-groups')).to.equal(false);
    element.removeEventListener('muni-show', cancel);

    await element.show('contacts');
    element.addEventListener('muni-hide', cancel);
    await element.hide('contacts');
    expect(shows(element, 'contacts')).to.equal(true);
    expect(element.openGroups).to.deep.equal(['contacts']);
    expect(heard).to.deep.equal([
      'muni-show hours false',
      'muni-show contacts false',
      'muni-show contacts false',
      'muni-after-show contacts true',
      'muni-hide contacts true',
    ]);
  });

  it('opens the groups named by open-groups, in the footer’s order, ignoring unknown names', async () => {
    const element = await phoneFooter();
    const heard = listen(element);
    element.setAttribute('open-groups', 'contacts  nonsense hours');
    await element.updateComplete;
    expect(element.openGroups).to.deep.equal(['hours', 'contacts']);
    expect(shows(element, 'hours') && shows(element, 'contacts')).to.equal(true);
    expect(heard).to.deep.equal([
      'muni-show hours false',
      'muni-show contacts false',
      'muni-after-show hours true',
      'muni-after-show contacts true',
    ]);
    heard.length = 0;
    element.openGroups = ['contacts', 'hours']; // the same groups: no change
    await element.updateComplete;
    element.removeAttribute('open-groups');
    await element.updateComplete;
    expect(shows(element, 'hours') || shows(element, 'contacts')).to.equal(false);
    expect(heard).to.deep.equal([
      'muni-hide hours true',
      'muni-hide contacts true',
      'muni-after-hide hours false',
      'muni-after-hide contacts false',
    ]);
  });

  it('starts with the groups of its open-groups attribute open, without events', async () => {
    const heard: string[] = [];
    const record = (event: Event) => heard.push(event.type);
    for (const name of eventNames) {
      document.addEventListener(name, record);
      cleanups.push(() => document.removeEventListener(name, record));
    }
    const element = await phoneFooter({ 'open-groups': 'hours' });
    expect(shows(element, 'hours')).to.equal(true);
    expect(shows(element, 'contacts')).to.equal(false);
    expect(heard).to.deep.equal([]);
  });

  it('keeps the state on a wide footer, where every group shows, and applies it once narrow', async () => {
    await setViewport({ width: 1280, height: 900 });
    const element = await mount<MuniContactFooter>('muni-contact-footer', {
      attributes: { lang: 'en', src: kazanlakUrl },
    });
    const heard = listen(element);
    await element.show('hours');
    expect(button(element, 'hours')).to.equal(null);
    expect(shows(element, 'hours') && shows(element, 'contacts')).to.equal(true);
    expect(heard).to.deep.equal(['muni-show hours -', 'muni-after-show hours -']);
    await setViewport({ width: 375, height: 800 });
    await waitUntil(() => button(element, 'hours') !== null, 'the narrow layout');
    expect(button(element, 'hours')!.getAttribute('aria-expanded')).to.equal('true');
    expect(button(element, 'contacts')!.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('muni-contact-footer: breakpoint', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('stacks below its breakpoint, in em of its own width, reflected', async () => {
    await setViewport({ width: 800, height: 600 });
    const element = await mount<MuniContactFooter>('muni-contact-footer', {
      attributes: { lang: 'en', src: kazanlakUrl },
    });
    const width = element.getBoundingClientRect().width;
    const em = parseFloat(getComputedStyle(element).fontSize);
    expect(element.breakpoint).to.equal(36);
    expect(width, 'the test needs a footer wider than 36em').to.be.above(36 * em);
    expect(button(element, 'hours')).to.equal(null);
    // Just above the footer's width: narrow at once, without waiting for a resize.
    element.breakpoint = Math.ceil(width / em) + 1;
    await element.updateComplete;
    expect(element.getAttribute('breakpoint')).to.equal(String(element.breakpoint));
    expect(button(element, 'hours')).not.to.equal(null);
    const columns = () =>
      getComputedStyle(shadow(element).querySelector('.columns')!).gridTemplateColumns.split(' ')
        .length;
    expect(columns(), 'stacked in one column').to.equal(1);
    element.setAttribute('breakpoint', '20');
    await element.updateComplete;
    expect(button(element, 'hours')).to.equal(null);
    expect(columns(), 'side by side again').to.be.above(1);
  });
});
