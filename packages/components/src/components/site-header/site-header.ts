import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import {
  addDays,
  formatLongDate,
  instantOfWallClock,
  isoDateAt,
  wallClockAt,
} from '@muni-kit/domain/zoned-time.js';
import { defineElement } from '../../internal/define.js';
import { MuniElement } from '../../internal/muni-element.js';
import { landmarkAncestors } from '../../internal/landmarks.js';
import { findDisplaySettings, openDisplaySettings } from '../../internal/page-settings.js';
import { sharedStyles } from '../../styles/shared.js';
import { siteHeaderStyles } from './site-header.styles.js';
import { HeaderWeather } from './header-weather.js';
import { renderUtilityBar } from './utility-bar.js';
import { renderWeatherReading, weatherStyles } from './weather-reading.js';

/** Milliseconds from `instant` to the next midnight in Europe/Sofia (at least one second). */
const untilMidnight = (instant: number): number => {
  const tomorrow = addDays(wallClockAt(new Date(instant)), 1);
  return Math.max(1000, instantOfWallClock(tomorrow, 0).getTime() - instant);
};

/**
 * The site header: a "skip to main content" link (the first thing a keyboard reaches), the
 * utility bar with the service links and the language switch, the coat of arms with the
 * municipality's name and tagline linking home, and the "today" line — the long date in
 * Europe/Sofia and the temperature. The mega-menu goes in its default slot:
 *
 * ```html
 * <muni-site-header src="/data/kazanlak.json">
 *   <muni-mega-menu src="/data/kazanlak.json"></muni-mega-menu>
 * </muni-site-header>
 * ```
 *
 * The weather comes from the feed at the data's `weather.src` (Open-Meteo's format), fetched
 * after the header has rendered and again every 30 minutes: the temperature, the condition in
 * words and an icon. When the feed fails, is malformed or its reading is more than three hours
 * old, nothing is shown. An element in the `weather` slot (a widget of the site's own) takes
 * its place. The date moves on at midnight.
 *
 * @tagname muni-site-header
 * @summary Site header: skip link, utility links, language switch, coat of arms and name, today line, menu slot.
 *
 * @fires muni-error - The data could not be loaded or decoded. `detail`: `{ failure, message }`.
 *
 * @slot - The site navigation, usually a `<muni-mega-menu>`, shown below the name.
 * @slot weather - Replaces the weather from the feed in the "today" line.
 *
 * @csspart skip-link - The "Skip to main content" link, visible when focused.
 * @csspart header - The `header` landmark (`role="banner"`; no landmark inside the page's own header, footer or main).
 * @csspart utility-bar - The bar above the name with the service links and the language switch.
 * @csspart utility-link - Each service link (accessibility, council, contacts, report an issue).
 * @csspart language-switch - The group of language versions.
 * @csspart language - Each language version, the current one included.
 * @csspart brand - The link home holding the coat of arms, name and tagline.
 * @csspart coat-of-arms - The coat of arms image.
 * @csspart name - The municipality's name.
 * @csspart tagline - The tagline under the name.
 * @csspart today - The "today" line with the date and the temperature.
 * @csspart weather - The weather: icon, temperature and condition (or the `weather` slot).
 * @csspart navigation - The wrapper of the default slot.
 * @csspart error - The error message shown instead of the header.
 *
 * @cssprop --muni-color-primary - Colour of the name.
 * @cssprop --muni-color-surface-alt - Background of the utility bar.
 * @cssprop --muni-color-surface - Background of the name area.
 * @cssprop --muni-color-link - Colour of the links.
 * @cssprop --muni-color-focus-halo - Background of the focused skip link.
 * @cssprop --muni-content-max-width - Width of the content column.
 */
export class MuniSiteHeader extends MuniElement {
  static override styles = [sharedStyles, siteHeaderStyles, weatherStyles];

  /**
   * The `id` of the page's main content, which the skip link moves to. Without it the link goes
   * to the page's `<main>` (or `role="main"`), else to the target of the page's own skip link (a
   * CMS theme's); a page with none of them gets no skip link. A server render, which cannot see
   * the page, links to `#main` unless this is set.
   */
  @property({ attribute: 'main-id' }) mainId: string | undefined;

  /**
   * The instant whose date the "today" line shows, and at which the weather's age is judged.
   * Moves on to the current time at each midnight and at each 30-minute refresh of the weather
   * feed (a fixed value set by a test stays until then). A server render shows the date of this instant (set it to the moment of
   * rendering); the browser shows the current date once the element has hydrated.
   */
  @property({ attribute: false }) now: Date = new Date(Date.now());

  /**
   * A weather feed document (Open-Meteo's format) to show instead of fetching the data's
   * `weather.src`: for server rendering (`muni-render --weather`), which fetches nothing. Its
   * reading is shown only when at most three hours older than `now`.
   */
  @property({ attribute: false }) weather: unknown;

  /** The live weather: the feed at `weather.src`, and what a server render showed. */
  private readonly liveWeather = new HeaderWeather(this);

  /** Whether an element fills the `weather` slot. */
  @state() private slottedWeather = false;

