import { expect, waitUntil, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import './mega-menu.js';
import type { MuniMegaMenu } from './mega-menu.js';
import { manyLinks } from '../../stories/story-data.js';
import {
  describeDataContract,
  inPrint,
  kazanlak,
  kazanlakUrl,
  mount,
  settled,
  shadow,
  viewport,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-mega-menu',
  expectedText: { bg: 'Администрация', en: 'Administration' },
});

type Item = { url?: string; children?: Item[] };
/** How many items of a raw navigation tree have a URL, at every depth. */
const linkCount = (items: Item[]): number =>
  items.reduce((sum, item) => sum + (item.url ? 1 : 0) + linkCount(item.children ?? []), 0);

/** Waits for the resize observer (a frame, then a frame more) and the re-render it causes. */
const frames = async (element: MuniMegaMenu, count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
};

const parts = (element: MuniMegaMenu) => {
  const root = shadow(element);
  return {
    root,
    nav: root.querySelector('nav')!,
    toggles: [...root.querySelectorAll<HTMLElement>('[part="toggle"]')],
    topLinks: [...root.querySelectorAll<HTMLAnchorElement>('a.top-link')],
    panels: [...root.querySelectorAll<HTMLElement>('[part="panel"]')],
    links: [...root.querySelectorAll<HTMLAnchorElement>('nav a[href]')],
    dialog: root.querySelector('dialog')!,
    menuButton: root.querySelector<HTMLButtonElement>('[part="menu-button"]')!,
    focused: () => root.activeElement as HTMLElement | null,
  };
};

/** Whether each section's <details> is open, as the browser exposes its summary's expanded state. */
const expanded = (element: MuniMegaMenu) =>
  parts(element).toggles.map((t) => String((t.parentElement as HTMLDetailsElement).open));
/** Whether a panel is rendered (a closed <details> renders nothing of its content). */
const shown = (panel: HTMLElement) => panel.checkVisibility();

const press = async (element: MuniMegaMenu, key: string) => {
  await sendKeys({ press: key });
  await element.updateComplete;
};

