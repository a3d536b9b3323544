import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { localize, type LocalizedText } from '@muni-kit/domain/localized-text.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import type { Locale } from '@muni-kit/domain/locale.js';
import { version } from '../version.js';
import { directionOf } from './language.js';
import { inLocale, interfaceLocale } from './localization.js';
import {
  renderedAtAttribute,
  renderedDataAttribute,
  renderedLangAttribute,
} from './server-context.js';
import { HydrationController, type BrowserState } from './hydration.js';
import { DataController } from './data-controller.js';
import { LocaleController } from './locale-controller.js';
import { errorMessage } from './error-message.js';
import { installPageSettings } from './page-settings.js';
import { fingerprint, type LoadFailure } from './municipality-source.js';

export type { MuniErrorDetail } from './data-controller.js';

/**
 * The base of every data-driven muni-kit element: finds the data (the `data` property, an
 * inline JSON child, or `src`, in that order), decodes it with the domain, follows the
 * language, and renders the loading, error or content state. Three controllers do the work:
 * the data (data-controller.ts), the language (locale-controller.ts) and hydration
 * (hydration.ts); this class wires them to Lit's lifecycle and renders.
 *
 * Server rendering (@lit-labs/ssr): the data comes from the `data` property only, the language
 * from the `lang` attribute (else the page language the renderer gives, else the data's
 * default), and no DOM, timer or network is touched. The element records what it rendered on
 * its host (`rendered-lang`, `rendered-data`, and `rendered-at` for time-dependent elements),
 * and the renderer marks it `defer-hydration`. In the browser, such an element waits, showing
 * the server's HTML, until it is needed and its data has arrived (hydration-scheduler.ts); it
 * then hydrates exactly what the server rendered (same language, same instant, the wide layout,
 * no light-DOM context), and the next update brings in the live state (the page's language,
 * the current time, the layout).
 */
export abstract class MuniElement extends LitElement {
  static readonly kitVersion = version;

  /**
   * True for elements whose server-rendered DOM is final: no live state, no interaction the
   * browser does not handle itself. Prerendered, they neither load their data nor hydrate until
   * the reader interacts with them or the language where they stand changes.
   */
  static readonly finalWhenPrerendered: boolean = false;

  /**
   * The municipality: a decoded value or the raw JSON object, or a Promise of either (the
   * element shows its loading state until it settles). Takes precedence over an inline
   * `<script type="application/json">` child and over `src`.
   */
  @property({ attribute: false }) data: unknown;

  /** URL of the municipality JSON document, relative to the page. Fetched once per page. */
  @property({ reflect: true }) src: string | undefined;

  /** Milliseconds to wait for `src` before showing the error message. */
  @property({ type: Number }) timeout = 10_000;

  /**
   * The URL that relative URLs in the data (images, links) resolve against when the data is
   * given as the `data` property or inline, itself relative to the page: the data file's own
   * address, say `node_modules/@muni-kit/domain/data/` copied to `/data/`, or a CDN folder.
   * Without it they resolve against the page. Data from `src` resolves against `src`.
   */
  @property({ attribute: 'base-url', reflect: true }) baseUrl: string | undefined;

  private readonly source = new DataController(this, () => this.failure ?? this.selection);
  private readonly language = new LocaleController(this, () => ({
    municipality: this.municipality,
    imposed: this.hydration.rendering?.language,
  }));
  private readonly hydration = new HydrationController(
    this,
    () => {
      this.source.sync();
      return this.source.settled;
    },
    () => this.browserState(),
    (this.constructor as typeof MuniElement).finalWhenPrerendered,
  );

  /** What this element's attributes select and the data lacks, as of the last update. */
  private selection: LoadFailure | undefined;

  /** The decoded municipality, once loaded. */
  protected get municipality(): Municipality | undefined {
    return this.source.municipality;
  }

  /** Why the data could not be loaded or decoded, if it could not. */
  protected get failure(): LoadFailure | undefined {
    return this.source.failure;
  }

  /** The locale this element renders in (content and interface). */
  protected get locale(): Locale {
    return this.language.locale;
  }

  /**
   * Whether this render must be what the server renders: on the server itself, and in the
   * browser while hydrating server-rendered HTML. Elements then leave out what only the page
   * knows (its URL, the light DOM around them, their width) and use the server's instant.
   */
  protected get asOnServer(): boolean {
    return isServer || this.hydration.hydrating;
  }

  /**
   * The instant time-dependent content is rendered for: the server's while hydrating (so that
   * hydration matches the HTML), else `live`.
   */
  protected renderTime(live: Date): Date {
    return this.hydration.rendering?.at ?? live;
  }

