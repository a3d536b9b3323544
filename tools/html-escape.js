// The one HTML escaper of the repository's Node tooling and of the private apps: the benchmark
// pages (bench/), the docs' build (apps/docs/vite.config.ts), the embed's prerendering and tests,
// and the editor's description renderer. Published packages do not import tools/: the
// components' server renderer has its own (packages/components/src/server), and so has
// create-muni-kit (src/escape.js).

const entities = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

/**
 * `value` as text safe both between tags and inside a quoted attribute value (either quote):
 * `&`, `<`, `>`, `"` and `'` as entities. Anything else is turned into a string first.
 * @param {unknown} value
 * @returns {string}
 */
export const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/gu, (char) => entities[/** @type {keyof entities} */ (char)]);

/**
 * The reverse of `escapeHtml` for attribute values read back out of HTML the repository wrote:
 * the five entities it writes (and `&#x27;`, the other spelling of the apostrophe), `&amp;` last
 * so that `&amp;lt;` reads back as `&lt;`.
 * @param {string} value
 * @returns {string}
 */
export const unescapeHtml = (value) =>
  value
    .replace(/&quot;/gu, '"')
    .replace(/&#(?:39|x27);/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
