import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeStatusChange,
  formatClockTime,
  formatTimeOfDay,
  isOpenAt,
  minutesOf,
  nextOpeningAt,
  OfficeHours,
  OpeningPeriod,
  openIntervalsOn,
  statusAt,
  summarizePeriods,
  TimeOfDay,
  weekdays,
} from './office-hours.js';
import { decodeOrThrow, issuesOf, pathsOf, serviceCentreHours } from './test-fixtures.js';

const hours = (input: unknown) => decodeOrThrow(OfficeHours, input);
const serviceCentre = hours(serviceCentreHours);
const at = (iso: string) => new Date(iso);

describe('TimeOfDay', () => {
  it('accepts HH:MM on a 24-hour clock and 24:00', () => {
    for (const time of ['00:00', '08:30', '12:59', '23:59', '24:00'])
      assert.equal(decodeOrThrow(TimeOfDay, time), time);
  });

  it('rejects other forms', () => {
    for (const time of ['8:30', '08.30', '24:01', '25:00', '12:60', '0830', '08:30:00', '']) {
      assert.deepEqual(pathsOf(TimeOfDay, time), ['(document)'], time);
    }
  });

  it('minutesOf counts minutes since midnight', () => {
    assert.equal(minutesOf('08:30'), 510);
    assert.equal(minutesOf('24:00'), 1440);
  });
});

describe('OpeningPeriod', () => {
  const period = {
    days: ['mon', 'fri'],
    opens: '08:30',
    closes: '17:30',
    breaks: [{ from: '12:30', to: '13:30' }],
  };

  it('accepts days, hours and breaks', () => {
    assert.deepEqual(decodeOrThrow(OpeningPeriod, period), period);
    assert.deepEqual(
      decodeOrThrow(OpeningPeriod, { days: ['sat'], opens: '09:00', closes: '24:00' }).closes,
      '24:00',
    );
  });

  it('reports each problem at its path', () => {
    assert.deepEqual(pathsOf(OpeningPeriod, { ...period, days: [] }), ['days[0]']);
    assert.deepEqual(pathsOf(OpeningPeriod, { ...period, days: ['monday'] }), ['days[0]']);
    assert.deepEqual(pathsOf(OpeningPeriod, { ...period, opens: '8:30' }), ['opens']);
    assert.deepEqual(
      pathsOf(OpeningPeriod, { ...period, breaks: [{ from: '13:30', to: '12:30' }] }),
      ['breaks[0]'],
    );
    assert.deepEqual(
      issuesOf(OpeningPeriod, { ...period, breaks: [{ from: '13:30', to: '12:30' }] })[0]?.message,
      'Expected "from" before "to"',
    );
  });

  it('rejects opening after closing, and breaks outside opening hours', () => {
    assert.deepEqual(
      issuesOf(OpeningPeriod, { ...period, opens: '17:30', closes: '08:30', breaks: [] }),
      [{ path: '(document)', message: 'Expected "opens" before "closes"' }],
    );
    assert.deepEqual(
      issuesOf(OpeningPeriod, { ...period, breaks: [{ from: '07:00', to: '09:00' }] }),
      [{ path: '(document)', message: 'Expected every break within opening hours' }],
    );
  });
});

describe('OfficeHours', () => {
  it('accepts a named schedule with an optional zone and closed dates', () => {
    const decoded = hours({
      ...serviceCentreHours,
      timeZone: 'Europe/Sofia',
      closedOn: ['2025-12-24', '2025-12-25'],
    });
    assert.equal(decoded.id, 'service-centre');
    assert.deepEqual(decoded.closedOn, ['2025-12-24', '2025-12-25']);
  });

  it('reports problems by path, deep inside periods', () => {
    assert.deepEqual(pathsOf(OfficeHours, { ...serviceCentreHours, id: 'Service Centre' }), ['id']);
    assert.deepEqual(
      pathsOf(OfficeHours, {
        ...serviceCentreHours,
        periods: [serviceCentreHours.periods[0], { days: ['sun'], opens: '9:00', closes: '12:00' }],
      }),
      ['periods[1].opens'],
    );
    assert.deepEqual(
      pathsOf(OfficeHours, { ...serviceCentreHours, closedOn: ['2025-12-24', '24.12.2025'] }),
      ['closedOn[1]'],
    );
  });

  // A date that does not exist would silently never match.
  it('rejects closed dates that are not calendar days', () => {
    assert.deepEqual(pathsOf(OfficeHours, { ...serviceCentreHours, closedOn: ['2025-02-30'] }), [
      'closedOn[0]',
    ]);
  });

  // An unknown zone used to pass validation and then make statusAt throw a RangeError.
  it('rejects a time zone that is not an IANA zone', () => {
    assert.deepEqual(issuesOf(OfficeHours, { ...serviceCentreHours, timeZone: 'Europe/Sofa' }), [
      { path: 'timeZone', message: 'Expected an IANA time zone such as Europe/Sofia' },
    ]);
  });
});

