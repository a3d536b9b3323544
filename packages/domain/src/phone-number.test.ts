import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as Schema from 'effect/Schema';
import {
  formatPhoneForDisplay,
  isPhoneNumber,
  parsePhoneNumber,
  PhoneNumber,
  telHref,
} from './phone-number.js';
import { decodeOrThrow, issuesOf } from './test-fixtures.js';

describe('parsePhoneNumber', () => {
  it('parses the forms the seed page writes, keeping the written grouping for display', () => {
    assert.deepEqual(parsePhoneNumber('0431/98201'), {
      e164: '+35943198201',
      display: '0431/98201',
    });
    assert.deepEqual(parsePhoneNumber('0 700 400 56'), {
      e164: '+35970040056',
      display: '0 700 400 56',
    });
    assert.deepEqual(parsePhoneNumber('0887311884'), {
      e164: '+359887311884',
      display: '0887 311 884',
    });
  });

  it('parses international forms with + or 00', () => {
    assert.deepEqual(parsePhoneNumber('+359 431 98201'), {
      e164: '+35943198201',
      display: '+359 431 98201',
    });
    assert.deepEqual(parsePhoneNumber('+359887311884'), {
      e164: '+359887311884',
      display: '0887 311 884',
    });
    assert.deepEqual(parsePhoneNumber('0035943198201'), {
      e164: '+35943198201',
      display: '0431 98201',
    });
    assert.deepEqual(parsePhoneNumber('+389 33 274 001'), {
      e164: '+38933274001',
      display: '+389 33 274 001',
    });
  });

  it('accepts brackets, dots, dashes and runs of spaces between groups', () => {
    assert.equal(parsePhoneNumber('+359 (431) 98-201')?.e164, '+35943198201');
    assert.equal(parsePhoneNumber('0431.98.201')?.e164, '+35943198201');
    assert.equal(parsePhoneNumber('  0431   98201 ')?.display, '0431 98201');
  });

  it('rejects text, numbers without trunk or country prefix, and wrong lengths', () => {
    for (const written of [
      '',
      'call us',
      '0431/98201 ext 2',
      '12345',
      '98201',
      '0431',
      '+0431 98201',
      '000 431 98201',
      '+1234567890123456',
      '+359 12',
    ]) {
      assert.equal(parsePhoneNumber(written), undefined, written);
    }
  });
});

describe('formatPhoneForDisplay', () => {
  it('groups Bulgarian numbers by kind', () => {
    assert.equal(formatPhoneForDisplay('+359887311884'), '0887 311 884');
    assert.equal(formatPhoneForDisplay('+35970040056'), '0700 400 56');
    assert.equal(formatPhoneForDisplay('+35980012345'), '0800 123 45');
    assert.equal(formatPhoneForDisplay('+35929811234'), '02 9811234');
    assert.equal(formatPhoneForDisplay('+35943198201'), '0431 98201');
  });

  it('leaves foreign numbers in their international form', () => {
    assert.equal(formatPhoneForDisplay('+38933274001'), '+38933274001');
  });
});

describe('isPhoneNumber', () => {
  it('takes a decoded number, whose E.164 form can go into a tel: link', () => {
    assert.equal(isPhoneNumber(parsePhoneNumber('0431/98201')), true);
    assert.equal(isPhoneNumber({ e164: '+35943198201', display: '0431/98201' }), true);
  });

  it('refuses anything else: a written number, a bad E.164 form, an empty display form', () => {
    for (const value of [
      '0431/98201',
      null,
      {},
      { e164: '+35943198201' },
      { e164: 'javascript:alert(1)', display: 'x' },
      { e164: '+0431', display: 'x' },
      { e164: '35943198201', display: 'x' },
      { e164: '+35943198201', display: ' ' },
    ]) {
      assert.equal(isPhoneNumber(value), false, JSON.stringify(value));
    }
  });
});

describe('telHref', () => {
  it('links the E.164 form', () => {
    assert.equal(telHref({ e164: '+35943198201', display: '0431/98201' }), 'tel:+35943198201');
  });
});

