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
 * `prefixItems`, `minItems`, `anyOf` and `allOf`; annotations are ignored.
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

/**
 * A decoder for `schema`, whose root is named `rootName` and whose named definitions get the
 * rules of `definitions`. It never throws for any value; a check that throws does.
 */
export const makeSchemaDecoder = (
  schema: JsonSchema,
  rootName: string,
  definitions: Readonly<Record<string, Definition>>,
): ((input: unknown) => SchemaDecodeResult) => {
  const defs = (schema.$defs ?? {}) as Readonly<Record<string, JsonSchema>>;

  /** The node a `$ref` points at (or the node itself), with its definition name if it has one. */
  const target = (node: JsonSchema): [JsonSchema, string | undefined] => {
    if (typeof node.$ref !== 'string') return [node, undefined];
    const name = definitionName(node.$ref);
    const resolved = defs[name];
    if (!resolved) throw new Error(`Unresolved $ref ${node.$ref}`);
    return [resolved, name];
  };

  const visit = (
    node: JsonSchema,
    value: unknown,
    path: PropertyKey[],
    issues: SchemaIssue[],
    name?: string,
  ): Decoded => {
    if (typeof node.$ref === 'string') {
      const [resolved, refName] = target(node);
      return visit(resolved, value, path, issues, refName);
    }
    const definition = name === undefined ? undefined : definitions[name];
    if (definition?.isDecoded?.(value)) return value;
    const before = issues.length;
    const fail = (message: string, at: ReadonlyArray<PropertyKey> = []): typeof invalid => {
      issues.push({ path: [...path, ...at], message });
      return invalid;
    };
    const restated = definition?.checks !== undefined;
    const label = labelOf(name);

    if (Array.isArray(node.anyOf)) {
      const alternatives = (node.anyOf as JsonSchema[]).map(target);
      // Like effect's unions: only the alternatives of the value's type are tried, and when
      // just one is, its own problems are reported rather than a vague "expected X".
      const candidates = alternatives.filter(([alternative]) => hasType(value, alternative.type));
      let only: SchemaIssue[] = [];
      let decoded: Decoded = invalid;
      for (const [alternative, alternativeName] of candidates) {
        const alternativeIssues: SchemaIssue[] = [];
        decoded = visit(alternative, value, path, alternativeIssues, alternativeName);
        if (decoded !== invalid) break;
        only = alternativeIssues;
      }
      if (decoded === invalid) {
        if (candidates.length === 1) issues.push(...only);
        else fail(`Expected ${label ?? 'a value of another type'}`);
        return invalid;
      }
      value = decoded;
    }

    const literals = Array.isArray(node.enum) ? node.enum.map((v) => JSON.stringify(v)).join(' | ') : undefined;
    if (node.type === 'integer' && typeof value === 'number' && Number.isFinite(value) && !Number.isSafeInteger(value)) {
      // A number, but not an integer: effect goes on to check its bounds too.
      fail(typeMessage(node.type, value));
    } else if (node.type !== undefined && !hasType(value, node.type)) {
      return fail(label || literals ? `Expected ${label ?? literals}` : typeMessage(node.type, value));
    }
    if (Array.isArray(node.enum) && !node.enum.includes(value)) return fail(`Expected ${label ?? literals}`);

    let decoded: Decoded = value;
    if (typeof value === 'string' && !restated) {
      if (typeof node.minLength === 'number' && value.length < node.minLength)
        fail(`Expected a value with a length of at least ${node.minLength}`);
      if (typeof node.maxLength === 'number' && value.length > node.maxLength)
        fail(`Expected a value with a length of at most ${node.maxLength}`);
      if (typeof node.pattern === 'string' && !matches(node.pattern, value))
        fail(`Expected a string matching the RegExp ${node.pattern}`);
    } else if (typeof value === 'number') {
      // An integer's own range (generated with it) is the integer check's business.
      const bound = (limit: unknown, own: number) =>
        typeof limit === 'number' && !(node.type === 'integer' && limit === own) ? limit : undefined;
      const minimum = bound(node.minimum, Number.MIN_SAFE_INTEGER);
      const maximum = bound(node.maximum, Number.MAX_SAFE_INTEGER);
      if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum))
        fail(boundsMessage(minimum, maximum));
    } else if (node.type === 'array' && Array.isArray(value)) {
      const prefixItems = (node.prefixItems ?? []) as JsonSchema[];
      const items = node.items as JsonSchema | undefined;
      if (typeof node.minItems === 'number' && value.length < node.minItems) fail('Missing key', [value.length]);
      let changed = false;
      const copy = value.map((item: unknown, index) => {
        const itemSchema = prefixItems[index] ?? items;
        if (!itemSchema) return item;
        const decodedItem = visit(itemSchema, item, [...path, index], issues);
        changed ||= decodedItem !== item;
        return decodedItem;
      });
      // Unchanged data is returned as it is: decoding already-decoded data costs no copies.
      if (changed) decoded = copy;
    } else if (isObject(value) && (node.type === 'object' || node.required !== undefined)) {
      const properties = (node.properties ?? {}) as Readonly<Record<string, JsonSchema>>;
      const required = (node.required ?? []) as string[];
      // Like effect's structs, the decoded object has the declared properties only.
      let changed = node.properties !== undefined && Object.keys(value).some((key) => !Object.hasOwn(properties, key));
      const copy: Record<string, unknown> = {};
      for (const [key, propertySchema] of Object.entries(properties)) {
        if (!Object.hasOwn(value, key)) {
          if (required.includes(key)) fail('Missing key', [key]);
          continue;
        }
        const field = value[key];
        const decodedField = visit(propertySchema, field, [...path, key], issues);
        changed ||= decodedField !== field;
        copy[key] = decodedField;
      }
      for (const key of required) {
        if (!Object.hasOwn(properties, key) && !Object.hasOwn(value, key)) fail('Missing key', [key]);
      }
      if (changed) decoded = copy;
    }
    if (Array.isArray(node.allOf) && !restated) {
      for (const part of node.allOf as JsonSchema[]) {
        const [resolved, partName] = target(part);
        visit(resolved, value, path, issues, partName);
      }
    }
    if (issues.length > before) return invalid;

    for (const check of definition?.checks ?? []) {
      const result = check(decoded);
      if (result === true) continue;
      if (typeof result === 'string') fail(result);
      else fail(result.issue, result.path);
    }
    if (issues.length > before) return invalid;
    return definition?.decode ? definition.decode(decoded) : decoded;
  };

  return (input) => {
    const issues: SchemaIssue[] = [];
    const value = visit(schema, input, [], issues, rootName);
    return value === invalid ? { ok: false, issues } : { ok: true, value };
  };
};
