import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as Schema from 'effect/Schema';
import { ContactPoint, LabelledPhone } from './contact-point.js';
import { decodeOrThrow, issuesOf, pathsOf } from './test-fixtures.js';

describe('ContactPoint', () => {
  it('decodes phones as written into E.164 and display forms', () => {
    const contact = decodeOrThrow(ContactPoint, {
      label: { bg: 'Деловодство', en: 'Registry office' },
      phones: ['0431/98201', '0887311884'],
      emails: ['obshtina@kazanlak.bg'],
      notes: { bg: 'В работно време' },
    });
    assert.deepEqual(contact.phones, [
      { e164: '+35943198201', display: '0431/98201' },
      { e164: '+359887311884', display: '0887 311 884' },
    ]);
    assert.deepEqual(contact.emails, ['obshtina@kazanlak.bg']);
  });

  it('encodes back to the numbers as displayed', () => {
    const contact = decodeOrThrow(ContactPoint, { label: 'x', phones: ['0431/98201'] });
    assert.deepEqual(Schema.encodeUnknownSync(ContactPoint)(contact), {
      label: 'x',
      phones: ['0431/98201'],
    });
  });

  it('reports the wrong phone and e-mail by index', () => {
    assert.deepEqual(
      issuesOf(ContactPoint, {
        label: 'x',
        phones: ['0431/98201', 'call us'],
        emails: ['a@b.bg', 'nope'],
      }).map((i) => i.path),
      ['phones[1]', 'emails[1]'],
    );
    assert.deepEqual(pathsOf(ContactPoint, { phones: [] }), ['label']);
    assert.deepEqual(pathsOf(ContactPoint, { label: 'x' }), ['phones']);
  });
});

describe('LabelledPhone', () => {
  it('accepts a number with an optional label and kind', () => {
    const phone = decodeOrThrow(LabelledPhone, {
      number: '0431 62 301',
      label: { bg: 'Факс', en: 'Fax' },
      kind: 'fax',
    });
    assert.deepEqual(phone.number, { e164: '+35943162301', display: '0431 62 301' });
    assert.equal(phone.kind, 'fax');
  });

  it('reports a wrong number, label or kind by key', () => {
    assert.deepEqual(pathsOf(LabelledPhone, { number: '12', label: '', kind: 'pager' }), [
      'number',
      'label',
      'kind',
    ]);
  });
});
