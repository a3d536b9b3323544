/*
 * Every element readable on any host page and in either colour scheme: every visible text node
 * of every shadow root, on a dark host page and a light one, in the light and the dark scheme
 * (the <html> attribute, and the reader's system setting), meets WCAG AA against the background
 * actually behind it (4.5:1, 3:1 for large text). Prints the lowest ratio of each case. Then axe
 * on each element in both schemes.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import type { MuniElement } from '../internal/muni-element.js';
import { shadowTextContrasts, type TextContrast } from './contrast.js';
import { kazanlakUrl, settled } from './kit.js';

const elements: ReadonlyArray<readonly [string, Record<string, string>]> = [
  ['muni-site-header', {}],
  ['muni-breadcrumbs', { page: 'twin-city-kochani' }],
  ['muni-timeline', { 'twin-city': 'kochani' }],
  ['muni-twin-city-card', { 'twin-city': 'kochani' }],
  ['muni-twin-city-list', {}],
  ['muni-twin-city-list', { variant: 'cards' }],
  [
    'muni-side-nav',
    { 'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani' },
  ],
  ['muni-contact-footer', {}],
  ['muni-display-settings', {}],
];

const hostPages = {
  light: 'html, body { background: #ffffff; color: #1f1a1c }',
  dark: 'html, body { background: #121212; color: #eeeeee }',
} as const;

/** Mounts every element (the header with its mega-menu) on a page with `hostCss`, in `scheme`. */
const mountAll = async (
  hostCss: string,
  scheme: 'light' | 'dark' | 'auto',
): Promise<HTMLElement> => {
  const style = document.createElement('style');
  style.id = 'host-page';
  style.textContent = hostCss;
  document.head.append(style);
  document.documentElement.dataset.muniColorScheme = scheme;
  const container = document.createElement('div');
  for (const [tag, attributes] of elements) {
    if (!customElements.get(tag)) continue;
    const element = document.createElement(tag) as MuniElement;
    element.setAttribute('src', kazanlakUrl);
    element.setAttribute('lang', 'bg');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (tag === 'muni-site-header') {
      const menu = document.createElement('muni-mega-menu');
      menu.setAttribute('src', kazanlakUrl);
      element.append(menu);
    }
    container.append(element);
  }
  document.body.append(container);
  await Promise.all(
    [...container.querySelectorAll<MuniElement>('*')]
      .filter((e) => e.localName.startsWith('muni-'))
      .map(settled),
  );
  const settings = container.querySelector('muni-display-settings') as
    (HTMLElement & { show(): Promise<void> }) | null;
  await settings?.show();
  return container;
};

const cleanUp = (container: HTMLElement) => {
  container.remove();
  document.getElementById('host-page')?.remove();
  delete document.documentElement.dataset.muniColorScheme;
};

/** The kit's surface in each scheme (tokens/kazanlak*.tokens.json), as computed. */
const surfaces = { light: 'rgb(255, 255, 255)', dark: 'rgb(27, 20, 21)' } as const;
const surfaceOf = (container: HTMLElement) =>
  getComputedStyle(container.querySelector('muni-breadcrumbs')!.shadowRoot!.querySelector('.root')!)
    .backgroundColor;

/**
 * The menu bar in each scheme: the brand colour in the light one; in the dark one a dark surface of
 * the brand's hue (primary-subtle), not the dark scheme's primary, a light tint that glares as a band.
 */
const bars = { light: 'rgb(140, 29, 64)', dark: 'rgb(67, 35, 41)' } as const;
const barOf = (container: HTMLElement) =>
  getComputedStyle(
    container.querySelector('muni-mega-menu')!.shadowRoot!.querySelector('.menu-bar')!,
  ).backgroundColor;

const failing = (results: readonly TextContrast[]) =>
  results.filter((r) => r.ratio < (r.large ? 3 : 4.5));

const report = (label: string, results: readonly TextContrast[]) => {
  const lowest = results.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  console.log(
    `contrast ${label}: ${results.length} text nodes, ${failing(results).length} below AA, lowest ${lowest.ratio}:1 ` +
      `(<${lowest.element}> "${lowest.text}", ${lowest.foreground} on ${lowest.background})`,
  );
};

describe('contrast of every text node', () => {
  /** The reader's system in dark mode, where the browser can emulate it (Firefox over WebDriver BiDi cannot). */
  const emulateScheme = (colorScheme: 'light' | 'dark') =>
    emulateMedia({ colorScheme }).then(
      () => true,
      () => false,
    );
  afterEach(() => emulateScheme('light'));

  for (const [page, css] of Object.entries(hostPages)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`meets AA on a ${page} host page in the ${scheme} scheme`, async () => {
        const container = await mountAll(css, scheme);
        try {
          const results = shadowTextContrasts(container);
          report(`${page} page, ${scheme} scheme`, results);
          expect(results.length).to.be.greaterThan(150);
          expect(surfaceOf(container)).to.equal(surfaces[scheme]);
          expect(barOf(container)).to.equal(bars[scheme]);
          expect(failing(results), JSON.stringify(failing(results).slice(0, 5))).to.deep.equal([]);
        } finally {
          cleanUp(container);
        }
      });
    }
  }

  it('follows the reader’s system setting when the page says auto', async () => {
    const emulated = await emulateScheme('dark');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    if (emulated) expect(dark).to.equal(true);
    const container = await mountAll(hostPages.dark, 'auto');
    try {
      expect(surfaceOf(container)).to.equal(surfaces[dark ? 'dark' : 'light']);
      const results = shadowTextContrasts(container);
      report(`dark page, system ${dark ? 'dark' : 'light'}`, results);
      expect(failing(results)).to.deep.equal([]);
    } finally {
      cleanUp(container);
    }
  });
});

describe('axe in both schemes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [index, [tag]] of elements.entries()) {
      it(`finds nothing in <${tag}> (${index}) in the ${scheme} scheme`, async () => {
        const container = await mountAll(hostPages.light, scheme);
        try {
          await expect(container.children[index]).to.be.accessible();
        } finally {
          cleanUp(container);
        }
      });
    }
  }
});
