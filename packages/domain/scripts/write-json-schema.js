#!/usr/bin/env node
// Writes schema/municipality.schema.json, the JSON Schema (draft 2020-12) of a municipality
// document, generated from the effect schema, and src/generated/municipality-json-schema.ts,
// the same schema without its descriptions, which decodeMunicipality decodes with (and its
// compiled copy in dist/, so that one build is enough). Runs after `tsc` (it imports dist/), as
// part of `npm run build`. The files are checked in, so that editors and other municipalities
// can use the schema without building: `--check` fails instead of writing when one is out of date.
//
//   node scripts/write-json-schema.js           write the files
//   node scripts/write-json-schema.js --check   exit 1 if a file differs from the output
//   node scripts/write-json-schema.js --stdout  print the schema instead of writing it
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as Schema from 'effect/Schema';
import { Municipality } from '../dist/municipality.js';
import { WeatherFeed } from '../dist/weather.js';

export const schemaId = 'https://muni-kit.org/schema/municipality.schema.json';
export const schemaFile = fileURLToPath(
  new URL('../schema/municipality.schema.json', import.meta.url),
);
const decoderSchemaFile = fileURLToPath(
  new URL('../src/generated/municipality-json-schema.ts', import.meta.url),
);
const decoderSchemaDist = fileURLToPath(new URL('../dist/generated/', import.meta.url));
const weatherSchemaFile = fileURLToPath(
  new URL('../src/generated/weather-feed-json-schema.ts', import.meta.url),
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

/** Keywords for people and editors only, which decoding does not need. */
const annotations = new Set(['$schema', '$id', 'title', 'description', 'examples', 'default']);

const isAnnotationOnly = (schema) =>
  schema !== null &&
  typeof schema === 'object' &&
  !Array.isArray(schema) &&
  Object.keys(schema).length > 0 &&
  Object.keys(schema).every((keyword) => annotations.has(keyword));

/**
 * A deep copy in which the description of a field (effect's `annotateKey`, which it writes as
 * `allOf: [{ $ref }, { description }]` or as `allOf: [{ description }]` beside the type) sits on
 * the property itself: `{ $ref, description }`. Editors show a property's own description, and
 * the decoder's copy, without annotations, stays a bare `$ref`.
 */
const liftKeyAnnotations = (value) => {
  if (Array.isArray(value)) return value.map(liftKeyAnnotations);
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, liftKeyAnnotations(field)]),
  );
  if (!Array.isArray(copy.allOf)) return copy;
  const lifted = copy.allOf.filter(
    (member) =>
      isAnnotationOnly(member) && Object.keys(member).every((keyword) => !(keyword in copy)),
  );
  if (lifted.length === 0) return copy;
  const rest = copy.allOf.filter((member) => !lifted.includes(member));
  const { allOf: _allOf, ...others } = copy;
  const liftedAnnotations = Object.assign({}, ...lifted);
  if (rest.length === 0) return { ...others, ...liftedAnnotations };
  // One schema left and nothing beside it but annotations: it stands for the property.
  if (rest.length === 1 && Object.keys(others).every((keyword) => annotations.has(keyword)))
    return { ...rest[0], ...others, ...liftedAnnotations };
  return { ...others, allOf: rest, ...liftedAnnotations };
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
    defs[name] = liftKeyAnnotations(rewriteRefs(document.definitions[name], refs));
  let root = liftKeyAnnotations(rewriteRefs(document.schema, new Set()));

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

/** A deep copy without annotations (keys of `properties` and `$defs` are names, not keywords). */
const withoutAnnotations = (schema) => {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([keyword]) => !annotations.has(keyword))
      .map(([keyword, value]) => [
        keyword,
        keyword === 'properties' || keyword === '$defs'
          ? Object.fromEntries(
              Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]),
            )
          : withoutAnnotations(value),
      ]),
  );
};

const generatedNote = (what) =>
  `// Generated by scripts/write-json-schema.js from the effect schema: ${what}. Do not edit.\n`;

/** The decoder's schema as a TypeScript module (checked in) and its compiled JavaScript and types. */
export const renderDecoderSchema = () => {
  const json = JSON.stringify(
    withoutAnnotations(toStandaloneSchema(Schema.toJsonSchemaDocument(Municipality))),
  );
  const note = generatedNote(
    'municipality.schema.json without its descriptions, for decodeMunicipality',
  );
  return {
    ts: `${note}import type { JsonSchema } from '../json-schema-decoder.js';\n\nexport const municipalityJsonSchema: JsonSchema = ${json};\n`,
    js: `${note}export const municipalityJsonSchema = ${json};\n`,
    dts: `${note}import type { JsonSchema } from '../json-schema-decoder.js';\nexport declare const municipalityJsonSchema: JsonSchema;\n`,
  };
};

/**
 * The weather feed's decoder schema (Open-Meteo's format, see weather.ts), as a module like
 * the municipality's: the feed is decoded in the browser with the small JSON Schema decoder.
 */
export const renderWeatherDecoderSchema = () => {
  const document = Schema.toJsonSchemaDocument(WeatherFeed);
  const definitions = Object.fromEntries(
    Object.entries(document.definitions).map(([name, schema]) => [
      name,
      rewriteRefs(schema, new Set()),
    ]),
  );
  const root = { ...rewriteRefs(document.schema, new Set()), $defs: definitions };
  const json = JSON.stringify(withoutAnnotations(root));
  const note = generatedNote('the weather feed without its descriptions, for decodeWeatherFeed');
  return {
    ts: `${note}import type { JsonSchema } from '../json-schema-decoder.js';\n\nexport const weatherFeedJsonSchema: JsonSchema = ${json};\n`,
    js: `${note}export const weatherFeedJsonSchema = ${json};\n`,
    dts: `${note}import type { JsonSchema } from '../json-schema-decoder.js';\nexport declare const weatherFeedJsonSchema: JsonSchema;\n`,
  };
};

const main = async (args) => {
  const text = renderJsonSchema();
  if (args.includes('--stdout')) {
    process.stdout.write(text);
    return 0;
  }
  const decoderSchema = renderDecoderSchema();
  const weatherSchema = renderWeatherDecoderSchema();
  if (args.includes('--check')) {
    let status = 0;
    for (const [file, expected] of [
      [schemaFile, text],
      [decoderSchemaFile, decoderSchema.ts],
      [weatherSchemaFile, weatherSchema.ts],
    ]) {
      const current = await readFile(file, 'utf8').catch(() => undefined);
      if (current === expected) continue;
      console.error(
        `${file} is out of date: run \`npm run build\` in packages/domain and commit the result.`,
      );
      status = 1;
    }
    return status;
  }
  await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
  await writeFile(schemaFile, text);
  await writeFile(decoderSchemaFile, decoderSchema.ts);
  await mkdir(decoderSchemaDist, { recursive: true });
  await writeFile(`${decoderSchemaDist}municipality-json-schema.js`, decoderSchema.js);
  await writeFile(`${decoderSchemaDist}municipality-json-schema.d.ts`, decoderSchema.dts);
  await writeFile(weatherSchemaFile, weatherSchema.ts);
  await writeFile(`${decoderSchemaDist}weather-feed-json-schema.js`, weatherSchema.js);
  await writeFile(`${decoderSchemaDist}weather-feed-json-schema.d.ts`, weatherSchema.dts);
  return 0;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
