/*
 * A JSON Schema prepared for decoding: every node compiled once into the keywords the decoder
 * evaluates, its `$ref`s resolved and the named definitions' rules attached.
 */
import type { Definition, JsonSchema } from './json-schema-decoder.js';
import { isObject } from './json-schema-keywords.js';

/** `#/$defs/PhoneNumberEncoded` → `PhoneNumberEncoded`. */
const definitionName = (ref: string): string => ref.replace(/^#\/\$defs\//u, '');

/**
 * The name a problem names a definition by, as effect does: its own, except for the encoded
 * side of a transformation (`PhoneNumberEncoded`), which is only the type it is written as.
 */
const labelOf = (name: string | undefined): string | undefined =>
  name === undefined || name.endsWith('Encoded') ? undefined : name;

/** A schema node prepared once: its `$ref`s resolved, its keywords read, its rules attached. */
export interface Compiled {
  readonly definition: Definition | undefined;
  /** The definition's name in messages ("Expected SafeUrl"), when it has one. */
  readonly label: string | undefined;
  /** True when the definition's checks stand for its pattern, lengths and allOf. */
  readonly restated: boolean;
  readonly type: unknown;
  readonly enum: readonly unknown[] | undefined;
  /** The enum's values as a message says them: `"twin" | "friendly"`. */
  readonly literals: string | undefined;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly pattern: string | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly minItems: number | undefined;
  readonly isStruct: boolean;
  /** Filled after the node is cached, so that recursive definitions compile. */
  anyOf: readonly Compiled[] | undefined;
  allOf: readonly Compiled[] | undefined;
  prefixItems: readonly Compiled[];
  items: Compiled | undefined;
  properties:
    ReadonlyArray<readonly [key: string, schema: Compiled, required: boolean]> | undefined;
  /** The schema of the keys `properties` does not declare, in a record. */
  additional: Compiled | undefined;
  /** Required keys that `properties` does not declare. */
  otherRequired: readonly string[];
}

const numberOrUndefined = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined;

/**
 * The compiler of `schema`'s nodes: a node and (for a definition) its name in, its compiled
 * form out, cached so that recursive definitions compile. Throws on a `$ref` to a missing
 * definition (a mistake in the schema, not in the data).
 */
export const makeCompiler = (
  schema: JsonSchema,
  definitions: Readonly<Record<string, Definition>>,
): ((node: JsonSchema, name?: string) => Compiled) => {
  const defs = (schema.$defs ?? {}) as Readonly<Record<string, JsonSchema>>;
  const compiled = new Map<JsonSchema, Compiled>();

  const compile = (node: JsonSchema, name?: string): Compiled => {
    if (typeof node.$ref === 'string') {
      const refName = definitionName(node.$ref);
      const resolved = defs[refName];
      if (!resolved) throw new Error(`Unresolved $ref ${node.$ref}`);
      return compile(resolved, refName);
    }
    const cached = compiled.get(node);
    if (cached) return cached;
    const definition = name === undefined ? undefined : definitions[name];
    const type = node.type;
    const integer = type === 'integer';
    const minimum = numberOrUndefined(node.minimum);
    const maximum = numberOrUndefined(node.maximum);
    const enumValues = Array.isArray(node.enum) ? (node.enum as unknown[]) : undefined;
    const result: Compiled = {
      definition,
      label: labelOf(name),
      restated: definition?.checks !== undefined,
      type,
      enum: enumValues,
      literals: enumValues?.map((v) => JSON.stringify(v)).join(' | '),
      minLength: numberOrUndefined(node.minLength),
      maxLength: numberOrUndefined(node.maxLength),
      pattern: typeof node.pattern === 'string' ? node.pattern : undefined,
      // An integer's own range (generated with it) is the integer check's business.
      minimum: integer && minimum === Number.MIN_SAFE_INTEGER ? undefined : minimum,
      maximum: integer && maximum === Number.MAX_SAFE_INTEGER ? undefined : maximum,
      minItems: numberOrUndefined(node.minItems),
      isStruct: type === 'object' || node.required !== undefined,
      anyOf: undefined,
      allOf: undefined,
      prefixItems: [],
      items: undefined,
      properties: undefined,
      additional: undefined,
      otherRequired: [],
    };
    compiled.set(node, result);
    const required = (node.required ?? []) as string[];
    const properties = node.properties as Readonly<Record<string, JsonSchema>> | undefined;
    if (Array.isArray(node.anyOf))
      result.anyOf = (node.anyOf as JsonSchema[]).map((part) => compile(part));
    if (Array.isArray(node.allOf))
      result.allOf = (node.allOf as JsonSchema[]).map((part) => compile(part));
    if (Array.isArray(node.prefixItems))
      result.prefixItems = (node.prefixItems as JsonSchema[]).map((part) => compile(part));
    if (node.items !== undefined) result.items = compile(node.items as JsonSchema);
    if (isObject(node.additionalProperties)) result.additional = compile(node.additionalProperties);
    if (properties) {
      result.properties = Object.entries(properties).map(
        ([key, sub]) => [key, compile(sub), required.includes(key)] as const,
      );
    }
    result.otherRequired = required.filter((key) => !properties || !Object.hasOwn(properties, key));
    return result;
  };
  return compile;
};
