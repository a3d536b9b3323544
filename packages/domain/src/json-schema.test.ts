// The JSON Schema file: generated from the effect schema by scripts/write-json-schema.js (needs
// dist/), checked in, standalone draft 2020-12, and never stricter than the validator.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

// --- A small validator for the keywords the generated schema uses, and only those ---------

const annotationKeywords = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'examples',
  'default',
]);
const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

const validate = (s: JsonSchema, value: unknown, at = ''): string[] => {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${at || '/'}: ${message}`);
  for (const [keyword, arg] of Object.entries(s)) {
    switch (keyword) {
      case '$ref': {
        const name = String(arg).replace(/^#\/\$defs\//u, '');
        const target = defs[name];
        if (!target) throw new Error(`unresolved ${String(arg)}`);
        errors.push(...validate(target, value, at));
        break;
      }
      case 'type': {
        const actual = typeOf(value);
        if (!(actual === arg || (arg === 'number' && actual === 'integer')))
          fail(`expected ${String(arg)}`);
        break;
      }
      case 'enum':
        if (!(arg as unknown[]).includes(value)) fail(`expected one of ${JSON.stringify(arg)}`);
        break;
      case 'const':
        if (value !== arg) fail(`expected ${JSON.stringify(arg)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(arg), 'u').test(value))
          fail(`does not match ${String(arg)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < Number(arg)) fail('too short');
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > Number(arg)) fail('too long');
        break;
      case 'minimum':
        if (typeof value === 'number' && value < Number(arg)) fail('too small');
        break;
      case 'maximum':
        if (typeof value === 'number' && value > Number(arg)) fail('too large');
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < Number(arg)) fail('too few items');
        break;
      case 'required':
        if (typeOf(value) === 'object') {
          for (const key of arg as string[])
            if (!(key in (value as object))) fail(`missing ${key}`);
        }
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, sub] of Object.entries(arg as Record<string, JsonSchema>)) {
            if (key in (value as object))
              errors.push(
                ...validate(sub, (value as Record<string, unknown>)[key], `${at}/${key}`),
              );
          }
        }
        break;
      case 'additionalProperties':
        if (arg === true) break;
        if (typeOf(arg) !== 'object') throw new Error('additionalProperties: true or a schema is expected');
        if (typeOf(value) === 'object') {
          const declared = Object.keys((s.properties ?? {}) as object);
          for (const [key, field] of Object.entries(value as object))
            if (!declared.includes(key)) errors.push(...validate(arg as JsonSchema, field, `${at}/${key}`));
        }
        break;
      case 'minProperties':
        if (typeOf(value) === 'object' && Object.keys(value as object).length < Number(arg)) fail('too few properties');
        break;
      case 'prefixItems':
        if (Array.isArray(value))
          (arg as JsonSchema[]).forEach(
            (sub, i) => i < value.length && errors.push(...validate(sub, value[i], `${at}/${i}`)),
          );
        break;
      case 'items':
        if (Array.isArray(value)) {
          const skip = Array.isArray(s.prefixItems) ? s.prefixItems.length : 0;
          value.forEach(
            (item, i) =>
              i >= skip && errors.push(...validate(arg as JsonSchema, item, `${at}/${i}`)),
          );
        }
        break;
      case 'anyOf':
        if (!(arg as JsonSchema[]).some((sub) => validate(sub, value, at).length === 0))
          fail('matches no alternative');
        break;
      case 'allOf':
        for (const sub of arg as JsonSchema[]) errors.push(...validate(sub, value, at));
        break;
      default:
        if (!annotationKeywords.has(keyword))
          throw new Error(`the test validator does not know "${keyword}"`);
    }
  }
  return errors;
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

  it('accepts the minimal and the sample documents', () => {
    assert.deepEqual(validate(schema, minimalMunicipality()), []);
    assert.deepEqual(validate(schema, sampleMunicipality()), []);
  });

  it('accepts every data file of the package', () => {
    const dataDir = join(packageDir, 'data');
    for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
      const doc: unknown = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
      if (decodeMunicipality(doc).ok) assert.deepEqual(validate(schema, doc), [], name);
    }
  });

  it('rejects what it can express: missing keys, bad slugs, script URLs, impossible months', () => {
    const invalid: Array<[string, unknown]> = [
      ['missing name', { ...minimalMunicipality(), name: undefined }],
      ['bad id', { ...minimalMunicipality(), id: 'Testovo' }],
      ['bad locale', { ...minimalMunicipality(), defaultLocale: 'Deutsch' }],
      ['no language version', { ...minimalMunicipality(), languageVersions: [] }],
      ['script URL', { ...minimalMunicipality(), homeUrl: 'javascript:alert(1)' }],
      ['disguised script URL', { ...minimalMunicipality(), homeUrl: ' JAVASCRIPT:alert(1)' }],
      [
        'data URL',
        { ...minimalMunicipality(), coatOfArms: { src: 'data:image/svg+xml,<svg/>', alt: 'x' } },
      ],
      ['empty translation object', { ...minimalMunicipality(), copyrightHolder: {} }],
      [
        'month 13',
        {
          ...minimalMunicipality(),
          twinCities: [minimalTwinCity('a', { history: [{ date: '2021-13', text: 'x' }] })],
        },
      ],
      ['bad phone', { ...minimalMunicipality(), contacts: [{ label: 'x', phones: ['call us'] }] }],
      [
        'bad time',
        {
          ...minimalMunicipality(),
          officeHours: [
            { id: 'a', name: 'a', periods: [{ days: ['mon'], opens: '8:30', closes: '17:00' }] },
          ],
        },
      ],
    ];
    for (const [label, doc] of invalid) {
      const json: unknown = JSON.parse(JSON.stringify(doc));
      assert.equal(decodeMunicipality(json).ok, false, label);
      assert.notDeepEqual(validate(schema, json), [], label);
    }
  });

  it('never rejects a document the validator accepts (property)', () => {
    fc.assert(
      fc.property(mutatedDocument(sampleMunicipality()), (doc) => {
        if (decodeMunicipality(doc).ok) assert.deepEqual(validate(schema, doc), []);
      }),
      { numRuns: 1500 },
    );
  });
});
