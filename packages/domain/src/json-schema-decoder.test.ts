// The generic decoder, on small schemas of its own. Its agreement with effect's decoder on the
// real municipality schema is tested in municipality.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  type JsonSchema,
  makeSchemaDecoder,
  type SchemaDecodeResult,
} from './json-schema-decoder.js';

const issues = (result: SchemaDecodeResult) =>
  result.ok ? [] : result.issues.map(({ path, message }) => `${path.join('.') || '/'}: ${message}`);

describe('makeSchemaDecoder: keywords', () => {
  const decode = makeSchemaDecoder(
    {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 2, maxLength: 4, pattern: '^[a-z]+$' },
        count: { type: 'integer', minimum: 1, maximum: 9 },
        ratio: { type: 'number', minimum: 0 },
        flag: { type: 'boolean' },
        nothing: { type: 'null' },
        size: { enum: ['s', 'm'] },
        pair: {
          type: 'array',
          prefixItems: [{ type: 'string' }],
          items: { type: 'integer' },
          minItems: 1,
        },
      },
      required: ['name', 'extra'],
    },
    'Thing',
    {},
  );

  it('accepts a valid value', () => {
    assert.deepEqual(
      decode({
        name: 'abc',
        extra: 1,
        count: 3,
        ratio: 0.5,
        flag: true,
        nothing: null,
        size: 's',
        pair: ['a', 1, 2],
      }),
      {
        ok: true,
        value: {
          name: 'abc',
          count: 3,
          ratio: 0.5,
          flag: true,
          nothing: null,
          size: 's',
          pair: ['a', 1, 2],
        },
      },
    );
  });

  it('reports every problem, in the order of the properties, with effect wording', () => {
    assert.deepEqual(
      issues(
        decode({
          name: 'ABCDE',
          count: 1.5,
          ratio: -1,
          flag: 'no',
          nothing: 0,
          size: 'xl',
          pair: [1, 'x'],
        }),
      ),
      [
        'name: Expected a value with a length of at most 4',
        'name: Expected a string matching the RegExp ^[a-z]+$',
        'count: Expected an integer',
        'ratio: Expected a value greater than or equal to 0',
        'flag: Expected boolean',
        'nothing: Expected null',
        'size: Expected "s" | "m"',
        'pair.0: Expected string',
        'pair.1: Expected number',
        'extra: Missing key',
      ],
    );
    assert.deepEqual(
      issues(decode({ name: 'a', extra: 0, count: 10, ratio: Infinity, pair: [] })),
      [
        'name: Expected a value with a length of at least 2',
        'count: Expected a value between 1 and 9',
        'ratio: Expected a finite number',
        'pair.0: Missing key',
      ],
    );
  });

  it('names the root when the value is not even an object', () => {
    assert.deepEqual(issues(decode([])), ['/: Expected Thing']);
    assert.deepEqual(issues(decode(null)), ['/: Expected Thing']);
  });
});

describe('makeSchemaDecoder: definitions, unions and checks', () => {
  const schema: JsonSchema = {
    type: 'array',
    items: { $ref: '#/$defs/Text' },
    $defs: {
      Text: { anyOf: [{ type: 'string', minLength: 1 }, { $ref: '#/$defs/Translations' }] },
      Translations: {
        type: 'object',
        properties: { bg: { type: 'string' }, en: { type: 'string' } },
        allOf: [{ anyOf: [{ required: ['bg'] }, { required: ['en'] }] }],
      },
      Phone: { type: 'string', pattern: '^[0-9]+$' },
    },
  };
  const withChecks = makeSchemaDecoder(schema, 'Texts', {
    Translations: {
      checks: [
        (t: { bg?: string; en?: string }) =>
          t.bg !== undefined || t.en !== undefined || 'Expected a translation',
      ],
    },
  });
  const withoutChecks = makeSchemaDecoder(schema, 'Texts', {});

  it("tries only the alternatives of the value's type, and reports the only one tried", () => {
    assert.deepEqual(issues(withChecks(['', {}, 5])), [
      '0: Expected a value with a length of at least 1',
      '1: Expected a translation',
      '2: Expected Text',
    ]);
  });

  it("leaves a definition's allOf to its checks, and evaluates it when there are none", () => {
    assert.deepEqual(issues(withoutChecks([{}])), ['0: Expected a value of another type']);
    assert.deepEqual(withoutChecks([{ en: 'x' }]), { ok: true, value: [{ en: 'x' }] });
  });

  it("reports a check's problem at the path inside the value it names", () => {
    const decode = makeSchemaDecoder(
      { type: 'object', properties: { ids: { type: 'array', items: { type: 'string' } } } },
      'Ids',
      {
        Ids: {
          checks: [
            (v: { ids: string[] }) =>
              new Set(v.ids).size === v.ids.length
                ? true
                : { path: ['ids', v.ids.length - 1], issue: 'Expected unique ids' },
          ],
        },
      },
    );
    assert.deepEqual(issues(decode({ ids: ['a', 'a'] })), ['ids.1: Expected unique ids']);
    assert.deepEqual(decode({ ids: ['a', 'b'] }), { ok: true, value: { ids: ['a', 'b'] } });
  });

  it('runs checks only on a value whose structure is right', () => {
    let calls = 0;
    const decode = makeSchemaDecoder(
      { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] },
      'N',
      {
        N: { checks: [() => (calls++, true)] },
      },
    );
    assert.deepEqual(issues(decode({})), ['n: Missing key']);
    assert.equal(calls, 0);
    decode({ n: 1 });
    assert.equal(calls, 1);
  });

  it("decodes with a definition's transformation, and keeps values already decoded", () => {
    const decode = makeSchemaDecoder(
      { type: 'array', items: { $ref: '#/$defs/Phone' }, $defs: schema.$defs },
      'Phones',
      {
        Phone: {
          checks: [
            (written: string) => /^\d+$/u.test(written.replaceAll(' ', '')) || 'Expected digits',
          ],
          decode: (written: string) => ({ digits: written.replaceAll(' ', '') }),
          isDecoded: (value) => typeof value === 'object' && value !== null && 'digits' in value,
        },
      },
    );
    // The pattern only restates the check for editors: "1 2" passes the check though not the pattern.
    assert.deepEqual(decode(['1 2', { digits: '3' }]), {
      ok: true,
      value: [{ digits: '12' }, { digits: '3' }],
    });
    assert.deepEqual(issues(decode(['x', 5])), ['0: Expected digits', '1: Expected Phone']);
  });

  it('returns unchanged data as it is, and drops undeclared properties like effect', () => {
    const decode = makeSchemaDecoder(
      {
        type: 'object',
        properties: {
          list: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } },
        },
      },
      'L',
      {},
    );
    const input = { list: [{ a: 'x' }, { a: 'y' }] };
    const result = decode(input);
    assert.ok(result.ok);
    assert.equal(result.value, input);
    const withExtra = { list: [{ a: 'x', b: 1 }] };
    const stripped = decode(withExtra);
    assert.deepEqual(stripped, { ok: true, value: { list: [{ a: 'x' }] } });
    assert.notEqual(stripped.ok && stripped.value, withExtra);
  });

  it('throws at once on a reference to a missing definition, a mistake in the schema itself', () => {
    const decode = makeSchemaDecoder({ $ref: '#/$defs/Nowhere' }, 'X', {});
    assert.throws(() => decode(1), /Unresolved \$ref #\/\$defs\/Nowhere/u);
  });
});
