/**
 * Decodes a value against a JSON Schema, plus the rules JSON Schema cannot say.
 *
 * Why it exists: effect's decoder costs a browser 23 KB (brotli), half of the whole kit. This
 * one, given the generated schema as data, costs about 2 KB. The effect model stays the one
 * source of truth: the schema is generated from it, the extra rules are the very functions its
 * filters call, and a property test keeps this decoder and effect's giving the same answers.
 *
 * It knows the keywords the generated schema uses: `$ref` into `$defs`, `type`, `enum`,
 * `pattern`, `minLength`, `maxLength`, `minimum`, `maximum`, `properties`, `required`, `items`,
 * `prefixItems`, `minItems`, `anyOf`, `allOf` and `additionalProperties` (a schema: a record);
 * annotations are ignored.
 */
import { makeCompiler, type Compiled } from './json-schema-compile.js';
import { boundsMessage, hasType, isObject, matches, typeMessage } from './json-schema-keywords.js';

export type JsonSchema = { readonly [keyword: string]: unknown };

/** What a check says: `true`, or the problem, with a path inside the value when it knows one. */
export type CheckResult =
  true | string | { readonly path: ReadonlyArray<PropertyKey>; readonly issue: string };

/** What a named definition (`$defs` entry, or the root) adds to its JSON Schema. */
export interface Definition {
  /**
   * The rules JSON Schema cannot express, run once the structure is right. The definition's
   * `pattern`, `minLength`, `maxLength` and `allOf` only restate them for editors, so they are
   * not evaluated: the checks decide, with their own messages.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check knows its value's shape
  readonly checks?: ReadonlyArray<(value: any) => CheckResult>;
  /** Turns a checked value into its decoded form ("0431/98201" → `{ e164, display }`). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly decode?: (value: any) => unknown;
  /** True for a value already in decoded form, which is kept as it is. */
  readonly isDecoded?: (value: unknown) => boolean;
}

export interface SchemaIssue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

export type SchemaDecodeResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly SchemaIssue[] };

const invalid: unique symbol = Symbol('invalid');
type Decoded = unknown;

/**
 * A decoder for `schema`, whose root is named `rootName` and whose named definitions get the
 * rules of `definitions`. It never throws for any value; a check that throws does, and so does
 * a `$ref` to a missing definition (a mistake in the schema, not in the data).
 */
