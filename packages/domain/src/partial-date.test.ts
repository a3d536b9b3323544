import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  PartialDate,
} from './partial-date.js';
import type { DateParts } from './partial-date.js';
import { decodeOrThrow, issuesOf } from './test-fixtures.js';

const date = (value: string) => decodeOrThrow(PartialDate, value);

describe('PartialDate', () => {
  it('accepts a year, a month or a day', () => {
    for (const value of ['2019', '2021-06', '2021-06-05', '2024-02-29', '0800'])
      assert.equal(date(value), value);
  });

  it('rejects impossible months and days and other formats', () => {
    for (const value of [
      '2021-13',
      '2021-00',
      '2021-06-31',
      '2023-02-29',
      '2021-06-00',
      '21',
      '2021-6',
      '2021-06-5',
      '05.06.2021',
      '2021/06',
      '',
      ' 2021',
    ]) {
      assert.deepEqual(
        issuesOf(PartialDate, value),
        [{ path: '(document)', message: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD' }],
        value,
      );
    }
    assert.equal(issuesOf(PartialDate, 2021).length, 1);
  });
});

describe('parsePartialDate', () => {
  it('tells the precision', () => {
    assert.deepEqual(parsePartialDate('2019'), { year: 2019, precision: 'year' });
    assert.deepEqual(parsePartialDate('2021-06'), { year: 2021, month: 6, precision: 'month' });
    assert.deepEqual(parsePartialDate('2021-06-05'), {
      year: 2021,
      month: 6,
      day: 5,
      precision: 'day',
    });
    assert.equal(parsePartialDate('2021-13'), undefined);
  });

  it('accepts exactly the calendar days (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          assert.deepEqual(parsePartialDate(iso), {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
            precision: 'day',
          });
        },
      ),
    );
  });
});

/** What Intl writes for a month or day, without the year suffix: the reference for the patterns. */
const writtenByIntl = (parts: DateParts, locale: 'bg' | 'en'): string => {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
  const pieces = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'bg', {
    year: 'numeric',
    month: 'long',
    ...(parts.precision === 'day' ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).formatToParts(date);
  const yearIndex = pieces.findIndex((p) => p.type === 'year');
  return pieces
    .filter((p, i) => !(i > yearIndex && p.type === 'literal'))
    .map((p) => p.value)
    .join('')
    .trim();
};

/** The rule parsePartialDate follows, written with a regular expression and Date. */
const parsedByRule = (value: string): DateParts | undefined => {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day >= 1 && day <= last.getUTCDate() ? { year, month, day, precision: 'day' } : undefined;
};

describe('parsePartialDate and formatPartialDate against their references', () => {
  it('parse as the rule says, however malformed the text (property)', () => {
    for (const text of [
      '',
      '0000',
      '0000-02-29',
      '2000-02-29',
      '1900-02-29',
      '2019-1',
      '2019-06-5',
      '２０１９',
      '2019/06',
      ' 2019',
      '2019-06-05T00:00',
    ]) {
      assert.deepEqual(parsePartialDate(text), parsedByRule(text), text);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?$/u), (text) => {
        assert.deepEqual(parsePartialDate(text), parsedByRule(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('write every month and day as Intl does, in both locales', () => {
    for (const locale of ['bg', 'en'] as const) {
      for (const year of [50, 999, 1000, 1234, 1582, 1900, 2000, 2024, 2999, 9999]) {
        for (let month = 1; month <= 12; month += 1) {
          const parts: DateParts = { year, month, precision: 'month' };
          assert.equal(formatPartialDate(parts, locale), writtenByIntl(parts, locale));
          for (let day = 1; day <= 28; day += 9) {
            const withDay: DateParts = { year, month, day, precision: 'day' };
            assert.equal(
              formatPartialDate(withDay, locale),
              writtenByIntl(withDay, locale),
              `${year}-${month}-${day} ${locale}`,
            );
          }
        }
      }
    }
  });
});

describe('formatPartialDate', () => {
  it('is as precise as the date, in Bulgarian', () => {
    assert.equal(formatPartialDate(date('2019'), 'bg'), '2019');
    assert.equal(formatPartialDate(date('2021-06'), 'bg'), 'юни 2021');
    assert.equal(formatPartialDate(date('2021-06-05'), 'bg'), '5 юни 2021');
  });

  it('is as precise as the date, in English', () => {
    assert.equal(formatPartialDate(date('2019'), 'en'), '2019');
    assert.equal(formatPartialDate(date('2021-06'), 'en'), 'June 2021');
    assert.equal(formatPartialDate(date('2021-06-05'), 'en'), '5 June 2021');
  });

  it('keeps years before 100 in their own century', () => {
    assert.equal(formatPartialDate(date('0050-06'), 'en'), 'June 50');
    assert.equal(formatPartialDate(date('0050-06-05'), 'bg'), '5 юни 50');
    assert.deepEqual(parsePartialDate('0000-02-29'), {
      year: 0,
      month: 2,
      day: 29,
      precision: 'day',
    });
  });

  it('formats parsed parts too, and shows an unparseable value as it is', () => {
    assert.equal(
      formatPartialDate({ year: 1975, month: 9, precision: 'month' }, 'bg'),
      'септември 1975',
    );
    assert.equal(formatPartialDate('someday' as PartialDate, 'bg'), 'someday');
  });
});

describe('comparePartialDates', () => {
  it('orders chronologically, a less precise date first', () => {
    const sorted = ['2021-06-05', '2019', '2021', '2021-06', '2020-12-31']
      .map(date)
      .sort(comparePartialDates);
    assert.deepEqual(sorted, ['2019', '2020-12-31', '2021', '2021-06', '2021-06-05']);
    assert.equal(comparePartialDates(date('2021'), date('2021')), 0);
  });
});
