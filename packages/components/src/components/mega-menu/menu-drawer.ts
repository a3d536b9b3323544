import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emitDisclosure } from '../../internal/disclosure-events.js';

/** The `part` of the drawer's disclosure events. */
export const drawerPart = 'drawer';

/** What the drawer needs from the menu. */
export interface DrawerHost extends ReactiveControllerHost, HTMLElement {
  /** The public state: whether the drawer is open. */
  drawerOpen: boolean;
  /** The narrow layout, the only one with a drawer. */
  readonly compact: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Puts the navigation where the layout wants it (into the drawer when narrow). */
  placeNav(): void;
}

/**
 * The drawer of the narrow layout: a native modal `<dialog>` (the rest of the page is inert).
 * `drawerOpen` is its state: each change goes through a cancelable `muni-show` / `muni-hide`
 * (before the update: a cancelled change is undone before anything renders) and ends with
 * `muni-after-show` / `muni-after-hide` once the dialog is open or closed. What the browser
 * closes itself (Escape pressed twice, a layout turning wide) is only followed: no `muni-hide`.
 */
export class DrawerController implements ReactiveController {
  /** The state as of the last update. */
  private committed = false;
  /** The dialog was closed by the browser, or by the layout: not cancelable. */
  private closedAlready = false;
  private pending: 'show' | 'hide' | undefined;
  private listened: HTMLDialogElement | undefined;
  private sheetAdopted = false;

  constructor(private readonly host: DrawerHost) {
    host.addController(this);
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  hostDisconnected(): void {
    this.dialog()?.close();
  }

  hostUpdate(): void {
    const host = this.host;
    // There is no drawer on a wide layout: it closes (or never opens) without asking.
    if (!host.compact && host.drawerOpen) {
      host.drawerOpen = false;
      this.closedAlready = this.committed;
    }
    if (host.drawerOpen === this.committed) return;
    const forced = this.closedAlready && !host.drawerOpen;
    this.closedAlready = false;
    if (!forced && !emitDisclosure(host, host.drawerOpen ? 'muni-show' : 'muni-hide', drawerPart)) {
      host.drawerOpen = this.committed; // cancelled: as it was
      return;
    }
    this.committed = host.drawerOpen;
    this.pending = host.drawerOpen ? 'show' : 'hide';
  }

  hostUpdated(): void {
    const dialog = this.dialog();
    if (!dialog) return;
    if (dialog !== this.listened) {
      dialog.addEventListener('click', this.onClick);
      dialog.addEventListener('cancel', this.onCancel);
      dialog.addEventListener('close', this.onClose);
      this.listened = dialog;
    }
    if (!this.sheetAdopted) {
      this.sheetAdopted = true;
      // Hydrating while the reader has the server's sheet open (the Menu button's popover before
      // the script ran): the drawer takes its place, with the same navigation in it.
      const sheet = this.host.renderRoot.querySelector<HTMLElement>('.inline-home');
      if (sheet && 'hidePopover' in sheet && sheet.matches(':popover-open')) {
        sheet.hidePopover();
        // Hydrating renders as the server did (the bar): the next update, narrow, opens the drawer.
        this.host.drawerOpen = true;
      }
    }
    const pending = this.pending;
    this.pending = undefined;
    if (pending === 'show') {
      this.host.placeNav();
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLElement>('.close')?.focus();
      emitDisclosure(this.host, 'muni-after-show', drawerPart);
    } else if (pending === 'hide') {
      if (dialog.open) dialog.close();
      if (this.host.compact)
        this.host.renderRoot.querySelector<HTMLElement>('.menu-button')?.focus();
      emitDisclosure(this.host, 'muni-after-hide', drawerPart);
    }
  }

  /** Escape (and Chromium's `closedby="any"` backdrop click): through the state, so a listener can keep it open. */
  private onCancel = (event: Event): void => {
    if (!event.cancelable) return; // the browser closes it regardless (see onClose)
    event.preventDefault();
    this.host.drawerOpen = false;
  };

  /** Closed by the browser itself: a second Escape without a user action between (close-watcher rule). */
  private onClose = (): void => {
    if (!this.committed) return;
    this.closedAlready = true;
    this.host.drawerOpen = false;
  };

  /**
   * A click on the backdrop closes the drawer where `closedby="any"` is not implemented yet
   * (Firefox ESR): such a click targets the dialog itself, outside its box.
   */
  private onClick = (event: MouseEvent): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) this.host.drawerOpen = false;
  };
}
