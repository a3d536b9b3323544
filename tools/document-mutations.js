// The one document-mutation engine of the property tests: the domain's (test-fixtures.ts,
// municipality.test.ts) and the components' robustness test (src/test/robustness.test.ts), in
// Node and in the browser alike. It only walks and changes plain values; each test draws its own
// paths, operations and values with fast-check (its seed printed with any failure), so that what
// a test explores stays its own choice while the way a document is changed is written once.
// Types: document-mutations.d.ts (the packages that import it check no JavaScript).

/** The value of a `set` mutation (or of `withValueAt`) that deletes the key instead. */
export const deleted = Symbol('deleted');

/** Every path into a value (the root excluded), depth first, a parent before its children. */
export const pathsIn = (value, prefix = []) => {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsIn(item, [...prefix, key])]);
};

/** The object or array that holds the last step of `path`, or undefined when a step is missing. */
export const parentOf = (root, path) => {
  let node = root;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[step];
  }
  if (node === null || typeof node !== 'object') return undefined;
  return { parent: node, key: path.at(-1) };
};

/** The empty value of the same kind: '', [], {}, else 0. */
export const emptied = (value) =>
  typeof value === 'string'
    ? ''
    : Array.isArray(value)
      ? []
      : value !== null && typeof value === 'object'
        ? {}
        : 0;

/** A value of the same kind far larger than any real document holds. */
export const enormous = (value) => {
  if (typeof value === 'string')
    return value.length > 0
      ? value.repeat(Math.ceil(15_000 / value.length)).slice(0, 15_000)
      : 'ж'.repeat(25_000);
  if (Array.isArray(value))
    return Array.from(
      { length: 300 },
      (_, index) => value[index % Math.max(1, value.length)] ?? index,
    );
  if (typeof value === 'number')
    return value >= 0 ? Number.MAX_SAFE_INTEGER * 4 : -Number.MAX_VALUE;
  if (value !== null && typeof value === 'object') {
    const copy = { ...value };
    for (let i = 0; i < 500; i++) copy[`extra${i}`] = 'x'.repeat(100);
    return copy;
  }
  return value;
};

const remove = (parent, key) => {
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
};

/**
 * Changes `document` in place by one mutation and says whether it did: not when the parent of
 * the path is gone (an earlier mutation removed or retyped it), nor, with `json`, when the step
 * and its container disagree (a named key on an array has no JSON form).
 */
export const applyMutation = (document, { path, operation, value, key }, { json = false } = {}) => {
  const found = parentOf(document, path);
  if (!found) return false;
  const { parent, key: last } = found;
  if (json && Array.isArray(parent) !== (typeof last === 'number')) return false;
  const current = parent[last];
  switch (operation) {
    case 'set':
      if (value === deleted) remove(parent, last);
      else parent[last] = value;
      return true;
    case 'delete':
      remove(parent, last);
      return true;
    case 'empty':
      parent[last] = emptied(current);
      return true;
    case 'enormous':
      parent[last] = enormous(current);
      return true;
    case 'add-key':
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return false;
      // An own property even for "__proto__", as JSON.parse makes it.
      Object.defineProperty(current, key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return true;
    default:
      throw new Error(`Unknown mutation ${String(operation)}`);
  }
};

/**
 * A deep copy of `document` with `value` at `path` (the key deleted for `deleted`). Throws when
 * the parent of the path is not there: in an example a wrong path must not pass unnoticed.
 */
export const withValueAt = (document, path, value) => {
  const copy = structuredClone(document);
  if (!applyMutation(copy, { path, operation: 'set', value }))
    throw new Error(`No parent for ${describePath(path)}`);
  return copy;
};

/** `.twinCities[5].name`, the path as the mutation's description writes it. */
export const describePath = (path) =>
  path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');

const describeValue = (value) =>
  typeof value === 'symbol' || typeof value === 'bigint'
    ? String(value)
    : typeof value === 'function'
      ? 'function'
      : JSON.stringify(value);

/** One line a failing run prints for each mutation: `set .phones[0] = null`, `delete .name`. */
export const describeMutation = ({ path, operation, key, value }) =>
  `${operation} ${describePath(path)}${operation === 'add-key' ? ` ${key}` : ''}${
    operation === 'set' || operation === 'add-key' ? ` = ${describeValue(value)}` : ''
  }`;
