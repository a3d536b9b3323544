import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localize, LocalizedText } from './localized-text.js';
import { decodeOrThrow, issuesOf } from './test-fixtures.js';

describe('LocalizedText', () => {
  it('accepts a plain string, or an object with translations keyed by language', () => {
    for (const input of [
      'Казанлък',
      { bg: 'Кочани' },
      { en: 'Kochani' },
      { mk: 'Кочани', en: 'Kochani' },
      { bg: 'Кочани', 'sr-Latn': 'Kočani', en: 'Kochani' },
    ]) {
      assert.deepEqual(decodeOrThrow(LocalizedText, input), input);
    }
  });

  it('accepts long text up to 20 000 characters, not beyond', () => {
    assert.equal(decodeOrThrow(LocalizedText, 'а'.repeat(20_000)), 'а'.repeat(20_000));
    assert.equal(issuesOf(LocalizedText, 'а'.repeat(20_001)).length, 1);
  });

  it('rejects empty text and an object without any translation', () => {
    assert.deepEqual(issuesOf(LocalizedText, ''), [
      { path: '(document)', message: 'Expected a value with a length of at least 1' },
    ]);
    assert.deepEqual(issuesOf(LocalizedText, {}), [
      { path: '(document)', message: 'Expected at least one translation, such as { "bg": "…" }' },
    ]);
  });

  it('reports the translation that is wrong by its locale key', () => {
    assert.deepEqual(
      issuesOf(LocalizedText, { bg: 3 }).map((issue) => issue.path),
      ['bg'],
    );
    assert.deepEqual(
      issuesOf(LocalizedText, { bg: 'Казанлък', en: '' }).map((issue) => issue.path),
      ['en'],
    );
  });

  it('rejects values that are neither a string nor an object', () => {
    for (const input of [42, null, true, ['bg']]) {
      assert.equal(issuesOf(LocalizedText, input).length > 0, true, JSON.stringify(input));
    }
  });
});

describe('localize', () => {
  it('returns a plain string as is, without a language of its own', () => {
    assert.deepEqual(localize('Kochani', 'en', 'bg'), {
      text: 'Kochani',
      lang: undefined,
      isFallback: false,
    });
  });

  it('returns the requested translation when present', () => {
    assert.deepEqual(localize({ bg: 'Кочани', en: 'Kochani' }, 'en', 'bg'), {
      text: 'Kochani',
      lang: 'en',
      isFallback: false,
    });
    assert.deepEqual(localize({ bg: 'Кочани', en: 'Kochani' }, 'bg', 'bg'), {
      text: 'Кочани',
      lang: 'bg',
      isFallback: false,
    });
  });

  it('falls back to the default locale, visibly, when a translation is missing', () => {
    assert.deepEqual(localize({ bg: 'Кочани' }, 'en', 'bg'), {
      text: 'Кочани',
      lang: 'bg',
      isFallback: true,
    });
  });

  it('falls back to the first translation the text has when the default one is missing too', () => {
    assert.deepEqual(localize({ en: 'Kochani' }, 'bg', 'bg'), {
      text: 'Kochani',
      lang: 'en',
      isFallback: true,
    });
    assert.deepEqual(localize({ tr: 'Koçani', bg: 'Кочани' }, 'en', 'mk'), {
      text: 'Koçani',
      lang: 'tr',
      isFallback: true,
    });
  });

  it("keeps the order: the element's locale, the document's default, the first translation", () => {
    const text = { en: 'Town hall', bg: 'Общинска сграда', mk: 'Општинска зграда' };
    assert.equal(localize(text, 'mk', 'bg').text, 'Општинска зграда');
    assert.equal(localize(text, 'de', 'bg').text, 'Общинска сграда');
    assert.equal(localize(text, 'de', 'tr').text, 'Town hall');
  });
});
