/*
 * The language a muni-kit element renders in: the one in force where it stands (its `lang`, an
 * ancestor's, the page's; on the server its `lang` attribute or the page language the renderer
 * gives), matched against the data's languages, else the data's default. Follows `lang` changes
 * anywhere on the page through one shared observer (language.ts) while connected.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { matchLocale, resolveLocale, type Locale } from '@muni-kit/domain/locale.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { directionOf, languageOf, watchLanguage } from './language.js';
import { noMarks, type LanguageMarks } from './hydration.js';
import { serverContext } from './server-context.js';

export class LocaleController implements ReactiveController {
  /** The locale the element renders in (content and interface), as of its last update. */
  locale: Locale = 'bg';
  /** The language in force where the element stands, or ''. */
  private requested = '';
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The data (its languages), and the language to render in instead (a server rendering's). */
    private readonly inputs: () => {
      readonly municipality: Municipality | undefined;
      readonly imposed: string | null | undefined;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching ??= watchLanguage(() => {
      const requested = this.requested;
      // Another locale, or the same one on a page in another language (the marks change).
      if (this.resolve() !== this.locale || this.requested !== requested) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /**
   * Works the locale out again, for the coming update: called from the host's `willUpdate`
   * (derived state; the server calls no controller's `hostUpdate`).
   */
  refresh(): Locale {
    return (this.locale = this.resolve());
  }

  private resolve(): Locale {
    const { municipality: m, imposed } = this.inputs();
    this.requested = isServer
      ? (this.host.getAttribute('lang') ?? serverContext.language ?? '')
      : languageOf(this.host);
    return resolveLocale(
      imposed ?? this.requested,
      m ? m.languageVersions.map((v) => v.locale) : ['bg', 'en'],
      m?.defaultLocale ?? 'bg',
    );
  }

  /**
   * `lang` and `dir` for the shadow content when the element renders another language than the
   * page's where it stands (its fallback, the data's default): the page's language does not
   * reach inside as the wrong one, so a screen reader picks the right voice, and a Bulgarian
   * text on a right-to-left Arabic page is laid out left to right (its punctuation at its end).
   */
  marks(): LanguageMarks {
    if (matchLocale(this.requested, [this.locale])) return noMarks;
    // A page without a language says nothing of its direction either: keep the host's.
    return { lang: this.locale, dir: this.requested ? directionOf(this.locale) : undefined };
  }
}