describe('muni-mega-menu', () => {
  beforeEach(() => setViewport({ width: 1024, height: 768 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('structure', () => {
    it('is a labelled nav with a list of the sections, each a link and a disclosure button (APG hybrid)', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'bg' },
      });
      const { nav, toggles, topLinks, root } = parts(element);
      expect(nav.getAttribute('aria-label')).to.equal('Основна');
      expect(nav.querySelectorAll('ul[part="list"] > li[part="top-item"]')).to.have.length(5);
      expect(topLinks.map((a) => a.textContent!.trim())).to.deep.equal([
        'Администрация',
        'Информация',
        'За гражданите',
        'За бизнеса',
        'Актуално',
      ]);
      expect(new URL(topLinks[0]!.href).pathname).to.equal('/administratsiya');
      expect(toggles).to.have.length(5);
      for (const [index, toggle] of toggles.entries()) {
        // A native disclosure: the summary of a closed <details>, its panel the details' content.
        expect(toggle.localName).to.equal('summary');
        const details = toggle.parentElement as HTMLDetailsElement;
        expect(details.open).to.equal(false);
        const panel = toggle.nextElementSibling as HTMLElement;
        expect(panel.getAttribute('part')).to.equal('panel');
        expect(shown(panel)).to.equal(false);
        // One accordion: every section's details has the same name.
        expect(details.name).to.equal(toggles[0]!.parentElement!.getAttribute('name'));
        // The link comes first, then its disclosure, in the same list item.
        expect(details.previousElementSibling).to.equal(topLinks[index]);
      }
      expect(toggles[0]!.getAttribute('aria-label')).to.equal('Още страници в „Администрация“');
      expect(root.querySelector('[role="menu"], [role="menubar"], [role="menuitem"]')).to.equal(
        null,
      );
    });

    it('names the buttons in English too', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'en' },
      });
      const { nav, toggles } = parts(element);
      expect(nav.getAttribute('aria-label')).to.equal('Main');
      expect(toggles[0]!.getAttribute('aria-label')).to.equal('More pages in Administration');
    });

    it('keeps every link in the DOM while the panels are closed', async () => {
      const data = await kazanlak();
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { lang: 'bg' },
        data,
      });
      const { links, panels } = parts(element);
      expect(links).to.have.length(linkCount(data.mainNavigation));
      expect(links.length).to.be.greaterThan(70);
      for (const panel of panels) expect(shown(panel)).to.equal(false);
      expect(shadow(element).textContent).to.include(
        'Членство на Казанлък в международни организации',
      );
    });

    it('groups a panel under labels, three levels deep, with descriptions', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'bg' },
      });
      const { panels, root } = parts(element);
      const groups = [...panels[0]!.querySelectorAll(':scope .groups > li.group')];
      expect(groups.map((g) => g.querySelector('.group-label')!.textContent!.trim())).to.deep.equal(
        ['Кмет', 'Администрация', 'История', 'Международни връзки'],
      );
      expect(groups[0]!.querySelector('.group-label')!.getAttribute('part')).to.equal(
        'link group-link',
      );
      expect(groups[0]!.querySelectorAll('.links a')).to.have.length(6);
      const mayor = [...groups[0]!.querySelectorAll('a')].find(
        (a) => a.textContent!.trim() === 'Галина Стоянова',
      )!;
      const description = root.getElementById(mayor.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal('Кмет на Община Казанлък');
      // A section whose children are plain links: no groups.
      expect(panels[1]!.querySelectorAll('li.group')).to.have.length(0);
      expect(
        [...panels[1]!.querySelectorAll('li.single a')].map((a) => a.textContent!.trim()),
      ).to.include('Култура');
    });

    it('renders sections without sub-pages as links, groups without a page as text, and deeper levels nested', async () => {
      const data = await kazanlak();
      data.mainNavigation.push({ label: { bg: 'Контакти', en: 'Contacts' }, url: '/kontakti' });
      data.mainNavigation.push({ label: { bg: 'Без страница', en: 'No page' } });
      data.mainNavigation.unshift({
        label: { bg: 'Услуги', en: 'Services' },
        children: [
          {
            label: { bg: 'Група', en: 'Group' },
            children: [
              {
                label: { bg: 'Страница', en: 'Page' },
                url: '/p',
                children: [{ label: { bg: 'Дълбоко', en: 'Deep' }, url: '/p/deep' }],
              },
            ],
          },
        ],
      });
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { lang: 'en' },
        data,
      });
      const { toggles, root, links } = parts(element);
      expect(links).to.have.length(linkCount(data.mainNavigation));
      const services = toggles[0]!;
      expect(services.textContent!.trim()).to.equal('Services');
      expect(services.hasAttribute('aria-label')).to.equal(false);
      const panel = services.nextElementSibling as HTMLElement;
      expect(panel.querySelector('span.group-label')!.textContent).to.equal('Group');
      expect(panel.querySelector('ul.nested a')!.textContent).to.equal('Deep');
      const items = [...root.querySelectorAll('li[part="top-item"]')];
      const contacts = items.at(-2)!;
      expect(contacts.querySelector('summary')).to.equal(null);
      expect(contacts.querySelector('a')!.getAttribute('part')).to.equal('link top-link');
      expect(items.at(-1)!.querySelector('a, summary')).to.equal(null);
      expect(items.at(-1)!.textContent!.trim()).to.equal('No page');
      await expect(element).to.be.accessible();
    });

    it('renders nothing but an empty box for an empty navigation', async () => {
      const data = await kazanlak();
      data.mainNavigation = [];
      const element = await mount<MuniMegaMenu>('muni-mega-menu', { data });
      expect(shadow(element).querySelector('nav, button, [role="alert"]')).to.equal(null);
      expect(shadow(element).querySelector('.root')).to.exist;
    });
  });

  describe('keyboard and pointer (desktop)', () => {
    it('toggles a panel with Enter and Space on its button', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { toggles, panels } = parts(element);
      toggles[0]!.focus();
      await press(element, 'Enter');
      expect(expanded(element)).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
      expect(shown(panels[0]!)).to.equal(true);
      expect(panels[0]!.getBoundingClientRect().height).to.be.greaterThan(100);
      await press(element, ' ');
      expect(expanded(element)).to.deep.equal(['false', 'false', 'false', 'false', 'false']);
      expect(shown(panels[0]!)).to.equal(false);
    });

    it('keeps only one panel open', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { toggles, panels } = parts(element);
      toggles[0]!.click();
      await element.updateComplete;
      toggles[2]!.click();
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal(['false', 'false', 'true', 'false', 'false']);
      expect(panels.filter(shown)).to.deep.equal([panels[2]]);
    });

    it('closes with Escape and returns focus to the button, from the button or from inside the panel', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { toggles, panels, focused } = parts(element);
      toggles[1]!.focus();
      await press(element, 'Enter');
      await press(element, 'Escape');
      expect(expanded(element)[1]).to.equal('false');
      expect(focused()).to.equal(toggles[1]);

      await press(element, 'Enter');
      await press(element, 'Tab');
      expect(panels[1]!.contains(focused())).to.equal(true);
      await press(element, 'Tab');
      await press(element, 'Escape');
      expect(expanded(element)[1]).to.equal('false');
      expect(focused()).to.equal(toggles[1]);
      // Escape with nothing open does nothing.
      await press(element, 'Escape');
      expect(focused()).to.equal(toggles[1]);
    });

    it('moves between the sections with Left/Right and to the first/last with Home/End', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { toggles, topLinks, focused } = parts(element);
      toggles[0]!.focus();
      await press(element, 'ArrowRight');
      expect(focused()).to.equal(toggles[1]);
      await press(element, 'ArrowRight');
      expect(focused()).to.equal(toggles[2]);
      await press(element, 'ArrowLeft');
      expect(focused()).to.equal(toggles[1]);
      await press(element, 'End');
      expect(focused()).to.equal(toggles[4]);
      await press(element, 'ArrowRight');
      expect(focused(), 'stays on the last').to.equal(toggles[4]);
      await press(element, 'Home');
      expect(focused()).to.equal(toggles[0]);
      await press(element, 'ArrowLeft');
      expect(focused(), 'stays on the first').to.equal(toggles[0]);
      // From a section's link: to the next and previous sections.
      topLinks[2]!.focus();
      await press(element, 'ArrowRight');
      expect(focused()).to.equal(toggles[3]);
      topLinks[2]!.focus();
      await press(element, 'ArrowLeft');
      expect(focused()).to.equal(toggles[1]);
      // Tab reaches each section's link and button in turn.
      topLinks[0]!.focus();
      await press(element, 'Tab');
      expect(focused()).to.equal(toggles[0]);
      await press(element, 'Tab');
      expect(focused()).to.equal(topLinks[1]);
    });

    it('swaps Left and Right in right-to-left text', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, dir: 'rtl' },
      });
      const { toggles, focused } = parts(element);
      toggles[1]!.focus();
      await press(element, 'ArrowLeft');
      expect(focused()).to.equal(toggles[2]);
      await press(element, 'ArrowRight');
      expect(focused()).to.equal(toggles[1]);
    });

    it('moves into a panel with Down and through its links with Up/Down/Home/End', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { toggles, panels, focused } = parts(element);
      toggles[3]!.focus();
      await press(element, 'ArrowDown');
      await element.updateComplete;
      expect(expanded(element)[3]).to.equal('true');
      const links = [...panels[3]!.querySelectorAll('a')];
      expect(focused()).to.equal(links[0]);
      await press(element, 'ArrowDown');
      expect(focused()).to.equal(links[1]);
      await press(element, 'End');
      expect(focused()).to.equal(links.at(-1));
      await press(element, 'ArrowDown');
      expect(focused()).to.equal(links.at(-1));
      await press(element, 'Home');
      expect(focused()).to.equal(links[0]);
      await press(element, 'ArrowUp');
      expect(focused()).to.equal(toggles[3]);
      // Other keys inside a panel are left alone.
      links[1]!.focus();
      await press(element, 'ArrowRight');
      expect(focused()).to.equal(links[1]);
      await press(element, 'ArrowUp');
      expect(focused()).to.equal(links[0]);
    });

    it('closes when focus leaves the menu, not when it moves inside it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><div></div><button id="after">after</button></div>`,
      );
      const element = document.createElement('muni-mega-menu');
      element.setAttribute('src', kazanlakUrl);
      wrapper.children[1]!.append(element);
      await settled(element);
      const { toggles, panels } = parts(element);
      toggles[4]!.focus();
      await press(element, 'Enter');
      panels[4]!.querySelector('a')!.focus();
      await element.updateComplete;
      expect(expanded(element)[4]).to.equal('true');
      wrapper.querySelector<HTMLButtonElement>('#after')!.focus();
      await element.updateComplete;
      expect(expanded(element)[4]).to.equal('false');
    });

    it('closes on a press outside the menu, not inside it', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { toggles, panels } = parts(element);
      toggles[0]!.click();
      await element.updateComplete;
      panels[0]!
        .querySelector('.description')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(expanded(element)[0]).to.equal('true');
      // A real click on the page below the menu.
      await sendMouse({ type: 'click', position: [1000, 740] });
      await element.updateComplete;
      expect(expanded(element)[0]).to.equal('false');
      toggles[1]!.click();
      await element.updateComplete;
      document.body.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, composed: true }),
      );
      await element.updateComplete;
      expect(expanded(element)[1]).to.equal('false');
    });

    it('follows a section the browser opens itself, as find-in-page does for a match inside it', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { panels } = parts(element);
      const details = panels[2]!.parentElement as HTMLDetailsElement;
      const opened = oneEvent(element, 'muni-after-show');
      details.open = true;
      expect((await opened).detail.part).to.equal('panel-2');
      expect(element.openSection).to.equal('panel-2');
      expect(expanded(element)).to.deep.equal(['false', 'false', 'true', 'false', 'false']);
    });

    it('listens on the document only while connected', async () => {
      const calls: string[] = [];
      const { addEventListener, removeEventListener } = document;
      document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
        if (type === 'pointerdown') calls.push('add');
        return (addEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof document.addEventListener;
      document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
        if (type === 'pointerdown') calls.push('remove');
        return (removeEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof document.removeEventListener;
      try {
        const element = await mount<MuniMegaMenu>('muni-mega-menu', {
          attributes: { src: kazanlakUrl },
        });
        expect(calls).to.deep.equal(['add']);
        element.remove();
        expect(calls).to.deep.equal(['add', 'remove']);
      } finally {
        document.addEventListener = addEventListener;
        document.removeEventListener = removeEventListener;
      }
    });

    it('is accessible with a panel open and closed', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'bg' },
      });
      await expect(element).to.be.accessible();
      parts(element).toggles[0]!.click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('is hidden in print', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      await inPrint(
        element,
        () => expect(getComputedStyle(element).display).to.equal('none'),
        (rules) => expect(rules).to.match(/:host[^{]*\{[^}]*display:\s*none/u),
      );
    });
  });

  describe('the current page', () => {
    it('marks the page aria-current="page" and its sections aria-current="true"', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: {
          src: kazanlakUrl,
          lang: 'bg',
          'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/',
        },
      });
      const { root, toggles, topLinks } = parts(element);
      const pages = [...root.querySelectorAll('[aria-current="page"]')];
      expect(pages.map((a) => a.textContent!.trim())).to.deep.equal(['Побратими градове']);
      const ancestors = [...root.querySelectorAll('[aria-current="true"]')];
      expect(ancestors).to.include(topLinks[0]);
      expect(ancestors).to.include(toggles[0]);
      expect(ancestors.map((a) => a.textContent!.trim())).to.include('Международни връзки');
      expect(ancestors).to.have.length(3);
      await expect(element).to.be.accessible();
    });

    it('marks a section itself as the page, from an absolute URL', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: {
          src: kazanlakUrl,
          'current-url': new URL('/informatsiya', location.href).href,
        },
      });
      const { root, topLinks } = parts(element);
      expect(topLinks[1]!.getAttribute('aria-current')).to.equal('page');
      expect(root.querySelectorAll('[aria-current]')).to.have.length(1);
      element.currentUrl = '/aktualno/novini';
      await element.updateComplete;
      expect(root.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('Новини');
      expect(topLinks[1]!.hasAttribute('aria-current')).to.equal(false);
    });

    it('follows the browser URL by default and marks nothing when no item matches', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      expect(shadow(element).querySelectorAll('[aria-current]')).to.have.length(0);
      element.currentUrl = 'http://[not a url';
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('[aria-current]')).to.have.length(0);
    });
  });

  describe('narrow: the drawer', () => {
    it('becomes a Menu button that opens a modal dialog with the same navigation', async () => {
      const desktop = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'bg' },
      });
      const desktopLinks = parts(desktop).links.length;
      expect(parts(desktop).menuButton.hidden).to.equal(true);
      await setViewport({ width: 375, height: 740 });
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'bg' },
      });
      await frames(element);
      const { menuButton, dialog, nav, root } = parts(element);
      expect(menuButton.hidden).to.equal(false);
      expect(menuButton.textContent!.trim()).to.equal('Меню');
      expect(menuButton.getAttribute('aria-expanded')).to.equal('false');
      expect(dialog.contains(nav), 'the nav lives in the drawer').to.equal(true);
      expect(dialog.open).to.equal(false);
      expect(root.querySelectorAll('nav')).to.have.length(1);
      expect(parts(element).links).to.have.length(desktopLinks);
      await expect(element).to.be.accessible();

      menuButton.focus();
      await press(element, 'Enter');
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
      expect(parts(element).focused()!.textContent!.trim()).to.equal('Затвори');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('drawer-title');
      expect(nav.getBoundingClientRect().width).to.be.greaterThan(250);
      expect(document.documentElement.hasAttribute('aria-hidden')).to.equal(false);
      await expect(element).to.be.accessible();

      await press(element, 'Escape');
      expect(dialog.open).to.equal(false);
      expect(parts(element).focused()).to.equal(menuButton);
      expect(menuButton.getAttribute('aria-expanded')).to.equal('false');
    });

    it('expands the sections in place, as an accordion, and closes with its Close button', async () => {
      await setViewport({ width: 375, height: 740 });
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'en' },
      });
      await frames(element);
      const { menuButton, dialog, toggles, panels, focused } = parts(element);
      menuButton.click();
      await element.updateComplete;
      toggles[0]!.click();
      await element.updateComplete;
      expect(expanded(element)[0]).to.equal('true');
      const panel = panels[0]!.getBoundingClientRect();
      const next = toggles[1]!.getBoundingClientRect();
      expect(next.top, 'the next section moves down below the open panel').to.be.at.least(
        panel.bottom - 1,
      );
      expect(getComputedStyle(panels[0]!).position).to.equal('static');
      // Focus moving about and arrow keys inside the drawer leave the accordion as it is.
      panels[0]!.querySelector('a')!.focus();
      await press(element, 'ArrowDown');
      toggles[1]!.focus();
      await press(element, 'ArrowDown');
      document.body.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, composed: true }),
      );
      await element.updateComplete;
      expect(expanded(element)[0]).to.equal('true');
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      await expect(element).to.be.accessible();
      const closed = oneEvent(dialog, 'close');
      parts(element).root.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
      await closed;
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(focused()).to.equal(menuButton);
    });

    it('draws every focus ring whole: none is cut by the dialog box or hidden under its sticky head', async function () {
      // Tab forwards and back through every stop, a key and two frames each: room for a busy machine.
      this.timeout(60_000);
      await setViewport({ width: 375, height: 740 });
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl, lang: 'bg' },
      });
      await frames(element);
      const { menuButton, dialog, root, focused } = parts(element);
      menuButton.click();
      await element.updateComplete;
      // One section open: its panel's links are stops too.
      parts(element).toggles[1]!.click();
      await element.updateComplete;
      const head = root.querySelector('.drawer-head')!;
      const px = (value: string) => parseFloat(value) || 0;
      /** How far the ring (outline and halo) reaches beyond the element's border box. */
      const reach = (style: CSSStyleDeclaration) => {
        const spread = style.boxShadow.includes('inset')
          ? 0
          : px([...style.boxShadow.matchAll(/(-?[\d.]+)px/gu)][3]?.[1] ?? '0');
        return Math.max(0, px(style.outlineOffset) + px(style.outlineWidth), spread);
      };
      const cut: string[] = [];
      const stops: Element[] = [];
      const extents = new Map<Element, number>();
      // Forwards from the Close button, then backwards from the last stop: the drawer scrolls
      // each stop into view at its bottom edge, then at its top, under the sticky head. Each
      // stop is checked when reached with the keyboard (a focus() from script may not show
      // the ring: :focus-visible is the browser's call).
      // The walk ends at the first and the last stop: Tab past them would hand the focus to the
      // browser's own controls, and Firefox would not give it back to the next test file's page.
      const first = root.querySelector<HTMLElement>('[part="close-button"]')!;
      const last = [...dialog.querySelectorAll<HTMLElement>('a[href], button')]
        .filter((stop) => stop.checkVisibility())
        .at(-1)!;
      for (const key of ['Tab', 'Shift+Tab']) {
        const start = key === 'Tab' ? first : (stops.at(-1) as HTMLElement);
        start.focus();
        const seen = new Set<Element>([start]);
        for (let stop = 0; stop < 40; stop++) {
          if (key === 'Tab') await sendKeys({ press: 'Tab' });
          else
            for (const step of [{ down: 'Shift' }, { press: 'Tab' }, { up: 'Shift' }])
              await sendKeys(step);
          await element.updateComplete;
          // Past the last stop focus leaves the page (the browser's own controls), goes to the
          // dialog itself or wraps around.
          const target = focused();
          if (!target || target === dialog || seen.has(target)) break;
          seen.add(target);
          // The ring as drawn when Tab reached the stop (Firefox may not show it again for
          // Shift+Tab after a focus() from script): outline and halo.
          if (key === 'Tab') {
            const style = getComputedStyle(target);
            expect(style.outlineStyle, target.outerHTML.slice(0, 120)).to.equal('solid');
            extents.set(target, reach(style));
          }
          const ring = target.getBoundingClientRect();
          const extent = extents.get(target) ?? 0;
          const box = dialog.getBoundingClientRect();
          const top = head.contains(target)
            ? box.top + dialog.clientTop
            : head.getBoundingClientRect().bottom;
          const room = [
            ring.left - extent - (box.left + dialog.clientLeft),
            box.left + dialog.clientLeft + dialog.clientWidth - ring.right - extent,
            ring.top - extent - top,
            box.top + dialog.clientTop + dialog.clientHeight - ring.bottom - extent,
          ];
          if (room.some((gap) => gap < -0.5))
            cut.push(
              `${key} ${target.textContent!.trim()} ${JSON.stringify(room.map(Math.round))}`,
            );
          if (target === (key === 'Tab' ? last : first)) break;
        }
        if (key === 'Tab') stops.push(...seen);
        else expect(seen.size, 'the same stops backwards').to.equal(stops.length);
      }
      expect(stops.length, "the drawer's tab stops").to.be.greaterThan(8);
      expect(cut).to.deep.equal([]);
    });

    it('closes on a click on the backdrop', async () => {
      await setViewport({ width: 375, height: 740 });
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      await frames(element);
      const { menuButton, dialog } = parts(element);
      menuButton.click();
      await element.updateComplete;
      expect(dialog.getBoundingClientRect().left).to.be.greaterThan(24);
      await sendMouse({ type: 'click', position: [10, 400] });
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
    });

    it('switches layout when its width crosses the breakpoint, closing the drawer', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      const { nav, dialog, menuButton } = parts(element);
      expect(dialog.contains(nav)).to.equal(false);
      // Resize observers report after layout, a browser-dependent number of frames later.
      await setViewport({ width: 375, height: 740 });
      await waitUntil(() => dialog.contains(nav), 'the drawer layout on a narrow screen');
      await element.updateComplete;
      menuButton.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(true);
      await setViewport({ width: 1024, height: 768 });
      await waitUntil(() => !dialog.contains(nav), 'the bar layout on a wide screen');
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(menuButton.hidden).to.equal(true);
      element.breakpoint = 100;
      await waitUntil(() => dialog.contains(nav), 'a breakpoint wider than the element');
    });

    it('keeps its layout while it is not displayed', async () => {
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { src: kazanlakUrl },
      });
      element.hidden = true;
      await frames(element);
      const { nav, dialog } = parts(element);
      expect(dialog.contains(nav)).to.equal(false);
    });

    it('does not scroll sideways at 320 px, even with very long text', async () => {
      await viewport(320, 640);
      const data = await kazanlak();
      const long = 'Побратименоградскосътрудничествоикултуренобмен'.repeat(2);
      data.mainNavigation[0].label.bg = long;
      data.mainNavigation[0].children[0].children[0].label.bg = long;
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { lang: 'bg' },
        data,
      });
      await frames(element);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const { menuButton, dialog, toggles } = parts(element);
      menuButton.click();
      toggles[0]!.click();
      await element.updateComplete;
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      dialog.close();
    });
  });

  describe('2,000 links', () => {
    it('renders them all and opens a panel without re-rendering the others', async () => {
      const data = await kazanlak();
      data.mainNavigation = manyLinks(8, 49);
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { lang: 'en' },
        data,
      });
      const { links, toggles, panels } = parts(element);
      expect(links).to.have.length(2008);
      const sample = panels[5]!.querySelector('a')!;
      const observer = new MutationObserver(() => {});
      observer.observe(shadow(element), {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      toggles[3]!.click();
      await element.updateComplete;
      toggles[5]!.click();
      await element.updateComplete;
      const mutations = observer.takeRecords();
      observer.disconnect();
      expect(expanded(element).filter((e) => e === 'true')).to.have.length(1);
      expect(expanded(element)[5]).to.equal('true');
      expect(panels[5]!.querySelectorAll('a')).to.have.length(250);
      expect(panels[5]!.querySelector('a')).to.equal(sample);
      // Only the toggled buttons and panels change: no panel content is rendered again.
      expect(mutations.filter((m) => m.type !== 'attributes')).to.have.length(0);
      expect(mutations.length).to.be.below(20);
    });

    it('lays out only what a panel shows: groups in a grid, links out of view skipped', async () => {
      const data = await kazanlak();
      data.mainNavigation = manyLinks(1, 400); // 2,000 links in one panel
      const element = await mount<MuniMegaMenu>('muni-mega-menu', {
        attributes: { lang: 'en' },
        data,
      });
      const { root, toggles, panels } = parts(element);
      toggles[0]!.click();
      await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const groups = panels[0]!.querySelector<HTMLElement>('.groups')!;
      expect(getComputedStyle(groups).display).to.equal('grid');
      const group = groups.querySelector<HTMLElement>('li.group')!;
      // Its height until it has been shown is estimated from its number of links.
      expect(group.dataset.links).to.equal(String(group.querySelectorAll('a').length - 1));
      // Skipping needs room for the focus ring outside the paint containment (overflow-clip-margin);
      // an engine without it (WebKit) lays out every link rather than cut the rings.
      const skips = CSS.supports('overflow-clip-margin', '1em');
      expect(getComputedStyle(group).contentVisibility).to.equal(skips ? 'auto' : 'visible');
      const leaves = [...group.querySelectorAll<HTMLElement>('li.leaf')];
      // The first links are in view when the panel opens; the others may be skipped.
      expect(getComputedStyle(leaves[0]!).contentVisibility).to.equal('visible');
      expect(getComputedStyle(leaves[30]!).contentVisibility).to.equal(skips ? 'auto' : 'visible');
      if (skips) {
        // Room for the focus ring (outline and halo) outside the paint containment.
        expect(parseFloat(getComputedStyle(leaves[30]!).overflowClipMargin)).to.be.at.least(9);
        expect(parseFloat(getComputedStyle(group).overflowClipMargin)).to.be.at.least(9);
        expect(
          leaves[0]!.querySelector('a')!.checkVisibility({ contentVisibilityAuto: true }),
        ).to.equal(true);
        expect(
          leaves.at(-1)!.querySelector('a')!.checkVisibility({ contentVisibilityAuto: true }),
        ).to.equal(false);
      }
      // A link far down is still there for find-in-page, focus and assistive technology.
      const last = leaves.at(-1)!.querySelector('a')!;
      last.focus();
      expect(root.activeElement).to.equal(last);
    });
  });
});
