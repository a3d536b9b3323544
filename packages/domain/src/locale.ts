import * as Schema from 'effect/Schema';

/** The locales muni-kit ships UI strings for. Content may exist in any of them. */
export const supportedLocales = ['bg', 'en'] as const;

export const Locale = /*#__PURE__*/ (() => Schema.Literals(supportedLocales).annotate({
  identifier: 'Locale',
  description: 'A locale the kit ships: "bg" (Bulgarian) or "en" (English).',
}))();
export type Locale = typeof Locale.Type;

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);

/**
 * Picks the locale to render: the requested language (a BCP 47 tag such as "en-GB" counts as
 * "en") when the document offers it, otherwise the document's default locale.
 */
export const resolveLocale = (
  requested: string | null | undefined,
  available: readonly Locale[],
  fallback: Locale,
): Locale => {
  const primary = requested?.trim().toLowerCase().split(/[-_]/u)[0];
  return isLocale(primary) && available.includes(primary) ? primary : fallback;
};

/** The name of a language in that language, capitalised as a menu item: "Български", "English". */
export const languageSelfName = (code: string): string => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};
