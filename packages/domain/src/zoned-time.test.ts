import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  defaultTimeZone,
  formatLongDate,
  instantOfWallClock,
  isoDateAt,
  wallClockAt,
} from './zoned-time.js';

const at = (iso: string) => new Date(iso);

describe('wallClockAt', () => {
  it('reads the Sofia wall clock in winter (UTC+2) and in summer (UTC+3)', () => {
    assert.deepEqual(wallClockAt(at('2025-01-15T06:30:00Z')), {
      year: 2025,
      month: 1,
      day: 15,
      weekday: 3,
      minutes: 8 * 60 + 30,
    });
    assert.deepEqual(wallClockAt(at('2025-06-21T05:30:00Z')), {
      year: 2025,
      month: 6,
      day: 21,
      weekday: 6,
      minutes: 8 * 60 + 30,
    });
  });

  it('rolls over local midnight before UTC does', () => {
    assert.deepEqual(wallClockAt(at('2025-06-21T21:15:00Z')), {
      year: 2025,
      month: 6,
      day: 22,
      weekday: 0,
      minutes: 15,
    });
    assert.deepEqual(wallClockAt(at('2024-12-31T22:00:00Z')), {
      year: 2025,
      month: 1,
      day: 1,
      weekday: 3,
      minutes: 0,
    });
  });

  it('takes another zone when asked', () => {
    assert.equal(wallClockAt(at('2025-06-21T05:30:00Z'), 'UTC').minutes, 5 * 60 + 30);
    assert.equal(defaultTimeZone, 'Europe/Sofia');
  });
});

describe('instantOfWallClock', () => {
  it('finds the instant of a wall-clock time in winter and in summer', () => {
    assert.equal(
      instantOfWallClock({ year: 2025, month: 1, day: 15 }, 8 * 60 + 30).toISOString(),
      '2025-01-15T06:30:00.000Z',
    );
    assert.equal(
      instantOfWallClock({ year: 2025, month: 6, day: 21 }, 8 * 60 + 30).toISOString(),
      '2025-06-21T05:30:00.000Z',
    );
    assert.equal(
      instantOfWallClock({ year: 2025, month: 6, day: 21 }, 24 * 60).toISOString(),
      '2025-06-21T21:00:00.000Z',
    );
  });

  it('is exact on both sides of the spring change (2025-03-30, 03:00 → 04:00)', () => {
    const day = { year: 2025, month: 3, day: 30 };
    assert.equal(instantOfWallClock(day, 2 * 60 + 59).toISOString(), '2025-03-30T00:59:00.000Z');
    assert.equal(instantOfWallClock(day, 4 * 60).toISOString(), '2025-03-30T01:00:00.000Z');
    assert.equal(instantOfWallClock(day, 8 * 60 + 30).toISOString(), '2025-03-30T05:30:00.000Z');
  });

  it('reads a time in the skipped hour with the winter offset (03:30 → 04:30)', () => {
    const instant = instantOfWallClock({ year: 2025, month: 3, day: 30 }, 3 * 60 + 30);
    assert.equal(instant.toISOString(), '2025-03-30T01:30:00.000Z');
    assert.equal(wallClockAt(instant).minutes, 4 * 60 + 30);
  });

  it('takes the first of the two instants in the repeated autumn hour (2025-10-26, 04:00 → 03:00)', () => {
    const day = { year: 2025, month: 10, day: 26 };
    const first = instantOfWallClock(day, 3 * 60 + 30);
    assert.equal(first.toISOString(), '2025-10-26T00:30:00.000Z');
    assert.equal(wallClockAt(first).minutes, 3 * 60 + 30);
    // An hour later the clocks show 03:30 again.
    assert.equal(wallClockAt(new Date(first.getTime() + 3_600_000)).minutes, 3 * 60 + 30);
    assert.equal(instantOfWallClock(day, 2 * 60 + 59).toISOString(), '2025-10-25T23:59:00.000Z');
    assert.equal(instantOfWallClock(day, 4 * 60).toISOString(), '2025-10-26T02:00:00.000Z');
  });

  it('inverts wallClockAt for every instant (property, across 2020–2030)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        (minute) => {
          const instant = new Date(minute * 60_000);
          const clock = wallClockAt(instant);
          const back = instantOfWallClock(clock, clock.minutes);
          // Equal, or in the repeated autumn hour the earlier of the two instants.
          const diff = instant.getTime() - back.getTime();
          assert.ok(
            diff === 0 || diff === 3_600_000,
            `${instant.toISOString()} → ${back.toISOString()}`,
          );
          assert.deepEqual(wallClockAt(back), clock);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('works in other zones, including ones west of UTC', () => {
    assert.equal(
      instantOfWallClock(
        { year: 2025, month: 3, day: 9 },
        2 * 60 + 30,
        'America/New_York',
      ).toISOString(),
      '2025-03-09T07:30:00.000Z',
    );
    assert.equal(
      instantOfWallClock({ year: 2025, month: 7, day: 1 }, 12 * 60, 'UTC').toISOString(),
      '2025-07-01T12:00:00.000Z',
    );
  });
});

describe('addDays', () => {
  it('moves across months, years and leap days, with the weekday', () => {
    assert.deepEqual(addDays({ year: 2025, month: 1, day: 31 }, 1), {
      year: 2025,
      month: 2,
      day: 1,
      weekday: 6,
    });
    assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 1), {
      year: 2024,
      month: 2,
      day: 29,
      weekday: 4,
    });
    assert.deepEqual(addDays({ year: 2025, month: 12, day: 31 }, 1), {
      year: 2026,
      month: 1,
      day: 1,
      weekday: 4,
    });
    assert.deepEqual(addDays({ year: 2025, month: 3, day: 1 }, -1), {
      year: 2025,
      month: 2,
      day: 28,
      weekday: 5,
    });
  });
});

describe('formatLongDate', () => {
  it('writes the long Bulgarian date of the "today" line', () => {
    assert.equal(formatLongDate(at('2025-06-21T10:00:00Z'), 'bg'), 'събота, 21 юни 2025 г.');
  });

  it('writes the British English date', () => {
    assert.equal(formatLongDate(at('2025-06-21T10:00:00Z'), 'en'), 'Saturday, 21 June 2025');
  });

  it('uses the Sofia date, not the UTC one', () => {
    assert.equal(formatLongDate(at('2025-06-21T22:30:00Z'), 'bg'), 'неделя, 22 юни 2025 г.');
    assert.equal(formatLongDate(at('2025-06-21T22:30:00Z'), 'en', 'UTC'), 'Saturday, 21 June 2025');
  });
});

describe('isoDateAt', () => {
  it('gives the local date for <time datetime>', () => {
    assert.equal(isoDateAt(at('2025-06-21T22:30:00Z')), '2025-06-22');
    assert.equal(isoDateAt(at('2025-01-05T10:00:00Z')), '2025-01-05');
  });
});
