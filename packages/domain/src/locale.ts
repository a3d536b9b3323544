import * as Schema from 'effect/Schema';

/** The shape of a BCP 47 tag, for editors; `checkLocale` decides. */
const languageTagPattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u;

/**
 * A well-formed BCP 47 tag with a two- or three-letter language, written in its canonical form
 * ("en-GB", "sr-Latn", not "en-gb").
 */
export const checkLocale = (tag: string): true | string => {
  let canonical: string | undefined;
  try {
    canonical = languageTagPattern.test(tag.toLowerCase())
      ? Intl.getCanonicalLocales(tag)[0]
      : undefined;
  } catch {
    // Ill-formed, as below.
  }
  if (canonical === undefined)
    return `Expected a BCP 47 language tag such as "mk" or "en-GB", found "${tag}"`;
  return (
    canonical === tag || `Expected the language tag "${tag}" in its canonical form, "${canonical}"`
  );
};

/**
 * A language of the data: any BCP 47 tag, in canonical form. The kit ships interface strings
 * for a few of them; content may be in any.
 */
export const Locale = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.makeFilter(checkLocale, {
        toJsonSchema: () => ({ pattern: languageTagPattern.source }),
      }),
    ),
  ).annotate({
    identifier: 'Locale',
    description: 'A BCP 47 language tag in canonical form: "bg", "mk", "en", "en-GB", "sr-Latn".',
  }))();
export type Locale = typeof Locale.Type;

const canonical = (tag: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
};

/**
 * The tag of `available` that best serves a request for `requested`, or undefined: the same
 * tag; else the request with subtags dropped from the end ("en-GB" finds "en", as RFC 4647
 * lookup does); else a tag of the same language ("en" finds "en-GB").
 */
export const matchLocale = <T extends string>(
  requested: string | null | undefined,
  available: readonly T[],
): T | undefined => {
  const wanted = requested ? canonical(requested) : undefined;
  if (!wanted) return undefined;
  const lower = available.map((tag) => tag.toLowerCase());
  const subtags = wanted.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length -= 1) {
    const index = lower.indexOf(subtags.slice(0, length).join('-'));
    if (index >= 0) return available[index];
  }
  const index = lower.findIndex((tag) => tag.split('-')[0] === subtags[0]);
  return index >= 0 ? available[index] : undefined;
};

/** The locale to render: the requested language when the document offers it (see `matchLocale`), else `fallback`. */
export const resolveLocale = <T extends string>(
  requested: string | null | undefined,
  available: readonly T[],
  fallback: T,
): T => matchLocale(requested, available) ?? fallback;

/**
 * The self-names of the languages of Europe's municipalities, as `Intl.DisplayNames` gives them
 * (capitalised): a page's language switcher needs one or two, and building a DisplayNames
 * object costs a phone tens of milliseconds on first use.
 */
const selfNames: Readonly<Record<string, string>> = {
  bg: 'Български',
  cs: 'Čeština',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  hr: 'Hrvatski',
  hu: 'Magyar',
  it: 'Italiano',
  mk: 'Македонски',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  sq: 'Shqip',
  sr: 'Српски',
  tr: 'Türkçe',
  uk: 'Українська',
};

/** The name of a language in that language, capitalised as a menu item: "Български", "Македонски". */
export const languageSelfName = (code: string): string => {
  const known = Object.hasOwn(selfNames, code) ? selfNames[code] : undefined;
  if (known) return known;
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

/** The languages `languageSelfName` knows without Intl (for the test that they agree with it). */
export const selfNamedLanguages = Object.keys(selfNames);
