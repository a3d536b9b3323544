import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { matchLocale, resolveLocale, type Locale } from '@muni-kit/domain/locale.js';
import { localize, type LocalizedText } from '@muni-kit/domain/localized-text.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { version } from '../version.js';
import { directionOf, languageOf, watchLanguage } from './language.js';
import { inLocale, interfaceLocale } from './localization.js';
import { renderedAtAttribute, renderedDataAttribute, renderedLangAttribute, serverContext } from './server-context.js';
import {
  hydrationFlags,
  hydrationSupported,
  inTurn,
  noMarks,
  readServerRendering,
  serverAttributes,
  type LanguageMarks,
  type ServerRendering,
} from './hydration.js';
import { errorMessage } from './error-message.js';
import { installPageSettings } from './page-settings.js';
import {
  decodeInline,
  decodeProperty,
  describeFailure,
  fingerprint,
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

/**
 * The base of every data-driven muni-kit element: finds the data (the `data` property, an
 * inline JSON child, or `src`, in that order), decodes it with the domain, follows the
 * language, and renders the loading, error or content state.
 *
 * Server rendering (@lit-labs/ssr): the data comes from the `data` property only, the language
 * from the `lang` attribute (else the page language the renderer gives, else the data's
 * default), and no DOM, timer or network is touched. The element records what it rendered on
 * its host (`rendered-lang`, and `rendered-at` for time-dependent elements). In the browser, an
 * element that arrives with that declarative shadow root hydrates it: its first update waits for
 * the data (the server's HTML stays on screen meanwhile), renders exactly what the server
 * rendered (same language, same instant, the wide layout, no light-DOM context), and the next
 * update brings in the live state (the page's language, the current time, the layout).
 */
export abstract class MuniElement extends LitElement {
  static readonly kitVersion = version;

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

  /** The decoded municipality, once loaded. */
  @state() protected municipality: Municipality | undefined;
  @state() protected failure: LoadFailure | undefined;
  private selection: LoadFailure | undefined;

  /** The locale this element renders in (content and interface). */
  protected locale: Locale = 'bg';
  /** The language in force where the element stands (its `lang`, an ancestor's, the page's), or ''. */
  private requestedLanguage = '';

  private stopWatchingLanguage: (() => void) | undefined;
  private loadToken = 0;
  private reported: string | undefined;
  /** The data source the last load was started for: another one starts a new load. */
  private loadedFrom:
    | { readonly data: unknown; readonly src: string | undefined; readonly baseUrl: string | undefined }
    | undefined;
  /** The fingerprint of the loaded document, worked out when asked for. */
  private loadedFingerprint: (() => string | undefined) | undefined;
  /** Resolves when the current load has a result (content or failure). */
  private settle: (() => void) | undefined;
  private settled = new Promise<void>((resolve) => (this.settle = resolve));
  /** Set from connection until hydration is done, when the element came with server-rendered HTML. */
  private serverRendering: ServerRendering | undefined;
  /** True during the update that hydrates the server-rendered shadow root. */
  private hydrating = false;
  /**
   * Set when the element has hydrated, until it has rendered its live state (in a turn of its
   * own): it keeps the server's rendered-* attributes meanwhile.
   */
  private liveStatePending = false;

  /**
   * Whether this render must be what the server renders: on the server itself, and in the
   * browser while hydrating server-rendered HTML. Elements then leave out what only the page
   * knows (its URL, the light DOM around them, their width) and use the server's instant.
   */
  protected get asOnServer(): boolean {
    return isServer || this.hydrating;
  }

  /**
   * The instant time-dependent content is rendered for: the server's while hydrating (so that
   * hydration matches the HTML), else `live`.
   */
  protected renderTime(live: Date): Date {
    return (this.hydrating && this.serverRendering?.at) || live;
  }

  /**
   * The instant this element's time-dependent parts show, for the `rendered-at` record of a
   * server render; `undefined` for elements that do not depend on the time.
   */
  protected timeShown(): Date | undefined {
    return undefined;
  }

  override connectedCallback(): void {
    if (!isServer && !this.hasUpdated && this.shadowRoot !== null && !this.serverRendering) {
      // Server-rendered HTML (declarative shadow DOM). With Lit's hydration support (the embed
      // bundle loads it first) the element hydrates it; without, it renders from scratch.
      if (hydrationSupported(this)) this.serverRendering = readServerRendering(this, this.shadowRoot);
      else this.shadowRoot.replaceChildren();
    }
    super.connectedCallback();
    if (!isServer) installPageSettings(this.ownerDocument);
    this.stopWatchingLanguage = watchLanguage(() => {
      const requested = this.requestedLanguage;
      // Another locale, or the same one on a page in another language (the marks change).
      if (this.computeLocale() !== this.locale || this.requestedLanguage !== requested) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
    this.stopWatchingLanguage = undefined;
  }

  /**
   * The first update of a server-rendered element waits until its data has arrived, so that it
   * hydrates the server's HTML with the same content instead of replacing it with the loading
   * state (which would shift the layout and fail to hydrate). Then it waits for its turn (a
   * task of its own: see `inTurn`), and so does the update after it, to the live state; the
   * element stays `isUpdatePending` meanwhile, and `updateComplete` waits for them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.liveStatePending) return inTurn(() => super.scheduleUpdate());
    const server = this.serverRendering;
    if (!server || this.hasUpdated) return super.scheduleUpdate();
    this.startLoad();
    const hydrate = () =>
      inTurn(() => {
        this.hydrating = true;
        return super.scheduleUpdate();
      });
    return server.kind === 'content' && !this.municipality && !this.failure ? this.settled.then(hydrate) : hydrate();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.startLoad();
    this.locale = this.computeLocale();
    this.selection = this.municipality ? this.selectionFailure(this.municipality) : undefined;
    if (this.selection) this.report(this.selection);
    if (this.hydrating) {
      const server = this.serverRendering!;
      const kind = this.failure || this.selection ? 'error' : this.municipality ? 'content' : 'loading';
      // Another document than the server's (the data file changed since the HTML was made):
      // hydrating would keep the server's text, so render from scratch.
      const otherData = kind === 'content' && server.data !== null && this.loadedFingerprint?.() !== server.data;
      if (kind !== server.kind || otherData) this.abandonHydration();
    }
    // Lets a page's stylesheet (muni-kit.css) keep the element's space while data loads.
    if (!this.municipality && !this.failure) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (isServer) {
      this.setAttribute(renderedLangAttribute, this.locale);
      const data = this.municipality ? fingerprint(this.data) : undefined;
      if (data) this.setAttribute(renderedDataAttribute, data);
      const at = this.timeShown();
      if (at && !Number.isNaN(at.getTime())) this.setAttribute(renderedAtAttribute, at.toISOString());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.liveStatePending && !this.hydrating) {
      // The live state is rendered: the element no longer shows what the server rendered. (The
      // attributes go in the same update, before the browser paints: some styles key on them,
      // such as the phone's mega-menu, which shows its Menu button by them until it is live.)
      this.liveStatePending = false;
      for (const name of serverAttributes) this.removeAttribute(name);
    }
    if (!this.hydrating) return;
    this.hydrating = false;
    this.serverRendering = undefined;
    // The server's <style> (or <link rel="stylesheet">) gives way to the element's own styles,
    // adopted as constructed stylesheets as for a client-rendered element (which a strict CSP
    // allows, unlike an inline <style>).
    const root = this.shadowRoot!;
    for (const child of [...root.children]) if (child.localName === 'style' || child.localName === 'link') child.remove();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    // Now the live state: the page's language, the current time, the element's width, in a
    // turn of its own. Until then the element shows what the server rendered, as before.
    this.liveStatePending = true;
    queueMicrotask(() => this.requestUpdate());
  }

  /**
   * The data the browser has says something else than the server rendered (the data file
   * changed, or it failed to load): render from scratch instead of hydrating.
   */
  private abandonHydration(): void {
    this.hydrating = false;
    this.serverRendering = undefined;
    const flags = this as unknown as Record<string, unknown>;
    for (const flag of hydrationFlags) if (flags[flag] === true) flags[flag] = false;
    for (const name of serverAttributes) this.removeAttribute(name);
    const root = this.shadowRoot!;
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  }

  /** Loads from the current data source unless a load for it has already started. */
  private startLoad(): void {
    const from = this.loadedFrom;
    if (from && from.data === this.data && from.src === this.src && from.baseUrl === this.baseUrl) return;
    this.loadedFrom = { data: this.data, src: this.src, baseUrl: this.baseUrl };
    this.load();
  }

  /**
   * What this element's attributes select (a twin city, a page) and the data lacks, if
   * anything. Elements that select part of the document override this.
   */
  protected selectionFailure(_municipality: Municipality): LoadFailure | undefined {
    return undefined;
  }

  private computeLocale(): Locale {
    const m = this.municipality;
    const server = this.hydrating ? this.serverRendering?.language : undefined;
    this.requestedLanguage = isServer ? (this.getAttribute('lang') ?? serverContext.language ?? '') : languageOf(this);
    return resolveLocale(
      server ?? this.requestedLanguage,
      m ? m.languageVersions.map((v) => v.locale) : ['bg', 'en'],
      m?.defaultLocale ?? 'bg',
    );
  }

  private load(): void {
    const token = ++this.loadToken;
    const apply = (result: LoadResult) => {
      if (token !== this.loadToken) return; // a newer data source replaced this one
      this.settle?.();
      this.loadedFingerprint = result.ok ? result.fingerprint : undefined;
      if (result.ok) {
        this.municipality = result.value;
        this.failure = undefined;
        this.reported = undefined;
      } else {
        this.municipality = undefined;
        this.fail(result.failure);
      }
    };
    const data: unknown = this.data;
    if (data instanceof Promise) {
      this.municipality = undefined;
      this.failure = undefined;
      this.resetSettled();
      data.then(
        (value: unknown) => apply(decodeProperty(value, { baseUrl: this.baseUrl })),
        (error: unknown) => apply({ ok: false, failure: { kind: 'network', url: '(data property)', message: String(error) } }),
      );
      return;
    }
    if (data !== undefined && data !== null) return apply(decodeProperty(data, { src: this.src, baseUrl: this.baseUrl }));
    // On the server there is no light DOM to read and nothing to fetch: the loading state.
    if (isServer) return;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return apply(decodeInline(inline.textContent ?? '', this.baseUrl));
    if (this.src) {
      // The previous document is not this source's: the selection (twin-city, page) must not
      // be checked against it while the new one loads (a false "no twin city" error).
      this.municipality = undefined;
      this.failure = undefined;
      this.resetSettled();
      void loadMunicipality(this.src, this.timeout).then(apply);
      return;
    }
    if (document.readyState === 'loading') {
      // The parser may not have reached an inline JSON child yet.
      document.addEventListener('DOMContentLoaded', () => token === this.loadToken && this.load(), { once: true });
      return;
    }
    apply({ ok: false, failure: { kind: 'no-data' } });
  }

  private resetSettled(): void {
    this.settled = new Promise<void>((resolve) => (this.settle = resolve));
  }

  private fail(failure: LoadFailure): void {
    this.failure = failure;
    this.report(failure);
  }

  private report(failure: LoadFailure): void {
    const message = describeFailure(failure);
    if (this.reported === message) return;
    this.reported = message;
    console.error(`<${this.localName}>: ${message}`);
    if (isServer) return;
    this.dispatchEvent(
      new CustomEvent<MuniErrorDetail>('muni-error', { detail: { failure, message }, bubbles: true, composed: true }),
    );
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
   * `lang` and `dir` for the shadow content when the element renders another language than the
   * page's where it stands (its fallback, the data's default): the page's language does not
   * reach inside as the wrong one, so a screen reader picks the right voice, and a Bulgarian
   * text on a right-to-left Arabic page is laid out left to right (its punctuation at its end).
   * While hydrating, the server's, so that hydration matches its HTML.
   */
  private languageMarks(): LanguageMarks {
    if (this.hydrating && this.serverRendering) return this.serverRendering.marks;
    if (matchLocale(this.requestedLanguage, [this.locale])) return noMarks;
    // A page without a language says nothing of its direction either: keep the host's.
    return { lang: this.locale, dir: this.requestedLanguage ? directionOf(this.locale) : undefined };
  }

  /**
   * Every render sits in one wrapper (`display: contents`: no box of its own) that carries the
   * language marks, so that they change in place and the content below is kept.
   */
  protected override render(): TemplateResult {
    const marks = this.languageMarks();
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
