import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { matchLocale, type Locale } from '@muni-kit/domain/locale.js';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localeModules } from '../generated/locale-modules.js';

/** A language the kit's interface strings are translated into (lit-localize.json lists them). */
export type InterfaceLocale = (typeof allLocales)[number];
export { allLocales as interfaceLocales };

/*
 * Every element renders in its own language (its `lang`, an ancestor's, or the page's), so two
 * elements on one page may differ. @lit/localize's runtime mode keeps one global locale; its
 * reentrant mode asks for the locale at each msg() call instead, which lets a render run in the
 * element's locale. Every interface locale is bundled: one costs about 1.3 KB (brotli).
 */
let renderLocale: InterfaceLocale = sourceLocale;

/** Each locale's templates with those an application added (`addInterfaceTranslations`). */
const withAdded = new Map<string, { readonly templates: Record<string, unknown> }>();

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => renderLocale,
    loadLocaleSync: (locale) =>
      (withAdded.get(locale) ??
        localeModules[
          locale as keyof typeof localeModules
        ]) as (typeof localeModules)[keyof typeof localeModules],
  });
} catch {
  // The host application configured @lit/localize itself (one shared copy): its msg() is used.
}

/**
 * The interface language for content in `locale`: that language when the kit speaks it (or one
 * of the same language), else the document's default one, else English.
 */
export const interfaceLocale = (locale: Locale, defaultLocale?: Locale): InterfaceLocale =>
  matchLocale(locale, allLocales) ?? matchLocale(defaultLocale, allLocales) ?? sourceLocale;

/** Runs `render` with msg() answering in `locale`, and restores the previous locale after. */
export const inLocale = <T>(locale: InterfaceLocale, render: () => T): T => {
  const previous = renderLocale;
  renderLocale = locale;
  try {
    return render();
  } finally {
    renderLocale = previous;
  }
};

/**
 * Adds an application's own translated templates (the `templates` of its lit-localize
 * runtime-mode locale modules) to the kit's, so that an application built around the elements
 * (the data editor) renders its strings with the same msg() and `inLocale`: @lit/localize can be
 * configured once per page, and the kit configures it. Ids are hashes of the source strings,
 * so the application's and the kit's do not collide.
 */
export const addInterfaceTranslations = (
  locale: InterfaceLocale,
  templates: Readonly<Record<string, unknown>>,
): void => {
  const current =
    withAdded.get(locale)?.templates ??
    localeModules[locale as keyof typeof localeModules]?.templates;
  withAdded.set(locale, { templates: { ...current, ...templates } });
};
