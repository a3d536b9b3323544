/*
 * Renders every story of every element in Chromium and audits it with axe: a broken or
 * inaccessible story fails `npm test`. Stories are plain CSF objects, so no Storybook is needed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as breadcrumbs from '../components/breadcrumbs/breadcrumbs.stories.js';
import * as contactFooter from '../components/contact-footer/contact-footer.stories.js';
import * as megaMenu from '../components/mega-menu/mega-menu.stories.js';
import * as sideNav from '../components/side-nav/side-nav.stories.js';
import * as siteHeader from '../components/site-header/site-header.stories.js';
import * as timeline from '../components/timeline/timeline.stories.js';
import * as twinCityCard from '../components/twin-city-card/twin-city-card.stories.js';
import * as twinCityList from '../components/twin-city-list/twin-city-list.stories.js';
import type { MuniElement } from '../internal/muni-element.js';

type Story = {
  render: (args?: Record<string, unknown>) => TemplateResult | Element;
  args?: Record<string, unknown>;
  /** `audit: 'render-only'`: a story too large for axe (its markup is audited in smaller stories). */
  parameters?: { audit?: 'render-only' };
};
type StoryModule = Record<string, unknown> & {
  default: { title: string; args?: Record<string, unknown> };
};

const modules: StoryModule[] = [
  breadcrumbs,
  contactFooter,
  megaMenu,
  sideNav,
  siteHeader,
  timeline,
  twinCityCard,
  twinCityList,
];

/** Waits until no muni element in `root` is loading (or `limit` ms passed, for Loading stories). */
const settledAll = async (root: Element, limit: number) => {
  const start = performance.now();
  for (;;) {
    const elements = [...root.querySelectorAll<MuniElement>('*')].filter((e) =>
      e.localName.startsWith('muni-'),
    );
    await Promise.all(elements.map((e) => e.updateComplete));
    if (
      !elements.some((e) => e.getAttribute('aria-busy') === 'true') ||
      performance.now() - start > limit
    )
      return elements;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/**
 * Resolves once the image has loaded or failed. A lazy image off-screen would wait for a scroll,
 * and `decode()` may reject before a lazy load starts (Firefox), so it is asked to load now.
 */
const imageSettled = (image: HTMLImageElement) =>
  image.complete
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        image.addEventListener('load', () => resolve(), { once: true });
        image.addEventListener('error', () => resolve(), { once: true });
        image.loading = 'eager';
      });

for (const module of modules) {
  describe(`stories: ${module.default.title}`, () => {
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || typeof story !== 'object' || story === null || !('render' in story))
        continue;
      it(`${name} renders and is accessible`, async function () {
        this.timeout(60_000);
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const { render: renderStory, args, parameters } = story as Story;
        const errors: string[] = [];
        const { error } = console;
        console.error = (...parts: unknown[]) => errors.push(parts.map(String).join(' '));
        try {
          render(renderStory({ ...module.default.args, ...args }), container);
          const elements = await settledAll(container, /loading/iu.test(name) ? 100 : 5000);
          expect(elements.length, 'a story shows at least one element').to.be.greaterThan(0);
          for (const element of elements)
            expect(
              element.shadowRoot?.childElementCount,
              `<${element.localName}> rendered`,
            ).to.be.greaterThan(0);
          const alerts = elements.flatMap((e) => [
            ...(e.shadowRoot?.querySelectorAll('[role="alert"]') ?? []),
          ]);
          if (/error/iu.test(name))
            expect(alerts.length, 'an Error story shows its alert').to.be.greaterThan(0);
          else expect(alerts.length, `unexpected alert: ${errors.join(' | ')}`).to.equal(0);
          // Every image shows: relative URLs in the data resolved where the images are.
          const images = elements.flatMap((e) => [
            ...(e.shadowRoot?.querySelectorAll('img') ?? []),
          ]);
          await Promise.all(images.map(imageSettled));
          for (const image of images)
            expect(image.complete && image.naturalWidth > 0, `image ${image.src} shows`).to.equal(
              true,
            );
          if (parameters?.audit !== 'render-only') await expect(container).to.be.accessible();
        } finally {
          console.error = error;
        }
      });
    }
  });
}
