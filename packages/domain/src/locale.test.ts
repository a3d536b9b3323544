import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isLocale, languageSelfName, Locale, resolveLocale, supportedLocales } from './locale.js';
import { decodeOrThrow, issuesOf } from './test-fixtures.js';

describe('Locale', () => {
  it('accepts the shipped locales', () => {
    for (const locale of supportedLocales) assert.equal(decodeOrThrow(Locale, locale), locale);
  });

  it('rejects other languages, tags and non-strings', () => {
    for (const input of ['de', 'BG', 'en-GB', '', 42, null]) {
      assert.deepEqual(
        issuesOf(Locale, input).map((issue) => issue.path),
        ['(document)'],
        `${JSON.stringify(input)} should be rejected`,
      );
    }
  });

  it('isLocale narrows only shipped locale codes', () => {
    assert.equal(isLocale('bg'), true);
    assert.equal(isLocale('en'), true);
    assert.equal(isLocale('fr'), false);
    assert.equal(isLocale(undefined), false);
    assert.equal(isLocale(1), false);
  });
});

describe('resolveLocale', () => {
  const available = ['bg', 'en'] as const;

  it('takes the primary subtag of a BCP 47 tag, in any case', () => {
    assert.equal(resolveLocale('en-GB', available, 'bg'), 'en');
    assert.equal(resolveLocale(' EN_us ', available, 'bg'), 'en');
    assert.equal(resolveLocale('bg', available, 'en'), 'bg');
  });

  it('falls back to the default locale for missing, unsupported or unavailable languages', () => {
    assert.equal(resolveLocale(undefined, available, 'bg'), 'bg');
    assert.equal(resolveLocale(null, available, 'bg'), 'bg');
    assert.equal(resolveLocale('', available, 'bg'), 'bg');
    assert.equal(resolveLocale('de', available, 'bg'), 'bg');
    assert.equal(resolveLocale('en', ['bg'], 'bg'), 'bg');
  });
});

describe('languageSelfName', () => {
  it('names each language in itself, capitalised for a menu', () => {
    assert.equal(languageSelfName('bg'), 'Български');
    assert.equal(languageSelfName('en'), 'English');
    assert.equal(languageSelfName('de'), 'Deutsch');
  });
});
