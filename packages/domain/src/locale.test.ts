import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkLocale,
  languageSelfName,
  Locale,
  matchLocale,
  resolveLocale,
  selfNamedLanguages,
} from './locale.js';
import { decodeOrThrow, issuesOf } from './test-fixtures.js';

describe('Locale', () => {
  it('accepts any BCP 47 tag in canonical form', () => {
    for (const tag of ['bg', 'en', 'mk', 'tr', 'en-GB', 'sr-Latn', 'zh-Hant-TW', 'de-CH-1996']) {
      assert.equal(decodeOrThrow(Locale, tag), tag);
    }
  });

  it('rejects malformed tags, other spellings of a tag and non-strings', () => {
    for (const input of ['', 'english', 'en_GB', '-en', 'e', 42, null]) {
      assert.deepEqual(
        issuesOf(Locale, input).map((issue) => issue.path),
        ['(document)'],
        `${JSON.stringify(input)} should be rejected`,
      );
    }
    assert.equal(
      checkLocale('en-gb'),
      'Expected the language tag "en-gb" in its canonical form, "en-GB"',
    );
    assert.equal(checkLocale('BG'), 'Expected the language tag "BG" in its canonical form, "bg"');
    assert.match(String(checkLocale('en_GB')), /^Expected a BCP 47 language tag/u);
  });
});

describe('matchLocale and resolveLocale', () => {
  const available = ['mk', 'en', 'sr-Latn'] as const;

  it('finds the same tag, in any case and with either separator', () => {
    assert.equal(matchLocale('mk', available), 'mk');
    assert.equal(matchLocale(' EN ', available), 'en');
    assert.equal(matchLocale('sr_latn', available), 'sr-Latn');
  });

  it('drops subtags from the end of the request, then takes a tag of the same language', () => {
    assert.equal(matchLocale('en-GB', available), 'en');
    assert.equal(matchLocale('mk-Cyrl-MK', available), 'mk');
    assert.equal(matchLocale('sr', available), 'sr-Latn');
    assert.equal(matchLocale('sr-Latn-RS', available), 'sr-Latn');
  });

  it('finds nothing for a missing, malformed or unavailable language', () => {
    for (const requested of [undefined, null, '', '--', 'bg', 'de-DE'])
      assert.equal(matchLocale(requested, available), undefined);
  });

  it('resolves to the fallback when nothing matches', () => {
    assert.equal(resolveLocale('en-US', available, 'mk'), 'en');
    assert.equal(resolveLocale('bg', available, 'mk'), 'mk');
    assert.equal(resolveLocale(undefined, available, 'mk'), 'mk');
    assert.equal(resolveLocale('en', ['bg'], 'bg'), 'bg');
  });
});

describe('languageSelfName', () => {
  it('gives the names it knows without Intl exactly as Intl.DisplayNames does', () => {
    assert.ok(selfNamedLanguages.length >= 20);
    for (const code of selfNamedLanguages) {
      const intl = new Intl.DisplayNames([code], { type: 'language' }).of(code)!;
      assert.equal(
        languageSelfName(code),
        intl.charAt(0).toLocaleUpperCase(code) + intl.slice(1),
        code,
      );
    }
  });
  it('asks Intl for the others', () => {
    assert.equal(languageSelfName('fi'), 'Suomi');
  });

  it('names each language in itself, capitalised for a menu', () => {
    assert.equal(languageSelfName('bg'), 'Български');
    assert.equal(languageSelfName('en'), 'English');
    assert.equal(languageSelfName('mk'), 'Македонски');
    assert.equal(languageSelfName('de'), 'Deutsch');
  });
});
