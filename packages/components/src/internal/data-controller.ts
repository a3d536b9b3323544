/*
 * The data of a muni-kit element: which source it comes from (the `data` property, an inline
 * JSON child, or `src`, in that order), loading and decoding it, and reporting what fails.
 *
 * A controller of its own rather than `@lit/task`: a Task runs in the host's update, so it
 * could neither load before the host connects (a server-rendered element stays unconnected,
 * `defer-hydration`, until its data has arrived) nor give data that is already at hand to the
 * first render (a Task always resolves after a microtask: a flash of the loading state, and no
 * content at all on the server, which renders synchronously).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import {
  decodeInline,
  decodeProperty,
  describeFailure,
  loadMunicipality,
  type LoadFailure,
  type LoadResult,
} from './municipality-source.js';

/** Detail of the `muni-error` event. */
export interface MuniErrorDetail {
  readonly failure: LoadFailure;
  /** The same text as the console message: what failed, with the URL, status or data path. */
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    /** Fired by every muni-kit element when its data cannot be loaded, decoded or selected. */
    'muni-error': CustomEvent<MuniErrorDetail>;
  }
}

/** What the controller reads from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly data: unknown;
  readonly src: string | undefined;
  readonly baseUrl: string | undefined;
  readonly timeout: number;
}

export class DataController implements ReactiveController {
  municipality: Municipality | undefined;
  failure: LoadFailure | undefined;
  /** The fingerprint of the loaded document, worked out when asked for. */
  fingerprint: (() => string | undefined) | undefined;
  private token = 0;
  private connected = false;
  private reported: string | undefined;
  /** The data source the last load was started for: another one starts a new load. */
  private from:
    | {
        readonly data: unknown;
        readonly src: string | undefined;
        readonly baseUrl: string | undefined;
      }
    | undefined;
  private settle: (() => void) | undefined;
  private settledPromise = this.resetSettled();

  constructor(
    private readonly host: DataHost,
    /** The failure the element shows after an update, if any: reported then. */
    private readonly shown: () => LoadFailure | undefined,
  ) {
    host.addController(this);
  }

  /** Resolves when the current load has a result (content or failure). */
  get settled(): Promise<void> {
    return this.settledPromise;
  }

  /**
   * Loads from the current data source unless a load for it has already started. Called when
   * the source changes and on connection (in the browser the light DOM and the page are only
   * read once the element is in the page), never from the update.
   */
  sync(): void {
    const { host } = this;
    // In the browser, not before the element is connected with all its attributes (`timeout`).
    if (!isServer && !this.connected) return;
    const from = this.from;
    if (from && from.data === host.data && from.src === host.src && from.baseUrl === host.baseUrl)
      return;
    this.from = { data: host.data, src: host.src, baseUrl: host.baseUrl };
    this.load();
  }

  /** From the host's connectedCallback: loads unless `load` is false (it waits until asked). */
  connect(load: boolean): void {
    this.connected = true;
    if (load) this.sync();
  }

  disconnect(): void {
    this.connected = false;
  }

  /** After the update that shows a failure: says so once, on the console and as `muni-error`. */
  hostUpdated(): void {
    const failure = this.shown();
    if (failure) this.report(failure);
  }

  private load(): void {
    const { host } = this;
    const token = ++this.token;
    const apply = (result: LoadResult) => {
      if (token !== this.token) return; // a newer data source replaced this one
      this.settle?.();
      this.fingerprint = result.ok ? result.fingerprint : undefined;
      this.municipality = result.ok ? result.value : undefined;
      this.failure = result.ok ? undefined : result.failure;
      if (result.ok) this.reported = undefined;
      host.requestUpdate();
    };
    const pending = () => {
      // The previous document is not this source's: the selection (twin-city, page) must not
      // be checked against it while the new one loads (a false "no twin city" error).
      this.municipality = undefined;
      this.failure = undefined;
      this.resetSettled();
      host.requestUpdate();
    };
    const data: unknown = host.data;
    if (data instanceof Promise) {
      pending();
      data.then(
        (value: unknown) => apply(decodeProperty(value, { baseUrl: host.baseUrl })),
        (error: unknown) =>
          apply({
            ok: false,
            failure: { kind: 'network', url: '(data property)', message: String(error) },
          }),
      );
      return;
    }
    if (data !== undefined && data !== null)
      return apply(decodeProperty(data, { src: host.src, baseUrl: host.baseUrl }));
    // On the server there is no light DOM to read and nothing to fetch: the loading state.
    if (isServer) return;
    const inline = host.querySelector(':scope > script[type="application/json"]');
    if (inline) return apply(decodeInline(inline.textContent ?? '', host.baseUrl));
    if (host.src) {
      pending();
      void loadMunicipality(host.src, host.timeout).then(apply);
      return;
    }
    if (document.readyState === 'loading') {
      // The parser may not have reached an inline JSON child yet.
      document.addEventListener('DOMContentLoaded', () => token === this.token && this.load(), {
        once: true,
      });
      return;
    }
    apply({ ok: false, failure: { kind: 'no-data' } });
  }

  /** A new promise once the last one has settled: one that waits is kept for the next result. */
  private resetSettled(): Promise<void> {
    if (this.settle) return this.settledPromise;
    return (this.settledPromise = new Promise<void>(
      (resolve) =>
        (this.settle = () => {
          this.settle = undefined;
          resolve();
        }),
    ));
  }

  /** Logs the failure and fires `muni-error` (not on the server), once per message. */
  report(failure: LoadFailure): void {
    const message = describeFailure(failure);
    if (this.reported === message) return;
    this.reported = message;
    console.error(`<${this.host.localName}>: ${message}`);
    if (isServer) return;
    this.host.dispatchEvent(
      new CustomEvent<MuniErrorDetail>('muni-error', {
        detail: { failure, message },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
