import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  decodeMunicipality,
  Municipality,
  decodeMunicipalityJson,
  formatPath,
  type DecodeIssue,
  type DecodeResult,
} from './municipality.js';
import { localize } from './localized-text.js';
import {
  decodeOrThrow,
  issuesOf as effectIssuesOf,
  minimalMunicipality,
  minimalTwinCity,
  mutatedDocument,
  sampleMunicipality,
} from './test-fixtures.js';
import { applyMutation, deleted, pathsIn, withValueAt } from '../../../tools/document-mutations.js';

type Json = Record<string, unknown>;

const issuesOf = (result: DecodeResult): readonly DecodeIssue[] => (result.ok ? [] : result.issues);
const pathsOf = (input: unknown): string[] =>
  issuesOf(decodeMunicipality(input)).map((issue) => issue.path);

// `withValueAt(doc, path, value)`: a deep copy with `value` at `path`, the key deleted for
// `deleteKey`; it throws on a path whose parent is missing, so no example passes by a typo.
const deleteKey = deleted;

describe('decodeMunicipality: valid documents', () => {
  it('decodes the minimal document', () => {
    const result = decodeMunicipality(minimalMunicipality());
    assert.ok(result.ok, JSON.stringify(issuesOf(result)));
    assert.equal(result.value.id, 'testville');
    assert.equal(result.value.twinCities.length, 0);
  });

  it('decodes the sample document, phone numbers into E.164 and display forms', () => {
    const result = decodeMunicipality(sampleMunicipality());
    assert.ok(result.ok, JSON.stringify(issuesOf(result)));
    assert.deepEqual(result.value.phones[0]?.number, {
      e164: '+35943198201',
      display: '0431/98201',
    });
    assert.deepEqual(result.value.hotline?.phone, {
      e164: '+35970040056',
      display: '0 700 400 56',
    });
    assert.equal(result.value.twinCities[5]?.history?.[2]?.date, '2021-06-05');
  });

  it('allows the $schema key and unknown extra keys', () => {
    assert.ok(
      decodeMunicipality({
        ...minimalMunicipality(),
        $schema: '../schema/municipality.schema.json',
        extra: 1,
      }).ok,
    );
  });

  it('returns an already decoded municipality as it is', () => {
    const first = decodeMunicipality(sampleMunicipality());
    assert.ok(first.ok);
    const again = decodeMunicipality(first.value);
    assert.ok(again.ok);
    assert.equal(again.value, first.value);
  });
});

