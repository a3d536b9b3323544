import { expect, waitUntil, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './side-nav.js';
import type { MuniSideNav } from './side-nav.js';
import {
  describeDataContract,
  kazanlak,
  kazanlakUrl,
  mount,
  settled,
  shadow,
  viewport,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-side-nav',
  expectedText: { bg: 'Профил', en: 'Profile' },
});

const kochaniUrl = '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani';
const textOf = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
const visible = (node: Element) => (node as HTMLElement).offsetParent !== null;
const toggleFor = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button[part="toggle"]')].find((button) =>
    (button.getAttribute('aria-label') ?? textOf(button)).includes(label),
  )!;
const groupOf = (root: ShadowRoot, button: HTMLButtonElement) =>
  root.getElementById(button.getAttribute('aria-controls')!)!;

describe('muni-side-nav', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a nav named by its heading, with the nested lists of the section', async () => {
    const element = await mount<MuniSideNav>('muni-side-nav', {
      attributes: { src: kazanlakUrl, lang: 'bg' },
    });
    const root = shadow(element);
    const nav = root.querySelector('nav')!;
    const heading = root.querySelector('h2[part="heading"]')!;
    expect(textOf(heading)).to.equal('За общината');
    expect(nav.getAttribute('aria-labelledby')).to.equal(heading.id);
    const top = [...nav.querySelectorAll(':scope > ul > li > a, :scope > ul > li > .row > a')].map(
      textOf,
    );
    expect(top.slice(0, 4)).to.deep.equal([
      'Профил',
      'История',
      'Почетни граждани',
      'Международни връзки',
    ]);
    // Every link is in the DOM, the 18 twin cities among them, even in closed groups.
    const all = [...root.querySelectorAll('a[part="link"]')].map(textOf);
    expect(all).to.include('Кочани – Македония');
    expect(all).to.include('Дидимотика – Гърция');
    expect(root.querySelectorAll('ul ul ul a')).to.have.length(18);
  });

  it('marks the current page and opens the groups that lead to it', async () => {
    const element = await mount<MuniSideNav>('muni-side-nav', {
      attributes: { src: kazanlakUrl, lang: 'bg', 'current-url': kochaniUrl },
    });
    const root = shadow(element);
    const current = root.querySelectorAll('[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('page');
    expect(textOf(current[0])).to.equal('Кочани – Македония');
    expect(visible(current[0]!)).to.equal(true);
    for (const label of ['Международни връзки', 'Побратимени градове']) {
      const button = toggleFor(root, label);
      expect(button.getAttribute('aria-expanded'), label).to.equal('true');
      expect(groupOf(root, button).hidden).to.equal(false);
    }
    const ancestors = [...root.querySelectorAll('a.ancestor')].map(textOf);
    expect(ancestors).to.deep.equal(['Международни връзки', 'Побратимени градове']);
    await expect(element).to.be.accessible();
  });

  it('follows the browser address, relative data URLs and a changed current-url', async () => {
    const data = await kazanlak();
    data.sectionNavigation.items[1].url = location.pathname + location.search; // "История" is this test page
    const element = await mount<MuniSideNav>('muni-side-nav', { data, attributes: { lang: 'en' } });
    const root = shadow(element);
    expect(textOf(root.querySelector('[aria-current="page"]'))).to.equal('History');
    // Relative URLs in the data (no base) match the absolute address too.
    element.currentUrl = new URL(kochaniUrl, location.href).href;
    await element.updateComplete;
    expect(textOf(root.querySelector('[aria-current="page"]'))).to.equal(
      'Kochani – North Macedonia',
    );
    element.currentUrl = '/nowhere';
    await element.updateComplete;
    expect(root.querySelector('[aria-current]') === null).to.equal(true);
    for (const button of root.querySelectorAll('button'))
      expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('starts with the groups off the current trail closed, their links hidden but present', async () => {
    const element = await mount<MuniSideNav>('muni-side-nav', {
      attributes: { src: kazanlakUrl, lang: 'en', 'current-url': '/za-obshtinata/profil' },
    });
    const root = shadow(element);
    const button = toggleFor(root, 'International relations');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Subpages of International relations');
    const group = groupOf(root, button);
    expect(group.hidden).to.equal(true);
    expect(group.querySelectorAll('a').length).to.be.greaterThan(18);
    for (const link of group.querySelectorAll('a')) expect(visible(link)).to.equal(false);
    expect(textOf(root.querySelector('[aria-current="page"]'))).to.equal('Profile');
  });

  it('opens and closes a group with Enter and Space, and with a click', async () => {
    const element = await mount<MuniSideNav>('muni-side-nav', {
      attributes: { src: kazanlakUrl, lang: 'bg', 'current-url': '/za-obshtinata/profil' },
    });
    const root = shadow(element);
    const button = toggleFor(root, 'Международни връзки');
    const group = groupOf(root, button);
    expect(button.getAttribute('aria-label')).to.equal('Подстраници на Международни връзки');
    // Keys reach a page only once it has the focus, which a freshly opened test page may not yet.
    await waitUntil(() => document.hasFocus(), 'the page has the focus');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(group.hidden).to.equal(false);
    expect(root.activeElement === button).to.equal(true);
    // The nested group is still closed; Tab reaches its link, then its own toggle.
    const nested = toggleFor(root, 'Побратимени градове');
    expect(nested.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(textOf(root.activeElement)).to.equal('Побратимени градове');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement === nested).to.equal(true);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(nested.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(groupOf(root, nested).querySelector('a')!)).to.equal(true);
    await expect(element).to.be.accessible();
    button.focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(group.hidden).to.equal(true);
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('lets the reader close a group on the current trail', async () => {
    const element = await mount<MuniSideNav>('muni-side-nav', {
      attributes: { src: kazanlakUrl, 'current-url': kochaniUrl },
    });
    const root = shadow(element);
    const button = toggleFor(root, 'Побратимени градове');
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(groupOf(root, button).hidden).to.equal(true);
  });

  it('renders a group without a page of its own as one button, and a plain entry as text', async () => {
    const data = await kazanlak();
    const relations = data.sectionNavigation.items[3];
    delete relations.url;
    data.sectionNavigation.items.push({ label: { bg: 'Без страница', en: 'No page' } });
    const element = await mount<MuniSideNav>('muni-side-nav', {
      data,
      attributes: { lang: 'en', 'current-url': kochaniUrl },
    });
    const root = shadow(element);
    const button = toggleFor(root, 'International relations');
    expect(button.classList.contains('text-toggle')).to.equal(true);
    expect(button.hasAttribute('aria-label')).to.equal(false);
    expect(textOf(button)).to.equal('International relations');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(root.querySelector('.text'))).to.equal('No page');
    await expect(element).to.be.accessible();
  });

  it('takes its heading level from heading-level', async () => {
    const levels: Array<[string, string]> = [
      ['1', 'h1'],
      ['3', 'h3'],
      ['4', 'h4'],
      ['5', 'h5'],
      ['6', 'h6'],
      ['9', 'h6'],
      ['0', 'h1'], // a number, clamped, as in every element; only a non-number gives the default
      ['-3', 'h1'],
      ['x', 'h2'],
    ];
    const element = await mount<MuniSideNav>('muni-side-nav', { attributes: { src: kazanlakUrl } });
    for (const [level, tag] of levels) {
      element.setAttribute('heading-level', level);
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="heading"]')!.localName, level).to.equal(tag);
    }
  });

  it('shows nothing, and no empty landmark, without a section navigation', async () => {
    for (const change of [
      (data: Record<string, any>) => delete data.sectionNavigation,
      (data: Record<string, any>) => (data.sectionNavigation.items = []),
    ]) {
      const data = await kazanlak();
      change(data);
      const element = await mount<MuniSideNav>('muni-side-nav', { data });
      expect(shadow(element).querySelector('nav') === null).to.equal(true);
      expect(element.getBoundingClientRect().height).to.equal(0);
      await expect(element).to.be.accessible();
    }
  });

  it('reserves space while loading', async () => {
    const element = document.createElement('muni-side-nav');
    element.data = new Promise(() => {});
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await element.updateComplete;
    expect(element.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('does not scroll sideways at 320 px, with every target at least 24 px', async () => {
    await viewport(320, 640);
    for (const lang of ['bg', 'en']) {
      const element = document.createElement('muni-side-nav');
      element.setAttribute('src', kazanlakUrl);
      element.setAttribute('lang', lang);
      element.setAttribute('current-url', kochaniUrl);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
      await settled(element);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const target of shadow(element).querySelectorAll('a, button')) {
        if (!visible(target)) continue;
        const box = target.getBoundingClientRect();
        expect(box.height, textOf(target)).to.be.at.least(24);
        expect(box.width, textOf(target)).to.be.at.least(24);
      }
      await expect(element).to.be.accessible();
    }
  });
});
