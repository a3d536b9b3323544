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

export type JsonSchema = { readonly [keyword: string]: unknown };

/** What a check says: `true`, or the problem, with a path inside the value when it knows one. */
export type CheckResult =
  | true
  | string
  | { readonly path: ReadonlyArray<PropertyKey>; readonly issue: string };

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const hasType = (value: unknown, type: unknown): boolean => {
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
const typeMessage = (type: unknown, value: unknown): string =>
  type === 'integer' && typeof value === 'number'
    ? 'Expected an integer'
    : type === 'number' && typeof value === 'number'
      ? 'Expected a finite number'
      : `Expected ${type === 'integer' ? 'number' : String(type)}`;

const boundsMessage = (minimum: number | undefined, maximum: number | undefined): string =>
  minimum !== undefined && maximum !== undefined
    ? `Expected a value between ${String(minimum)} and ${String(maximum)}`
    : minimum !== undefined
      ? `Expected a value greater than or equal to ${String(minimum)}`
      : `Expected a value less than or equal to ${String(maximum)}`;

// Compiled once per page, however many decoders are made.
const patterns = new Map<string, RegExp>();
const matches = (pattern: string, value: string): boolean => {
  let regExp = patterns.get(pattern);
  if (!regExp) patterns.set(pattern, (regExp = new RegExp(pattern, 'u')));
  return regExp.test(value);
};

/** `#/$defs/PhoneNumberEncoded` → `PhoneNumberEncoded`. */
const definitionName = (ref: string): string => ref.replace(/^#\/\$defs\//u, '');

/**
 * The name a problem names a definition by, as effect does: its own, except for the encoded
 * side of a transformation (`PhoneNumberEncoded`), which is only the type it is written as.
 */
const labelOf = (name: string | undefined): string | undefined =>
  name === undefined || name.endsWith('Encoded') ? undefined : name;

/** A schema node prepared once: its `$ref`s resolved, its keywords read, its rules attached. */
interface Compiled {
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
  properties: ReadonlyArray<readonly [key: string, schema: Compiled, required: boolean]> | undefined;
  /** The schema of the keys `properties` does not declare, in a record. */
  additional: Compiled | undefined;
  /** Required keys that `properties` does not declare. */
  otherRequired: readonly string[];
}

const numberOrUndefined = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

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
    if (Array.isArray(node.anyOf)) result.anyOf = (node.anyOf as JsonSchema[]).map((part) => compile(part));
    if (Array.isArray(node.allOf)) result.allOf = (node.allOf as JsonSchema[]).map((part) => compile(part));
    if (Array.isArray(node.prefixItems)) result.prefixItems = (node.prefixItems as JsonSchema[]).map((part) => compile(part));
    if (node.items !== undefined) result.items = compile(node.items as JsonSchema);
    if (isObject(node.additionalProperties)) result.additional = compile(node.additionalProperties);
    if (properties) {
      result.properties = Object.entries(properties).map(([key, sub]) => [key, compile(sub), required.includes(key)] as const);
    }
    result.otherRequired = required.filter((key) => !properties || !Object.hasOwn(properties, key));
    return result;
  };

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
    if (type === 'integer' && typeof value === 'number' && Number.isFinite(value) && !Number.isSafeInteger(value)) {
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
      if (node.minItems !== undefined && value.length < node.minItems) fail('Missing key', [value.length]);
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
          Object.defineProperty(copy, key, { value: decodedField, enumerable: true, writable: true, configurable: true });
        }
      }
      for (const key of node.otherRequired) if (!Object.hasOwn(value, key)) fail('Missing key', [key]);
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
