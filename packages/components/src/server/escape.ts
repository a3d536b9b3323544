/*
 * Escaping for the HTML the server writes around Lit's output (which escapes its own).
 */

/** A value for a double-quoted attribute. */
export const escapeAttribute = (value: string): string =>
  value
    .replace(/&/gu, '&amp;')
    .replace(/"/gu, '&quot;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;');

/** Text content. */
export const escapeText = (value: string): string =>
  value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