describe('decodeMunicipality: exact error paths', () => {
  it('reports twinCities[5].history[2].date for a month 13', () => {
    const doc = withValueAt(
      sampleMunicipality(),
      ['twinCities', 5, 'history', 2, 'date'],
      '2021-13',
    );
    assert.deepEqual(decodeMunicipality(doc), {
      ok: false,
      issues: [
        {
          path: 'twinCities[5].history[2].date',
          message: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
        },
      ],
    });
  });

  const cases: ReadonlyArray<readonly [ReadonlyArray<string | number>, unknown, string]> = [
    [['id'], 'Testovo', 'id'],
    [['defaultLocale'], 'de', 'defaultLocale'],
    [['languageVersions'], [], 'languageVersions[0]'],
    [['languageVersions', 1, 'locale'], 'en_GB', 'languageVersions[1].locale'],
    [['name'], {}, 'name'],
    [['name', 'en'], '', 'name.en'],
    [['homeUrl'], 'javascript:alert(1)', 'homeUrl'],
    [['coatOfArms', 'src'], 'data:image/svg+xml,<svg onload=alert(1)>', 'coatOfArms.src'],
    [['utilityLinks', 0, 'kind'], 'weather', 'utilityLinks[0].kind'],
    [['weather', 'src'], 'javascript:alert(1)', 'weather.src'],
    [['accessibilityStatementUrl'], 'javascript:alert(1)', 'accessibilityStatementUrl'],
    [
      ['mainNavigation', 0, 'children', 1, 'children', 0, 'url'],
      'vbscript:msgbox(1)',
      'mainNavigation[0].children[1].children[0].url',
    ],
    [['mainNavigation', 1, 'label'], deleteKey, 'mainNavigation[1].label'],
    [
      ['sectionNavigation', 'items', 0, 'url'],
      ' javascript:alert(1)',
      'sectionNavigation.items[0].url',
    ],
    [
      ['footer', 'linkGroups', 0, 'links', 0, 'url'],
      'ftp://egov.bg/',
      'footer.linkGroups[0].links[0].url',
    ],
    [['footer', 'legalLinks'], deleteKey, 'footer.legalLinks'],
    [['address', 'postalCode'], '6', 'address.postalCode'],
    [['phones', 1, 'number'], 'fax us', 'phones[1].number'],
    [['emails', 0], 'obshtina(at)testovo.bg', 'emails[0]'],
    [['socialLinks', 0, 'network'], 'myspace', 'socialLinks[0].network'],
    [['officeHours', 0, 'periods', 0, 'opens'], '8:30', 'officeHours[0].periods[0].opens'],
    [['officeHours', 1, 'periods', 0, 'days', 1], 'thursday', 'officeHours[1].periods[0].days[1]'],
    [
      ['officeHours', 0, 'periods', 0, 'breaks', 0, 'to'],
      '12:00',
      'officeHours[0].periods[0].breaks[0]',
    ],
    [['officeHours', 1, 'timeZone'], 'Mars/Olympus', 'officeHours[1].timeZone'],
    [['hotline', 'phone'], '', 'hotline.phone'],
    [['contacts', 0, 'phones', 0], '123', 'contacts[0].phones[0]'],
    [['contacts', 0, 'emails', 0], 'delo@', 'contacts[0].emails[0]'],
    [['twinCities', 0, 'image', 'src'], 'javascript&colon;alert(1)', 'twinCities[0].image.src'],
    [['twinCities', 3, 'places', 1, 'name'], '', 'twinCities[3].places[1].name'],
    [['twinCities', 4, 'country', 'code'], 'Korea', 'twinCities[4].country.code'],
    [['twinCities', 5, 'history', 1, 'url'], 'javascript:alert(1)', 'twinCities[5].history[1].url'],
    [['twinCities', 5, 'history', 0, 'text'], deleteKey, 'twinCities[5].history[0].text'],
    [['copyrightHolder'], null, 'copyrightHolder'],
    [['pages', 0, 'breadcrumbs', 1, 'url'], 'javascript:alert(1)', 'pages[0].breadcrumbs[1].url'],
    [['pages', 0, 'published'], '2021-02-30', 'pages[0].published'],
  ];

  for (const [path, value, expected] of cases) {
    it(`reports ${expected}`, () => {
      assert.deepEqual(pathsOf(withValueAt(sampleMunicipality(), path, value)), [expected]);
    });
  }

  it('reports a duplicate twin city id at the second occurrence', () => {
    const doc = withValueAt(sampleMunicipality(), ['twinCities', 4, 'id'], 'ohrid');
    assert.deepEqual(issuesOf(decodeMunicipality(doc)), [
      { path: 'twinCities[4].id', message: 'Expected unique twin city ids, "ohrid" appears twice' },
    ]);
  });

  it('accepts texts in any language the document lists, such as Macedonian', () => {
    let doc = withValueAt(sampleMunicipality(), ['languageVersions', 2], {
      locale: 'mk',
      url: '/mk/',
    });
    doc = withValueAt(doc, ['defaultLocale'], 'mk');
    doc = withValueAt(doc, ['name', 'mk'], 'Општина Тестово');
    doc = withValueAt(
      doc,
      ['twinCities', 0, 'history'],
      [{ text: { mk: 'Збратимување', en: 'Twinning' } }],
    );
    const result = decodeMunicipality(doc);
    assert.equal(result.ok, true);
    if (result.ok) assert.equal(localize(result.value.name, 'mk', 'bg').text, 'Општина Тестово');
  });

  it('reports a translation in a language the document does not list, at its key', () => {
    const doc = withValueAt(
      sampleMunicipality(),
      ['twinCities', 1, 'places', 0, 'name', 'mk'],
      'Охрид',
    );
    assert.deepEqual(issuesOf(decodeMunicipality(doc)), [
      {
        path: 'twinCities[1].places[0].name.mk',
        message:
          'Expected a translation in one of the document\'s languages ("bg", "en"), found "mk"',
      },
    ]);
    const malformed = withValueAt(
      sampleMunicipality(),
      ['footer', 'legalLinks', 0, 'label', 'en-gb'],
      'Privacy',
    );
    assert.deepEqual(issuesOf(decodeMunicipality(malformed)), [
      {
        path: 'footer.legalLinks[0].label.en-gb',
        message: 'Expected the language tag "en-gb" in its canonical form, "en-GB"',
      },
    ]);
  });

  it('takes texts in the languages it lists besides those it is published in', () => {
    let doc = withValueAt(sampleMunicipality(), ['languageVersions'], [{ locale: 'bg', url: '/' }]);
    assert.deepEqual(pathsOf(doc)[0], 'name.en');
    doc = withValueAt(doc, ['languages'], ['bg', 'en', 'mk']);
    doc = withValueAt(doc, ['twinCities', 0, 'places', 0, 'name', 'mk'], 'Кочани');
    assert.deepEqual(pathsOf(doc), []);
    assert.deepEqual(issuesOf(decodeMunicipality(withValueAt(doc, ['languages'], ['en', 'mk']))), [
      {
        path: 'languageVersions[0].locale',
        message: 'Expected one of the document\'s languages ("en", "mk")',
      },
    ]);
    assert.deepEqual(pathsOf(withValueAt(doc, ['languages'], ['bg', 'en', 'bg'])), [
      'languages[2]',
    ]);
    assert.deepEqual(pathsOf(withValueAt(doc, ['languages', 1], 'EN')), ['languages[1]']);
  });

  it('reports a default locale the document does not list, and a language listed twice', () => {
    assert.deepEqual(
      issuesOf(decodeMunicipality(withValueAt(sampleMunicipality(), ['defaultLocale'], 'mk'))),
      [
        {
          path: 'defaultLocale',
          message: 'Expected one of the document\'s languages ("bg", "en")',
        },
      ],
    );
    assert.deepEqual(
      issuesOf(
        decodeMunicipality(
          withValueAt(sampleMunicipality(), ['languageVersions', 2], {
            locale: 'en',
            url: '/en2/',
          }),
        ),
      ),
      [
        {
          path: 'languageVersions[2].locale',
          message: 'Expected each language once, "en" appears twice',
        },
      ],
    );
  });

  it('reports every problem at once, in document order', () => {
    let doc = sampleMunicipality() as unknown;
    doc = withValueAt(doc, ['homeUrl'], 'javascript:alert(1)');
    doc = withValueAt(doc, ['twinCities', 5, 'history', 2, 'date'], '2021-13');
    doc = withValueAt(doc, ['contacts', 0, 'phones', 0], 'x');
    doc = withValueAt(doc, ['copyrightHolder'], deleteKey);
    assert.deepEqual(pathsOf(doc), [
      'homeUrl',
      'contacts[0].phones[0]',
      'twinCities[5].history[2].date',
      'copyrightHolder',
    ]);
  });

  it('reports every missing required key of an empty object', () => {
    assert.deepEqual(pathsOf({}), [
      'id',
      'defaultLocale',
      'languageVersions',
      'name',
      'homeUrl',
      'coatOfArms',
      'utilityLinks',
      'mainNavigation',
      'footer',
      'address',
      'phones',
      'emails',
      'socialLinks',
      'officeHours',
      'contacts',
      'twinCities',
      'copyrightHolder',
    ]);
    assert.equal(
      issuesOf(decodeMunicipality({})).every((issue) => issue.message === 'Missing key'),
      true,
    );
  });

  it('reports a value that is not an object at the document itself', () => {
    for (const input of [null, undefined, 42, 'kazanlak', [], true]) {
      assert.deepEqual(pathsOf(input), ['(document)'], String(input));
    }
  });

  it('reports a getter that throws, or a cycle, instead of throwing', () => {
    const throwing = Object.defineProperty({ ...minimalMunicipality() }, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    // decodeMunicipality catches what the decoder throws: what matters is what it reports.
    assert.deepEqual(issuesOf(decodeMunicipality(throwing)), [
      { path: '(document)', message: 'boom' },
    ]);

    const cyclic: Json = { ...sampleMunicipality() };
    const item: Json = { label: 'loop' };
    item.children = [item];
    cyclic.mainNavigation = [item];
    const issues = issuesOf(decodeMunicipality(cyclic));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.path, '(document)');
    assert.match(issues[0]?.message ?? '', /call stack/iu);
  });
});

