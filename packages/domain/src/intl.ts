/**
 * Intl formatters, made once per locale and options. Making one costs a hundred times more
 * than using it (the first of a page some 20 ms, while ICU starts), and the kit formats in
 * loops and on every render.
 */

/** The Intl locale for a kit locale: English is written the British way ("5 June 2021", "17:30"). */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : locale);

const made = new Map<string, unknown>();

const memoized = <T>(kind: string, locale: string, options: object, make: () => T): T => {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) made.set(key, (formatter = make()));
  return formatter;
};

export const dateTimeFormat = (
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  memoized('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  memoized('list', locale, options, () => new Intl.ListFormat(locale, options));

export const collator = (locale: string, options: Intl.CollatorOptions = {}): Intl.Collator =>
  memoized('collator', locale, options, () => new Intl.Collator(locale, options));

export const numberFormat = (
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat =>
  memoized('number', locale, options, () => new Intl.NumberFormat(locale, options));
