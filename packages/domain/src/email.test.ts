import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Email, mailtoHref } from './email.js';
import { decodeOrThrow, issuesOf } from './test-fixtures.js';

describe('Email', () => {
  it('accepts ordinary addresses', () => {
    for (const email of [
      'mayor@kazanlak.bg',
      'obshtina@kazanlak.bg',
      'first.last+tag@sub.example.co.uk',
      'info@kochani.gov.mk',
    ]) {
      assert.equal(decodeOrThrow(Email, email), email);
    }
  });

  it('rejects addresses without one @, with spaces, without a dotted domain, or too long', () => {
    for (const email of [
      '',
      'mayor',
      'mayor@',
      '@kazanlak.bg',
      'mayor@kazanlak',
      'mayor@kazanlak.b',
      'mayor@@kazanlak.bg',
      'ma yor@kazanlak.bg',
      'mayor@kazanlak.bg ',
      '<mayor@kazanlak.bg>',
      'mayor@kazanlak.bg, info@kazanlak.bg',
      `${'a'.repeat(250)}@x.bg`,
    ]) {
      const issues = issuesOf(Email, email);
      assert.equal(issues.length > 0, true, JSON.stringify(email));
      assert.deepEqual([...new Set(issues.map((issue) => issue.path))], ['(document)']);
    }
  });

  it('rejects non-strings', () => {
    assert.deepEqual(
      issuesOf(Email, 42).map((issue) => issue.path),
      ['(document)'],
    );
  });

  it('makes a mailto: link', () => {
    assert.equal(mailtoHref(decodeOrThrow(Email, 'mayor@kazanlak.bg')), 'mailto:mayor@kazanlak.bg');
  });
});
