/**
 * The events of everything that opens and closes (the display settings dialog, the mega-menu's
 * panels, the header's drawer, the footer's groups), in Shoelace's manner (`sl-show` …): one
 * cancelable event before each change, one after it, all bubbling out of the shadow root.
 */
export type DisclosureEventName = 'muni-show' | 'muni-after-show' | 'muni-hide' | 'muni-after-hide';

/** Detail of the disclosure events. */
export interface DisclosureDetail {
  /**
   * Which part of the element opened or closed, for elements with several (a mega-menu panel's
   * or a footer group's id); absent for elements that are one disclosure (the settings dialog).
   */
  readonly part?: string;
}

declare global {
  interface HTMLElementEventMap {
    /** Something is about to open; cancelable (it then stays closed). */
    'muni-show': CustomEvent<DisclosureDetail>;
    /** Something has opened. */
    'muni-after-show': CustomEvent<DisclosureDetail>;
    /** Something is about to close; cancelable (it then stays open). */
    'muni-hide': CustomEvent<DisclosureDetail>;
    /** Something has closed. */
    'muni-after-hide': CustomEvent<DisclosureDetail>;
  }
}

/**
 * Dispatches a disclosure event from `host`. Returns false when a listener cancelled a
 * `muni-show` or `muni-hide`: the caller then leaves the state as it was.
 */
export const emitDisclosure = (
  host: HTMLElement,
  name: DisclosureEventName,
  part?: string,
): boolean =>
  host.dispatchEvent(
    new CustomEvent<DisclosureDetail>(name, {
      bubbles: true,
      composed: true,
      cancelable: name === 'muni-show' || name === 'muni-hide',
      detail: part === undefined ? {} : { part },
    }),
  );
