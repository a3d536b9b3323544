// The starter's one escaper, for its page (HTML) and its placeholder coat of arms (SVG). Its own
// because a published package cannot import the repository's tools/html-escape.js.

/**
 * `text` safe between tags and inside a quoted attribute value of HTML or XML: `&`, `<`, `>`,
 * `"` and `'` as numeric character references, which both languages read.
 * @param {string} text
 * @returns {string}
 */
export const escapeMarkup = (text) =>
  text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