  /**
   * The instant this element's time-dependent parts show, for the `rendered-at` record of a
   * server render; `undefined` for elements that do not depend on the time.
   */
  protected timeShown(): Date | undefined {
    return undefined;
  }

  /**
   * What this element's attributes select (a twin city, a page) and the data lacks, if
   * anything. Elements that select part of the document override this.
   */
  protected selectionFailure(_municipality: Municipality): LoadFailure | undefined {
    return undefined;
  }

  override connectedCallback(): void {
    // Before Lit's: a server-rendered element is kept `defer-hydration` (not connected) until
    // it is needed, and its data loads meanwhile.
    // (Final server content waits for its data too: see `finalWhenPrerendered`.)
    this.source.connect(!this.hydration.connect());
    super.connectedCallback();
    if (!isServer) installPageSettings(this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source.disconnect();
    this.hydration.disconnect();
  }

  /**
   * A new data source starts loading as it is set, not in the update; an element still waiting
   * to hydrate is needed now.
   */
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: Parameters<LitElement['requestUpdate']>[2],
  ): void {
    super.requestUpdate(name, oldValue, options);
    if (name !== 'data' && name !== 'src' && name !== 'baseUrl') return;
    this.source?.sync();
    this.hydration?.need();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.hydration.renderRoot() ?? super.createRenderRoot();
  }

  /**
   * After hydration, the update to the live state waits for a turn of its own (see
   * hydration-scheduler.ts); the element stays `isUpdatePending` meanwhile, and
   * `updateComplete` waits for it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hydration.schedule(() => super.scheduleUpdate());
  }

  private browserState(): BrowserState {
    const m = this.municipality;
    const failure = this.failure ?? (m ? this.selectionFailure(m) : undefined);
    return {
      kind: failure ? 'error' : m ? 'content' : 'loading',
      data: failure ? undefined : this.source.fingerprint?.(),
    };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // Derived state only: what to render in, and what the selection lacks.
    this.language.refresh();
    const m = this.municipality;
    this.selection = m ? this.selectionFailure(m) : undefined;
    // Lets a page's stylesheet (muni-kit.css) keep the element's space while data loads.
    if (!m && !this.failure) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (isServer) {
      // The server has no update to report after: it says it now (on its console, no event).
      const failure = this.failure ?? this.selection;
      if (failure) this.source.report(failure);
      this.setAttribute(renderedLangAttribute, this.locale);
      const data = m ? fingerprint(this.data) : undefined;
      if (data) this.setAttribute(renderedDataAttribute, data);
      const at = this.timeShown();
      if (at && !Number.isNaN(at.getTime()))
        this.setAttribute(renderedAtAttribute, at.toISOString());
    }
  }

  /** Text from the data in this element's language, falling back to the data's default. */
  protected text(value: LocalizedText): string {
    return localize(value, this.locale, this.municipality?.defaultLocale ?? 'bg').text;
  }

  /**
   * Text from the data wrapped in a span carrying `lang` when it is a fallback translation,
   * so that assistive technology reads it in its own language.
   */
  protected textIn(value: LocalizedText): TemplateResult | string {
    const localized = localize(value, this.locale, this.municipality?.defaultLocale ?? 'bg');
    if (!localized.isFallback) return localized.text;
    const lang = localized.lang ?? '';
    // Its own direction only where it differs (Hebrew inside Bulgarian, Bulgarian inside Arabic).
    return lang && directionOf(lang) !== directionOf(this.locale)
      ? html`<span lang=${lang} dir=${directionOf(lang)}>${localized.text}</span>`
      : html`<span lang=${lang}>${localized.text}</span>`;
  }

  /**
   * Every render sits in one wrapper (`display: contents`: no box of its own) that carries the
   * language marks (see LocaleController#marks; while hydrating, the server's), so that they
   * change in place and the content below is kept.
   */
  protected override render(): TemplateResult {
    const marks = this.hydration.rendering?.marks ?? this.language.marks();
    return html`<div class="in-language" lang=${marks.lang ?? nothing} dir=${marks.dir ?? nothing}>${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult {
    return inLocale(interfaceLocale(this.locale, this.municipality?.defaultLocale), () => {
      const failure = this.failure ?? this.selection;
      if (failure) return this.renderError(failure);
      if (!this.municipality) return this.renderLoading();
      return this.renderContent(this.municipality);
    });
  }

  protected abstract renderContent(municipality: Municipality): TemplateResult;

  protected renderLoading(): TemplateResult {
    return html`<div class="root loading" part="loading" aria-busy="true"><span class="visually-hidden">${msg('Loading…')}</span></div>`;
  }

  protected renderError(failure: LoadFailure): TemplateResult {
    return html`<div class="root"><p class="error" part="error" role="alert">${errorMessage(failure)}</p></div>`;
  }
}
