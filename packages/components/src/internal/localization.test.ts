import { expect } from '@open-wc/testing';
import '../index.js';
import type { MuniElement } from './muni-element.js';
import { templates as macedonian } from '../generated/locales/mk.js';
import { addInterfaceTranslations, interfaceLocale, interfaceLocales } from './localization.js';
import { mount, shadow } from '../test/kit.js';

const kochaniUrl = new URL('../../../domain/data/kochani.json', import.meta.url).href;
const kochani = async (): Promise<Record<string, any>> => (await fetch(kochaniUrl)).json();

// `main-id` names the main content, so the header renders its skip link (a UI string) without a page around it.
describe('interface languages', () => {
  it('ship Bulgarian, English and Macedonian, as lit-localize.json lists them', () => {
    expect([...interfaceLocales]).to.deep.equal(['bg', 'en', 'mk']);
  });

  it("take an application's own translations beside the kit's (the data editor's)", async () => {
    // Templates are found by id: an application's come first, the kit's stay for every other id.
    const skipLink = 's457d59d649765619';
    expect(macedonian[skipLink]).to.equal('Прескокни до главната содржина');
    addInterfaceTranslations('mk', { [skipLink]: 'Кон содржината' });
    try {
      const element = await mount<MuniElement>('muni-site-header', {
        data: await kochani(),
        attributes: { lang: 'mk', 'main-id': 'main' },
      });
      const text = shadow(element).textContent ?? '';
      expect(text).to.include('Кон содржината');
      expect(text).to.include('Денес');
    } finally {
      addInterfaceTranslations('mk', { [skipLink]: macedonian[skipLink] });
    }
  });

  it("follow the element, then the document's default, then English", () => {
    expect(interfaceLocale('mk', 'en')).to.equal('mk');
    expect(interfaceLocale('mk-Cyrl-MK', 'en')).to.equal('mk');
    expect(interfaceLocale('tr', 'bg')).to.equal('bg');
    expect(interfaceLocale('tr', 'sr-Latn')).to.equal('en');
  });

  it('render the Kochani document in Macedonian, and in English when the lang changes', async () => {
    const element = await mount<MuniElement>('muni-site-header', {
      data: await kochani(),
      attributes: { lang: 'mk', 'main-id': 'main' },
    });
    const now = new Date('2026-06-05T10:00:00Z');
    (element as MuniElement & { now: Date }).now = now;
    await element.updateComplete;
    const text = () => shadow(element).textContent ?? '';
    expect(text()).to.include('Прескокни до главната содржина');
    expect(text()).to.include('Општина Кочани');
    // The date is Intl's, in Macedonian.
    expect(text()).to.include(
      new Intl.DateTimeFormat('mk', { weekday: 'long', timeZone: 'Europe/Skopje' }).format(now),
    );
    element.setAttribute('lang', 'en');
    // The change reaches the element through a MutationObserver, then it updates.
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text()).to.include('Skip to main content');
    expect(text()).to.include('Municipality of Kochani');
    await expect(element).to.be.accessible();
  });

  it("render content in a language the kit has no strings for, with the interface in the document's default", async () => {
    const data = await kochani();
    data.languageVersions.push({ locale: 'tr', url: '/tr/' });
    data.name = { ...data.name, tr: 'Koçani Belediyesi' };
    const element = await mount<MuniElement>('muni-site-header', {
      data,
      attributes: { lang: 'tr', 'main-id': 'main' },
    });
    const text = shadow(element).textContent ?? '';
    expect(text).to.include('Koçani Belediyesi');
    expect(text).to.include('Прескокни до главната содржина');
    // A text without a Turkish translation falls back to the default, marked as Macedonian.
    const fallback = [...shadow(element).querySelectorAll('[lang="mk"]')].map(
      (node) => node.textContent ?? '',
    );
    expect(fallback.some((text) => text.includes('примерни податоци'))).to.equal(true);
  });
});
