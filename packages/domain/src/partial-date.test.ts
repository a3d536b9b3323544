import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  PartialDate,
} from './partial-date.js';
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
          min: new Date('1000-01-01T00:00:00Z'),
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
