import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './breadcrumbs.js';
import type { MuniBreadcrumbs } from './breadcrumbs.js';
import {
  describeDataContract,
  kazanlak,
  kazanlakUrl,
  mount,
  shadow,
  viewport,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-breadcrumbs',
  expectedText: { bg: 'Побратимени градове', en: 'Twin cities' },
});

describe('muni-breadcrumbs', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a labelled nav with an ordered list of the whole trail', async () => {
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl, lang: 'bg' },
    });
    const nav = shadow(element).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Навигационна пътека');
    const items = [...nav.querySelectorAll('ol > li[part="item"]')].map((li) =>
      li.textContent!.trim(),
    );
    expect(items).to.deep.equal([
      'Начало',
      'За общината',
      'Международни връзки',
      'Побратимени градове',
      'Кочани – Македония',
    ]);
  });

  it('marks only the last item as the current page', async () => {
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl, lang: 'en' },
    });
    const current = shadow(element).querySelectorAll('[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('page');
    expect(current[0]!.textContent).to.include('Kochani');
  });

  it('draws separators that assistive technology cannot read', async () => {
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl },
    });
    const items = shadow(element).querySelectorAll('li[part="item"]');
    const separator = getComputedStyle(items[1]!, '::before');
    expect(separator.content).to.equal('""');
    expect(separator.borderTopStyle).to.equal('solid');
  });

  it('points its separators in the reading direction, right to left too', async () => {
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl },
    });
    /** The horizontal way the chevron points: where its two drawn borders meet, after its rotation. */
    const pointing = () => {
      const separator = getComputedStyle(
        shadow(element).querySelectorAll('li[part="item"]')[1]!,
        '::before',
      );
      const side =
        parseFloat(separator.borderRightWidth) > 0
          ? 1
          : parseFloat(separator.borderLeftWidth) > 0
            ? -1
            : 0;
      const up = parseFloat(separator.borderTopWidth) > 0 ? -1 : 1;
      const { a, b, c, d } = new DOMMatrix(separator.transform);
      return { x: a * side + c * up, y: b * side + d * up };
    };
    const ltr = pointing();
    expect(ltr.x).to.be.closeTo(Math.SQRT2, 0.01);
    expect(ltr.y).to.be.closeTo(0, 0.01);
    element.parentElement!.dir = 'rtl';
    const rtl = pointing();
    expect(rtl.x).to.be.closeTo(-Math.SQRT2, 0.01);
    expect(rtl.y).to.be.closeTo(0, 0.01);
  });

  it('selects the trail with the page attribute and reports an unknown page', async () => {
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl, page: 'twin-city-kochani' },
    });
    expect(shadow(element).querySelectorAll('li[part="item"]')).to.have.length(5);
    const original = console.error;
    console.error = () => {};
    element.page = 'no-such-page';
    await element.updateComplete;
    console.error = original;
    expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.include('no-such-page');
    element.page = 'twin-city-kochani';
    await element.updateComplete;
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
  });

  it('renders an item without URL as text', async () => {
    const data = await kazanlak();
    delete data.pages[0].breadcrumbs[1].url;
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', { data });
    const second = shadow(element).querySelectorAll('li[part="item"]')[1]!;
    expect(second.querySelector('a')).to.equal(null);
    expect(second.textContent).to.include('За общината');
  });

  it('collapses the middle levels on a narrow screen behind a button that reveals them', async () => {
    await viewport(320, 640);
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl, lang: 'en' },
    });
    const root = shadow(element);
    const middle = root.querySelectorAll<HTMLElement>('li.middle');
    expect(middle.length).to.be.greaterThan(0);
    for (const item of middle) expect(getComputedStyle(item).display).to.equal('none');
    const button = root.querySelector<HTMLButtonElement>('.more button')!;
    expect(getComputedStyle(button).display).not.to.equal('none');
    expect(button.getAttribute('aria-label')).to.equal('Show all levels of the path');
    button.click();
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const item of middle) expect(getComputedStyle(item).display).not.to.equal('none');
    expect(root.activeElement?.textContent).to.equal(middle[0]!.textContent!.trim());
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });

  it('shows every level and no button on a wide screen', async () => {
    await setViewport({ width: 1200, height: 800 });
    const element = await mount<MuniBreadcrumbs>('muni-breadcrumbs', {
      attributes: { src: kazanlakUrl },
    });
    const root = shadow(element);
    for (const item of root.querySelectorAll<HTMLElement>('li.middle'))
      expect(getComputedStyle(item).display).not.to.equal('none');
    expect(getComputedStyle(root.querySelector('.more')!).display).to.equal('none');
  });
});
