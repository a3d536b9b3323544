// The editor's interface strings go through the kit's own @lit/localize set-up: the page can
// configure @lit/localize once, the elements of the preview configure it, and the editor adds
// its translations to theirs (addInterfaceTranslations) and renders with their `inLocale`.
import {
  addInterfaceTranslations,
  inLocale,
  interfaceLocale,
  interfaceLocales,
  type InterfaceLocale,
} from '@muni-kit/components/localization.js';
import { localeModules } from './generated/locale-modules.js';

for (const [locale, module] of Object.entries(localeModules))
  addInterfaceTranslations(locale as InterfaceLocale, module.templates);

export { inLocale, interfaceLocale, interfaceLocales, type InterfaceLocale };

const storageKey = 'muni-kit-editor:interface-language';

/** The interface language: the one chosen before, else the browser's, else English. */
export const initialInterfaceLocale = (): InterfaceLocale => {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(storageKey);
  } catch {
    // No storage: use the browser's languages.
  }
  return interfaceLocale(chosen ?? navigator.languages[0] ?? navigator.language ?? 'en');
};

/** Remembers the interface language for the next visit. */
export const rememberInterfaceLocale = (locale: InterfaceLocale): void => {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // No storage: the choice lasts for this visit.
  }
};
