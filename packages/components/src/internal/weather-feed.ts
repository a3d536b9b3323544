import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeWeatherFeedJson, type CurrentWeather } from '@muni-kit/domain/weather.js';

/** How a feed is followed; every option has a default for real use, tests replace them. */
export interface WeatherFeedOptions {
  /** Milliseconds between two fetches of the feed. Default: 30 minutes. */
  readonly interval?: number;
  /** Milliseconds to wait for an answer before giving up on this fetch. Default: 10 seconds. */
  readonly timeout?: number;
  /** Runs `run` after `ms` milliseconds; returns a function that cancels it. Default: `setTimeout`. */
  readonly schedule?: (run: () => void, ms: number) => () => void;
  /**
   * Called when the interval is up, before the next fetch: the host moves its clock on, so that
   * the new reading is judged against the current time.
   */
  readonly onInterval?: () => void;
}

const defaultSchedule = (run: () => void, ms: number): (() => void) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * Follows a weather feed (a URL answering in Open-Meteo's format, see the domain's weather.ts)
 * for a Lit element: fetches it when the host is connected and a source is set, again every
 * `interval`, and asks the host to update when an answer (or a failure) arrives. It never
 * throws and never holds up the host's rendering: until the first answer, and after a failed
 * fetch (network error, timeout, HTTP error, invalid JSON, wrong shape), `value` is undefined.
 * Freshness is the host's decision (`freshWeather` at its own clock).
 *
 * Browser only: on the server, nothing is fetched (hosts do not set a source there).
 */
export class WeatherFeed implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly interval: number;
  private readonly timeout: number;
  private readonly schedule: (run: () => void, ms: number) => () => void;
  private readonly onInterval: (() => void) | undefined;
  private url: string | undefined;
  private connected = false;
  private reading: CurrentWeather | undefined;
  private answered = false;
  private inFlight: AbortController | undefined;
  private cancelTimer: (() => void) | undefined;
  /** Cancels the timeout of the fetch under way. */
  private cancelTimeout: (() => void) | undefined;
  /** Counts fetches, so that the answer of one overtaken by another is dropped. */
  private generation = 0;

  constructor(host: ReactiveControllerHost, options: WeatherFeedOptions = {}) {
    this.host = host;
    this.interval = options.interval ?? 30 * 60 * 1000;
    this.timeout = options.timeout ?? 10_000;
    this.schedule = options.schedule ?? defaultSchedule;
    this.onInterval = options.onInterval;
    host.addController(this);
  }

  /** The reading of the last answer, or undefined (none yet, or the last fetch failed). */
  get value(): CurrentWeather | undefined {
    return this.reading;
  }

  /** Whether a fetch of the current source has finished, with a reading or without. */
  get settled(): boolean {
    return this.answered;
  }

  /** The feed's URL. Setting another one forgets the old reading and fetches the new one. */
  get source(): string | undefined {
    return this.url;
  }

  set source(url: string | undefined) {
    if (url === this.url) return;
    this.url = url;
    this.stop();
    this.reading = undefined;
    this.answered = false;
    if (this.connected && url !== undefined) void this.refresh();
  }

  hostConnected(): void {
    this.connected = true;
    if (this.url !== undefined && !this.inFlight) void this.refresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /**
   * Fetches the feed now (and restarts the interval). Resolves when the answer is in and the
   * host has been asked to update; never rejects.
   */
  async refresh(): Promise<void> {
    const url = this.url;
    if (url === undefined) return;
    this.stop();
    const generation = ++this.generation;
    const abort = new AbortController();
    this.inFlight = abort;
    const cancelTimeout = this.schedule(() => abort.abort(), this.timeout);
    this.cancelTimeout = cancelTimeout;
    let reading: CurrentWeather | undefined;
    try {
      // No cookies and no referrer: a feed on another origin (Open-Meteo) learns no more than
      // it must. A cached copy on the site's own server needs neither.
      const response = await fetch(url, {
        signal: abort.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (response.ok) {
        const decoded = decodeWeatherFeedJson(await response.text());
        if (decoded.ok) reading = decoded.value;
      }
    } catch {
      // Offline, blocked by the page's CSP (connect-src), refused by CORS or timed out: no weather.
    } finally {
      cancelTimeout();
    }
    if (generation !== this.generation) return; // overtaken by another source or fetch
    this.inFlight = undefined;
    this.reading = reading;
    this.answered = true;
    if (this.connected) {
      this.cancelTimer = this.schedule(() => {
        this.onInterval?.();
        void this.refresh();
      }, this.interval);
    }
    this.host.requestUpdate();
  }

  /** Aborts the fetch under way and cancels the next one. */
  private stop(): void {
    this.generation++;
    this.inFlight?.abort();
    this.inFlight = undefined;
    // The aborted fetch settles later; its timeout must not outlive the host meanwhile.
    this.cancelTimeout?.();
    this.cancelTimeout = undefined;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }
}
