import * as Schema from 'effect/Schema';
import type { Locale } from './locale.js';

const Translation = /*#__PURE__*/ (() => Schema.String.pipe(
  Schema.check(Schema.isMinLength(1), Schema.isMaxLength(20_000)),
))();

export const checkHasTranslation = (text: { readonly bg?: string; readonly en?: string }): true | string =>
  text.bg !== undefined || text.en !== undefined || 'Expected a "bg" or an "en" translation';

/** Translations of one text, at least one of them. */
const Translations = /*#__PURE__*/ (() =>
  Schema.Struct({
    bg: Schema.optionalKey(Translation),
    en: Schema.optionalKey(Translation),
  })
    .annotate({ description: 'Text per locale: { "bg": "…", "en": "…" }, at least one of them.' })
    .pipe(
      Schema.check(
        Schema.makeFilter(checkHasTranslation, {
          toJsonSchema: () => ({ anyOf: [{ required: ['bg'] }, { required: ['en'] }] }),
        }),
      ),
    )
    .annotate({ identifier: 'Translations' }))();

/**
 * Text in one or more locales. A plain string is the same text in every locale (names, for
 * example); an object gives a translation per locale and needs at least one of them.
 */
export const LocalizedText = /*#__PURE__*/ (() => Schema.Union([Translation, Translations]).annotate({
  identifier: 'LocalizedText',
  description: 'Text as a plain string (same in every language) or as { "bg": "…", "en": "…" }.',
}))();
export type LocalizedText = typeof LocalizedText.Type;

/**
 * Text resolved for one locale. `lang` is the language the text is really in, which differs
 * from the requested locale when a translation is missing: renderers put it in a `lang`
 * attribute so screen readers pronounce the fallback correctly.
 */
export interface LocalizedString {
  readonly text: string;
  readonly lang: Locale | undefined;
  readonly isFallback: boolean;
}

export const localize = (
  text: LocalizedText,
  locale: Locale,
  defaultLocale: Locale,
): LocalizedString => {
  if (typeof text === 'string') return { text, lang: undefined, isFallback: false };
  const exact = text[locale];
  if (exact !== undefined) return { text: exact, lang: locale, isFallback: false };
  const fallbackLocale: Locale =
    text[defaultLocale] !== undefined ? defaultLocale : locale === 'bg' ? 'en' : 'bg';
  return { text: text[fallbackLocale] ?? '', lang: fallbackLocale, isFallback: true };
};
