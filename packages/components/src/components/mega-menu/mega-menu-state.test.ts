/*
 * The public state of the mega-menu: `open-section` and `drawer-open`, their methods, and the
 * disclosure events (muni-show / muni-hide, cancelable, then muni-after-*), for the page's
 * calls and the reader's clicks and keys alike.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './mega-menu.js';
import '../site-header/site-header.js';
import type { MuniMegaMenu } from './mega-menu.js';
import { kazanlakUrl, mount, settled, shadow } from '../../test/kit.js';

const names = ['muni-show', 'muni-after-show', 'muni-hide', 'muni-after-hide'] as const;

/** Records every disclosure event reaching `target`, as `name:part`. */
const record = (target: EventTarget) => {
  const log: string[] = [];
  const listener = (event: Event) =>
    log.push(`${event.type}:${(event as CustomEvent<{ part?: string }>).detail.part}`);
  for (const name of names) target.addEventListener(name, listener);
  const stop = () => {
    for (const name of names) target.removeEventListener(name, listener);
  };
  return Object.assign(log, { stop });
};

/** Cancels every `name` event reaching `element` while installed. */
const cancelling = (element: HTMLElement, name: 'muni-show' | 'muni-hide') => {
  const cancel = (event: Event) => event.preventDefault();
  element.addEventListener(name, cancel);
  return () => element.removeEventListener(name, cancel);
};

const summaries = (element: MuniMegaMenu) => [
  ...shadow(element).querySelectorAll<HTMLElement>('summary[part="toggle"]'),
];
const openDetails = (element: MuniMegaMenu) =>
  [...shadow(element).querySelectorAll<HTMLDetailsElement>('details')]
    .filter((details) => details.open)
    .map((details) => details.querySelector('[part="panel"]')!.id);

