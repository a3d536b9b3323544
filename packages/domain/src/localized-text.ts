import * as Schema from 'effect/Schema';
import type { Locale } from './locale.js';

const Translation = /*#__PURE__*/ (() =>
  Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(20_000))))();

export const checkHasTranslation = (text: Readonly<Record<string, string>>): true | string =>
  Object.keys(text).length > 0 || 'Expected at least one translation, such as { "bg": "…" }';

/**
 * Translations of one text, at least one of them, keyed by language tag. Which tags a document
 * may use is the document's business: the languages of its `languageVersions`.
 */
const Translations = /*#__PURE__*/ (() =>
  Schema.Record(Schema.String, Translation)
    .annotate({
      description:
        'Text per language, keyed by a language of the document: { "bg": "…", "mk": "…", "en": "…" }, at least one of them.',
    })
    .pipe(
      Schema.check(
        Schema.makeFilter(checkHasTranslation, {
          toJsonSchema: () => ({ minProperties: 1 }),
        }),
      ),
    )
    .annotate({ identifier: 'Translations' }))();

/**
 * Text in one or more languages. A plain string is the same text in every language (names, for
 * example); an object gives a translation per language and needs at least one of them.
 */
export const LocalizedText = /*#__PURE__*/ (() =>
  Schema.Union([Translation, Translations]).annotate({
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

/**
 * `text` in `locale`. The order is fixed: the element's locale, then the document's default
 * locale, then the first translation the text has (in the order the document gives them).
 */
export const localize = (
  text: LocalizedText,
  locale: Locale,
  defaultLocale: Locale,
): LocalizedString => {
  if (typeof text === 'string') return { text, lang: undefined, isFallback: false };
  const exact = text[locale];
  if (exact !== undefined) return { text: exact, lang: locale, isFallback: false };
  const fallbackLocale = text[defaultLocale] !== undefined ? defaultLocale : Object.keys(text)[0];
  return {
    text: fallbackLocale === undefined ? '' : (text[fallbackLocale] ?? ''),
    lang: fallbackLocale,
    isFallback: true,
  };
};
