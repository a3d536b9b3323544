// The JSON Schema file: generated from the effect schema by scripts/write-json-schema.js (needs
// dist/), checked in, standalone draft 2020-12, and never stricter than the validator. It is
// checked with Ajv, a validator independent of both the domain's decoder and effect.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { decodeMunicipality } from './municipality.js';
import {
  minimalMunicipality,
  minimalTwinCity,
  mutatedDocument,
  sampleMunicipality,
} from './test-fixtures.js';

type JsonSchema = { readonly [keyword: string]: unknown };

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = join(packageDir, 'schema', 'municipality.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;
const defs = schema.$defs as Record<string, JsonSchema>;

/** Every subschema with the JSON Pointer-ish path to it. */
const walk = (
  node: unknown,
  path: string,
  visit: (node: JsonSchema, path: string) => void,
): void => {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}/${i}`, visit));
  else if (node !== null && typeof node === 'object') {
    visit(node as JsonSchema, path);
    for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`, visit);
  }
};

// Strict: a keyword Ajv does not know, or a schema it finds ambiguous, fails the compilation.
// Except tuples: effect writes a non-empty array as `prefixItems` of one, `items` and
// `minItems: 1`, an open tuple, which Ajv's strictTuples takes for a closed one half-written.
const validateDocument = new Ajv2020({
  allErrors: true,
  strict: true,
  strictTuples: false,
}).compile(schema);

/**
 * Where the document breaks the schema, as JSON Pointers: a missing key at its own path
 * (`/name`), not at its parent's. [] for a valid document.
 */
const errorPaths = (document: unknown): string[] => {
  if (validateDocument(document)) return [];
  const errors: ErrorObject[] = validateDocument.errors ?? [];
  return [
    ...new Set(
      errors.map((error) =>
        error.keyword === 'required'
          ? `${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`
          : error.instancePath,
      ),
    ),
  ];
};

