import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupByYear, TimelineEvent } from './timeline-event.js';
import { decodeOrThrow, issuesOf, pathsOf } from './test-fixtures.js';

const event = (date: string | undefined, text: string) =>
  decodeOrThrow(TimelineEvent, date === undefined ? { text } : { date, text });

describe('TimelineEvent', () => {
  it('accepts dated (year, month, day) and undated events, with an optional link', () => {
    for (const input of [
      {
        date: '2006',
        text: { bg: 'Подписан е договор за побратимяване.', en: 'A twinning agreement is signed.' },
      },
      { date: '2019-06', text: 'Дни на Казанлък в Кочани' },
      { date: '2021-06-05', text: 'Празник на розата', url: 'https://kazanlak.bg/rose-festival' },
      { text: 'Undated event' },
    ]) {
      assert.deepEqual(decodeOrThrow(TimelineEvent, input), input);
    }
  });

  it('reports a bad date, text and link by key', () => {
    assert.deepEqual(issuesOf(TimelineEvent, { date: '2021-13', text: 'x' }), [
      { path: 'date', message: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    assert.deepEqual(pathsOf(TimelineEvent, { date: 2021, text: 'x' }), ['date']);
    assert.deepEqual(pathsOf(TimelineEvent, { date: '2021' }), ['text']);
    assert.deepEqual(pathsOf(TimelineEvent, { text: 'x', url: 'vbscript:msgbox(1)' }), ['url']);
  });
});

describe('groupByYear', () => {
  it('groups consecutive events of a year, keeping the written order', () => {
    const events = [
      event('2006', 'a'),
      event('2006-05', 'b'),
      event('2019-06-05', 'c'),
      event('2019', 'd'),
      event('2021', 'e'),
    ];
    const groups = groupByYear(events);
    assert.deepEqual(
      groups.map((g) => [g.year, g.events.map((e) => e.text)]),
      [
        [2006, ['a', 'b']],
        [2019, ['c', 'd']],
        [2021, ['e']],
      ],
    );
  });

  it('keeps undated events in place, in groups of their own', () => {
    const groups = groupByYear([
      event(undefined, 'intro'),
      event(undefined, 'more'),
      event('2006', 'a'),
      event(undefined, 'note'),
      event('2006', 'b'),
    ]);
    assert.deepEqual(
      groups.map((g) => [g.year, g.events.map((e) => e.text)]),
      [
        [undefined, ['intro', 'more']],
        [2006, ['a']],
        [undefined, ['note']],
        [2006, ['b']],
      ],
    );
    assert.deepEqual(groupByYear([]), []);
  });

  it("keeps each event's parsed date beside it, for the renderer", () => {
    const [first, second] = groupByYear([
      event('2019-06-05', 'c'),
      event('2019', 'd'),
      event(undefined, 'x'),
    ]);
    assert.deepEqual(first?.dates, [
      { year: 2019, month: 6, day: 5, precision: 'day' },
      { year: 2019, precision: 'year' },
    ]);
    assert.deepEqual(second?.dates, [undefined]);
  });
});
