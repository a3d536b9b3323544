import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { findTrail, type NavigationItem } from '@muni-kit/domain/navigation.js';
import { defineElement } from '../../internal/define.js';
import { MuniElement } from '../../internal/muni-element.js';
import { serverUrlBase } from '../../internal/server-context.js';
import { sharedStyles } from '../../styles/shared.js';
import { megaMenuStyles } from './mega-menu.styles.js';

/** Which items of the tree lead to the current page: the page itself and its ancestors. */
interface Trail {
  readonly page: NavigationItem | undefined;
  readonly ancestors: ReadonlySet<NavigationItem>;
}

const noTrail: Trail = { page: undefined, ancestors: new Set() };

const hasChildren = (item: NavigationItem): boolean => (item.children?.length ?? 0) > 0;

/** How many links (pages) a list holds, at every depth. */
const countLinks = (items: ReadonlyArray<NavigationItem>): number =>
  items.reduce((sum, item) => sum + 1 + (item.children ? countLinks(item.children) : 0), 0);

/**
 * The site's main navigation as a mega-menu, following the WAI-ARIA Authoring Practices
 * "disclosure navigation" pattern (not `role="menu"`): each top-level section with sub-pages has
 * a button with `aria-expanded` and `aria-controls` that shows its panel of grouped links, and,
 * when the section has its own landing page, a link to it beside the button (the APG "hybrid"
 * example). Sections without sub-pages are plain links.
 *
 * Keyboard: Tab reaches each top-level link and button; Enter or Space toggles a panel; Escape
 * closes it and returns focus to its button; Left/Right move between the top-level sections
 * (Home/End to the first/last); Down on a button opens its panel and moves into it, Up/Down move
 * between a panel's links. Only one panel is open; it closes when focus or a click leaves the menu.
 *
 * Every link is in the DOM while its panel is closed (`hidden="until-found"`), so crawlers see
 * them and the browser's find-in-page opens the panel holding a match.
 *
 * Narrower than `breakpoint` (its own width, in em), the menu becomes one "Menu" button that
 * opens a drawer: a native modal `<dialog>` (the rest of the page is inert) holding the same
 * navigation as an accordion. Escape or "Close" closes it and returns focus to the Menu button.
 *
 * The current page (`current-url`, by default the browser's URL) is marked `aria-current="page"`,
 * the sections above it `aria-current="true"`.
 *
 * @tagname muni-mega-menu
 * @summary Main navigation: a disclosure mega-menu, a modal drawer on narrow screens.
 *
 * @fires muni-error - The data could not be loaded or decoded. `detail`: `{ failure, message }`.
 *
 * @csspart nav - The `nav` landmark.
 * @csspart list - The list of top-level sections.
 * @csspart top-item - Each top-level section (list item).
 * @csspart toggle - Each button that opens a section's panel.
 * @csspart panel - Each panel of links.
 * @csspart link - Every link, top-level, group and page links alike.
 * @csspart top-link - The link of a top-level section (also has part `link`).
 * @csspart group-link - The link heading a group in a panel (also has part `link`).
 * @csspart description - The description shown under a link.
 * @csspart menu-button - The "Menu" button shown on narrow screens.
 * @csspart drawer - The `dialog` holding the navigation on narrow screens.
 * @csspart close-button - The drawer's "Close" button.
 * @csspart error - The error message shown instead of the menu.
 *
 * @cssprop --muni-color-primary - Background of the bar in the light scheme (Kazanlak's deep rose).
 * @cssprop --muni-color-primary-strong - Background of a hovered top-level section in the light scheme.
 * @cssprop --muni-color-on-primary - Text on the bar in the light scheme.
 * @cssprop --muni-color-primary-subtle - Background of the bar in the dark scheme, and of the open section in the drawer.
 * @cssprop --muni-color-surface - Background of the panels and the drawer.
 * @cssprop --muni-color-surface-alt - Background of a panel's footer band, hovered drawer rows and, in the dark scheme, a hovered section.
 * @cssprop --muni-color-link - Colour of the links in the panels.
 * @cssprop --muni-color-text - Colour of group labels, and of the bar's text in the dark scheme.
 * @cssprop --muni-color-text-muted - Colour of descriptions.
 * @cssprop --muni-color-border - Rules between drawer rows and around panels.
 * @cssprop --muni-content-max-width - Width of the bar's and panels' content.
 * @cssprop --muni-focus-width - Width of the focus ring.
 */
export class MuniMegaMenu extends MuniElement {
  static override styles = [sharedStyles, megaMenuStyles];

  /**
   * URL of the page being shown, to mark in the menu (relative URLs are resolved against the
   * document). Defaults to the browser's current URL; give it when rendering on the server.
   */
  @property({ attribute: 'current-url', reflect: true }) currentUrl: string | undefined;

