import type { JsonSchema } from './json-schema-decoder.js';

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether `value` could be of the node's `type` (the alternative of a union it belongs to). */
const ofType = (node: JsonSchema | undefined, value: unknown): boolean => {
  const type = node?.type;
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case undefined:
      return true;
    default:
      return typeof value === (type === 'integer' ? 'number' : String(type));
  }
};

/**
 * Every part of `value` that `schema` describes with the definition `name` (a `$defs` entry),
 * with its path: the objects a rule about such parts must look at, found by the schema rather
 * than guessed from their shape. `value` is expected to be valid (a decoded document).
 */
export const partsOfDefinition = (
  schema: JsonSchema,
  name: string,
  value: unknown,
): Array<readonly [path: readonly PropertyKey[], part: unknown]> => {
  const defs = (schema.$defs ?? {}) as Readonly<Record<string, JsonSchema>>;
  const found: Array<readonly [readonly PropertyKey[], unknown]> = [];
  const walk = (node: JsonSchema, part: unknown, path: readonly PropertyKey[]): void => {
    if (typeof node.$ref === 'string') {
      const refName = node.$ref.replace(/^#\/\$defs\//u, '');
      const resolved = defs[refName];
      if (refName === name) {
        if (ofType(resolved, part)) found.push([path, part]);
        return;
      }
      if (resolved) walk(resolved, part, path);
      return;
    }
    // Alternatives of another type than the part's find nothing in it.
    if (Array.isArray(node.anyOf))
      for (const alternative of node.anyOf as JsonSchema[]) walk(alternative, part, path);
    if (Array.isArray(part)) {
      const prefix = (node.prefixItems ?? []) as JsonSchema[];
      const items = node.items as JsonSchema | undefined;
      part.forEach((item: unknown, index) => {
        const itemSchema = prefix[index] ?? items;
        if (itemSchema) walk(itemSchema, item, [...path, index]);
      });
    } else if (isObject(part) && isObject(node.properties)) {
      for (const [key, propertySchema] of Object.entries(
        node.properties as Record<string, JsonSchema>,
      )) {
        if (Object.hasOwn(part, key)) walk(propertySchema, part[key], [...path, key]);
      }
    }
  };
  walk(schema, value, []);
  return found;
};
