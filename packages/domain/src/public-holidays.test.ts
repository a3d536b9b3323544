import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { orthodoxEaster, shiftIsoDate, substituteDays, weekdayOfIsoDate } from './holiday-dates.js';
import { bulgaria } from './holidays-bg.js';
import { eidAlFitrDates, northMacedonia } from './holidays-mk.js';
import {
  checkHolidayCalendarId,
  holidayCalendar,
  holidayCalendars,
  holidaysOn,
} from './public-holidays.js';

// Orthodox Easter Sunday, as published by the Bulgarian Orthodox Church's calendars.
const orthodoxEasters: Readonly<Record<number, string>> = {
  2020: '2020-04-19',
  2021: '2021-05-02',
  2022: '2022-04-24',
  2023: '2023-04-16',
  2024: '2024-05-05',
  2025: '2025-04-20',
  2026: '2026-04-12',
  2027: '2027-05-02',
  2028: '2028-04-16',
  2029: '2029-04-08',
  2030: '2030-04-28',
  2031: '2031-04-13',
  2032: '2032-05-02',
  2033: '2033-04-24',
  2034: '2034-04-09',
  2035: '2035-04-29',
  2036: '2036-04-20',
  2037: '2037-04-05',
  2038: '2038-04-25',
  2039: '2039-04-17',
  2040: '2040-05-06',
};

const datesOf = (year: number, kind?: 'holiday' | 'substitute') =>
  bulgaria
    .holidaysOf(year)
    .filter((h) => kind === undefined || h.kind === kind)
    .map((h) => h.date);

describe('orthodoxEaster', () => {
  it('gives the published dates of 2020–2040', () => {
    for (const [year, date] of Object.entries(orthodoxEasters))
      assert.equal(orthodoxEaster(Number(year)), date, year);
  });

  it('gives dates beyond the 13-day lag of 1900–2099 (Julian 1583, 2100)', () => {
    assert.equal(orthodoxEaster(1900), '1900-04-22');
    // In 2101 the Julian calendar lags 14 days: Julian 11 April is Gregorian 25 April.
    assert.equal(orthodoxEaster(2101), '2101-04-24');
  });

  it('is a Sunday between 4 April and 8 May, every year 1900–2099 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), (year) => {
        const easter = orthodoxEaster(year);
        assert.equal(weekdayOfIsoDate(easter), 0);
        assert.ok(easter >= `${year}-04-04` && easter <= `${year}-05-08`, easter);
      }),
    );
  });
});

describe('Bulgaria (Labour Code art. 154)', () => {
  it('2026: the government calendar, with 24 May, 6 September and 26 December moved', () => {
    assert.deepEqual(datesOf(2026), [
      '2026-01-01',
      '2026-03-03',
      '2026-04-10',
      '2026-04-11',
      '2026-04-12',
      '2026-04-13',
      '2026-05-01',
      '2026-05-06',
      '2026-05-24',
      '2026-05-25',
      '2026-09-06',
      '2026-09-07',
      '2026-09-22',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
    ]);
    assert.equal(holidaysOn(bulgaria, '2026-03-03')[0]?.name.bg, 'Ден на Освобождението');
    assert.deepEqual(holidaysOn(bulgaria, '2026-12-28')[0], {
      date: '2026-12-28',
      name: bulgaria.holidaysOf(2026).find((h) => h.date === '2026-12-26')!.name,
      kind: 'substitute',
      substitutes: '2026-12-26',
    });
  });

  it('every moved holiday of 2021–2027, from the published calendars', () => {
    const substitutes: Readonly<Record<number, readonly string[]>> = {
      // 1 May on Holy Saturday → 4 May, after Easter Monday; 25–26 Dec Sat–Sun → 27–28 Dec.
      2021: ['2021-05-04', '2021-12-27', '2021-12-28'],
      // 1 Jan Sat → 3 Jan; 1 May Sun → 2 May; 24–25 Dec Sat–Sun → 27–28 Dec (26 Dec is a Monday).
      2022: ['2022-01-03', '2022-05-02', '2022-12-27', '2022-12-28'],
      // 1 Jan Sun → 2 Jan; 6 May Sat → 8 May; 24 Dec Sun → 27 Dec (25–26 Dec are holidays).
      2023: ['2023-01-02', '2023-05-08', '2023-12-27'],
      // 3 Mar Sun → 4 Mar; 22 Sep Sun → 23 Sep. 6 May is Easter Monday: no Saturday or Sunday, no move.
      2024: ['2024-03-04', '2024-09-23'],
      // 24 May Sat → 26 May; 6 Sep Sat → 8 Sep.
      2025: ['2025-05-26', '2025-09-08'],
      2026: ['2026-05-25', '2026-09-07', '2026-12-28'],
      // 1 May on Holy Saturday → 4 May; 25–26 Dec Sat–Sun → 27–28 Dec.
      2027: ['2027-05-04', '2027-12-27', '2027-12-28'],
    };
    for (const [year, dates] of Object.entries(substitutes))
      assert.deepEqual(datesOf(Number(year), 'substitute'), dates, year);
  });

  it('never moves the Easter days: Holy Saturday and Easter Sunday stay on the weekend', () => {
    for (let year = 2020; year <= 2040; year++) {
      const easterSubstitutes = bulgaria
        .holidaysOf(year)
        .filter((h) => h.kind === 'substitute' && /Велик/u.test(h.name.bg ?? ''));
      assert.deepEqual(easterSubstitutes, [], String(year));
    }
  });

  it('each fixed holiday on a weekend gives one working day off after it, 2020–2040 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), (year) => {
        const all = bulgaria.holidaysOf(year);
        const holidays = new Set(all.filter((h) => h.kind === 'holiday').map((h) => h.date));
        const substitutes = all.filter((h) => h.kind === 'substitute');
        // Substitutes fall on working days: Monday to Friday, not a holiday, one per date.
        for (const s of substitutes) {
          assert.ok(![0, 6].includes(weekdayOfIsoDate(s.date)), s.date);
          assert.ok(!holidays.has(s.date), s.date);
          assert.ok(s.substitutes! < s.date, s.date);
        }
        assert.equal(new Set(substitutes.map((s) => s.date)).size, substitutes.length);
        // As many substitutes as fixed holidays on a Saturday or Sunday.
        const onWeekend = all.filter(
          (h) =>
            h.kind === 'holiday' &&
            !/Велик/u.test(h.name.bg ?? '') &&
            [0, 6].includes(weekdayOfIsoDate(h.date)),
        );
        assert.equal(substitutes.length, onWeekend.length);
        // Between a holiday and its substitute every day is a weekend day or a day off.
        const off = new Set(all.map((h) => h.date));
        for (const s of substitutes) {
          for (let d = shiftIsoDate(s.substitutes!, 1); d < s.date; d = shiftIsoDate(d, 1)) {
            assert.ok(off.has(d) || [0, 6].includes(weekdayOfIsoDate(d)), `${d} before ${s.date}`);
          }
        }
        // Easter runs Good Friday to Easter Monday around a Sunday.
        const easter = orthodoxEaster(year);
        for (const d of [-2, -1, 0, 1]) assert.ok(holidays.has(shiftIsoDate(easter, d)));
        assert.equal(all.length, all.map((h) => h.date).sort().length);
        assert.deepEqual(
          all.map((h) => h.date),
          [...all.map((h) => h.date)].sort(),
        );
      }),
    );
  });

  it('names every day in Bulgarian, English and Macedonian', () => {
    for (const h of bulgaria.holidaysOf(2026))
      for (const lang of ['bg', 'en', 'mk']) assert.ok(h.name[lang], `${h.date} ${lang}`);
  });
});