  /**
   * Below this width of the element, in `em`, the menu becomes a "Menu" button opening a drawer.
   */
  @property({ type: Number, reflect: true }) breakpoint = 48;

  /** Index of the open section, -1 when all are closed. */
  @state() private openIndex = -1;
  /** Narrower than the breakpoint: the drawer layout. */
  @state() private compact = false;
  @state() private drawerOpen = false;

  private trail: Trail = noTrail;
  private trailKey: unknown[] = [];
  private resizeObserver: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
    // Measured a frame later: changing layout inside the observer's callback would resize the
    // element again within the same frame ("ResizeObserver loop" error).
    this.resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.resizeObserver.observe(this);
    this.measure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
    this.resizeObserver?.disconnect();
    this.drawer()?.close();
  }

  /** Switches between the bar and the drawer layout from the element's own width. */
  private measure(): void {
    const width = this.getBoundingClientRect().width;
    if (width === 0) return; // not laid out (hidden): keep the layout it has
    const em = parseFloat(getComputedStyle(this).fontSize);
    this.compact = width < this.breakpoint * em;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Also when the data arrives: at connection the element may not have been laid out yet
    // (slotted into a header still loading), and its first content must already have the
    // right layout, or the page shifts when it switches a frame later.
    if ((changed.has('breakpoint') || (changed as Map<PropertyKey, unknown>).has('municipality')) && this.isConnected) this.measure();
    const municipality = this.municipality;
    // The server has no address bar: without `current-url` it marks no current page.
    const currentUrl = this.currentUrl ?? (this.asOnServer ? undefined : location.href);
    if (municipality && (this.trailKey[0] !== municipality.mainNavigation || this.trailKey[1] !== currentUrl)) {
      this.trailKey = [municipality.mainNavigation, currentUrl];
      const chain =
        currentUrl === undefined
          ? []
          : isServer
            ? findTrail(municipality.mainNavigation, currentUrl, serverUrlBase(currentUrl))
            : findTrail(municipality.mainNavigation, resolve(currentUrl));
      this.trail = { page: chain.at(-1), ancestors: new Set(chain.slice(0, -1)) };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeNav();
    const dialog = this.drawer();
    if (dialog && dialog !== this.listenedDrawer) {
      dialog.addEventListener('click', this.onDrawerClick);
      this.listenedDrawer = dialog;
    }
  }

  /** The dialog the backdrop-click listener is on (the content may be re-rendered). */
  private listenedDrawer: HTMLDialogElement | undefined;

  /*
   * One navigation, two places. The `nav` is rendered once; on a wide element it sits in the
   * bar (`.inline-home`), on a narrow one it is moved (the same DOM node, not a copy) into the
   * drawer `<dialog>`. Keeping the `nav` outside the dialog on wide screens means the desktop
   * menu is not exposed as a dialog, and inside it on narrow screens the native modal dialog
   * makes the rest of the page inert without touching the page (no `aria-hidden`, no `inert`).
   * Lit keeps updating the moved node: its bindings point at the nodes themselves.
   */
  private placeNav(): void {
    const nav = this.renderRoot.querySelector('nav');
    if (!nav) return;
    const home = this.renderRoot.querySelector(this.compact ? '.drawer-body' : '.inline-home')!;
    if (nav.parentElement !== home) home.append(nav);
    if (!this.compact) this.drawer()?.close();
  }

  private drawer(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    const sections = municipality.mainNavigation;
    if (sections.length === 0) return html`<div class="root empty"></div>`;
    // The server cannot measure: it renders the bar; the drawer layout follows after hydration.
    const compact = this.compact && !this.asOnServer;
    return html`<div class=${classMap({ root: true, compact })}>
      <div class="menu-bar">
        <button
          type="button"
          class="menu-button"
          part="menu-button"
          aria-haspopup="dialog"
          aria-expanded=${this.drawerOpen ? 'true' : 'false'}
          aria-controls="drawer"
          ?hidden=${!compact}
          @click=${this.openDrawer}
        >
          <span class="burger" aria-hidden="true"></span>${msg('Menu')}
        </button>
      </div>
      <div class="inline-home">
        <nav part="nav" aria-label=${msg('Main')} @keydown=${this.onKeyDown} @focusout=${this.onFocusOut}>
          <ul part="list" class="bar">
            ${sections.map((section, index) => this.renderSection(section, index))}
          </ul>
        </nav>
      </div>
      <dialog id="drawer" part="drawer" class="drawer" aria-labelledby="drawer-title" closedby="any" @close=${this.onDrawerClose}>
        <div class="drawer-head">
          <span id="drawer-title" class="drawer-title">${msg('Menu')}</span>
          <button type="button" class="close" part="close-button" @click=${this.closeDrawer}>
            <span class="cross" aria-hidden="true"></span>${msg('Close')}
          </button>
        </div>
        <div class="drawer-body"></div>
      </dialog>
    </div>`;
  }

  private renderSection(section: NavigationItem, index: number): TemplateResult {
    const open = this.openIndex === index;
    const current = this.trail.page === section ? 'page' : this.trail.ancestors.has(section) ? 'true' : undefined;
    const label = this.text(section.label);
    if (!hasChildren(section)) {
      return html`<li part="top-item" class="top">
        ${section.url
          ? html`<a part="link top-link" class="top-link stop" href=${section.url} aria-current=${current ?? nothing}>${this.textIn(section.label)}</a>`
          : html`<span class="top-label">${this.textIn(section.label)}</span>`}
      </li>`;
    }
    const id = `panel-${index}`;
    return html`<li part="top-item" class=${classMap({ top: true, open, current: current !== undefined })}>
      ${section.url
        ? html`<a part="link top-link" class="top-link" href=${section.url} aria-current=${current ?? nothing}>${this.textIn(section.label)}</a>`
        : nothing}
      <button
        type="button"
        part="toggle"
        class=${classMap({ toggle: true, stop: true, labelled: !section.url })}
        data-index=${index}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        aria-label=${section.url ? msg(str`More pages in ${label}`) : nothing}
        aria-current=${current === 'true' ? 'true' : nothing}
        @click=${this.onToggleClick}
      >
        ${section.url ? nothing : this.textIn(section.label)}<span class="chevron" aria-hidden="true"></span>
      </button>
      <div part="panel" class="panel" id=${id} data-index=${index} hidden=${open ? nothing : 'until-found'} @beforematch=${this.onBeforeMatch}>
        ${guard([section, this.locale, this.trail], () => this.renderPanel(section, index))}
      </div>
    </li>`;
  }

  /** A panel's content; guarded, so opening or closing a panel does not re-render any panel. */
  private renderPanel(section: NavigationItem, index: number): TemplateResult {
    return html`<div class="panel-inner">
      <ul class="groups">
        ${section.children!.map((child, i) =>
          hasChildren(child)
            ? html`<li class="group" data-links=${countLinks(child.children!)}>
                ${this.renderLink(child, `${index}-${i}`, 'group-label')}
                <ul class="links">
                  ${this.renderItems(child.children!, `${index}-${i}`)}
                </ul>
              </li>`
            : html`<li class="single">${this.renderLink(child, `${index}-${i}`, 'page')}</li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * Links of a group, and any deeper levels as nested lists. A page without sub-pages (nearly
   * all of them) is one flat template: a menu may hold thousands.
   */
  private renderItems(items: ReadonlyArray<NavigationItem>, path: string): TemplateResult[] {
    return items.map((item, i) => {
      if (hasChildren(item)) {
        return html`<li>
          ${this.renderLink(item, `${path}-${i}`, 'page')}
          <ul class="links nested">
            ${this.renderItems(item.children!, `${path}-${i}`)}
          </ul>
        </li>`;
      }
      if (!item.url) return html`<li class="leaf">${this.renderLink(item, `${path}-${i}`, 'page')}</li>`;
      const current = this.trail.page === item ? 'page' : this.trail.ancestors.has(item) ? 'true' : undefined;
      const label = this.textIn(item.label);
      if (!item.description) {
        return html`<li class="leaf">
          <a part="link" class="page" href=${item.url} aria-current=${current ?? nothing}>${label}</a>
        </li>`;
      }
      const descriptionId = `description-${path}-${i}`;
      return html`<li class="leaf">
        <a part="link" class="page" href=${item.url} aria-current=${current ?? nothing} aria-describedby=${descriptionId}>${label}</a
        ><span class="description" part="description" id=${descriptionId}>${this.textIn(item.description)}</span>
      </li>`;
    });
  }

  private renderLink(item: NavigationItem, path: string, kind: 'group-label' | 'page'): TemplateResult {
    const current = this.trail.page === item ? 'page' : this.trail.ancestors.has(item) ? 'true' : undefined;
    const descriptionId = item.description ? `description-${path}` : undefined;
    const label = item.url
      ? html`<a
          part=${kind === 'group-label' ? 'link group-link' : 'link'}
          class=${kind}
          href=${item.url}
          aria-current=${current ?? nothing}
          aria-describedby=${descriptionId ?? nothing}
          >${this.textIn(item.label)}</a
        >`
      : html`<span class=${kind}>${this.textIn(item.label)}</span>`;
    return item.description
      ? html`${label}<span class="description" part="description" id=${descriptionId!}>${this.textIn(item.description)}</span>`
      : label;
  }

  // ---- behaviour ---------------------------------------------------------------------------

  private onToggleClick(event: Event): void {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.openIndex = this.openIndex === index ? -1 : index;
  }

  /** Find-in-page found text in a closed panel: the browser reveals it; make it the open one. */
  private onBeforeMatch(event: Event): void {
    this.openIndex = Number((event.currentTarget as HTMLElement).dataset.index);
  }

  private toggleAt(index: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector(`button.toggle[data-index="${index}"]`);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    const key = event.key;
    if (key === 'Escape') {
      // In the drawer, Escape closes the whole dialog (the dialog's own cancel behaviour).
      if (this.compact || this.openIndex < 0) return;
      const toggle = this.toggleAt(this.openIndex);
      this.openIndex = -1;
      toggle?.focus();
      event.preventDefault();
      return;
    }
    const moveTo = (element: HTMLElement | undefined) => {
      if (!element) return;
      event.preventDefault();
      element.focus();
    };
    if (target.matches('.top-link, .toggle')) {
      const stops = [...this.renderRoot.querySelectorAll<HTMLElement>('.stop')];
      // A hybrid section's link moves like its button: one stop per section.
      const position = stops.indexOf(target.matches('.stop') ? target : (target.nextElementSibling as HTMLElement));
      const rtl = (this.shadowRoot?.querySelector('.root') ?? this).matches(':dir(rtl)');
      if (key === 'Home') return moveTo(stops[0]);
      if (key === 'End') return moveTo(stops.at(-1));
      if (key === (rtl ? 'ArrowLeft' : 'ArrowRight')) return moveTo(stops[position + 1]);
      if (key === (rtl ? 'ArrowRight' : 'ArrowLeft')) return moveTo(stops[position - 1]);
      if (key === 'ArrowDown' && !this.compact && target.matches('.toggle')) {
        event.preventDefault();
        this.openIndex = Number(target.dataset.index);
        void this.updateComplete.then(() => this.panelLinks(target.nextElementSibling as HTMLElement)[0]?.focus());
      }
      return;
    }
    const panel = target.closest<HTMLElement>('.panel');
    if (!panel || this.compact) return;
    const links = this.panelLinks(panel);
    const position = links.indexOf(target);
    if (key === 'ArrowDown') return moveTo(links[position + 1]);
    if (key === 'ArrowUp') return moveTo(position === 0 ? this.toggleAt(Number(panel.dataset.index))! : links[position - 1]);
    if (key === 'Home') return moveTo(links[0]);
    if (key === 'End') return moveTo(links.at(-1));
  }

  private panelLinks(panel: HTMLElement): HTMLElement[] {
    return [...panel.querySelectorAll<HTMLElement>('a[href]')];
  }

  /** Focus moved to something outside the menu: close the open panel (not in the drawer). */
  private onFocusOut(event: FocusEvent): void {
    if (this.compact || this.openIndex < 0) return;
    const to = event.relatedTarget as Node | null;
    const nav = event.currentTarget as HTMLElement;
    if (to && !nav.contains(to)) this.openIndex = -1;
  }

  /** A press outside the menu closes the open panel. Listens on the document while connected. */
  private onDocumentPointerDown = (event: PointerEvent): void => {
    if (this.compact || this.openIndex < 0) return;
    const nav = this.renderRoot.querySelector('nav');
    if (nav && !event.composedPath().includes(nav)) this.openIndex = -1;
  };

  private openDrawer(): void {
    const dialog = this.drawer()!;
    this.placeNav();
    // closedby="any": Escape and a click on the backdrop close it too.
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.close')!.focus();
    this.drawerOpen = true;
  }

  private closeDrawer(): void {
    this.drawer()?.close();
  }

  /**
   * A click on the backdrop closes the drawer where `closedby="any"` is not implemented yet
   * (Firefox ESR): such a click targets the dialog itself, outside its box.
   */
  // Listened to on the dialog itself (see updated): its keyboard equivalent is Escape.
  private onDrawerClick = (event: MouseEvent): void => {
    const dialog = this.drawer();
    if (!dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  };

  /** Closed by "Close", Escape or the backdrop: focus goes back to the Menu button. */
  private onDrawerClose(): void {
    this.drawerOpen = false;
    if (this.compact) this.renderRoot.querySelector<HTMLElement>('.menu-button')?.focus();
  }
}

/** The current URL as the decoded data has it: absolute, resolved against the document. */
const resolve = (url: string): string => {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
};

defineElement('muni-mega-menu', MuniMegaMenu);

declare global {
  interface HTMLElementTagNameMap {
    'muni-mega-menu': MuniMegaMenu;
  }
}
