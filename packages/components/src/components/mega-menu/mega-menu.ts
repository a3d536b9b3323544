import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { msg } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { defineElement } from '../../internal/define.js';
import { MuniElement } from '../../internal/muni-element.js';
import { WidthController } from '../../internal/width-controller.js';
import { sharedStyles } from '../../styles/shared.js';
import { DrawerController } from './menu-drawer.js';
import { onMenuKeyDown, type KeyboardHost } from './menu-keyboard.js';
import { renderSection, type SectionContext } from './menu-panels.js';
import { SectionsController, sectionId } from './menu-sections.js';
import { currentMarks, noMarks, type CurrentMarks } from './menu-trail.js';
import { megaMenuStyles } from './mega-menu.styles.js';

/**
 * The site's main navigation as a mega-menu, following the WAI-ARIA Authoring Practices
 * "disclosure navigation" pattern (not `role="menu"`): each top-level section with sub-pages is
 * a native `<details>` whose `<summary>` shows its panel of grouped links, and, when the section
 * has its own landing page, a link to it beside the summary (the APG "hybrid" example). Sections
 * without sub-pages are plain links. The sections share one `name`: an exclusive accordion.
 *
 * Server-rendered, the menu works before (and without) JavaScript: a click, Enter or Space on a
 * summary opens its panel in every engine. The script then adds what HTML cannot, on the same
 * DOM: Escape closes a panel and returns focus to its summary; Left/Right move between the
 * top-level sections (Home/End to the first/last); Down on a summary opens its panel and moves
 * into it, Up/Down move between a panel's links; a panel closes when focus or a click leaves
 * the menu. Every link is in the DOM while its panel is closed, so crawlers see them and the
 * browser's find-in-page opens the panel holding a match.
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
 * @fires muni-show - A section (`detail.part`: its id, `panel-0` …) or the drawer (`part`: `drawer`) is about to open; cancelable.
 * @fires muni-after-show - A section or the drawer has opened.
 * @fires muni-hide - A section or the drawer is about to close; cancelable.
 * @fires muni-after-hide - A section or the drawer has closed.
 * @fires muni-error - The data could not be loaded or decoded. `detail`: `{ failure, message }`.
 *
 * @csspart nav - The `nav` landmark.
 * @csspart list - The list of top-level sections.
 * @csspart top-item - Each top-level section (list item).
 * @csspart toggle - Each `summary` that opens a section's panel.
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
export class MuniMegaMenu extends MuniElement implements KeyboardHost {
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

  /**
   * The id of the open section (`panel-0`, `panel-1` …: `panel-` and the section's position in
   * `mainNavigation`), or none. Setting it opens that section and closes the other, with the same
   * events as `show()` and `hide()`; a click or key of the reader's changes it the same way.
   */
  @property({ attribute: 'open-section', reflect: true }) openSection: string | undefined;

  /**
   * Whether the drawer of the narrow layout is open. Setting it opens or closes it, with the
   * same events as `showDrawer()` and `hideDrawer()`; on a wide layout it stays false.
   */
  @property({ type: Boolean, attribute: 'drawer-open', reflect: true }) drawerOpen = false;

  private readonly width = new WidthController(this);
  // Constructed after the width: its update hook reads the layout the width chose.
  private readonly drawer = new DrawerController(this);
  private readonly sections = new SectionsController(this);
  /** `aria-current` of the items on the trail to the current page, computed once per navigation and URL. */
  private marks: CurrentMarks = noMarks;
  private marksKey: readonly unknown[] = [];

  /** @internal Narrower than the breakpoint: the drawer layout. The server cannot measure: it renders the bar. */
  get compact(): boolean {
    return this.width.narrow && !this.asOnServer;
  }

  /** @internal Index of the open section, -1 when all are closed. */
  get openIndex(): number {
    return this.sections.openIndex;
  }

  /** Opens the section with this id (closing the open one), unless a listener cancels; resolves once it is open. */
  async show(section: string): Promise<void> {
    this.openSection = section;
    await this.updateComplete;
  }

  /** Closes the open section, unless a `muni-hide` listener cancels; resolves once it is closed. */
  async hide(): Promise<void> {
    this.openSection = undefined;
    await this.updateComplete;
  }

  /** Opens the drawer (narrow layout only), unless a `muni-show` listener cancels; resolves once it is open. */
  async showDrawer(): Promise<void> {
    this.drawerOpen = true;
    await this.updateComplete;
  }

  /** Closes the drawer, unless a `muni-hide` listener cancels; resolves once it is closed and focus is back on the Menu button. */
  async hideDrawer(): Promise<void> {
    this.drawerOpen = false;
    await this.updateComplete;
  }

  /** @internal For the keyboard handling: opens the section at `index` (-1: none); true if that happened. */
  async setOpenIndex(index: number): Promise<boolean> {
    this.openSection = index < 0 ? undefined : sectionId(index);
    await this.updateComplete;
    return this.openIndex === index;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Also when the data arrives: at connection the element may not have been laid out yet
    // (slotted into a header still loading), and its first content must already have the
    // right layout, or the page shifts when it switches a frame later.
    if (
      (changed.has('breakpoint') || (changed as Map<PropertyKey, unknown>).has('municipality')) &&
      this.isConnected
    )
      this.width.measure();
    const municipality = this.municipality;
    if (!municipality) return;
    // The server has no address bar: without `current-url` it marks no current page.
    const currentUrl = this.currentUrl ?? (this.asOnServer ? undefined : location.href);
    if (this.marksKey[0] !== municipality.mainNavigation || this.marksKey[1] !== currentUrl) {
      this.marksKey = [municipality.mainNavigation, currentUrl];
      this.marks = currentMarks(municipality.mainNavigation, currentUrl);
    }
    this.sections.announce(municipality.mainNavigation);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeNav();
  }

  private onKeyDown = (event: KeyboardEvent): void => onMenuKeyDown(this, event);

  /**
   * Hydrated, the Menu button opens the modal drawer. Before, it opens the bar as a popover (see
   * the styles): the server renders it a `popovertarget`, whose expanded state is the browser's,
   * and the hydrated element trades it for its own `aria-expanded` (HTML allows only one).
   */
  private onMenuButtonClick = (event: MouseEvent): void => {
    event.preventDefault();
    void this.showDrawer();
  };

  /*
   * One navigation, two places. The `nav` is rendered once; on a wide element it sits in the
   * bar (`.inline-home`), on a narrow one it is moved (the same DOM node, not a copy) into the
   * drawer `<dialog>`. Keeping the `nav` outside the dialog on wide screens means the desktop
   * menu is not exposed as a dialog, and inside it on narrow screens the native modal dialog
   * makes the rest of the page inert without touching the page (no `aria-hidden`, no `inert`).
   * Rendering it into one place or the other from the template instead would make Lit throw the
   * whole tree away at each switch (up to thousands of links, the focus and the open section
   * with them) and could not be hydrated from the server's bar. Lit keeps updating the moved
   * node: its bindings point at the nodes themselves.
   */
  /** @internal */
  placeNav(): void {
    const nav = this.renderRoot.querySelector('nav');
    if (!nav) return;
    const home = this.renderRoot.querySelector(this.compact ? '.drawer-body' : '.inline-home')!;
    if (nav.parentElement !== home) home.append(nav);
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    const sections = municipality.mainNavigation;
    if (sections.length === 0) return html`<div class="root empty"></div>`;
    const compact = this.compact;
    const context: SectionContext = {
      text: (value) => this.text(value),
      textIn: (value) => this.textIn(value),
      marks: this.marks,
      locale: this.locale,
      openIndex: this.openIndex,
      onSummaryClick: this.sections.onSummaryClick,
      onToggle: this.sections.onToggle,
    };
    return html`<div class=${classMap({ root: true, compact })}>
      <div class="menu-bar">
        <button
          type="button"
          class="menu-button"
          part="menu-button"
          aria-haspopup="dialog"
          aria-expanded=${this.asOnServer ? nothing : this.drawerOpen ? 'true' : 'false'}
          aria-controls="drawer"
          popovertarget=${this.asOnServer ? 'menu-sheet' : nothing}
          ?hidden=${!compact}
          @click=${this.onMenuButtonClick}
        >
          <span class="burger" aria-hidden="true"></span>${msg('Menu')}
        </button>
      </div>
      <div class="inline-home" id="menu-sheet" popover>
        <nav
          part="nav"
          aria-label=${msg('Main')}
          @keydown=${this.onKeyDown}
          @focusout=${this.sections.onFocusOut}
        >
          <ul part="list" class="bar">
            ${sections.map((section, index) => renderSection(context, section, index))}
          </ul>
        </nav>
      </div>
      <dialog
        id="drawer"
        part="drawer"
        class="drawer"
        aria-labelledby="drawer-title"
        closedby="any"
      >
        <div class="drawer-head">
          <span id="drawer-title" class="drawer-title">${msg('Menu')}</span>
          <button
            type="button"
            class="close"
            part="close-button"
            @click=${() => void this.hideDrawer()}
          >
            <span class="cross" aria-hidden="true"></span>${msg('Close')}
          </button>
        </div>
        <div class="drawer-body"></div>
      </dialog>
    </div>`;
  }
}

defineElement('muni-mega-menu', MuniMegaMenu);

declare global {
  interface HTMLElementTagNameMap {
    'muni-mega-menu': MuniMegaMenu;
  }
}
