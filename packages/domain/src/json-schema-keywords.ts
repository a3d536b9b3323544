/*
 * The JSON Schema keywords the decoder evaluates itself (type, bounds, pattern), with problems
 * worded as effect words them, so that both decoders report the same messages.
 */

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const hasType = (value: unknown, type: unknown): boolean => {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return true;
  }
};

/** The message for a value of the wrong type, worded as effect words it. */
export const typeMessage = (type: unknown, value: unknown): string =>
  type === 'integer' && typeof value === 'number'
    ? 'Expected an integer'
    : type === 'number' && typeof value === 'number'
      ? 'Expected a finite number'
      : `Expected ${type === 'integer' ? 'number' : String(type)}`;

export const boundsMessage = (minimum: number | undefined, maximum: number | undefined): string =>
  minimum !== undefined && maximum !== undefined
    ? `Expected a value between ${String(minimum)} and ${String(maximum)}`
    : minimum !== undefined
      ? `Expected a value greater than or equal to ${String(minimum)}`
      : `Expected a value less than or equal to ${String(maximum)}`;

// Compiled once per page, however many decoders are made.
const patterns = new Map<string, RegExp>();
export const matches = (pattern: string, value: string): boolean => {
  let regExp = patterns.get(pattern);
  if (!regExp) patterns.set(pattern, (regExp = new RegExp(pattern, 'u')));
  return regExp.test(value);
};