describe('decodeMunicipality with a base URL', () => {
  const baseUrl = 'https://x.bg/data/k.json';

  it('resolves document-relative URLs against the document, root-relative ones against its host', () => {
    const doc = {
      ...minimalMunicipality(),
      coatOfArms: { src: 'img.svg', alt: 'x' },
      homeUrl: '/a',
    };
    const result = decodeMunicipality(doc, { baseUrl });
    assert.ok(result.ok);
    assert.equal(result.value.coatOfArms.src, 'https://x.bg/data/img.svg');
    assert.equal(result.value.homeUrl, 'https://x.bg/a');
  });

  it('copies only what resolving changes: a decoded document with absolute URLs comes back as it is', () => {
    const first = decodeMunicipality(sampleMunicipality(), { baseUrl });
    assert.ok(first.ok);
    const again = decodeMunicipality(first.value, { baseUrl });
    assert.ok(again.ok);
    assert.equal(again.value, first.value);
    const doc = sampleMunicipality();
    const resolved = decodeMunicipality(doc, { baseUrl });
    assert.ok(resolved.ok);
    assert.equal(resolved.value.weather, doc.weather, 'no URL inside: the same object');
    assert.notEqual(resolved.value.coatOfArms, doc.coatOfArms, 'a relative URL inside: a copy');
  });

  it('resolves URLs at every depth and leaves absolute ones and text alone', () => {
    const result = decodeMunicipality(sampleMunicipality(), { baseUrl });
    assert.ok(result.ok);
    const m = result.value;
    assert.equal(m.mainNavigation[1]?.children?.[0]?.url, 'https://x.bg/data/services/taxes');
    assert.equal(
      m.mainNavigation[0]?.children?.[1]?.children?.[0]?.url,
      'https://x.bg/bg/twin-cities/kochani',
    );
    assert.equal(m.twinCities[0]?.image?.src, 'https://x.bg/data/img/kochani.jpg');
    assert.equal(m.twinCities[5]?.history?.[1]?.url, 'https://x.bg/data/history/2010.html');
    assert.equal(m.pages?.[0]?.breadcrumbs[0]?.url, 'https://x.bg/');
    assert.equal(m.footer.linkGroups?.[0]?.links[0]?.url, 'https://egov.bg/');
    assert.equal(m.socialLinks[0]?.url, 'https://www.facebook.com/testovo');
    assert.equal(m.$schema, 'https://muni-kit.org/schema/municipality.schema.json');
    assert.deepEqual(m.name, { bg: 'Община Тестово', en: 'Testovo Municipality' });
    assert.equal(m.languageVersions[1]?.url, 'https://x.bg/en/');
  });

  // The minimal document has no phone numbers, so it is already a valid decoded value: the
  // shortcut for decoded input used to return it without resolving anything.
  it('resolves URLs even when the input needs no decoding', () => {
    const result = decodeMunicipality(minimalMunicipality(), { baseUrl });
    assert.ok(result.ok);
    assert.equal(result.value.coatOfArms.src, 'https://x.bg/data/img/coat-of-arms.svg');
  });

  it('passes every URL through rewriteUrl instead, when given (server rendering)', () => {
    const seen: string[] = [];
    const result = decodeMunicipality(sampleMunicipality(), {
      baseUrl,
      rewriteUrl: (url) => {
        seen.push(url);
        return (url.startsWith('/') || url.includes(':') ? url : `data/${url}`) as typeof url;
      },
    });
    assert.ok(result.ok);
    assert.equal(result.value.coatOfArms.src, 'data/img/coat-of-arms.svg');
    assert.equal(
      result.value.mainNavigation[0]?.children?.[1]?.children?.[0]?.url,
      '/bg/twin-cities/kochani',
    );
    assert.equal(result.value.socialLinks[0]?.url, 'https://www.facebook.com/testovo');
    assert.ok(seen.includes('img/coat-of-arms.svg'));
    assert.deepEqual(result.value.name, { bg: 'Община Тестово', en: 'Testovo Municipality' });
  });

  it('leaves relative URLs as they are when there is no base URL', () => {
    const result = decodeMunicipality(sampleMunicipality());
    assert.ok(result.ok);
    assert.equal(result.value.coatOfArms.src, 'img/coat-of-arms.svg');
  });
});