describe('muni-mega-menu: the public state', () => {
  beforeEach(() => setViewport({ width: 1024, height: 768 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens and closes a section with show() and hide(), reflected as open-section, with the events in order', async () => {
    const element = await mount<MuniMegaMenu>('muni-mega-menu', {
      attributes: { src: kazanlakUrl },
    });
    const log = record(element);
    await element.show('panel-1');
    expect(element.getAttribute('open-section')).to.equal('panel-1');
    expect(openDetails(element)).to.deep.equal(['panel-1']);
    expect(shadow(element).getElementById('panel-1')!.checkVisibility()).to.equal(true);
    await element.show('panel-3');
    await element.hide();
    expect(element.hasAttribute('open-section')).to.equal(false);
    expect(openDetails(element)).to.deep.equal([]);
    expect(log).to.deep.equal([
      'muni-show:panel-1',
      'muni-after-show:panel-1',
      // Switching: the open one asks first, then the new one; both after the update.
      'muni-hide:panel-1',
      'muni-show:panel-3',
      'muni-after-hide:panel-1',
      'muni-after-show:panel-3',
      'muni-hide:panel-3',
      'muni-after-hide:panel-3',
    ]);
  });

  it('fires muni-after-show once the panel is shown', async () => {
    const element = await mount<MuniMegaMenu>('muni-mega-menu', {
      attributes: { src: kazanlakUrl },
    });
    const shownThen = oneEvent(element, 'muni-after-show').then(() =>
      shadow(element).getElementById('panel-2')!.checkVisibility(),
    );
    element.setAttribute('open-section', 'panel-2');
    expect(await shownThen).to.equal(true);
  });

  it('ignores an id that names no section', async () => {
    const element = await mount<MuniMegaMenu>('muni-mega-menu', {
      attributes: { src: kazanlakUrl },
    });
    const log = record(element);
    await element.show('panel-1');
    await element.show('no-such-section');
    expect(element.openSection).to.equal('panel-1');
    expect(openDetails(element)).to.deep.equal(['panel-1']);
    expect(log).to.deep.equal(['muni-show:panel-1', 'muni-after-show:panel-1']);
  });

  it('sends the reader clicks through the same events', async () => {
    const element = await mount<MuniMegaMenu>('muni-mega-menu', {
      attributes: { src: kazanlakUrl },
    });
    const log = record(element);
    summaries(element)[0]!.click();
    await element.updateComplete;
    expect(element.openSection).to.equal('panel-0');
    summaries(element)[0]!.click();
    await element.updateComplete;
    expect(element.openSection).to.equal(undefined);
    expect(log).to.deep.equal([
      'muni-show:panel-0',
      'muni-after-show:panel-0',
      'muni-hide:panel-0',
      'muni-after-hide:panel-0',
    ]);
  });

  it('sends Enter, Space and Escape through the same events', async () => {
    const element = await mount<MuniMegaMenu>('muni-mega-menu', {
      attributes: { src: kazanlakUrl },
    });
    const log = record(element);
    summaries(element)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.openSection).to.equal('panel-1');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.openSection).to.equal(undefined);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.openSection).to.equal('panel-1');
    expect(log).to.deep.equal([
      'muni-show:panel-1',
      'muni-after-show:panel-1',
      'muni-hide:panel-1',
      'muni-after-hide:panel-1',
      'muni-show:panel-1',
      'muni-after-show:panel-1',
    ]);
  });

  it('stays as it was when muni-show or muni-hide is cancelled, by a click, a key or a call', async () => {
    const element = await mount<MuniMegaMenu>('muni-mega-menu', {
      attributes: { src: kazanlakUrl },
    });
    const log = record(element);
    let restore = cancelling(element, 'muni-show');
    summaries(element)[0]!.click();
    await element.updateComplete;
    await element.show('panel-2');
    expect(element.openSection).to.equal(undefined);
    expect(element.hasAttribute('open-section')).to.equal(false);
    expect(openDetails(element), 'the browser did not toggle it either').to.deep.equal([]);
    restore();

    await element.show('panel-2');
    restore = cancelling(element, 'muni-hide');
    summaries(element)[2]!.focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    summaries(element)[0]!.click(); // would switch to another section: the open one refuses to close
    await element.updateComplete;
    await element.hide();
    expect(element.openSection).to.equal('panel-2');
    expect(openDetails(element)).to.deep.equal(['panel-2']);
    restore();
    // No muni-after-* for what was cancelled.
    expect(log.filter((entry) => entry.startsWith('muni-after'))).to.deep.equal([
      'muni-after-show:panel-2',
    ]);
  });

  describe('the drawer', () => {
    const narrow = async () => {
      await setViewport({ width: 375, height: 740 });
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'en' },
      });
      // The width controller measures a frame after a resize.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await element.updateComplete;
      const root = shadow(element);
      return {
        element,
        dialog: root.querySelector('dialog')!,
        menuButton: root.querySelector<HTMLElement>('[part="menu-button"]')!,
      };
    };

    it('opens and closes with showDrawer() and hideDrawer(), reflected as drawer-open, focus back on the Menu button', async () => {
      const { element, dialog, menuButton } = await narrow();
      const log = record(element);
      const focusAtAfterHide: Array<Element | null> = [];
      element.addEventListener('muni-after-hide', () =>
        focusAtAfterHide.push(shadow(element).activeElement),
      );
      await element.showDrawer();
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(element.hasAttribute('drawer-open')).to.equal(true);
      expect(dialog.querySelector('nav'), 'the navigation is in the drawer').to.exist;
      await element.hideDrawer();
      expect(dialog.open).to.equal(false);
      expect(element.hasAttribute('drawer-open')).to.equal(false);
      expect(focusAtAfterHide).to.deep.equal([menuButton]);
      expect(log).to.deep.equal([
        'muni-show:drawer',
        'muni-after-show:drawer',
        'muni-hide:drawer',
        'muni-after-hide:drawer',
      ]);
    });

    it('sends the Menu button, the Close button and Escape through the same events, and keeps the state when cancelled', async () => {
      const { element, dialog, menuButton } = await narrow();
      const log = record(element);
      let restore = cancelling(element, 'muni-show');
      menuButton.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(element.drawerOpen).to.equal(false);
      restore();
      menuButton.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(true);

      restore = cancelling(element, 'muni-hide');
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(dialog.open, 'Escape asked, and was refused').to.equal(true);
      shadow(element).querySelector<HTMLElement>('[part="close-button"]')!.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(true);
      restore();
      // A second Escape without a user action between: a browser with close watchers (Chromium,
      // Firefox) closes a modal dialog regardless, so there is no muni-hide to cancel, only the
      // state following; one without (WebKit) asks again, and this time nobody refuses.
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(element.drawerOpen).to.equal(false);
      const refused = [
        'muni-show:drawer',
        'muni-show:drawer',
        'muni-after-show:drawer',
        'muni-hide:drawer', // Escape, refused
        'muni-hide:drawer', // Close, refused
      ];
      expect([
        [...refused, 'muni-after-hide:drawer'],
        [...refused, 'muni-hide:drawer', 'muni-after-hide:drawer'],
      ]).to.deep.include(log);
    });

    it('stays closed on a wide layout', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const log = record(element);
      await element.showDrawer();
      expect(element.drawerOpen).to.equal(false);
      expect(shadow(element).querySelector('dialog')!.open).to.equal(false);
      expect(log).to.deep.equal([]);
    });
  });

  it('sends its events out of the site header to the page', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <muni-site-header src=${kazanlakUrl}
          ><muni-mega-menu src=${kazanlakUrl}></muni-mega-menu
        ></muni-site-header>
      </div>`,
    );
    const menu = page.querySelector('muni-mega-menu')!;
    await settled(page.querySelector('muni-site-header')!);
    await settled(menu);
    const log = record(document);
    try {
      summaries(menu)[0]!.click();
      await menu.updateComplete;
    } finally {
      log.stop();
    }
    expect(log).to.deep.equal(['muni-show:panel-0', 'muni-after-show:panel-0']);
  });
});
