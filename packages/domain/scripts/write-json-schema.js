#!/usr/bin/env node
// Writes schema/municipality.schema.json, the JSON Schema (draft 2020-12) of a municipality
// document, generated from the effect schema. Runs after `tsc` (it imports dist/), as part of
// `npm run build`. The file is checked in, so that editors and other municipalities can use it
// without building: `--check` fails instead of writing when the file is out of date.
//
//   node scripts/write-json-schema.js           write the file
//   node scripts/write-json-schema.js --check   exit 1 if the file differs from the output
//   node scripts/write-json-schema.js --stdout  print the schema instead of writing it
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as Schema from 'effect/Schema';
import { Municipality } from '../dist/municipality.js';

export const schemaId = 'https://muni-kit.org/schema/municipality.schema.json';
export const schemaFile = fileURLToPath(
  new URL('../schema/municipality.schema.json', import.meta.url),
);

const dialects = { 'draft-2020-12': 'https://json-schema.org/draft/2020-12/schema' };

/** The name a local reference points at, from either `#/$defs/X` or `#/definitions/X`. */
const definitionName = (ref) => {
  const match = /^#\/(?:\$defs|definitions)\/(.+)$/u.exec(ref);
  return match ? match[1].replaceAll('~1', '/').replaceAll('~0', '~') : undefined;
};
const definitionRef = (name) => `#/$defs/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;

/** A deep copy with every local `$ref` pointing into `$defs`; `refs` collects the names used. */
const rewriteRefs = (value, refs) => {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, refs));
  if (value === null || typeof value !== 'object') return value;
  const copy = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === '$ref' && typeof field === 'string') {
      const name = definitionName(field);
      if (name === undefined) throw new Error(`Unexpected non-local $ref ${field}`);
      refs.add(name);
      copy.$ref = definitionRef(name);
    } else {
      copy[key] = rewriteRefs(field, refs);
    }
  }
  return copy;
};

/** JSON Schema keywords first in the order a reader expects, the rest as generated. */
const keywordOrder = [
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
];
const ordered = (schema) =>
  Object.fromEntries(
    Object.entries(schema).sort(([a], [b]) => {
      const ia = keywordOrder.indexOf(a);
      const ib = keywordOrder.indexOf(b);
      return (ia === -1 ? keywordOrder.length : ia) - (ib === -1 ? keywordOrder.length : ib);
    }),
  );

/**
 * Turns effect's `{ dialect, schema, definitions }` into one standalone schema: `$schema`,
 * `$id`, title and description at the root, the root definition inlined, the others in `$defs`.
 */
export const toStandaloneSchema = (document) => {
  const dialect = dialects[document.dialect];
  if (dialect === undefined) throw new Error(`Unsupported JSON Schema dialect ${document.dialect}`);
  const refs = new Set();
  const defs = {};
  for (const name of Object.keys(document.definitions).sort())
    defs[name] = rewriteRefs(document.definitions[name], refs);
  let root = rewriteRefs(document.schema, new Set());

  // The root is a bare reference to one definition: inline it unless something else refers to it.
  const rootName =
    Object.keys(root).length === 1 && root.$ref !== undefined
      ? definitionName(root.$ref)
      : undefined;
  if (rootName !== undefined && !refs.has(rootName)) {
    root = defs[rootName];
    delete defs[rootName];
  }
  for (const name of refs) {
    if (!(name in defs)) throw new Error(`$ref to a missing definition: ${name}`);
  }
  return ordered({
    $schema: dialect,
    $id: schemaId,
    title: 'muni-kit municipality document',
    description:
      'One municipality: navigation, contacts, office hours, twin cities and their history.',
    ...root,
    $defs: defs,
  });
};

export const renderJsonSchema = () =>
  `${JSON.stringify(toStandaloneSchema(Schema.toJsonSchemaDocument(Municipality)), null, 2)}\n`;

const main = async (args) => {
  const text = renderJsonSchema();
  if (args.includes('--stdout')) {
    process.stdout.write(text);
    return 0;
  }
  if (args.includes('--check')) {
    const current = await readFile(schemaFile, 'utf8').catch(() => undefined);
    if (current === text) return 0;
    console.error(
      `${schemaFile} is out of date: run \`npm run build\` in packages/domain and commit the result.`,
    );
    return 1;
  }
  await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
  await writeFile(schemaFile, text);
  return 0;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
