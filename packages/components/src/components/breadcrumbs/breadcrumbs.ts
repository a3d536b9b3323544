import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import type { PageMeta } from '@muni-kit/domain/page-meta.js';
import { defineElement } from '../../internal/define.js';
import { MuniElement } from '../../internal/muni-element.js';
import type { LoadFailure } from '../../internal/municipality-source.js';
import { sharedStyles } from '../../styles/shared.js';
import { breadcrumbsStyles } from './breadcrumbs.styles.js';

/**
 * The breadcrumb trail of a page: where it sits in the site, from the home page down. A
 * labelled `nav` with an ordered list; the current page is marked with `aria-current="page"`;
 * the separators are drawn, so assistive technology does not read them. On narrow screens the
 * middle levels collapse behind a button that shows them again.
 *
 * @tagname muni-breadcrumbs
 * @summary Breadcrumb trail of the current page.
 *
 * @fires muni-error - The data could not be loaded or decoded, or `page` names no page. `detail`: `{ failure, message }`.
 *
 * @csspart nav - The `nav` landmark.
 * @csspart list - The ordered list.
 * @csspart item - Each list item.
 * @csspart link - Each link, the current page's included.
 * @csspart error - The error message shown instead of the trail.
 *
 * @cssprop --muni-color-link - Colour of the links.
 * @cssprop --muni-color-text - Colour of the current page.
 * @cssprop --muni-color-text-muted - Colour of the separators.
 * @cssprop --muni-font-size-small - Size of the trail's text.
 */
export class MuniBreadcrumbs extends MuniElement {
  static override styles = [sharedStyles, breadcrumbsStyles];
  /** Prerendered, final: no live state, and the browser handles its links (see MuniElement). */
  static override readonly finalWhenPrerendered = true;

  /**
   * The id of the page (from the data's `pages`) whose trail to show. Without it, the page
   * whose URL is the browser's current URL, else the first page of the data. Give it when
   * rendering on the server, which has no current URL.
   */
  @property({ reflect: true }) page: string | undefined;

  @state() private expanded = false;

  private currentPage(municipality: Municipality): PageMeta | undefined {
    const pages = municipality.pages ?? [];
    if (this.page) return pages.find((p) => p.id === this.page);
    // The server has no address bar: without `page` it shows the first page of the data.
    if (this.asOnServer) return pages[0];
    const here = location.href.replace(/#.*$/u, '');
    return pages.find((p) => p.url === here) ?? pages[0];
  }

  protected override selectionFailure(municipality: Municipality): LoadFailure | undefined {
    return this.currentPage(municipality)
      ? undefined
      : { kind: 'not-found', what: 'page', id: this.page ?? '' };
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    const trail = this.currentPage(municipality)?.breadcrumbs ?? [];
    const last = trail.length - 1;
    return html`<nav class="root" part="nav" aria-label=${msg('Breadcrumb')}>
      <ol part="list" class=${this.expanded ? 'expanded' : ''}>
        ${trail.map(
          (item, index) => html`${
            index === 1 && last > 2
              ? html`<li class="more">
                  <button type="button" aria-expanded="false" @click=${this.expand} aria-label=${msg('Show all levels of the path')}>
                    …
                  </button>
                </li>`
              : nothing
          }
            <li part="item" class=${index > 0 && index < last - 1 ? 'middle' : ''}>
              ${
                item.url
                  ? html`<a part="link" href=${item.url} aria-current=${index === last ? 'page' : nothing}>${this.textIn(item.label)}</a>`
                  : html`<span aria-current=${index === last ? 'page' : nothing}>${this.textIn(item.label)}</span>`
              }
            </li>`,
        )}
      </ol>
    </nav>`;
  }

  private expand(): void {
    this.expanded = true;
    // The button disappears; keep focus in the trail, on the first level it revealed.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('li.middle a')?.focus(),
    );
  }
}

defineElement('muni-breadcrumbs', MuniBreadcrumbs);

declare global {
  interface HTMLElementTagNameMap {
    'muni-breadcrumbs': MuniBreadcrumbs;
  }
}
