import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import './site-header.js';
import type { MuniSiteHeader } from './site-header.js';
import {
  dataDirectoryUrl,
  describeDataContract,
  kazanlak,
  kazanlakUrl,
  mount,
  settled,
  shadow,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-site-header',
  expectedText: { bg: 'Община Казанлък', en: 'Kazanlak Municipality' },
});

const textOf = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

/** Puts a <main id> in the page (outside the element), as a real page has. */
const withMain = async (id = 'main') => {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <div class="header-slot"></div>
      <main id=${id}><h1>Page</h1></main>
    </div>`,
  );
  return {
    page,
    main: page.querySelector('main')!,
    slot: page.querySelector<HTMLElement>('.header-slot')!,
  };
};

describe('muni-site-header', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('offers "skip to main content" first, and it moves focus to the main content', async () => {
    const { main, slot } = await withMain();
    const element = document.createElement('muni-site-header');
    element.setAttribute('src', kazanlakUrl);
    element.setAttribute('lang', 'bg');
    slot.append(element);
    await settled(element);
    const root = shadow(element);
    const focusable = root.querySelectorAll<HTMLElement>('a[href], button');
    const skip = focusable[0]!;
    expect(skip.getAttribute('part')).to.equal('skip-link');
    expect(skip.textContent).to.equal('Към основното съдържание');
    expect(skip.getAttribute('href')).to.equal('#main');
    // Out of sight until focused, then shown.
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    // :focus applies only in a page that has the focus, which a freshly opened test page may not yet.
    await waitUntil(() => document.hasFocus(), 'the page has the focus');
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(100);
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement === main).to.equal(true);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('is the first tab stop of the page', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <div class="slot"></div>
        <main><h1>Page</h1></main>
      </div>`,
    );
    const element = document.createElement('muni-site-header');
    element.setAttribute('src', kazanlakUrl);
    element.setAttribute('lang', 'en');
    page.querySelector('.slot')!.append(element);
    await settled(element);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('skip-link');
    expect(shadow(element).activeElement?.textContent).to.equal('Skip to main content');
  });

  it('follows main-id, keeps a focusable target as it is, and leaves a missing target to the browser', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><a id="content" href="#x">content</a></div>`,
    );
    const target = page.querySelector('a')!;
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { src: kazanlakUrl, 'main-id': 'content' },
    });
    const skip = shadow(element).querySelector<HTMLAnchorElement>('[part="skip-link"]')!;
    expect(skip.getAttribute('href')).to.equal('#content');
    skip.addEventListener('click', (event) => event.preventDefault());
    skip.click();
    expect(document.activeElement === target).to.equal(true);
    expect(target.hasAttribute('tabindex')).to.equal(false);
    element.mainId = 'nowhere';
    await element.updateComplete;
    skip.click();
    expect(document.activeElement === target).to.equal(true);
  });

  it("finds the main content without main-id: <main>, else the target of the page's own skip link, else no skip link", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip</a>
        <div class="slot"></div>
        <div id="wp--skip-link--target">CMS content</div>
      </div>`,
    );
    const element = document.createElement('muni-site-header');
    element.setAttribute('src', kazanlakUrl);
    page.querySelector('.slot')!.append(element);
    await settled(element);
    const skip = () => shadow(element).querySelector<HTMLAnchorElement>('[part="skip-link"]');
    expect(skip()!.getAttribute('href')).to.equal('#wp--skip-link--target');
    skip()!.click();
    expect(document.activeElement?.id).to.equal('wp--skip-link--target');

    const main = document.createElement('main');
    page.append(main);
    element.requestUpdate();
    await element.updateComplete;
    expect(skip()!.getAttribute('href'), 'a <main> without an id').to.equal('#');
    skip()!.click();
    expect(document.activeElement === main).to.equal(true);
    expect(location.hash).to.equal('');

    main.remove();
    page.querySelector('.skip-link')!.remove();
    element.requestUpdate();
    await element.updateComplete;
    expect(skip(), 'nothing to skip to').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('adds no banner inside the main content', async () => {
    const page = await fixture<HTMLElement>(html`<main><div class="slot"></div></main>`);
    const element = document.createElement('muni-site-header');
    element.setAttribute('src', kazanlakUrl);
    page.querySelector('.slot')!.append(element);
    await settled(element);
    expect(shadow(element).querySelector('header')!.getAttribute('role')).to.equal('none');
    await expect(page).to.be.accessible();
  });

  it('is one banner landmark with the utility links, brand and today line', async () => {
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { src: kazanlakUrl, lang: 'bg' },
    });
    const root = shadow(element);
    expect(root.querySelectorAll('header[role="banner"]')).to.have.length(1);
    const links = [...root.querySelectorAll('[part="utility-link"]')].map(textOf);
    expect(links).to.deep.equal(['Достъпност', 'Общински съвет', 'Контакти', 'Подай сигнал']);
    expect(root.querySelector('[part="utility-link"]')!.getAttribute('href')).to.match(
      /^https?:\/\/[^/]+\/dostapnost$/u,
    );
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Бързи връзки');
  });

  it('links the coat of arms, name and tagline home, with a sized image and its alternative text', async () => {
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { src: kazanlakUrl, lang: 'en' },
    });
    const root = shadow(element);
    const brand = root.querySelector<HTMLAnchorElement>('a[part="brand"]')!;
    expect(new URL(brand.href).pathname).to.equal('/');
    const image = brand.querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal('Coat of arms of Kazanlak Municipality');
    expect(image.getAttribute('src')).to.match(
      /\/packages\/domain\/data\/kazanlak-coat-of-arms\.svg$/u,
    );
    expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal([
      '100',
      '120',
    ]);
    expect(textOf(brand.querySelector('[part="name"]'))).to.equal('Kazanlak Municipality');
    expect(textOf(brand.querySelector('[part="tagline"]'))).to.equal('official website');
  });

  it('renders a document without tagline, links, weather or second language, with a default image size', async () => {
    const data = await kazanlak();
    delete data.tagline;
    delete data.weather;
    delete data.coatOfArms.width;
    delete data.coatOfArms.height;
    data.utilityLinks = [];
    data.languageVersions = [data.languageVersions[0]];
    // Published in Bulgarian only, its texts still in both languages.
    data.languages = ['bg', 'en'];
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      data,
      attributes: { lang: 'bg' },
    });
    const root = shadow(element);
    expect(root.querySelector('[part="tagline"]') === null).to.equal(true);
    expect(root.querySelector('[part="language-switch"]') === null).to.equal(true);
    expect(root.querySelector('nav') === null).to.equal(true);
    expect(root.querySelector<HTMLElement>('[part="weather"]')!.hidden).to.equal(true);
    expect(root.querySelector('img')!.getAttribute('width')).to.equal('100');
    await expect(element).to.be.accessible();
  });

  it('links each language version, named in its own language, and marks the current one', async () => {
    for (const [lang, current, other] of [
      ['bg', 'Български', 'English'],
      ['en', 'English', 'Български'],
    ] as const) {
      const element = await mount<MuniSiteHeader>('muni-site-header', {
        attributes: { src: kazanlakUrl, lang },
      });
      const group = shadow(element).querySelector('[part="language-switch"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal(lang === 'bg' ? 'Език' : 'Language');
      const marked = group.querySelectorAll('[aria-current]');
      expect(marked).to.have.length(1);
      expect(marked[0]!.getAttribute('aria-current')).to.equal('true');
      expect(marked[0]!.localName).to.equal('span');
      expect(textOf(marked[0])).to.equal(current);
      expect(getComputedStyle(marked[0]!).fontWeight).to.equal('700');
      const links = group.querySelectorAll('a');
      expect(links).to.have.length(1);
      const link = links[0]!;
      expect(textOf(link)).to.equal(other);
      const otherLang = lang === 'bg' ? 'en' : 'bg';
      expect(link.getAttribute('hreflang')).to.equal(otherLang);
      expect(link.getAttribute('lang')).to.equal(otherLang);
      expect(marked[0]!.getAttribute('lang')).to.equal(lang);
      expect(link.getAttribute('href')).to.match(
        otherLang === 'en' ? /^https?:\/\/[^/]+\/\?lang=en$/u : /^https?:\/\/[^/]+\/$/u,
      );
    }
  });

  it('shows the long date in Europe/Sofia for an injected instant', async () => {
    const element = document.createElement('muni-site-header');
    element.now = new Date('2025-06-21T21:30:00Z'); // already Sunday 22 June in Sofia
    element.setAttribute('src', kazanlakUrl);
    element.setAttribute('lang', 'bg');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await settled(element);
    const today = shadow(element).querySelector('[part="today"]')!;
    const time = today.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-06-22');
    expect(time.textContent).to.equal('неделя, 22 юни 2025 г.');
    expect(textOf(today)).to.match(/^Днес неделя, 22 юни 2025 г\./u);
    element.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(time.textContent).to.match(/^Sunday,? 22 June 2025$/u);
    expect(textOf(today)).to.match(/^Today Sunday,? 22 June 2025/u);
  });

  it('shows no temperature for the Kazanlak data without a network (its feed is Open-Meteo)', async () => {
    for (const lang of ['bg', 'en']) {
      const element = await mount<MuniSiteHeader>('muni-site-header', {
        attributes: { src: kazanlakUrl, lang },
      });
      const feed = (element as unknown as { liveWeather: { feed: { source?: string } } })
        .liveWeather.feed;
      expect(feed.source).to.match(/^https:\/\/api\.open-meteo\.com\/v1\/forecast\?/u);
      // Whether or not the unreachable feed has failed yet, nothing is shown.
      const weather = shadow(element).querySelector<HTMLElement>('[part="weather"]')!;
      expect(weather.hidden).to.equal(true);
      expect(textOf(weather)).to.equal('');
    }
  });

  it('shows a weather slot in place of the data, also when added later', async () => {
    const data = await kazanlak();
    delete data.weather;
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      data,
      attributes: { lang: 'en' },
    });
    const root = shadow(element);
    const weather = root.querySelector<HTMLElement>('[part="weather"]')!;
    expect(weather.hidden).to.equal(true);
    const widget = document.createElement('span');
    widget.slot = 'weather';
    widget.textContent = '21 °C, sunny';
    element.append(widget);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(weather.hidden).to.equal(false);
    const slot = root.querySelector<HTMLSlotElement>('slot[name="weather"]')!;
    expect(slot.assignedElements().length === 1 && slot.assignedElements()[0] === widget).to.equal(
      true,
    );

    const second = document.createElement('muni-site-header');
    second.innerHTML = '<span slot="weather">18 °C</span>';
    second.baseUrl = dataDirectoryUrl;
    second.data = await kazanlak();
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(second);
    await settled(second);
    expect(shadow(second).querySelector<HTMLElement>('[part="weather"]')!.hidden).to.equal(false);
    expect(
      shadow(second).querySelector<HTMLSlotElement>('slot[name="weather"]')!.assignedElements()[0]!
        .textContent,
    ).to.equal('18 °C');
  });

  it('moves the date on at midnight in Sofia, and stops its timer when removed', async () => {
    const data = await kazanlak();
    // 50 ms before midnight in Sofia (UTC+3 in summer), on fake timers and Date: time moves only
    // when the test moves it.
    const clock = sinon.useFakeTimers({
      now: Date.parse('2025-06-21T20:59:59.950Z'),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
    });
    try {
      const element = document.createElement('muni-site-header') as MuniSiteHeader;
      element.setAttribute('lang', 'en');
      element.baseUrl = dataDirectoryUrl;
      element.data = data;
      document.body.append(element);
      await element.updateComplete;
      const time = () => shadow(element).querySelector('time')!.getAttribute('datetime');
      expect(time()).to.equal('2025-06-21');
      try {
        // The timer waits at least a second, so a clock that is slightly off never spins it.
        await clock.tickAsync(999);
        await element.updateComplete;
        expect(time()).to.equal('2025-06-21');
        await clock.tickAsync(1);
        await element.updateComplete;
        expect(time()).to.equal('2025-06-22');
        // The next midnight's, and the weather's refresh.
        expect(
          clock.countTimers(),
          'timers for the next midnight and the weather',
        ).to.be.greaterThan(0);
      } finally {
        element.remove();
      }
      expect(clock.countTimers(), 'no timer off the page').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('shows the mega-menu (or any navigation) from its default slot', async () => {
    const element = document.createElement('muni-site-header');
    element.setAttribute('src', kazanlakUrl);
    element.innerHTML = '<nav aria-label="Main"><a href="/a">Section A</a></nav>';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await settled(element);
    const navigation = shadow(element).querySelector('[part="navigation"]')!;
    const slot = navigation.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['nav']);
    const nav = element.querySelector('nav')!;
    expect(nav.getBoundingClientRect().top).to.be.greaterThan(
      shadow(element).querySelector('[part="brand"]')!.getBoundingClientRect().bottom - 1,
    );
    expect(nav.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('does not scroll sideways at 320 px and stacks at 375 px', async () => {
    for (const width of [320, 375]) {
      await setViewport({ width, height: 700 });
      for (const lang of ['bg', 'en']) {
        const element = await mount<MuniSiteHeader>('muni-site-header', {
          attributes: { src: kazanlakUrl, lang },
        });
        const root = shadow(element);
        expect(document.documentElement.scrollWidth, `${lang} at ${width}`).to.be.at.most(width);
        const brand = root.querySelector('[part="brand"]')!.getBoundingClientRect();
        const today = root.querySelector('[part="today"]')!.getBoundingClientRect();
        expect(today.top, 'the today line goes below the name').to.be.at.least(brand.bottom - 1);
        for (const link of root.querySelectorAll('a, [aria-current]')) {
          if (link.getAttribute('part') === 'skip-link') continue;
          const box = link.getBoundingClientRect();
          expect(box.height, `target ${textOf(link)}`).to.be.at.least(24);
        }
        await expect(element).to.be.accessible();
        element.remove();
      }
    }
  });

  it('adds no second banner inside a page header that wraps it', async () => {
    const page = await fixture<HTMLElement>(
      html`<header>
        <p>CMS theme header</p>
        <div class="slot"></div>
      </header>`,
    );
    const element = document.createElement('muni-site-header');
    element.setAttribute('src', kazanlakUrl);
    page.querySelector('.slot')!.append(element);
    await settled(element);
    expect(shadow(element).querySelector('header')!.getAttribute('role')).to.equal('none');
    await expect(page).to.be.accessible();
  });

  it('puts the today line beside the name on a wide screen', async () => {
    await setViewport({ width: 1280, height: 800 });
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { src: kazanlakUrl, lang: 'bg' },
    });
    const root = shadow(element);
    const brand = root.querySelector('[part="brand"]')!.getBoundingClientRect();
    const today = root.querySelector('[part="today"]')!.getBoundingClientRect();
    expect(today.left).to.be.greaterThan(brand.right);
    expect(today.top).to.be.lessThan(brand.bottom);
  });

  it('reserves space while loading', async () => {
    const element = document.createElement('muni-site-header');
    element.data = new Promise(() => {});
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await element.updateComplete;
    expect(element.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(element).to.be.accessible();
  });
});