describe('openIntervalsOn', () => {
  it('cuts breaks out of the opening hours, sorted', () => {
    assert.deepEqual(openIntervalsOn(serviceCentre, 1), [
      [510, 750],
      [810, 1050],
    ]);
    assert.deepEqual(openIntervalsOn(serviceCentre, 0), []);
  });

  it('merges several periods and unsorted breaks of one day', () => {
    const schedule = hours({
      id: 'x',
      name: 'x',
      periods: [
        { days: ['sat'], opens: '14:00', closes: '18:00' },
        {
          days: ['sat'],
          opens: '08:00',
          closes: '12:00',
          breaks: [
            { from: '11:00', to: '12:00' },
            { from: '08:00', to: '09:00' },
            { from: '10:00', to: '10:15' },
          ],
        },
      ],
    });
    assert.deepEqual(openIntervalsOn(schedule, 6), [
      [540, 600],
      [615, 660],
      [840, 1080],
    ]);
  });

  it('is empty for a weekday index out of range', () => {
    assert.deepEqual(openIntervalsOn(serviceCentre, 7), []);
  });
});

describe('statusAt', () => {
  it('is open on a weekday morning and says when it closes for the break', () => {
    // Monday 2025-06-23, 09:00 in Sofia (UTC+3).
    assert.deepEqual(statusAt(serviceCentre, at('2025-06-23T06:00:00Z')), {
      isOpen: true,
      closesAt: at('2025-06-23T09:30:00Z'),
    });
  });

  it('is closed during the break and opens again after it', () => {
    assert.deepEqual(statusAt(serviceCentre, at('2025-06-23T09:45:00Z')), {
      isOpen: false,
      opensAt: at('2025-06-23T10:30:00Z'),
    });
  });

  it('opens at exactly the opening minute and closes at exactly the closing minute', () => {
    assert.equal(isOpenAt(serviceCentre, at('2025-06-23T05:29:59Z')), false);
    assert.equal(isOpenAt(serviceCentre, at('2025-06-23T05:30:00Z')), true);
    assert.equal(isOpenAt(serviceCentre, at('2025-06-23T14:29:59Z')), true);
    assert.equal(isOpenAt(serviceCentre, at('2025-06-23T14:30:00Z')), false);
  });

  it('on a Friday evening, opens next on Monday at 8:30', () => {
    assert.deepEqual(statusAt(serviceCentre, at('2025-06-20T16:00:00Z')), {
      isOpen: false,
      opensAt: at('2025-06-23T05:30:00Z'),
    });
  });

  it('opens at 8:30 summer time on the Monday after the spring change', () => {
    const status = statusAt(serviceCentre, at('2025-03-29T12:00:00Z'));
    assert.deepEqual(status, { isOpen: false, opensAt: at('2025-03-31T05:30:00Z') });
  });

  it('opens at 8:30 winter time on the Monday after the autumn change', () => {
    const status = statusAt(serviceCentre, at('2025-10-25T12:00:00Z'));
    assert.deepEqual(status, { isOpen: false, opensAt: at('2025-10-27T06:30:00Z') });
  });

  it('skips the dates the office is closed on', () => {
    const holidays = hours({
      ...serviceCentreHours,
      closedOn: ['2025-12-24', '2025-12-25', '2025-12-26'],
    });
    // Tuesday 2025-12-23 after closing: next opening Monday 29 December.
    assert.deepEqual(statusAt(holidays, at('2025-12-23T16:00:00Z')), {
      isOpen: false,
      opensAt: at('2025-12-29T06:30:00Z'),
    });
    assert.equal(isOpenAt(holidays, at('2025-12-24T08:00:00Z')), false);
  });

  it('has no next opening for a schedule that never opens within two weeks', () => {
    assert.deepEqual(
      statusAt(hours({ id: 'closed', name: 'Closed', periods: [] }), at('2025-06-23T06:00:00Z')),
      {
        isOpen: false,
        opensAt: undefined,
      },
    );
    const longHoliday = Array.from(
      { length: 20 },
      (_, i) => `2025-08-${String(i + 1).padStart(2, '0')}`,
    );
    assert.equal(
      nextOpeningAt(
        hours({ ...serviceCentreHours, closedOn: longHoliday }),
        at('2025-08-01T06:00:00Z'),
      ),
      undefined,
    );
  });

  it('follows the schedule in another zone', () => {
    const london = hours({ ...serviceCentreHours, timeZone: 'Europe/London' });
    // Monday 2025-06-23 08:45 BST is 07:45 UTC.
    assert.equal(isOpenAt(london, at('2025-06-23T07:45:00Z')), true);
    assert.equal(isOpenAt(serviceCentre, at('2025-06-23T07:45:00Z')), true);
    assert.equal(isOpenAt(london, at('2025-06-23T07:15:00Z')), false);
  });
});

