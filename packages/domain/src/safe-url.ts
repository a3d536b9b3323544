import * as Schema from 'effect/Schema';

const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

// Everything a browser strips or ignores while reading a scheme: C0 controls, space, DEL,
// and the invisible formatting characters that could hide one.
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\ufeff]/u;

const invisibleEverywhere = new RegExp(invisible.source, 'gu');

const entities: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/' };

const decodeEntities = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/giu, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(parseInt(body.slice(2), 16) % 0x110000);
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10) % 0x110000);
    return entities[body.toLowerCase()] ?? whole;
  });

// Decodes each run of escapes on its own, so one malformed "%" cannot hide the others; a run
// that is not valid UTF-8 still has its ASCII escapes (such as %3A, the colon) decoded.
const decodePercent = (value: string): string =>
  value.replace(/(?:%[0-9a-f]{2})+/giu, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-7][0-9a-f])/giu, (_, code: string) =>
        String.fromCharCode(parseInt(code, 16)),
      );
    }
  });

/** The scheme a URL string names before its first `/`, `?` or `#`, or undefined when relative. */
const schemeOf = (value: string): string | undefined => {
  const match = /^([^/?#]*?):/u.exec(value);
  return match?.[1]?.toLowerCase();
};

/**
 * True when `value` is an http(s), mailto or tel URL, or a relative URL, and nothing that a
 * browser, after stripping, entity- or percent-decoding, could read as another scheme.
 */
export const isSafeUrl = (value: string): boolean => {
  if (value.length === 0 || value.length > 4096 || invisible.test(value)) return false;
  let candidate = value;
  // Each decoding round must still look safe, however deeply encoded (%25253A…). Every round
  // that changes the string shortens it, so this ends after at most value.length rounds.
  for (;;) {
    const scheme = schemeOf(candidate);
    if (scheme !== undefined && !allowedSchemes.has(scheme)) return false;
    const decoded = decodePercent(decodeEntities(candidate)).replace(invisibleEverywhere, '');
    if (decoded === candidate) break;
    candidate = decoded;
  }
  const scheme = schemeOf(value);
  return scheme === 'http' || scheme === 'https' ? URL.canParse(value) : true;
};

/**
 * The part of the rule JSON Schema can say, for editors: no whitespace or invisible characters,
 * and an http(s), mailto or tel scheme or none. Every URL isSafeUrl accepts matches it; the
 * decoding of entities and percent-escapes is left to the validator.
 */
export const safeUrlPattern =
  '^(?:[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:|(?=[^:/?#]*(?:[/?#]|$)))' +
  '[^\\u0000-\\u0020\\u007f-\\u00a0\\u00ad\\u200b-\\u200f\\u2028\\u2029\\ufeff]*$';

export const checkSafeUrl = (value: string): true | string =>
  isSafeUrl(value) || 'Expected an http(s), mailto, tel or relative URL';

/**
 * A URL that may reach an `href` or `src`: http, https, mailto, tel or relative. Anything else
 * (`javascript:`, `data:`, `vbscript:`, disguised or not) is rejected with its path.
 */
export const SafeUrl = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.makeFilter(checkSafeUrl, {
        title: 'SafeUrl',
        description: 'An http(s), mailto, tel or relative URL; script and data URLs are rejected.',
        toJsonSchema: () => ({ minLength: 1, maxLength: 4096, pattern: safeUrlPattern }),
      }),
    ),
    Schema.brand('SafeUrl'),
  ).annotate({ identifier: 'SafeUrl' }))();
export type SafeUrl = typeof SafeUrl.Type;

/**
 * Resolves a relative URL against the data document's own URL, as CSS does for `url()`.
 * Root-relative and absolute URLs are unchanged in meaning. The result is safe too: resolving
 * only fills in a scheme and host from the (http/https) base.
 */
export const resolveUrl = (url: SafeUrl, baseUrl: string | undefined): SafeUrl => {
  if (baseUrl === undefined || schemeOf(url) !== undefined) return url;
  try {
    const resolved = new URL(url, baseUrl).href;
    return (isSafeUrl(resolved) ? resolved : url) as SafeUrl;
  } catch {
    return url;
  }
};