  private midnightTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    // Before the base class hydrates (or clears) the server's HTML: hydration must show the same reading.
    if (!this.hasUpdated) this.liveWeather.readServerRendering(this.shadowRoot);
    super.connectedCallback();
    this.slottedWeather = this.querySelector(':scope > [slot="weather"]') !== null;
    this.scheduleMidnight();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.midnightTimer);
    this.midnightTimer = undefined;
  }

  private scheduleMidnight(): void {
    clearTimeout(this.midnightTimer);
    this.midnightTimer = setTimeout(() => {
      this.now = new Date(Date.now());
      this.scheduleMidnight();
    }, untilMidnight(Date.now()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Fetched beside the rendering, never before it; not while a document is given.
    this.liveWeather.follow(
      this.weather === undefined ? this.municipality?.weather?.src : undefined,
    );
  }

  protected override timeShown(): Date {
    return this.now;
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    return html`<div class="root">
      ${this.renderSkipLink()}
      <header part="header" role=${this.insideLandmark() ? 'none' : 'banner'}>
        ${renderUtilityBar({
          municipality,
          locale: this.locale,
          textIn: (value) => this.textIn(value),
          opensSettings: this.displaySettings() !== null,
          openDisplaySettings: this.openDisplaySettings,
        })}
        <div class="brand-row">
          <div class="container brand-layout">
            ${this.renderBrand(municipality)} ${this.renderToday()}
          </div>
        </div>
        <div class="navigation" part="navigation"><slot></slot></div>
      </header>
    </div>`;
  }

  private renderSkipLink(): TemplateResult | typeof nothing {
    let href = `#${this.mainId ?? 'main'}`;
    if (!this.asOnServer && this.mainId === undefined) {
      const target = this.skipTarget();
      if (!target) return nothing;
      href = target.id ? `#${target.id}` : '#';
    }
    return html`<a class="skip-link" part="skip-link" href=${href} @click=${this.skip}
      >${msg('Skip to main content')}</a
    >`;
  }

  /** The page's main content (see `mainId`), or null. */
  private skipTarget(): HTMLElement | null {
    if (this.mainId !== undefined) return document.getElementById(this.mainId);
    const main = document.querySelector<HTMLElement>('main, [role="main"]');
    if (main) return main;
    const own = document.querySelector<HTMLAnchorElement>('a[href^="#"][class*="skip"]');
    const id = own ? decodeURIComponent(own.hash.slice(1)) : '';
    return id ? document.getElementById(id) : null;
  }

  /** The page's display settings, which the accessibility link opens; none on the server (a plain link). */
  private displaySettings = () =>
    this.asOnServer ? null : findDisplaySettings(this.ownerDocument);
  private openDisplaySettings = (event: MouseEvent) =>
    openDisplaySettings(event, this.displaySettings());

  private renderBrand(municipality: Municipality): TemplateResult {
    const arms = municipality.coatOfArms;
    return html`<a class="brand" part="brand" href=${municipality.homeUrl}>
      <img
        part="coat-of-arms"
        src=${arms.src}
        alt=${this.text(arms.alt)}
        width=${arms.width ?? 100}
        height=${arms.height ?? 120}
      />
      <span class="brand-text">
        <span class="name" part="name">${this.textIn(municipality.name)}</span>
        ${municipality.tagline ? html`<span class="tagline" part="tagline">${this.textIn(municipality.tagline)}</span>` : nothing}
      </span>
    </a>`;
  }

  private renderToday(): TemplateResult {
    const now = this.renderTime(this.now);
    const weather = this.liveWeather.at(now, this.weather, this.asOnServer);
    // The server does not see the light DOM: it renders as if the weather slot were empty.
    const showWeather = (this.slottedWeather && !this.asOnServer) || weather !== undefined;
    return html`<p class="today" part="today">
      <span class="today-label">${msg('Today')}</span>
      <time datetime=${isoDateAt(now)}>${formatLongDate(now, this.locale)}</time>
      <span class="weather" part="weather" ?hidden=${!showWeather}>
        <slot name="weather" @slotchange=${this.weatherChanged}
          >${weather === undefined ? nothing : renderWeatherReading(weather, this.locale)}</slot
        >
      </span>
    </p>`;
  }

  private weatherChanged(event: Event): void {
    this.slottedWeather = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  /**
   * Whether the page already wraps this element in its own banner (a CMS theme's `<header>`) or
   * places it inside another landmark, where a banner is not allowed: then the element adds no
   * banner landmark.
   */
  private insideLandmark(): boolean {
    if (this.asOnServer) return false; // the server does not see the page around the element
    return this.parentElement?.closest(landmarkAncestors) != null;
  }

  /**
   * Focuses the main content itself: following "#main" from inside a shadow root scrolls, but
   * does not reliably move keyboard focus there.
   */
  private skip(event: Event): void {
    const target = this.skipTarget();
    if (!target) return;
    event.preventDefault();
    // A target that cannot take focus (a <main>) gets tabindex="-1": focusable, but not a tab stop.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex'))
      target.setAttribute('tabindex', '-1');
    target.focus();
  }
}

defineElement('muni-site-header', MuniSiteHeader);

declare global {
  interface HTMLElementTagNameMap {
    'muni-site-header': MuniSiteHeader;
  }
}