describe('decodeMunicipalityJson', () => {
  it('parses and decodes JSON text, with a base URL', () => {
    const result = decodeMunicipalityJson(JSON.stringify(minimalMunicipality()), {
      baseUrl: 'https://x.bg/data/k.json',
    });
    assert.ok(result.ok);
    assert.equal(result.value.coatOfArms.src, 'https://x.bg/data/img/coat-of-arms.svg');
  });

  it('reports a syntax error as an issue of the document', () => {
    const result = decodeMunicipalityJson('{"id": "testville",');
    assert.equal(result.ok, false);
    assert.equal(issuesOf(result).length, 1);
    assert.equal(issuesOf(result)[0]?.path, '(document)');
    assert.match(issuesOf(result)[0]?.message ?? '', /^Invalid JSON: /u);
  });

  it('reports decoding problems with their paths', () => {
    const doc = withValueAt(
      minimalMunicipality(),
      ['twinCities'],
      [minimalTwinCity('a', { since: 'long ago' })],
    );
    assert.deepEqual(
      issuesOf(decodeMunicipalityJson(JSON.stringify(doc))).map((i) => i.path),
      ['twinCities[0].since'],
    );
  });
});

describe('formatPath', () => {
  it('writes keys with dots and indices in brackets', () => {
    assert.equal(
      formatPath(['twinCities', 5, 'history', 2, 'date']),
      'twinCities[5].history[2].date',
    );
    assert.equal(formatPath([0, 'a']), '[0].a');
    assert.equal(formatPath([Symbol.for('s'), 'a']), 'Symbol(s).a');
  });

  it('names the document itself when the path is empty', () => {
    assert.equal(formatPath([]), '(document)');
  });
});

