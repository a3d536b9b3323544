import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NavigationItem } from '@muni-kit/domain/navigation.js';
import { emitDisclosure } from '../../internal/disclosure-events.js';
import { hasChildren } from './menu-panels.js';

/** The id of the section at `index` of the navigation: its panel's id, and its events' `part`. */
export const sectionId = (index: number): string => `panel-${index}`;

/** What the sections need from the menu. */
export interface SectionsHost extends ReactiveControllerHost, HTMLElement {
  /** The public state: the id of the open section, or none. */
  openSection: string | undefined;
  /** The drawer layout: there, the panels stay open when focus or a click leaves them. */
  readonly compact: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The open section of the menu: `openSection` is its state, the `<details>` follow it. Each
 * change goes through cancelable `muni-hide` (of the open one) and `muni-show` (of the new one)
 * before the update, so a cancelled change never renders, then `muni-after-hide` and
 * `muni-after-show` once the DOM shows it. The reader's clicks and keys take the same path; what
 * the browser opens itself (find-in-page, a click before hydration) is adopted into the state.
 */
export class SectionsController implements ReactiveController {
  /** The open section as of the last update. */
  private shown: string | undefined;
  private after: { from: string | undefined; to: string | undefined } | undefined;
  private adopted = false;

  constructor(private readonly host: SectionsHost) {
    host.addController(this);
  }

  /** Index of the open section, -1 when all are closed. */
  get openIndex(): number {
    return this.shown === undefined ? -1 : Number(this.shown.slice('panel-'.length));
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
  }

  /** Before an update with the data: the events of a change of `openSection` (an unknown id is ignored). */
  announce(sections: ReadonlyArray<NavigationItem>): void {
    const host = this.host;
    const to = host.openSection;
    const from = this.shown;
    if (to === from) return;
    const exists =
      to === undefined ||
      sections.some((section, index) => hasChildren(section) && sectionId(index) === to);
    const allowed =
      exists &&
      (from === undefined || emitDisclosure(host, 'muni-hide', from)) &&
      (to === undefined || emitDisclosure(host, 'muni-show', to));
    if (!allowed) {
      host.openSection = from; // as it was
      return;
    }
    this.shown = to;
    this.after = { from, to };
  }

  hostUpdated(): void {
    const all = [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details.section')];
    if (!this.adopted && all.length > 0) {
      this.adopted = true;
      // Hydrating a page where the reader opened a section before the script ran: adopt it.
      const opened = all.find((details) => details.open);
      if (opened && this.host.openSection === undefined)
        this.host.openSection = sectionId(Number(opened.dataset.index));
      if (opened) return;
    }
    // The DOM follows the state even where the browser toggled a <details> itself and the
    // binding's last value did not change.
    for (const details of all) {
      const open = Number(details.dataset.index) === this.openIndex;
      if (details.open !== open) details.open = open;
    }
    const after = this.after;
    this.after = undefined;
    if (after?.from !== undefined) emitDisclosure(this.host, 'muni-after-hide', after.from);
    if (after?.to !== undefined) emitDisclosure(this.host, 'muni-after-show', after.to);
  }

  /** The reader's click, Enter or Space: through the state (and its cancelable events), not the browser's toggle. */
  onSummaryClick = (event: MouseEvent): void => {
    event.preventDefault();
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.host.openSection = this.openIndex === index ? undefined : sectionId(index);
  };

  /**
   * The browser toggled a section itself (find-in-page revealing a match): the state follows.
   * Read from the whole group, since closing the other section of the accordion fires first.
   */
  onToggle = (): void => {
    const opened = this.host.renderRoot.querySelector<HTMLDetailsElement>('details.section[open]');
    const id = opened ? sectionId(Number(opened.dataset.index)) : undefined;
    if (id !== this.shown) this.host.openSection = id;
  };

  /** Focus moved to something outside the menu: close the open panel (not in the drawer). */
  onFocusOut = (event: FocusEvent): void => {
    if (this.host.compact || this.shown === undefined) return;
    const to = event.relatedTarget as Node | null;
    const nav = event.currentTarget as HTMLElement;
    if (to && !nav.contains(to)) this.host.openSection = undefined;
  };

  /** A press outside the menu closes the open panel. Listens on the document while connected. */
  private onDocumentPointerDown = (event: PointerEvent): void => {
    if (this.host.compact || this.shown === undefined) return;
    const nav = this.host.renderRoot.querySelector('nav');
    if (nav && !event.composedPath().includes(nav)) this.host.openSection = undefined;
  };
}
