import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shiftIsoDate, weekdayOfIsoDate } from './holiday-dates.js';
import { bulgaria } from './holidays-bg.js';
import { decodeMunicipality } from './municipality.js';
import { OfficeHours, planOfDay, statusAt, upcomingClosures } from './office-hours.js';
import {
  decodeOrThrow,
  issuesOf,
  minimalMunicipality,
  serviceCentreHours,
} from './test-fixtures.js';
import { isoDateAt, wallClockAt } from './zoned-time.js';

const at = (iso: string) => new Date(iso);
const hours = (value: unknown) => decodeOrThrow(OfficeHours, value);
const bg = hours({ ...serviceCentreHours, holidays: 'bg' });

describe('office hours on public holidays', () => {
  it('is closed on Liberation Day 2026 and says why; opens on Wednesday', () => {
    // Tuesday 3 March 2026, 10:00 in Sofia (UTC+2).
    const status = statusAt(bg, at('2026-03-03T08:00:00Z'));
    assert.equal(status.isOpen, false);
    assert.equal(
      status.isOpen ? undefined : status.opensAt?.toISOString(),
      '2026-03-04T06:30:00.000Z',
    );
    assert.equal(status.reason?.kind, 'holiday');
    assert.equal(
      status.reason?.kind === 'holiday' && status.reason.holiday.name.en,
      'Liberation Day',
    );
  });

  it('is closed from Good Friday to Easter Monday 2026, open again on Tuesday after the DST change', () => {
    const status = statusAt(bg, at('2026-04-10T07:00:00Z'));
    assert.equal(status.reason?.kind === 'holiday' && status.reason.holiday.name.en, 'Good Friday');
    // Tuesday 14 April, 8:30 summer time (UTC+3).
    assert.equal(
      status.isOpen ? undefined : status.opensAt?.toISOString(),
      '2026-04-14T05:30:00.000Z',
    );
  });

  it('is closed on the substitute day after a weekend holiday, naming the holiday', () => {
    const status = statusAt(bg, at('2026-12-28T08:00:00Z'));
    assert.equal(status.reason?.kind === 'holiday' && status.reason.holiday.kind, 'substitute');
    assert.equal(
      status.reason?.kind === 'holiday' && status.reason.holiday.substitutes,
      '2026-12-26',
    );
    assert.equal(
      status.isOpen ? undefined : status.opensAt?.toISOString(),
      '2026-12-29T06:30:00.000Z',
    );
  });

  it('ignores holidays without a calendar: the schedule as before', () => {
    assert.equal(statusAt(hours(serviceCentreHours), at('2026-03-03T08:00:00Z')).isOpen, true);
  });

  for (const year of [2026, 2027]) {
    it(`is closed on every Bulgarian day off of ${year} and opens on the next working day at 8:30`, () => {
      const off = new Set(bulgaria.holidaysOf(year).map((h) => h.date));
      for (const date of off) {
        if ([0, 6].includes(weekdayOfIsoDate(date))) continue;
        // 10:00 on the office clocks, in winter or summer time.
        const noonish = new Date(`${date}T10:00:00Z`);
        const local = new Date(noonish.getTime() - (wallClockAt(noonish).minutes - 600) * 60_000);
        const status = statusAt(bg, local);
        assert.equal(status.isOpen, false, date);
        assert.equal(status.reason?.kind, 'holiday', date);
        let next = shiftIsoDate(date, 1);
        while (off.has(next) || [0, 6].includes(weekdayOfIsoDate(next)))
          next = shiftIsoDate(next, 1);
        const opensAt = status.isOpen ? undefined : status.opensAt;
        assert.ok(opensAt, date);
        assert.equal(isoDateAt(opensAt), next, date);
        assert.equal(wallClockAt(opensAt).minutes, 8 * 60 + 30, date);
      }
    });
  }
});

