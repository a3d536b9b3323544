import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { findTrail, type NavigationItem } from '@muni-kit/domain/navigation.js';
import { defineElement } from '../../internal/define.js';
import { headingLevel, headingTag } from '../../internal/heading-level.js';
import { MuniElement } from '../../internal/muni-element.js';
import { serverUrlBase } from '../../internal/server-context.js';
import { sharedStyles } from '../../styles/shared.js';
import { sideNavStyles } from './side-nav.styles.js';

/**
 * The section navigation: the pages of one section of the site (the data's
 * `sectionNavigation`), nested to any depth, under a heading. A labelled `nav`; the current
 * page is marked `aria-current="page"` and the groups that lead to it start open. Every group
 * opens and closes with a disclosure button (`aria-expanded`, `aria-controls`); the links of a
 * closed group stay in the page, hidden, so that crawlers and find-in-page still see them.
 *
 * @tagname muni-side-nav
 * @summary Section navigation with nesting, the current page marked, groups collapsible.
 *
 * @fires muni-error - The data could not be loaded or decoded. `detail`: `{ failure, message }`.
 *
 * @csspart nav - The `nav` landmark.
 * @csspart heading - The heading naming the section (and the landmark).
 * @csspart list - Each list, the top level and every group.
 * @csspart item - Each list item.
 * @csspart link - Each link, the current page's included.
 * @csspart toggle - Each button that opens or closes a group.
 * @csspart error - The error message shown instead of the navigation.
 *
 * @cssprop --muni-color-primary - Colour of the current page's marker.
 * @cssprop --muni-color-primary-subtle - Background of the current page.
 * @cssprop --muni-color-link - Colour of the links.
 * @cssprop --muni-color-border - Colour of the dividers.
 */
export class MuniSideNav extends MuniElement {
  static override styles = [sharedStyles, sideNavStyles];
  /** Prerendered, final: no live state, and the browser handles its links (see MuniElement). */
  static override readonly finalWhenPrerendered = true;

  /**
   * The URL of the page being shown, absolute or relative to the page; the link to it is
   * marked current and the groups above it open. Defaults to the browser's address; give it
   * when rendering on the server.
   */
  @property({ attribute: 'current-url' }) currentUrl: string | undefined;

  /** The level (1–6) of the heading that names the section; 2 unless set. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Groups the reader opened (true) or closed (false), by their position in the tree. */
  @state() private toggled = new Map<string, boolean>();

  /** The items from the top down to the current page, and the current page, while rendering. */
  private trail: ReadonlySet<NavigationItem> = new Set();
  private current: NavigationItem | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another document or another page: the groups follow the new current page again.
    if (changed.has('data') || changed.has('src') || changed.has('currentUrl'))
      this.toggled = new Map();
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    const section = municipality.sectionNavigation;
    if (!section || section.items.length === 0) return html`<div class="root empty"></div>`;
    // The server has no address bar: without `current-url` it marks no current page.
    const currentUrl = this.currentUrl ?? (this.asOnServer ? undefined : location.href);
    const trail = findTrail(
      section.items,
      currentUrl,
      isServer ? currentUrl && serverUrlBase(currentUrl) : location.href,
    );
    this.trail = new Set(trail);
    this.current = trail.at(-1);
    return html`<nav class="root" part="nav" aria-labelledby="heading">
      ${this.renderHeading(this.textIn(section.label))} ${this.renderList(section.items, '')}
    </nav>`;
  }

  private renderHeading(label: TemplateResult | string): TemplateResult {
    const tag = headingTag(headingLevel(this.headingLevel, 2));
    return staticHtml`<${tag} id="heading" class="heading" part="heading">${label}</${tag}>`;
  }

  private renderList(
    items: ReadonlyArray<NavigationItem>,
    path: string,
    open = true,
  ): TemplateResult {
    return html`<ul
      part="list"
      class=${path === '' ? 'top' : 'group-list'}
      id=${path === '' ? nothing : `group-${path}`}
      ?hidden=${!open}
    >
      ${items.map((item, index) => this.renderItem(item, path === '' ? `${index}` : `${path}-${index}`))}
    </ul>`;
  }

  private renderItem(item: NavigationItem, path: string): TemplateResult {
    const current = item === this.current;
    const onTrail = this.trail.has(item);
    const label = this.textIn(item.label);
    const children = item.children ?? [];
    const classes = current ? 'current' : onTrail ? 'ancestor' : '';
    const link = item.url
      ? html`<a
          part="link"
          class=${classes}
          href=${item.url}
          aria-current=${current ? 'page' : nothing}
          >${label}</a
        >`
      : nothing;
    if (children.length === 0) {
      return html`<li part="item">
        ${item.url ? link : html`<span class="text">${label}</span>`}
      </li>`;
    }
    const open = this.toggled.get(path) ?? onTrail;
    const groupId = `group-${path}`;
    const toggle = (content: TemplateResult | string, labelled: boolean) =>
      html`<button
        type="button"
        part="toggle"
        class=${labelled ? `toggle text-toggle ${classes}` : 'toggle'}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${groupId}
        aria-label=${labelled ? nothing : msg(str`Subpages of ${this.text(item.label)}`)}
        @click=${() => this.toggle(path, !open)}
      >
        ${content}<span class="chevron" aria-hidden="true"></span>
      </button>`;
    return html`<li part="item" class="group">
      <div class="row">${item.url ? html`${link}${toggle('', false)}` : toggle(label, true)}</div>
      ${this.renderList(children, path, open)}
    </li>`;
  }

  private toggle(path: string, open: boolean): void {
    this.toggled = new Map(this.toggled).set(path, open);
  }
}

defineElement('muni-side-nav', MuniSideNav);

declare global {
  interface HTMLElementTagNameMap {
    'muni-side-nav': MuniSideNav;
  }
}
