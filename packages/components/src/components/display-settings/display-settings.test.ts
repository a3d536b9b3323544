import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './display-settings.js';
import '../site-header/site-header.js';
import '../breadcrumbs/breadcrumbs.js';
import type { MuniDisplaySettings } from './display-settings.js';
import { readSettings, storageKey } from '../../internal/page-settings.js';
import {
  describeDataContract,
  kazanlak,
  kazanlakUrl,
  mount,
  settled,
  shadow,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-display-settings',
  expectedText: { bg: 'Настройки на показването', en: 'Display settings' },
  showsDataText: false,
});

/** A Storage in memory, as the element is given in place of localStorage. */
const memoryStorage = (initial: Record<string, string> = {}): Storage => {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
};

/** A browser that refuses storage altogether (Safari's private mode of old, a disabled setting). */
const refusingStorage = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

const root = document.documentElement;

const settings = async (
  storage: () => Storage,
  attributes: Record<string, string> = { lang: 'en' },
): Promise<MuniDisplaySettings> => {
  const element = document.createElement('muni-display-settings');
  element.storage = storage;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('src', kazanlakUrl);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
  return settled(element);
};

const dialogOf = (element: Element) => shadow(element).querySelector('dialog')!;
const radio = (element: Element, name: string, value: string) =>
  shadow(element).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('muni-display-settings', () => {
  afterEach(() => {
    delete root.dataset.muniColorScheme;
    delete root.dataset.muniTextSize;
  });

  it('is a closed modal dialog labelled by its heading, until show()', async () => {
    const element = await settings(() => memoryStorage());
    const dialog = dialogOf(element);
    expect(dialog.open).to.equal(false);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    await element.show();
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(element.open).to.equal(true);
    expect(
      [...shadow(element).querySelectorAll('fieldset > legend')].map((l) => l.textContent),
    ).to.deep.equal(['Colour scheme', 'Text size']);
    await expect(element).to.be.accessible();
  });

  it('closes on Escape and gives focus back to what opened it', async () => {
    const element = await settings(() => memoryStorage());
    const opener = document.createElement('button');
    opener.textContent = 'Display';
    opener.addEventListener('click', () => void element.show());
    element.before(opener);
    opener.focus();
    opener.click();
    await element.updateComplete;
    expect(shadow(element).activeElement, 'focus is in the dialog').to.not.equal(null);
    const closed = oneEvent(element, 'muni-after-hide');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialogOf(element).open).to.equal(false);
    expect(element.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('is operated with the keyboard: arrow keys choose within a group, and the page follows at once', async () => {
    const storage = memoryStorage();
    const element = await settings(() => storage);
    await element.show();
    radio(element, 'scheme', 'auto').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(root.dataset.muniColorScheme).to.equal('dark');
    expect(radio(element, 'scheme', 'dark').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(radio(element, 'size', '100'));
    await sendKeys({ press: 'ArrowRight' });
    expect(root.dataset.muniTextSize).to.equal('125');
    expect(JSON.parse(storage.getItem(storageKey)!)).to.deep.equal({
      colorScheme: 'dark',
      textSize: '125',
    });
  });

  it('scales every element’s text by the chosen size and paints the chosen scheme', async () => {
    const element = await settings(() => memoryStorage());
    const crumbs = await mount('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl, page: 'twin-city-kochani' },
    });
    const crumbsRoot = shadow(crumbs).querySelector('.root')!;
    const before = parseFloat(getComputedStyle(crumbsRoot).fontSize);
    radio(element, 'size', '200').click();
    radio(element, 'scheme', 'dark').click();
    expect(parseFloat(getComputedStyle(crumbsRoot).fontSize)).to.equal(before * 2);
    expect(getComputedStyle(crumbsRoot).backgroundColor).to.equal('rgb(27, 20, 21)');
    radio(element, 'scheme', 'light').click();
    expect(getComputedStyle(crumbsRoot).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('remembers the choice across pages, and shows what the page already applies', async () => {
    const storage = memoryStorage({
      [storageKey]: JSON.stringify({ colorScheme: 'light', textSize: '150' }),
    });
    const element = await settings(() => storage);
    expect(root.dataset.muniColorScheme, 'applied without the head script').to.equal('light');
    expect(root.dataset.muniTextSize).to.equal('150');
    expect(radio(element, 'scheme', 'light').checked).to.equal(true);
    expect(radio(element, 'size', '150').checked).to.equal(true);
    element.remove();
    root.dataset.muniColorScheme = 'dark';
    const next = await settings(() => storage);
    expect(
      radio(next, 'scheme', 'dark').checked,
      'the attribute the head script set wins',
    ).to.equal(true);
  });

  it('tolerates storage that refuses or holds nonsense: the choice applies to this page only', async () => {
    expect(
      readSettings(() => memoryStorage({ [storageKey]: '{"colorScheme":"purple","textSize":9' })),
    ).to.deep.equal({ colorScheme: 'auto', textSize: '100' });
    const element = await settings(refusingStorage);
    await element.show();
    radio(element, 'scheme', 'dark').click();
    await element.updateComplete;
    expect(root.dataset.muniColorScheme).to.equal('dark');
    expect(shadow(element).querySelector('.note')!.textContent).to.include('this page only');
  });

  it('fires muni-show and muni-hide before, cancelably, and the after events once done', async () => {
    const element = await settings(() => memoryStorage());
    const events: string[] = [];
    for (const name of ['muni-show', 'muni-after-show', 'muni-hide', 'muni-after-hide'] as const)
      element.addEventListener(name, () => events.push(name));
    const veto = (event: Event) => event.preventDefault();
    element.addEventListener('muni-show', veto, { once: true });
    await element.show();
    await element.updateComplete;
    expect(dialogOf(element).open, 'a cancelled show').to.equal(false);
    expect(element.open).to.equal(false);
    await element.show();
    element.addEventListener('muni-hide', veto, { once: true });
    // A user action in the dialog first: without one, the browser does not let Escape be cancelled.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialogOf(element).open, 'a cancelled hide').to.equal(true);
    await element.hide();
    expect(dialogOf(element).open).to.equal(false);
    expect(events).to.deep.equal([
      'muni-show',
      'muni-show',
      'muni-after-show',
      'muni-hide',
      'muni-hide',
      'muni-after-hide',
    ]);
  });

  it('speaks Bulgarian and Macedonian, percentages too', async () => {
    const bg = await settings(() => memoryStorage(), { lang: 'bg' });
    expect(shadow(bg).querySelector('h2')!.textContent).to.equal('Настройки на показването');
    expect(shadow(bg).querySelector('.close')!.textContent!.trim()).to.equal('Затвори');
    expect(radio(bg, 'size', '125').nextElementSibling!.textContent).to.equal(
      new Intl.NumberFormat('bg', { style: 'percent' }).format(1.25),
    );
    const kochani = await (
      await fetch(new URL('../../../../domain/data/kochani.json', import.meta.url))
    ).json();
    const mk = await mount<MuniDisplaySettings>('muni-display-settings', {
      data: kochani,
      attributes: { lang: 'mk' },
    });
    expect([...shadow(mk).querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal([
      'Шема на бои',
      'Големина на текстот',
    ]);
  });

  it('links to the accessibility statement when the data names one', async () => {
    const element = await settings(() => memoryStorage());
    const link = shadow(element).querySelector<HTMLAnchorElement>('a[part="statement-link"]')!;
    expect(link.textContent).to.equal('Accessibility statement');
    expect(link.href).to.equal(new URL('/dostapnost', kazanlakUrl).href);
    const data = await kazanlak();
    delete data.accessibilityStatementUrl;
    const without = await mount<MuniDisplaySettings>('muni-display-settings', { data });
    expect(shadow(without).querySelector('a')).to.equal(null);
  });

  it('opens from the header’s accessibility link, which says it opens a dialog', async () => {
    const element = await settings(() => memoryStorage());
    const header = await mount('muni-site-header', {
      attributes: { src: kazanlakUrl, lang: 'en' },
    });
    const link = [
      ...shadow(header).querySelectorAll<HTMLAnchorElement>('a[part="utility-link"]'),
    ].find((a) => a.textContent === 'Accessibility')!;
    expect(link.getAttribute('aria-haspopup')).to.equal('dialog');
    const others = [...shadow(header).querySelectorAll('a[part="utility-link"][aria-haspopup]')];
    expect(others).to.have.length(1);
    link.focus();
    const shown = oneEvent(element, 'muni-after-show');
    link.click();
    await shown;
    expect(dialogOf(element).open).to.equal(true);
    const hidden = oneEvent(element, 'muni-after-hide');
    await sendKeys({ press: 'Escape' });
    await hidden;
    expect(deepActive()).to.equal(link);
  });
});
