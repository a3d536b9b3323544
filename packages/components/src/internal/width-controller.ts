import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host the controller measures: an element with a breakpoint in em of its own font size. */
type MeasuredHost = ReactiveControllerHost & HTMLElement & { breakpoint: number };

/**
 * Whether an element is narrower than its `breakpoint` (in em of its own font size), from its
 * own width rather than the viewport's, since a kit element takes the box the host page gives
 * it. Requests an update of the host when that changes. Not measured on the server, nor while
 * the element is not laid out (`display: none`): `narrow` keeps its last value, false at first.
 */
export class WidthController implements ReactiveController {
  /** Narrower than the host's breakpoint. */
  narrow = false;
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: MeasuredHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measured a frame later: changing the layout inside the observer's callback would resize the
    // element again within the same frame (a "ResizeObserver loop" error).
    this.observer ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.observer.observe(this.host);
    this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Measures now; call it too when the breakpoint or the content changes before the observer
   * reports (a first render must already have the right layout, or the page shifts).
   */
  measure(): void {
    const width = this.host.getBoundingClientRect().width;
    if (width === 0) return;
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const narrow = width < this.host.breakpoint * em;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