describe('special hours, closures and extra working days', () => {
  const schedule = hours({
    ...serviceCentreHours,
    holidays: 'bg',
    closedOn: ['2026-12-30'],
    specialHours: [
      {
        date: '2026-12-31',
        opens: '08:30',
        closes: '12:00',
        note: { bg: 'Преди Нова година', en: "New Year's Eve" },
      },
      { date: '2026-12-24', opens: '09:00', closes: '11:00' },
    ],
    extraWorkingDays: [
      { date: '2026-12-05' },
      { date: '2026-12-12', sameAs: 'fri', note: 'Отработване' },
    ],
  });

  it('opens with special hours, even on a holiday, and says so', () => {
    assert.deepEqual(statusAt(schedule, at('2026-12-31T07:00:00Z')), {
      isOpen: true,
      closesAt: at('2026-12-31T10:00:00Z'),
      reason: { kind: 'special-hours', note: { bg: 'Преди Нова година', en: "New Year's Eve" } },
    });
    assert.deepEqual(statusAt(schedule, at('2026-12-24T08:00:00Z')), {
      isOpen: true,
      closesAt: at('2026-12-24T09:00:00Z'),
      reason: { kind: 'special-hours' },
    });
    // After the special hours: closed, opens after Christmas and the Monday substitute.
    const after = statusAt(schedule, at('2026-12-24T12:00:00Z'));
    assert.deepEqual(after, {
      isOpen: false,
      opensAt: at('2026-12-29T06:30:00Z'),
      reason: { kind: 'special-hours' },
    });
  });

  it('a one-off closure wins over everything', () => {
    assert.deepEqual(statusAt(schedule, at('2026-12-30T08:00:00Z')), {
      isOpen: false,
      opensAt: at('2026-12-31T06:30:00Z'),
      reason: { kind: 'closure' },
    });
  });

  it('an extra working Saturday keeps Monday’s hours, or those of the weekday it names', () => {
    assert.deepEqual(planOfDay(schedule, '2026-12-05'), {
      date: '2026-12-05',
      intervals: [
        [510, 750],
        [810, 1050],
      ],
      reason: { kind: 'extra-working-day' },
    });
    const status = statusAt(schedule, at('2026-12-12T08:00:00Z'));
    assert.deepEqual(status, {
      isOpen: true,
      closesAt: at('2026-12-12T10:30:00Z'),
      reason: { kind: 'extra-working-day', note: 'Отработване' },
    });
    // Friday evening before it: opens on Saturday.
    assert.deepEqual(statusAt(schedule, at('2026-12-04T16:00:00Z')), {
      isOpen: false,
      opensAt: at('2026-12-05T06:30:00Z'),
    });
  });

  it('lists the coming closures and special hours of the next 30 days, not closed days anyway', () => {
    const plans = upcomingClosures(schedule, at('2026-12-20T10:00:00Z'));
    assert.deepEqual(
      plans.map((p) => `${p.date} ${p.reason?.kind}`),
      [
        '2026-12-24 special-hours',
        '2026-12-25 holiday',
        '2026-12-28 holiday',
        '2026-12-30 closure',
        '2026-12-31 special-hours',
        '2027-01-01 holiday',
      ],
    );
    assert.deepEqual(upcomingClosures(schedule, at('2026-12-20T10:00:00Z'), 3), []);
  });
});

describe('validating schedules', () => {
  it('reports an unknown calendar, impossible and overlapping special hours, with their paths', () => {
    assert.deepEqual(issuesOf(OfficeHours, { ...serviceCentreHours, holidays: 'bulgaria' }), [
      { path: 'holidays', message: 'Expected the id of a public-holiday calendar ("bg", "mk")' },
    ]);
    assert.deepEqual(
      issuesOf(OfficeHours, {
        ...serviceCentreHours,
        specialHours: [{ date: '2026-12-24', opens: '12:00', closes: '08:30' }],
      }),
      [{ path: 'specialHours[0]', message: 'Expected "opens" before "closes"' }],
    );
    assert.deepEqual(
      issuesOf(OfficeHours, {
        ...serviceCentreHours,
        specialHours: [
          { date: '2026-12-24', opens: '08:30', closes: '12:00' },
          { date: '2026-12-23', opens: '08:30', closes: '12:00' },
          { date: '2026-12-24', opens: '11:00', closes: '13:00' },
        ],
      }),
      [
        {
          path: 'specialHours[2]',
          message:
            'Expected special hours that do not overlap, 2026-12-24 11:00–13:00 overlaps specialHours[0]',
        },
      ],
    );
    assert.deepEqual(
      issuesOf(OfficeHours, {
        ...serviceCentreHours,
        closedOn: ['2026-12-24'],
        specialHours: [{ date: '2026-12-24', opens: '08:30', closes: '12:00' }],
      }),
      [
        {
          path: 'specialHours[0].date',
          message: 'Expected a date that "closedOn" does not close, 2026-12-24 is in both',
        },
      ],
    );
    assert.deepEqual(
      issuesOf(OfficeHours, {
        ...serviceCentreHours,
        extraWorkingDays: [{ date: '2026-12-05', sameAs: 'sat' }],
      }),
      [
        {
          path: 'extraWorkingDays[0].sameAs',
          message:
            'Expected a weekday with opening hours to take the hours of, the schedule has none on "sat"',
        },
      ],
    );
    assert.deepEqual(
      issuesOf(OfficeHours, {
        ...serviceCentreHours,
        extraWorkingDays: [{ date: '2026-12-05' }, { date: '2026-12-05' }],
      }),
      [
        {
          path: 'extraWorkingDays[1].date',
          message: 'Expected each extra working day once, 2026-12-05 appears twice',
        },
      ],
    );
  });

  it('the document decoder reports the same, at the path inside the document', () => {
    const document = minimalMunicipality();
    document.officeHours = [
      {
        ...serviceCentreHours,
        holidays: 'xx',
        specialHours: [
          {
            date: '2026-12-24',
            opens: '08:30',
            closes: '12:00',
            breaks: [{ from: '13:00', to: '14:00' }],
          },
        ],
      },
    ];
    const result = decodeMunicipality(document);
    assert.deepEqual(result.ok ? [] : result.issues, [
      {
        path: 'officeHours[0].holidays',
        message: 'Expected the id of a public-holiday calendar ("bg", "mk")',
      },
      {
        path: 'officeHours[0].specialHours[0]',
        message: 'Expected every break within opening hours',
      },
    ]);
  });
});