describe('PhoneNumber schema', () => {
  it('decodes a written number into both forms and encodes it back as displayed', () => {
    const phone = decodeOrThrow(PhoneNumber, '0431/98201');
    assert.deepEqual(phone, { e164: '+35943198201', display: '0431/98201' });
    assert.equal(Schema.encodeUnknownSync(PhoneNumber)(phone), '0431/98201');
  });

  it('rejects what is not a telephone number', () => {
    assert.deepEqual(issuesOf(PhoneNumber, 'call us'), [
      {
        path: '(document)',
        message: 'Expected a telephone number such as 0431/98201 or +359 431 98201',
      },
    ]);
    assert.equal(issuesOf(PhoneNumber, 43198201).length, 1);
  });
});

// --- Property tests: every way Bulgarian sites write numbers round-trips through display ----

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`, 'u'));

/** [as written, the national significant number (no trunk 0)]. */
const bulgarianNumber: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  // 0XXX/XXXXX: area code, slash, subscriber number.
  fc
    .tuple(fc.stringMatching(/^[2-9]\d{2}$/u), digits(5))
    .map(([area, sub]) => [`0${area}/${sub}`, `${area}${sub}`] as const),
  // 0 XXX XXX XX: national service numbers as the seed writes them.
  fc
    .tuple(fc.constantFrom('700', '800', '900'), digits(3), digits(2))
    .map(([a, b, c]) => [`0 ${a} ${b} ${c}`, `${a}${b}${c}`] as const),
  // 08XXXXXXXX: mobile numbers without spaces.
  fc
    .tuple(fc.constantFrom('7', '8', '9'), digits(7))
    .map(([op, sub]) => [`08${op}${sub}`, `8${op}${sub}`] as const),
  // Mobile numbers grouped 0XXX XXX XXX.
  fc
    .tuple(fc.constantFrom('7', '8', '9'), digits(3), digits(3))
    .map(
      ([op, a, b]) =>
        [
          `08${op}${a.slice(0, 1)} ${a.slice(1)}${b.slice(0, 1)} ${b.slice(1)}`,
          `8${op}${a}${b}`,
        ] as const,
    ),
  // +359…, with or without spaces, area codes of 1 to 3 digits.
  fc
    .tuple(fc.stringMatching(/^[2-9]\d{0,2}$/u), digits(5), fc.boolean())
    .map(
      ([area, sub, spaced]) =>
        [spaced ? `+359 ${area} ${sub}` : `+359${area}${sub}`, `${area}${sub}`] as const,
    ),
  fc
    .tuple(fc.constantFrom('7', '8', '9'), digits(7))
    .map(([op, sub]) => [`+3598${op}${sub}`, `8${op}${sub}`] as const),
  // 00359…
  fc
    .tuple(fc.stringMatching(/^[2-9]\d{2}$/u), digits(5))
    .map(([area, sub]) => [`00359 ${area} ${sub}`, `${area}${sub}`] as const),
);

describe('phone parsing properties', () => {
  it('finds the E.164 form of every generated Bulgarian number', () => {
    fc.assert(
      fc.property(bulgarianNumber, ([written, national]) => {
        assert.equal(parsePhoneNumber(written)?.e164, `+359${national}`, written);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips: the display form parses back to the same number, and displays the same', () => {
    fc.assert(
      fc.property(bulgarianNumber, ([written]) => {
        const phone = parsePhoneNumber(written);
        assert.ok(phone, written);
        const again = parsePhoneNumber(phone.display);
        assert.equal(again?.e164, phone.e164, `${written} → ${phone.display}`);
        assert.equal(again?.display, phone.display);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through the schema: decode, encode, decode', () => {
    const decode = Schema.decodeUnknownSync(PhoneNumber);
    const encode = Schema.encodeUnknownSync(PhoneNumber);
    fc.assert(
      fc.property(bulgarianNumber, ([written]) => {
        const phone = decode(written);
        assert.deepEqual(decode(encode(phone)), phone);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const phone = parsePhoneNumber(text);
        if (phone) assert.match(phone.e164, /^\+[1-9]\d{5,14}$/u);
      }),
      { numRuns: 2000 },
    );
  });
});