// --- Property tests -------------------------------------------------------------------------

/**
 * The issue decodeMunicipality makes of an exception it caught (its own try/catch): at the
 * document, with the exception's message. The decoder's own issue at the document is "Expected
 * Municipality", and a JSON syntax error is "Invalid JSON: …".
 */
const caughtException = (issue: DecodeIssue) =>
  issue.path === '(document)' &&
  !/^(?:Expected Municipality|Invalid JSON: .*)$/su.test(issue.message);

/**
 * Rejected with issues that the decoder wrote. "Never throws" alone could not fail, since
 * decodeMunicipality catches every exception and reports it: here an input without a throwing
 * getter or a cycle must not reach that catch at all.
 */
const assertRejected = (result: DecodeResult) => {
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.issues.length > 0);
  for (const issue of issuesOf(result)) {
    assert.ok(!caughtException(issue), `the decoder threw: ${issue.message}`);
    assert.equal(typeof issue.path, 'string');
    assert.ok(issue.path.length > 0);
    assert.equal(typeof issue.message, 'string');
  }
};

const sample = sampleMunicipality();
const samplePaths = pathsIn(sample);

/** True when one path is the other or lies inside it: the issue is on the mutated branch. */
const onBranch = (issuePath: string, mutated: string) =>
  [issuePath, mutated].some((a, i) => {
    const b = i === 0 ? mutated : issuePath;
    return a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  });

