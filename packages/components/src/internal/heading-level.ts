import { literal, type StaticValue } from 'lit/static-html.js';

/** A level an HTML heading can have. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const tags: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/**
 * The heading level for a `heading-level` attribute or property: rounded and clamped to 1–6 (so
 * 0 and below give 1, 7 and above 6), or the element's `fallback` when the value is not a finite
 * number (`heading-level="x"`, a removed attribute, which Lit's Number converter gives as null).
 * The one rule of every element with a heading level.
 */
export const headingLevel = (
  level: number | null | undefined,
  fallback: HeadingLevel,
): HeadingLevel => {
  const whole = typeof level === 'number' && Number.isFinite(level) ? Math.round(level) : fallback;
  return Math.min(6, Math.max(1, whole)) as HeadingLevel;
};

/**
 * The static `h1` … `h6` tag for `level` (clamped the same way), for `lit/static-html.js`
 * templates: ``staticHtml`<${headingTag(level)}>…</${headingTag(level)}>` ``. A level one below
 * another (`level + 1`) stays at `h6`.
 */
export const headingTag = (level: number): StaticValue => tags[headingLevel(level, 2) - 1]!;
