import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { resolveLocale, type Locale } from '@muni-kit/domain/locale.js';
import { localize, type LocalizedText } from '@muni-kit/domain/localized-text.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { version } from '../version.js';
import { languageOf, watchLanguage } from './language.js';
import { inLocale } from './localization.js';
import { decodeInline, decodeProperty, describeFailure, loadMunicipality, type LoadFailure, type LoadResult } from './municipality-source.js';

/** Detail of the `muni-error` event. */
export interface MuniErrorDetail {
  readonly failure: LoadFailure;
  /** The same text as the console message: what failed, with the URL, status or data path. */
  readonly message: string;
}

/**
 * The base of every data-driven muni-kit element: finds the data (the `data` property, an
 * inline JSON child, or `src`, in that order), decodes it with the domain, follows the
 * language, and renders the loading, error or content state.
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

  /** The decoded municipality, once loaded. */
  @state() protected municipality: Municipality | undefined;
  @state() protected failure: LoadFailure | undefined;
  private selection: LoadFailure | undefined;

  /** The locale this element renders in (content and interface). */
  protected locale: Locale = 'bg';

  private stopWatchingLanguage: (() => void) | undefined;
  private loadToken = 0;
  private reported: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLanguage = watchLanguage(() => {
      if (this.computeLocale() !== this.locale) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
    this.stopWatchingLanguage = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.load();
    this.locale = this.computeLocale();
    this.selection = this.municipality ? this.selectionFailure(this.municipality) : undefined;
    if (this.selection) this.report(this.selection);
    // Lets a page's stylesheet (muni-kit.css) keep the element's space while data loads.
    if (!this.municipality && !this.failure) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
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
    return resolveLocale(
      languageOf(this),
      m ? m.languageVersions.map((v) => v.locale) : ['bg', 'en'],
      m?.defaultLocale ?? 'bg',
    );
  }

  private load(): void {
    const token = ++this.loadToken;
    const apply = (result: LoadResult) => {
      if (token !== this.loadToken) return; // a newer data source replaced this one
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
      data.then(
        (value: unknown) => apply(decodeProperty(value)),
        (error: unknown) => apply({ ok: false, failure: { kind: 'network', url: '(data property)', message: String(error) } }),
      );
      return;
    }
    if (data !== undefined && data !== null) return apply(decodeProperty(data));
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return apply(decodeInline(inline.textContent ?? ''));
    if (this.src) {
      this.failure = undefined;
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

  private fail(failure: LoadFailure): void {
    this.failure = failure;
    this.report(failure);
  }

  private report(failure: LoadFailure): void {
    const message = describeFailure(failure);
    if (this.reported === message) return;
    this.reported = message;
    console.error(`<${this.localName}>: ${message}`);
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
    return localized.isFallback ? html`<span lang=${localized.lang ?? ''}>${localized.text}</span>` : localized.text;
  }

  protected override render(): TemplateResult {
    return inLocale(this.locale, () => {
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

const errorMessage = (failure: LoadFailure): string => {
  switch (failure.kind) {
    case 'http':
    case 'network':
      return msg('The municipality information could not be loaded. Please try again later.');
    case 'timeout':
      return msg('The municipality information took too long to load. Please try again later.');
    case 'invalid':
      return msg('The municipality information contains errors and cannot be shown.');
    case 'not-found':
      return failure.what === 'twin-city'
        ? msg(str`There is no twin city "${failure.id}" in the municipality information.`)
        : msg(str`There is no page "${failure.id}" in the municipality information.`);
    case 'no-data':
      return msg('No municipality information was given to this element.');
  }
};