describe('North Macedonia (Law on Holidays)', () => {
  it('2026: the non-working days for all citizens, Sundays moved to Monday', () => {
    assert.deepEqual(
      northMacedonia.holidaysOf(2026).map((h) => `${h.date}${h.kind === 'substitute' ? '*' : ''}`),
      [
        '2026-01-01',
        '2026-01-07',
        '2026-03-20',
        '2026-04-13',
        '2026-05-01',
        '2026-05-24',
        '2026-05-25*',
        '2026-08-02',
        '2026-08-03*',
        '2026-09-08',
        '2026-10-11',
        '2026-10-12*',
        '2026-10-23',
        '2026-12-08',
      ],
    );
  });

  it('does not move a holiday on a Saturday', () => {
    // 1 May 2027 is a Saturday, 24 May 2025 too.
    assert.ok(!northMacedonia.holidaysOf(2027).some((h) => h.substitutes === '2027-05-01'));
    assert.ok(!northMacedonia.holidaysOf(2025).some((h) => h.substitutes === '2025-05-24'));
  });

  it('takes Eid al-Fitr from the Umm al-Qura calendar: one or two a year', () => {
    assert.deepEqual(eidAlFitrDates(2024), ['2024-04-10']);
    assert.deepEqual(eidAlFitrDates(2025), ['2025-03-30']);
    assert.deepEqual(eidAlFitrDates(2033), ['2033-01-03', '2033-12-23']);
    // 30 March 2025 is a Sunday: the Monday is off.
    assert.ok(
      northMacedonia
        .holidaysOf(2025)
        .some((h) => h.date === '2025-03-31' && h.substitutes === '2025-03-30'),
    );
  });

  it('substitutes are Mondays to Fridays that are not holidays, 2020–2040 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), (year) => {
        const all = northMacedonia.holidaysOf(year);
        const holidays = new Set(all.filter((h) => h.kind === 'holiday').map((h) => h.date));
        for (const s of all.filter((h) => h.kind === 'substitute')) {
          assert.equal(weekdayOfIsoDate(s.substitutes!), 0);
          assert.ok(weekdayOfIsoDate(s.date) >= 1 && weekdayOfIsoDate(s.date) <= 5);
          assert.ok(!holidays.has(s.date));
        }
        assert.equal(
          weekdayOfIsoDate(all.find((h) => h.name.en === 'Orthodox Easter Monday')!.date),
          1,
        );
      }),
      { numRuns: 21 },
    );
  });
});

describe('the registry', () => {
  it('finds calendars by id, and nothing for other ids', () => {
    assert.equal(holidayCalendar('bg'), bulgaria);
    assert.equal(holidayCalendar('mk'), northMacedonia);
    assert.equal(holidayCalendar('toString'), undefined);
    assert.deepEqual(Object.keys(holidayCalendars), ['bg', 'mk']);
    assert.equal(checkHolidayCalendarId('bg'), true);
    assert.equal(
      checkHolidayCalendarId('BG'),
      'Expected the id of a public-holiday calendar ("bg", "mk")',
    );
  });

  it('substituteDays skips holidays, rest days and days already taken', () => {
    const days = [
      { date: '2022-12-24', key: 'a', movable: true },
      { date: '2022-12-25', key: 'b', movable: true },
      { date: '2022-12-26', key: 'c', movable: true },
      { date: '2022-12-31', key: 'd', movable: false },
    ];
    assert.deepEqual(
      substituteDays(days, [0, 6]).map(([date, h]) => [date, h.key]),
      [
        ['2022-12-27', 'a'],
        ['2022-12-28', 'b'],
      ],
    );
  });
});