export const makeSchemaDecoder = (
  schema: JsonSchema,
  rootName: string,
  definitions: Readonly<Record<string, Definition>>,
): ((input: unknown) => SchemaDecodeResult) => {
  const compile = makeCompiler(schema, definitions);

  // One path for the whole walk, copied only into the problems found.
  const path: PropertyKey[] = [];
  let issues: SchemaIssue[] = [];
  const fail = (message: string, at?: ReadonlyArray<PropertyKey>): typeof invalid => {
    issues.push({ path: at ? [...path, ...at] : [...path], message });
    return invalid;
  };

  const visitAt = (key: PropertyKey, node: Compiled, value: unknown): Decoded => {
    path.push(key);
    const decoded = visit(node, value);
    path.pop();
    return decoded;
  };

  const visit = (node: Compiled, input: unknown): Decoded => {
    const { definition } = node;
    if (definition?.isDecoded?.(input)) return input;
    const before = issues.length;
    let value = input;

    if (node.anyOf) {
      // Like effect's unions: only the alternatives of the value's type are tried, and when
      // just one is, its own problems are reported rather than a vague "expected X".
      const outer = issues;
      let candidates = 0;
      let decoded: Decoded = invalid;
      let only: SchemaIssue[] = [];
      for (const alternative of node.anyOf) {
        if (!hasType(value, alternative.type)) continue;
        candidates += 1;
        issues = [];
        decoded = visit(alternative, value);
        only = issues;
        if (decoded !== invalid) break;
      }
      issues = outer;
      if (decoded === invalid) {
        if (candidates === 1) issues.push(...only);
        else fail(`Expected ${node.label ?? 'a value of another type'}`);
        return invalid;
      }
      value = decoded;
    }

    const { type, label, literals } = node;
    if (
      type === 'integer' &&
      typeof value === 'number' &&
      Number.isFinite(value) &&
      !Number.isSafeInteger(value)
    ) {
      // A number, but not an integer: effect goes on to check its bounds too.
      fail(typeMessage(type, value));
    } else if (type !== undefined && !hasType(value, type)) {
      return fail(label || literals ? `Expected ${label ?? literals}` : typeMessage(type, value));
    }
    if (node.enum && !node.enum.includes(value)) return fail(`Expected ${label ?? literals}`);

    let decoded: Decoded = value;
    if (typeof value === 'string') {
      if (!node.restated) {
        if (node.minLength !== undefined && value.length < node.minLength)
          fail(`Expected a value with a length of at least ${node.minLength}`);
        if (node.maxLength !== undefined && value.length > node.maxLength)
          fail(`Expected a value with a length of at most ${node.maxLength}`);
        if (node.pattern !== undefined && !matches(node.pattern, value))
          fail(`Expected a string matching the RegExp ${node.pattern}`);
      }
    } else if (typeof value === 'number') {
      const { minimum, maximum } = node;
      if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum))
        fail(boundsMessage(minimum, maximum));
    } else if (type === 'array' && Array.isArray(value)) {
      if (node.minItems !== undefined && value.length < node.minItems)
        fail('Missing key', [value.length]);
      let copy: unknown[] | undefined;
      for (let index = 0; index < value.length; index += 1) {
        const itemSchema = node.prefixItems[index] ?? node.items;
        if (!itemSchema) continue;
        const item: unknown = value[index];
        const decodedItem = visitAt(index, itemSchema, item);
        // Unchanged data is returned as it is: decoding already-decoded data costs no copies.
        if (decodedItem !== item && !copy) copy = value.slice(0, index);
        if (copy) copy.push(decodedItem);
      }
      if (copy) decoded = copy;
    } else if (node.isStruct && isObject(value)) {
      const { properties } = node;
      // Like effect's structs, the decoded object has the declared properties only.
      let changed = false;
      const copy: Record<string, unknown> = {};
      if (properties) {
        let present = 0;
        for (const [key, propertySchema, required] of properties) {
          if (!Object.hasOwn(value, key)) {
            if (required) fail('Missing key', [key]);
            continue;
          }
          present += 1;
          const field = value[key];
          const decodedField = visitAt(key, propertySchema, field);
          if (decodedField !== field) changed = true;
          copy[key] = decodedField;
        }
        if (!changed && !node.additional && Object.keys(value).length !== present) changed = true;
      }
      if (node.additional) {
        // A record keeps every key; `copy` is only used when a value changed.
        for (const [key, field] of Object.entries(value)) {
          if (properties?.some(([declared]) => declared === key)) continue;
          const decodedField = visitAt(key, node.additional, field);
          if (decodedField !== field) changed = true;
          Object.defineProperty(copy, key, {
            value: decodedField,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      for (const key of node.otherRequired)
        if (!Object.hasOwn(value, key)) fail('Missing key', [key]);
      if (changed) decoded = copy;
    }
    if (node.allOf && !node.restated) for (const part of node.allOf) visit(part, value);
    if (issues.length > before) return invalid;

    if (definition) {
      for (const check of definition.checks ?? []) {
        const result = check(decoded);
        if (result === true) continue;
        if (typeof result === 'string') fail(result);
        else fail(result.issue, result.path);
      }
      if (issues.length > before) return invalid;
      if (definition.decode) return definition.decode(decoded);
    }
    return decoded;
  };

  return (input) => {
    const root = compile(schema, rootName);
    issues = [];
    path.length = 0;
    const value = visit(root, input);
    const found = issues;
    issues = [];
    return value === invalid ? { ok: false, issues: found } : { ok: true, value };
  };
};