describe('municipality.schema.json', () => {
  it('is exactly what the generator writes from the current build (run `npm run build` if not)', () => {
    const result = spawnSync(
      process.execPath,
      [join(packageDir, 'scripts', 'write-json-schema.js'), '--check'],
      {
        cwd: packageDir,
        encoding: 'utf8',
        env: { ...process.env, NODE_V8_COVERAGE: '' },
      },
    );
    assert.equal(result.status, 0, result.stderr);
  });

  it('is a standalone draft 2020-12 schema with an id, a title and a description', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://muni-kit.org/schema/municipality.schema.json');
    assert.equal(schema.title, 'muni-kit municipality document');
    assert.equal(typeof schema.description, 'string');
    assert.equal(schema.type, 'object');
    assert.equal('definitions' in schema, false);
    assert.ok(Object.keys(defs).length >= 20);
  });

  it('lets a document name its schema with "$schema"', () => {
    assert.deepEqual((schema.properties as Record<string, JsonSchema>).$schema?.type, 'string');
    assert.equal((schema.required as string[]).includes('$schema'), false);
  });

  it('points every $ref at an existing #/$defs entry', () => {
    let refs = 0;
    walk(schema, '#', (node, path) => {
      if (node.$ref === undefined) return;
      refs++;
      const match = /^#\/\$defs\/([A-Za-z0-9_]+)$/u.exec(String(node.$ref));
      assert.ok(match, `${path}: ${String(node.$ref)}`);
      assert.ok(match[1] && match[1] in defs, `${path}: ${String(node.$ref)} does not resolve`);
    });
    assert.ok(refs > 50);
  });

  it('has patterns that compile as Unicode regular expressions, for the strings that need them', () => {
    const patterns: string[] = [];
    walk(schema, '#', (node) => {
      if (typeof node.pattern === 'string') patterns.push(node.pattern);
    });
    for (const pattern of patterns) assert.doesNotThrow(() => new RegExp(pattern, 'u'), pattern);
    for (const name of [
      'Slug',
      'Email',
      'TimeOfDay',
      'SafeUrl',
      'PartialDate',
      'PhoneNumberEncoded',
    ]) {
      assert.equal(typeof defs[name]?.pattern, 'string', `${name} has a pattern`);
    }
  });

  it('describes every definition, for editors', () => {
    for (const [name, def] of Object.entries(defs))
      assert.equal(typeof def.description, 'string', name);
  });

  it('describes every field of every type and of the document itself, on the field itself', () => {
    const undescribed: string[] = [];
    const check = (owner: string, node: JsonSchema) => {
      for (const [field, sub] of Object.entries(
        (node.properties ?? {}) as Record<string, JsonSchema>,
      )) {
        if (typeof sub.description !== 'string') undescribed.push(`${owner}.${field}`);
        if (sub.type === 'object') check(`${owner}.${field}`, sub);
      }
    };
    let fields = 0;
    for (const [name, def] of [['(document)', schema] as const, ...Object.entries(defs)]) {
      fields += Object.keys((def.properties ?? {}) as object).length;
      check(name, def);
    }
    assert.ok(fields > 100, `only ${fields} fields`);
    assert.deepEqual(undescribed, []);
  });

  it('accepts the minimal and the sample documents', () => {
    assert.deepEqual(errorPaths(minimalMunicipality()), []);
    assert.deepEqual(errorPaths(sampleMunicipality()), []);
  });

  it('accepts every data file of the package, each of which the validator accepts too', () => {
    const dataDir = join(packageDir, 'data');
    const names = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
    assert.deepEqual(names.sort(), ['kazanlak.json', 'kochani.json']);
    for (const name of names) {
      const doc: unknown = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
      assert.equal(decodeMunicipality(doc).ok, true, name);
      assert.deepEqual(errorPaths(doc), [], name);
    }
  });

  it('rejects what it can express, at the path of the mistake', () => {
    const invalid: Array<[string, unknown, string]> = [
      ['missing name', { ...minimalMunicipality(), name: undefined }, '/name'],
      ['bad id', { ...minimalMunicipality(), id: 'Testovo' }, '/id'],
      ['bad locale', { ...minimalMunicipality(), defaultLocale: 'Deutsch' }, '/defaultLocale'],
      [
        'no language version',
        { ...minimalMunicipality(), languageVersions: [] },
        '/languageVersions',
      ],
      ['script URL', { ...minimalMunicipality(), homeUrl: 'javascript:alert(1)' }, '/homeUrl'],
      [
        'disguised script URL',
        { ...minimalMunicipality(), homeUrl: ' JAVASCRIPT:alert(1)' },
        '/homeUrl',
      ],
      [
        'data URL',
        { ...minimalMunicipality(), coatOfArms: { src: 'data:image/svg+xml,<svg/>', alt: 'x' } },
        '/coatOfArms/src',
      ],
      [
        'empty translation object',
        { ...minimalMunicipality(), copyrightHolder: {} },
        '/copyrightHolder',
      ],
      [
        'month 13',
        {
          ...minimalMunicipality(),
          twinCities: [minimalTwinCity('a', { history: [{ date: '2021-13', text: 'x' }] })],
        },
        '/twinCities/0/history/0/date',
      ],
      [
        'bad phone',
        { ...minimalMunicipality(), contacts: [{ label: 'x', phones: ['call us'] }] },
        '/contacts/0/phones/0',
      ],
      [
        'bad time',
        {
          ...minimalMunicipality(),
          officeHours: [
            { id: 'a', name: 'a', periods: [{ days: ['mon'], opens: '8:30', closes: '17:00' }] },
          ],
        },
        '/officeHours/0/periods/0/opens',
      ],
    ];
    for (const [label, doc, path] of invalid) {
      const json: unknown = JSON.parse(JSON.stringify(doc));
      assert.equal(decodeMunicipality(json).ok, false, label);
      assert.deepEqual(errorPaths(json), [path], label);
    }
  });

  it('never rejects a document the validator accepts (property)', () => {
    fc.assert(
      fc.property(mutatedDocument(sampleMunicipality()), (doc) => {
        if (decodeMunicipality(doc).ok) assert.deepEqual(errorPaths(doc), []);
      }),
      { numRuns: 1500 },
    );
  });
});
