import { isServer, type ReactiveControllerHost } from 'lit';
import { freshWeather, type CurrentWeather } from '@muni-kit/domain/weather.js';
import { WeatherFeed } from '../../internal/weather-feed.js';
import { readingOf, readRenderedWeather } from './weather-reading.js';

/**
 * The header's weather state: the feed it follows (see `WeatherFeed`) and the reading a
 * server render showed, which hydration must show again before the feed has answered.
 */
export class HeaderWeather {
  /** The feed at the data's `weather.src`; each 30-minute refresh moves the host's `now` on. */
  readonly feed: WeatherFeed;
  private rendered: CurrentWeather | undefined;

  constructor(host: ReactiveControllerHost & { now: Date }) {
    this.feed = new WeatherFeed(host, { onInterval: () => (host.now = new Date(Date.now())) });
  }

  /** Reads the reading of server-rendered HTML, before the element hydrates (or clears) it. */
  readServerRendering(root: ShadowRoot | null): void {
    this.rendered = readRenderedWeather(root);
  }

  /** Follows the feed at `src` (none: stops). The server fetches nothing. */
  follow(src: string | undefined): void {
    if (!isServer) this.feed.source = src;
  }

  /**
   * The reading to show at `now`, if fresh: that of `document` when one is given (server
   * rendering), else the server's while hydrating or until the feed answers, else the feed's.
   */
  at(now: Date, document: unknown, asOnServer: boolean): CurrentWeather | undefined {
    if (document !== undefined) return freshWeather(readingOf(document), now);
    return freshWeather(asOnServer || !this.feed.settled ? this.rendered : this.feed.value, now);
  }
}
