import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeMunicipality, type Municipality } from './municipality.js';
import { jsonLdScript, municipalityJsonLd, scriptSafeJson } from './structured-data.js';

const kazanlak = (() => {
  const result = decodeMunicipality(
    JSON.parse(readFileSync(new URL('../data/kazanlak.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
})();

type Json = any;
const ld = (m: Municipality, locale: 'bg' | 'en' = 'bg'): Json =>
  JSON.parse(
    scriptSafeJson(municipalityJsonLd(m, { locale, from: new Date('2026-01-15T10:00:00Z') })),
  );

describe('municipalityJsonLd', () => {
  it('describes the municipality as a GovernmentOrganization with address, telephone and e-mail', () => {
    const data = ld(kazanlak);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'GovernmentOrganization');
    assert.equal(data.name, 'Община Казанлък');
    assert.equal(data.address['@type'], 'PostalAddress');
    assert.equal(data.address.addressCountry, 'BG');
    assert.equal(data.address.postalCode, kazanlak.address.postalCode);
    assert.match(data.telephone, /^\+359\d+$/u);
    assert.equal(data.email, kazanlak.emails[0]);
    assert.equal(ld(kazanlak, 'en').name, 'Kazanlak Municipality');
  });

  it('gives each office its weekly hours, breaks cut out', () => {
    const departments = ld(kazanlak).department;
    assert.deepEqual(
      departments.map((d: Json) => d.name),
      kazanlak.officeHours.map((h) => (h.name as Record<string, string>).bg),
    );
    const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(
      (d) => `https://schema.org/${d}`,
    );
    assert.deepEqual(departments[0].openingHoursSpecification, [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: weekdays,
        opens: '08:30',
        closes: '17:00',
      },
    ]);
    assert.deepEqual(
      departments[2].openingHoursSpecification.map((s: Json) => [s.opens, s.closes]),
      [
        ['08:30', '12:30'],
        ['13:30', '17:30'],
      ],
    );
  });

  it('lists the holidays of the next twelve months as closed days, with their names', () => {
    const special = ld(kazanlak).department[0].specialOpeningHoursSpecification;
    const closed = special
      .filter((s: Json) => s.opens === '00:00' && s.closes === '00:00')
      .map((s: Json) => s.validFrom);
    // From 15 January 2026 to 14 January 2027, the working days off: 24 May and 6 September
    // fall on a Sunday, so their Mondays are listed instead.
    assert.deepEqual(closed, [
      '2026-03-03',
      '2026-04-10',
      '2026-04-13',
      '2026-05-01',
      '2026-05-06',
      '2026-05-25',
      '2026-09-07',
      '2026-09-22',
      '2026-12-24',
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
    ]);
    const liberation = special.find((s: Json) => s.validFrom === '2026-03-03');
    assert.deepEqual(liberation, {
      '@type': 'OpeningHoursSpecification',
      validFrom: '2026-03-03',
      validThrough: '2026-03-03',
      description: 'Ден на Освобождението',
      opens: '00:00',
      closes: '00:00',
    });
  });

  it('writes special hours and extra working days with their hours', () => {
    const m = {
      ...kazanlak,
      officeHours: [
        {
          ...kazanlak.officeHours[0]!,
          specialHours: [
            {
              date: '2026-12-31',
              opens: '08:30',
              closes: '12:00',
              note: { bg: 'Последен ден', en: 'Last day' },
            },
          ],
          extraWorkingDays: [{ date: '2026-06-13' }],
        },
      ],
    } as Municipality;
    const special = ld(m, 'en').department[0].specialOpeningHoursSpecification;
    assert.deepEqual(
      special.find((s: Json) => s.validFrom === '2026-12-31'),
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2026-12-31',
        validThrough: '2026-12-31',
        description: 'Last day',
        opens: '08:30',
        closes: '12:00',
      },
    );
    assert.deepEqual(
      special.find((s: Json) => s.validFrom === '2026-06-13'),
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2026-06-13',
        validThrough: '2026-06-13',
        opens: '08:30',
        closes: '17:00',
      },
    );
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed or commented by the data, and still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script><!-- & \u2028' };
    const script = jsonLdScript(value);
    assert.ok(script.startsWith('<script type="application/ld+json">'));
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    assert.doesNotMatch(inner, /[<>&\u2028]/u);
    assert.deepEqual(JSON.parse(inner), value);
  });
});
