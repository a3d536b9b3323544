// Types of document-mutations.js, for the TypeScript tests of the domain and the components.

/** A path into a document: object keys as strings, array indices as numbers. */
export type Path = ReadonlyArray<string | number>;

/** What a mutation does at its path. */
export type Operation = 'set' | 'delete' | 'empty' | 'enormous' | 'add-key';

export interface Mutation {
  readonly path: Path;
  readonly operation: Operation;
  /** The new value (`set`), or the added key's value (`add-key`). */
  readonly value?: unknown;
  /** The key `add-key` adds. */
  readonly key?: string;
}

/** The value of a `set` mutation (or of `withValueAt`) that deletes the key instead. */
export declare const deleted: unique symbol;

/** Every path into a value (the root excluded), depth first, a parent before its children. */
export declare function pathsIn(value: unknown, prefix?: Path): Path[];

/** The object or array that holds the last step of `path`, or undefined when a step is missing. */
export declare function parentOf(
  root: unknown,
  path: Path,
): { parent: Record<string | number, unknown>; key: string | number } | undefined;

/** The empty value of the same kind: '', [], {}, else 0. */
export declare function emptied(value: unknown): unknown;

/** A value of the same kind far larger than any real document holds. */
export declare function enormous(value: unknown): unknown;

/**
 * Changes `document` in place by one mutation and says whether it did: not when the parent of
 * the path is gone, nor, with `json`, when the step and its container disagree.
 */
export declare function applyMutation(
  document: unknown,
  mutation: Mutation,
  options?: { readonly json?: boolean },
): boolean;

/** A deep copy of `document` with `value` at `path` (deleted for `deleted`); throws when the parent is missing. */
export declare function withValueAt<T>(document: T, path: Path, value: unknown): T;

/** `.twinCities[5].name`. */
export declare function describePath(path: Path): string;

/** One line a failing run prints for each mutation. */
export declare function describeMutation(mutation: Mutation): string;