describe('decodeMunicipality properties', () => {
  it('rejects anything that is not a document with its own issues, no exception caught', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (value) => assertRejected(decodeMunicipality(value)),
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects any JSON value with its own issues, no exception caught', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => assertRejected(decodeMunicipality(value))),
      { numRuns: 1000 },
    );
  });

  it('rejects JSON text, valid or not, with its own issues, no exception caught', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) =>
        assertRejected(decodeMunicipalityJson(text)),
      ),
      { numRuns: 500 },
    );
  });

  it('reports a mutated valid document with its own issues, only on the mutated branch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samplePaths),
        fc.oneof(fc.jsonValue(), fc.anything(), fc.constant(deleteKey)),
        (path, value) => {
          const doc = withValueAt(sample, path, value);
          const result = decodeMunicipality(doc);
          if (result.ok) return;
          const mutated = formatPath(path);
          // The list of languages is checked against every text: changing it may fault any.
          const languagesChanged = /^(languageVersions|languages|defaultLocale)\b/u.test(mutated);
          for (const issue of result.issues) {
            assert.ok(!caughtException(issue), `the decoder threw: ${issue.message}`);
            const languageIssue =
              languagesChanged && issue.message.includes("the document's languages");
            assert.ok(
              onBranch(issue.path, mutated) || languageIssue,
              `${issue.path} is not on ${mutated}`,
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports a document with several mutations at once with its own issues', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...samplePaths), fc.jsonValue()), {
          minLength: 1,
          maxLength: 8,
        }),
        (mutations) => {
          const doc: unknown = structuredClone(sample);
          // A mutation whose parent an earlier one removed or retyped changes nothing.
          for (const [path, value] of mutations)
            applyMutation(doc, { path, operation: 'set', value });
          const result = decodeMunicipality(doc);
          if (!result.ok) assertRejected(result);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("decodeMunicipality agrees with effect's decoder of the Municipality schema", () => {
  // decodeMunicipality decodes with the generated JSON Schema and the checks of its
  // definitions (json-schema-decoder.ts); the effect schema stays the model. These hold the two
  // to the same answers: the same values, the same problems at the same paths, the same words.
  const decodeWithEffect = (input: unknown) => {
    const issues = effectIssuesOf(Municipality, input);
    return issues.length === 0
      ? { ok: true as const, value: decodeOrThrow(Municipality, input) }
      : { ok: false as const, issues };
  };
  const agree = (input: unknown) => {
    const ours = decodeMunicipality(input);
    const theirs = decodeWithEffect(input);
    const summary = (result: DecodeResult) => (result.ok ? 'ok' : result.issues);
    assert.deepEqual(
      ours,
      theirs,
      JSON.stringify({ ours: summary(ours), effect: summary(theirs) }),
    );
  };

  it('on every data file of the package and on the test documents', () => {
    const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
    for (const name of readdirSync(dataDir).filter((file) => file.endsWith('.json'))) {
      agree(JSON.parse(readFileSync(join(dataDir, name), 'utf8')));
    }
    agree(minimalMunicipality());
    agree(sampleMunicipality());
  });

  it('on values that are not documents at all', () => {
    for (const input of [undefined, null, 0, 'x', [], [minimalMunicipality()], true, {}])
      agree(input);
  });

  it('on documents with one to three values changed anywhere (property)', () => {
    fc.assert(fc.property(mutatedDocument(sampleMunicipality()), agree), { numRuns: 3000 });
  });

  it('on the Kazanlak document changed anywhere (property)', () => {
    const kazanlak: unknown = JSON.parse(
      readFileSync(fileURLToPath(new URL('../data/kazanlak.json', import.meta.url)), 'utf8'),
    );
    fc.assert(fc.property(mutatedDocument(kazanlak as object), agree), { numRuns: 1000 });
  });

  it('takes a phone number only in a decoded form that is sound; else it must be written out', () => {
    const withPhone = (number: unknown) => ({ ...minimalMunicipality(), phones: [{ number }] });
    const decoded = decodeMunicipality(withPhone({ e164: '+35943198201', display: '0431/98201' }));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.value.phones[0]?.number, {
      e164: '+35943198201',
      display: '0431/98201',
    });
    assert.deepEqual(pathsOf(withPhone({ e164: 'javascript:alert(1)', display: 'x' })), [
      'phones[0].number',
    ]);
  });

  it('takes a decoded document as it is, and decodes it again to the same value', () => {
    const decoded = decodeMunicipality(sampleMunicipality());
    assert.ok(decoded.ok);
    const again = decodeMunicipality(decoded.value);
    assert.ok(again.ok);
    assert.equal(again.value, decoded.value);
  });
});
