/*
 * Right-to-left host pages and page languages the kit does not render: every element on
 * <html lang="ar" dir="rtl">, and in right-to-left content of the language it renders.
 */
import { expect } from '@open-wc/testing';
import '../index.js';
import type { MuniElement } from './muni-element.js';
import { kazanlak, mount, shadow } from '../test/kit.js';
import { directionOf } from './language.js';

const kochaniPage = '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani';
const elements: Record<string, Record<string, string>> = {
  'muni-site-header': {},
  'muni-mega-menu': { 'current-url': kochaniPage },
  'muni-breadcrumbs': { page: 'twin-city-kochani' },
  'muni-twin-city-card': { 'twin-city': 'kochani' },
  'muni-timeline': { 'twin-city': 'kochani' },
  'muni-side-nav': { 'current-url': kochaniPage },
  'muni-twin-city-list': { 'current-url': kochaniPage },
  'muni-contact-footer': {},
};

const page = document.documentElement;
const setPage = (lang: string, dir: string) => {
  page.setAttribute('lang', lang);
  page.setAttribute('dir', dir);
};

/** The rendered content's first element with text of its own. */
const firstText = (element: Element): Element =>
  [...shadow(element).querySelectorAll('.root *')].find((node) =>
    [...node.childNodes].some(
      (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim(),
    ),
  )!;

/** Whether the first digit of `element`'s text is drawn left of its last one. */
const readsLeftToRight = (element: Element): boolean => {
  const text = [...element.childNodes].find(
    (child) => child.nodeType === Node.TEXT_NODE && /\d/u.test(child.textContent!),
  )!;
  const value = text.textContent!;
  const x = (index: number) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect().left;
  };
  return (
    x(value.search(/\d/u)) <
    x(value.length - 1 - [...value].reverse().findIndex((c) => /\d/u.test(c)))
  );
};

/** The rotation of an element's (or pseudo-element's) transform, in whole degrees. */
const angle = (element: Element, pseudo?: string): number => {
  const matrix = new DOMMatrix(getComputedStyle(element, pseudo).transform);
  return Math.round((Math.atan2(matrix.b, matrix.a) * 180) / Math.PI);
};

/** Every drawn icon that points somewhere, with its pseudo-element. */
const pointers = (element: Element): Array<[Element, string | undefined]> => [
  ...[...shadow(element).querySelectorAll('.chevron')].map((node): [Element, undefined] => [
    node,
    undefined,
  ]),
  ...[...shadow(element).querySelectorAll('nav li + li, .more a')].map(
    (node): [Element, string] => [node, node.localName === 'a' ? '::after' : '::before'],
  ),
];

