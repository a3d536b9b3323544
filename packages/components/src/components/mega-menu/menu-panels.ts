import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '@muni-kit/domain/localized-text.js';
import type { NavigationItem } from '@muni-kit/domain/navigation.js';
import type { CurrentMarks } from './menu-trail.js';

/** What the panel templates need from the element: its text in the reader's language, the trail. */
export interface PanelContext {
  readonly textIn: (value: LocalizedText) => TemplateResult | string;
  readonly marks: CurrentMarks;
}

/** What a top-level section's template needs besides: the open one, the reader's locale, the handlers. */
export interface SectionContext extends PanelContext {
  readonly text: (value: LocalizedText) => string;
  readonly locale: string;
  readonly openIndex: number;
  readonly onSummaryClick: (event: MouseEvent) => void;
  readonly onToggle: () => void;
}

export const hasChildren = (item: NavigationItem): boolean => (item.children?.length ?? 0) > 0;

/** How many links (pages) a list holds, at every depth. */
const countLinks = (items: ReadonlyArray<NavigationItem>): number =>
  items.reduce((sum, item) => sum + 1 + (item.children ? countLinks(item.children) : 0), 0);

/**
 * A top-level section: a plain link without sub-pages; else a `<details>` of the menu's one
 * accordion (`name`), its `summary` beside the section's own link when it has one (APG hybrid).
 */
export const renderSection = (
  context: SectionContext,
  section: NavigationItem,
  index: number,
): TemplateResult => {
  const current = context.marks.get(section);
  const label = context.text(section.label);
  if (!hasChildren(section)) {
    return html`<li part="top-item" class="top">
      ${
        section.url
          ? html`<a
              part="link top-link"
              class="top-link stop"
              href=${section.url}
              aria-current=${current ?? nothing}
              >${context.textIn(section.label)}</a
            >`
          : html`<span class="top-label">${context.textIn(section.label)}</span>`
      }
    </li>`;
  }
  // No aria-expanded: a summary's expanded state is the browser's, before hydration too.
  return html`<li part="top-item" class=${classMap({ top: true, current: current !== undefined })}>
    ${
      section.url
        ? html`<a
            part="link top-link"
            class="top-link"
            href=${section.url}
            aria-current=${current ?? nothing}
            >${context.textIn(section.label)}</a
          >`
        : nothing
    }
    <details
      class="section"
      name="muni-mega-menu-sections"
      data-index=${index}
      ?open=${context.openIndex === index}
      @toggle=${context.onToggle}
    >
      <summary
        part="toggle"
        class=${classMap({ toggle: true, stop: true, labelled: !section.url })}
        data-index=${index}
        aria-label=${section.url ? msg(str`More pages in ${label}`) : nothing}
        aria-current=${current === 'true' ? 'true' : nothing}
        @click=${context.onSummaryClick}
      >
        ${section.url ? nothing : context.textIn(section.label)}<span
          class="chevron"
          aria-hidden="true"
        ></span>
      </summary>
      <div part="panel" class="panel" id=${`panel-${index}`} data-index=${index}>
        ${guard([section, context.locale, context.marks], () => renderPanel(context, section, index))}
      </div>
    </details>
  </li>`;
};

/** The content of a section's panel, its groups of links or its single links; guarded, so opening or closing a panel re-renders none. */
const renderPanel = (
  context: PanelContext,
  section: NavigationItem,
  index: number,
): TemplateResult =>
  html`<div class="panel-inner">
    <ul class="groups">
      ${section.children!.map((child, i) =>
        hasChildren(child)
          ? html`<li class="group" data-links=${countLinks(child.children!)}>
              ${renderLink(context, child, `${index}-${i}`, 'group-label')}
              <ul class="links">
                ${renderItems(context, child.children!, `${index}-${i}`)}
              </ul>
            </li>`
          : html`<li class="single">${renderLink(context, child, `${index}-${i}`, 'page')}</li>`,
      )}
    </ul>
  </div>`;

/**
 * Links of a group, and any deeper levels as nested lists. A page without sub-pages (nearly
 * all of them) is one flat template: a menu may hold thousands.
 */
const renderItems = (
  context: PanelContext,
  items: ReadonlyArray<NavigationItem>,
  path: string,
): TemplateResult[] =>
  items.map((item, i) => {
    if (hasChildren(item)) {
      return html`<li>
        ${renderLink(context, item, `${path}-${i}`, 'page')}
        <ul class="links nested">
          ${renderItems(context, item.children!, `${path}-${i}`)}
        </ul>
      </li>`;
    }
    if (!item.url)
      return html`<li class="leaf">${renderLink(context, item, `${path}-${i}`, 'page')}</li>`;
    const current = context.marks.get(item) ?? nothing;
    const label = context.textIn(item.label);
    if (!item.description) {
      return html`<li class="leaf">
        <a part="link" class="page" href=${item.url} aria-current=${current}>${label}</a>
      </li>`;
    }
    const descriptionId = `description-${path}-${i}`;
    return html`<li class="leaf">
      <a
        part="link"
        class="page"
        href=${item.url}
        aria-current=${current}
        aria-describedby=${descriptionId}
        >${label}</a
      ><span class="description" part="description" id=${descriptionId}
        >${context.textIn(item.description)}</span
      >
    </li>`;
  });

const renderLink = (
  context: PanelContext,
  item: NavigationItem,
  path: string,
  kind: 'group-label' | 'page',
): TemplateResult => {
  const descriptionId = item.description ? `description-${path}` : undefined;
  const label = item.url
    ? html`<a
        part=${kind === 'group-label' ? 'link group-link' : 'link'}
        class=${kind}
        href=${item.url}
        aria-current=${context.marks.get(item) ?? nothing}
        aria-describedby=${descriptionId ?? nothing}
        >${context.textIn(item.label)}</a
      >`
    : html`<span class=${kind}>${context.textIn(item.label)}</span>`;
  return item.description
    ? html`${label}<span class="description" part="description" id=${descriptionId!}
          >${context.textIn(item.description)}</span
        >`
    : label;
};