describe('nextOpeningAt', () => {
  it('is now when open, the next opening when closed', () => {
    const now = at('2025-06-23T06:00:00Z');
    assert.equal(nextOpeningAt(serviceCentre, now), now);
    assert.deepEqual(
      nextOpeningAt(serviceCentre, at('2025-06-21T06:00:00Z')),
      at('2025-06-23T05:30:00Z'),
    );
  });
});

describe('formatting office hours', () => {
  it('formatTimeOfDay writes the time without a leading zero, in both locales', () => {
    assert.equal(formatTimeOfDay(510, 'bg'), '8:30');
    assert.equal(formatTimeOfDay(510, 'en'), '8:30');
    assert.equal(formatTimeOfDay(1050, 'bg'), '17:30');
    assert.equal(formatTimeOfDay(1050, 'en'), '17:30');
    assert.equal(formatTimeOfDay(0, 'bg'), '0:00');
  });

  it('formatClockTime shows an instant on the office clocks', () => {
    assert.equal(formatClockTime(at('2025-06-23T05:30:00Z'), 'bg'), '8:30');
    assert.equal(formatClockTime(at('2025-01-13T06:30:00Z'), 'en'), '8:30');
    assert.equal(formatClockTime(at('2025-01-13T06:30:00Z'), 'en', 'UTC'), '6:30');
  });

  it('summarizePeriods gives days, hours and breaks for the locale', () => {
    assert.deepEqual(summarizePeriods(serviceCentre, 'bg'), [
      { days: 'пн – пт', isWeekdays: true, hours: '8:30–17:30', breaks: ['12:30–13:30'] },
    ]);
    assert.deepEqual(summarizePeriods(serviceCentre, 'en'), [
      { days: 'Mon – Fri', isWeekdays: true, hours: '8:30–17:30', breaks: ['12:30–13:30'] },
    ]);
  });

  it('summarizePeriods lists days that are not a run, and orders the week from Monday', () => {
    const schedule = hours({
      id: 'x',
      name: 'x',
      periods: [
        { days: ['wed', 'mon'], opens: '09:00', closes: '12:00' },
        { days: ['sun', 'sat'], opens: '10:00', closes: '14:00' },
        { days: ['fri', 'wed', 'thu', 'tue'], opens: '13:00', closes: '16:00' },
        {
          days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
          opens: '00:00',
          closes: '24:00',
        },
      ],
    });
    assert.deepEqual(
      summarizePeriods(schedule, 'en').map((s) => [s.days, s.isWeekdays, s.hours]),
      [
        ['Mon, Wed', false, '9:00–12:00'],
        ['Sat, Sun', false, '10:00–14:00'],
        ['Tue – Fri', false, '13:00–16:00'],
        ['Mon – Sun', false, '0:00–24:00'],
      ],
    );
    assert.deepEqual(
      summarizePeriods(schedule, 'bg').map((s) => s.days),
      ['пн и ср', 'сб и нд', 'вт – пт', 'пн – нд'],
    );
  });

  it('describeStatusChange places a change today, tomorrow or later, in the office time zone', () => {
    const monday = at('2025-06-23T07:00:00Z'); // 10:00 in Sofia
    assert.deepEqual(
      describeStatusChange(at('2025-06-23T14:00:00Z'), monday, 'bg', { kind: 'closes' }),
      {
        time: '17:00',
        daysAhead: 0,
        weekday: 'mon',
        date: '23 юни',
      },
    );
    const friday = at('2025-06-20T20:00:00Z'); // 23:00 on Friday in Sofia
    assert.deepEqual(describeStatusChange(at('2025-06-23T05:30:00Z'), friday, 'en'), {
      time: '8:30',
      daysAhead: 3,
      weekday: 'mon',
      date: '23 June',
    });
    // 01:30 on Saturday in Sofia is still Friday in UTC: the office's day counts.
    assert.equal(
      describeStatusChange(at('2025-06-23T05:30:00Z'), at('2025-06-20T22:30:00Z'), 'en').daysAhead,
      2,
    );
    assert.equal(describeStatusChange(at('2025-06-24T05:30:00Z'), monday, 'en').daysAhead, 1);
    assert.equal(
      describeStatusChange(at('2025-06-23T05:30:00Z'), at('2025-06-23T05:30:00Z'), 'en', {
        timeZone: 'UTC',
      }).time,
      '5:30',
    );
  });

  it('describeStatusChange reads a closing at midnight as 24:00 of the day that ends', () => {
    const evening = at('2025-06-23T18:00:00Z'); // 21:00 in Sofia
    const midnight = at('2025-06-23T21:00:00Z'); // 00:00 on Tuesday in Sofia
    assert.deepEqual(describeStatusChange(midnight, evening, 'en', { kind: 'closes' }), {
      time: '24:00',
      daysAhead: 0,
      weekday: 'mon',
      date: '23 June',
    });
    assert.deepEqual(describeStatusChange(midnight, evening, 'en', { kind: 'opens' }), {
      time: '0:00',
      daysAhead: 1,
      weekday: 'tue',
      date: '24 June',
    });
  });

  it('weekdays start on Sunday, as Date#getDay does', () => {
    assert.deepEqual(weekdays, ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  });
});

// --- A whole year of instants, checked against an independent model of the wall clock -------

interface RawPeriod {
  readonly days: readonly string[];
  readonly opens: string;
  readonly closes: string;
  readonly breaks?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

const sofiaParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Sofia',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Sofia wall clock of an instant, read with Intl alone: ["2025-03-30", "sun", 570]. */
const sofiaClock = (instant: number): { date: string; day: string; minute: number } => {
  const part: Record<string, string> = {};
  for (const p of sofiaParts.formatToParts(new Date(instant))) part[p.type] = p.value;
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    day: (part.weekday ?? '').toLowerCase(),
    minute: Number(part.hour) * 60 + Number(part.minute),
  };
};

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Is the office open when the wall clock shows this? Straight from the JSON, no library code. */
const modelOpen = (
  schedule: { periods: readonly RawPeriod[]; closedOn?: readonly string[] },
  instant: number,
): boolean => {
  const clock = sofiaClock(instant);
  if (schedule.closedOn?.includes(clock.date)) return false;
  return schedule.periods.some(
    (p) =>
      p.days.includes(clock.day) &&
      toMinutes(p.opens) <= clock.minute &&
      clock.minute < toMinutes(p.closes) &&
      !(p.breaks ?? []).some(
        (b) => toMinutes(b.from) <= clock.minute && clock.minute < toMinutes(b.to),
      ),
  );
};

const boundaries = (periods: readonly RawPeriod[]) => ({
  openings: new Set(
    periods.flatMap((p) => [toMinutes(p.opens), ...(p.breaks ?? []).map((b) => toMinutes(b.to))]),
  ),
  closings: new Set(
    periods.flatMap((p) => [
      toMinutes(p.closes) % 1440,
      ...(p.breaks ?? []).map((b) => toMinutes(b.from)),
    ]),
  ),
});

const serviceCentreWithHolidays = {
  ...serviceCentreHours,
  // Liberation Day (a Monday), Easter Monday, and Christmas.
  closedOn: ['2025-03-03', '2025-04-21', '2025-12-24', '2025-12-25', '2025-12-26'],
};

/** Open across both DST changes (Sunday 02:00–05:00), until midnight, and straight after it. */
const nightDesk = {
  id: 'night-desk',
  name: 'Night desk',
  periods: [
    { days: ['sun'], opens: '02:00', closes: '05:00' },
    { days: ['sat'], opens: '09:00', closes: '12:00', breaks: [{ from: '10:00', to: '10:30' }] },
    { days: ['wed'], opens: '20:00', closes: '24:00' },
    { days: ['thu'], opens: '00:00', closes: '01:00' },
  ],
};

const minute = 60_000;

describe('office hours across the whole of 2025 (every 7 minutes, Europe/Sofia)', () => {
  for (const raw of [serviceCentreWithHolidays, nightDesk]) {
    it(`${raw.id}: open iff the wall clock is in the schedule; the next change is in the future, on a boundary`, () => {
      const schedule = hours(raw);
      const { openings, closings } = boundaries(raw.periods);
      const start = Date.UTC(2024, 11, 31, 22, 0); // 2025-01-01 00:00 in Sofia
      const end = Date.UTC(2025, 11, 31, 22, 0); // 2026-01-01 00:00 in Sofia
      let previous: { isOpen: boolean; change: number } | undefined;
      let samples = 0;
      for (let t = start; t < end; t += 7 * minute) {
        samples++;
        const status = statusAt(schedule, new Date(t));
        const expected = modelOpen(raw, t);
        assert.equal(status.isOpen, expected, `isOpen at ${new Date(t).toISOString()}`);
        const change = status.isOpen ? status.closesAt : status.opensAt;
        assert.ok(change, `a next change within two weeks of ${new Date(t).toISOString()}`);
        const at = change.getTime();
        assert.ok(
          at > t,
          `the next change ${change.toISOString()} is after ${new Date(t).toISOString()}`,
        );
        // Until the predicted change nothing changes: the prediction is the first change.
        if (previous && t < previous.change) {
          assert.deepEqual(
            { isOpen: status.isOpen, change: at },
            previous,
            `same prediction at ${new Date(t).toISOString()}`,
          );
        } else {
          // A new prediction: it lies on a boundary of the schedule, as the wall clock shows it.
          const shown = sofiaClock(at).minute;
          if (status.isOpen) {
            assert.ok(
              closings.has(shown),
              `closes at a closing time, not ${shown} (${change.toISOString()})`,
            );
            assert.equal(
              modelOpen(raw, at - minute),
              true,
              `still open a minute before ${change.toISOString()}`,
            );
          } else {
            assert.ok(
              openings.has(shown),
              `opens at an opening time, not ${shown} (${change.toISOString()})`,
            );
            assert.equal(modelOpen(raw, at), true, `open at ${change.toISOString()}`);
            assert.equal(
              modelOpen(raw, at - minute),
              false,
              `closed a minute before ${change.toISOString()}`,
            );
          }
        }
        previous = { isOpen: status.isOpen, change: at };
      }
      assert.equal(samples, Math.ceil((end - start) / (7 * minute)));
    });
  }

  it('the service centre opens at 8:30 on the Mondays after both DST weekends', () => {
    const schedule = hours(serviceCentreHours);
    for (const [weekend, monday] of [
      ['2025-03-29', '2025-03-31'],
      ['2025-10-25', '2025-10-27'],
    ] as const) {
      for (
        let t = Date.parse(`${weekend}T00:00:00Z`);
        t < Date.parse(`${monday}T05:00:00Z`);
        t += 13 * minute
      ) {
        const opensAt = nextOpeningAt(schedule, new Date(t));
        assert.ok(opensAt);
        assert.equal(sofiaClock(opensAt.getTime()).date, monday);
        assert.equal(formatClockTime(opensAt, 'bg'), '8:30');
      }
    }
  });

  it('the night desk is open all through the repeated autumn hour: 4 real hours for 3 on the clock', () => {
    const schedule = hours(nightDesk);
    const opened = nextOpeningAt(schedule, new Date('2025-10-25T12:00:00Z'));
    assert.ok(opened);
    const status = statusAt(schedule, opened);
    assert.ok(status.isOpen);
    assert.equal(status.closesAt.getTime() - opened.getTime(), 4 * 3_600_000);
    assert.equal(formatClockTime(opened, 'en'), '2:00');
    assert.equal(formatClockTime(status.closesAt, 'en'), '5:00');
  });

  it('the night desk is open 2 real hours across the skipped spring hour', () => {
    const schedule = hours(nightDesk);
    const opened = nextOpeningAt(schedule, new Date('2025-03-29T12:00:00Z'));
    assert.ok(opened);
    const status = statusAt(schedule, opened);
    assert.ok(status.isOpen);
    assert.equal(status.closesAt.getTime() - opened.getTime(), 2 * 3_600_000);
  });
});