describe('right-to-left pages and page languages', () => {
  let saved: { lang: string | null; dir: string | null };
  beforeEach(() => (saved = { lang: page.getAttribute('lang'), dir: page.getAttribute('dir') }));
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === null) page.removeAttribute(name);
      else page.setAttribute(name, value);
    }
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'he', 'fa', 'ur', 'dv', 'az-Arab'].map(directionOf)).to.deep.equal(
      Array(6).fill('rtl'),
    );
    expect(['bg', 'mk', 'en', 'sr-Latn', 'not a tag'].map(directionOf)).to.deep.equal(
      Array(5).fill('ltr'),
    );
  });

  it('on <html lang="ar" dir="rtl">, every element marks its shadow content as the Bulgarian it renders, left to right', async () => {
    setPage('ar', 'rtl');
    for (const [tag, attributes] of Object.entries(elements)) {
      const element = await mount<MuniElement>(tag, { data: await kazanlak(), attributes });
      const wrapper = shadow(element).querySelector('.in-language')!;
      expect([wrapper.getAttribute('lang'), wrapper.getAttribute('dir')], tag).to.deep.equal([
        'bg',
        'ltr',
      ]);
      const text = firstText(element);
      expect(
        [text.matches(':lang(bg)'), text.matches(':lang(ar)'), getComputedStyle(text).direction],
        tag,
      ).to.deep.equal([true, false, 'ltr']);
      // The wrapper has no box: the layout is the element's own.
      expect(getComputedStyle(wrapper).display).to.equal('contents');
    }
  });

  it('marks nothing when the page speaks the language rendered, and follows a change of the page language', async () => {
    setPage('bg-BG', 'ltr');
    const element = await mount<MuniElement>('muni-breadcrumbs', {
      data: await kazanlak(),
      attributes: elements['muni-breadcrumbs']!,
    });
    const wrapper = shadow(element).querySelector('.in-language')!;
    expect([wrapper.hasAttribute('lang'), wrapper.hasAttribute('dir')]).to.deep.equal([
      false,
      false,
    ]);
    setPage('ar', 'rtl');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shadow(element).querySelector('.in-language')).to.equal(wrapper);
    expect([wrapper.getAttribute('lang'), wrapper.getAttribute('dir')]).to.deep.equal([
      'bg',
      'ltr',
    ]);
  });

  it('draws phone numbers, e-mails and the postal code left to right in right-to-left content', async () => {
    for (const [lang, dir] of [
      ['bg', 'rtl'],
      ['ar', 'rtl'],
    ] as const) {
      setPage(lang, dir);
      const footer = await mount<MuniElement>('muni-contact-footer', { data: await kazanlak() });
      const root = shadow(footer);
      expect(getComputedStyle(root.querySelector('address')!).direction).to.equal(
        lang === 'bg' ? 'rtl' : 'ltr',
      );
      const numbers = [...root.querySelectorAll('a[href^="tel:"], .fax .number, .postal [dir]')];
      // The footer's 13 phone numbers (12 links and a fax number) and its postal code.
      expect(numbers.length).to.equal(14);
      for (const number of numbers) {
        expect(getComputedStyle(number).direction, number.textContent!).to.equal('ltr');
        expect(readsLeftToRight(number), `${number.textContent} on a ${lang} page`).to.equal(true);
      }
      const emails = [...root.querySelectorAll('a[href^="mailto:"]')];
      expect(emails.length).to.be.greaterThan(0);
      expect(emails.every((email) => getComputedStyle(email).direction === 'ltr')).to.equal(true);
    }
  });

  it('mirrors every chevron in right-to-left content, and only there', async () => {
    const angles = async (tag: string, lang: string, dir: string) => {
      setPage(lang, dir);
      const element = await mount<MuniElement>(tag, {
        data: await kazanlak(),
        attributes: elements[tag]!,
      });
      return pointers(element).map(([node, pseudo]) => angle(node, pseudo));
    };
    let count = 0;
    for (const tag of Object.keys(elements)) {
      const ltr = await angles(tag, 'bg', 'ltr');
      expect(await angles(tag, 'bg', 'rtl'), tag).to.deep.equal(
        ltr.map((degrees) => (degrees === 180 ? 180 : -degrees || 0)),
      );
      // Left-to-right content on a right-to-left page (the fallback language): not mirrored.
      expect(await angles(tag, 'ar', 'rtl'), tag).to.deep.equal(ltr);
      count += ltr.filter((degrees) => degrees !== 0).length;
    }
    // Breadcrumb separators, menu and navigation chevrons, the footer's and the card's.
    expect(count).to.be.greaterThan(8);
  });

  it('mirrors the icons again when the page changes direction after rendering (:dir() restyles)', async () => {
    // A frame for the restyle, then the chevrons' turning transitions taken to their end.
    const restyled = async (element: Element) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const animation of shadow(element).getAnimations()) animation.finish();
    };
    for (const tag of Object.keys(elements)) {
      setPage('bg', 'ltr');
      const element = await mount<MuniElement>(tag, {
        data: await kazanlak(),
        attributes: elements[tag]!,
      });
      const ltr = pointers(element).map(([node, pseudo]) => angle(node, pseudo));
      page.setAttribute('dir', 'rtl');
      await restyled(element);
      expect(
        pointers(element).map(([node, pseudo]) => angle(node, pseudo)),
        `${tag} after dir="rtl"`,
      ).to.deep.equal(ltr.map((degrees) => (degrees === 180 ? 180 : -degrees || 0)));
      page.setAttribute('dir', 'ltr');
      await restyled(element);
      expect(
        pointers(element).map(([node, pseudo]) => angle(node, pseudo)),
        `${tag} back to dir="ltr"`,
      ).to.deep.equal(ltr);
    }
  });
});
