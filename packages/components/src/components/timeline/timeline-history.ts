import { html, type TemplateResult } from 'lit';
import type { Locale } from '@muni-kit/domain/locale.js';
import { formatPartialDate, type DateParts } from '@muni-kit/domain/partial-date.js';
import { groupByYear, type TimelineEvent } from '@muni-kit/domain/timeline-event.js';

/*
 * A long history, prepared once and rendered in few template instances.
 *
 * Lit renders an array as one template instance per item, each between two comment markers,
 * and a nested template per optional part: for 10,000 events that was some 60,000 DOM calls
 * from script and 60,000 comments, several times what the browser's parser does for the same
 * markup. Here consecutive events (and whole year groups, when they are small) share one
 * template, assembled from the fixed markup of each kind of event below: the markup is always
 * the kit's own, and everything from the data goes through Lit bindings, as in any template.
 */

/** An event of a prepared history. */
export interface PreparedEvent {
  readonly event: TimelineEvent;
  /** Its position in the history (the index of its date label). */
  readonly index: number;
}

export interface PreparedGroup {
  /** The year of every event in the group; undefined for the undated events. */
  readonly year: number | undefined;
  /** The year as a `datetime` ("0999", "2019"). */
  readonly datetime: string;
  readonly events: readonly PreparedEvent[];
}

/** A history grouped by year once, with its date labels written once per locale. */
export interface PreparedHistory {
  readonly groups: readonly PreparedGroup[];
  /** Per event (by index): its date as shown in `locale`, undefined when none is shown. */
  labelsIn(locale: Locale): ReadonlyArray<string | undefined>;
}

const prepared = new WeakMap<readonly TimelineEvent[], PreparedHistory>();

/**
 * The history grouped by year (the domain's `groupByYear`: in the order given, undated events
 * in groups of their own, each date parsed once). Kept per history array: a re-render (a
 * language switch) only writes the dates in the new language, once.
 */
export const prepareHistory = (history: readonly TimelineEvent[]): PreparedHistory => {
  let result = prepared.get(history);
  if (result) return result;
  // A date known only to the year is said by its group's heading; a finer one is shown too.
  const shown: Array<DateParts | undefined> = [];
  const groups = groupByYear(history).map(({ year, events, dates }) => ({
    year,
    datetime: year === undefined ? '' : String(year).padStart(4, '0'),
    events: events.map((event, i) => {
      const date = dates[i];
      shown.push(date && date.precision !== 'year' ? date : undefined);
      return { event, index: shown.length - 1 };
    }),
  }));
  const labels = new Map<Locale, ReadonlyArray<string | undefined>>();
  result = {
    groups,
    labelsIn: (locale) => {
      let written = labels.get(locale);
      if (!written)
        labels.set(
          locale,
          (written = shown.map((date) => (date ? formatPartialDate(date, locale) : undefined))),
        );
      return written;
    },
  };
  prepared.set(history, result);
  return result;
};

// ---- templates ------------------------------------------------------------------------------

/**
 * The markup pieces a template is assembled from, by code: the constant text between its
 * bindings (a piece with n + 1 strings takes n values). Never anything from the data.
 */
const pieces: Readonly<Record<string, readonly string[]>> = {
  // A year group opening, with the year heading at level 1–6 (values: datetime, year).
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6].map((level) => [
      String(level),
      [
        `<li class="group" part="group"><h${level} class="year" part="year"><time datetime=`,
        '>',
        `</time></h${level}>\n<ol class="events" part="events">`,
      ],
    ]),
  ),
  // A group of undated events opening.
  u: ['<li class="group undated" part="group"><ol class="events" part="events">'],
  // A group closing.
  c: ['</ol></li>\n'],
  // An event: plain (text), linked (url, text), dated (datetime, date, text), both (datetime,
  // date, url, text). A line break between blocks keeps their text apart in textContent.
  p: ['<li class="event" part="event">', '</li>\n'],
  l: ['<li class="event" part="event"><a href=', ' part="link">', '</a></li>\n'],
  d: [
    '<li class="event" part="event"><time class="date" part="date" datetime=',
    '>',
    '</time>\n',
    '</li>\n',
  ],
  b: [
    '<li class="event" part="event"><time class="date" part="date" datetime=',
    '>',
    '</time>\n<a href=',
    ' part="link">',
    '</a></li>\n',
  ],
  // Other content in its place (value: a template or an array of them).
  x: ['', ''],
};

/** Template strings by the codes of their pieces ("3dpcu…"). */
const assembled = new Map<string, TemplateStringsArray>();
/** Enough for every shape of many long histories; past it, start again (Lit then re-renders). */
const maxAssembled = 2000;

const templateStrings = (codes: string): TemplateStringsArray => {
  let strings = assembled.get(codes);
  if (!strings) {
    const parts = [''];
    for (const code of codes) {
      const [first = '', ...rest] = pieces[code]!;
      parts[parts.length - 1] += first;
      parts.push(...rest);
    }
    // What a tagged template literal gives: Lit accepts only arrays with `raw` (its guard
    // against strings that did not come from code; these come from the pieces above).
    strings = Object.freeze(
      Object.assign(parts, { raw: Object.freeze([...parts]) }),
    ) as unknown as TemplateStringsArray;
    if (assembled.size >= maxAssembled) assembled.clear();
    assembled.set(codes, strings);
  }
  return strings;
};

/** Collects pieces and their values, then makes one template result of them. */
class Assembly {
  codes = '';
  values: unknown[] = [];

  add(code: string, ...values: unknown[]): void {
    this.codes += code;
    for (const value of values) this.values.push(value);
  }

  get empty(): boolean {
    return this.codes === '';
  }

  result(): TemplateResult {
    return html(templateStrings(this.codes), ...this.values);
  }
}

/** Events per template: fewer instances, at the cost of more distinct shapes to prepare. */
const eventsPerTemplate = 32;

/** How each event's text is rendered (a string, or a span in another language). */
export type TextOf = (event: TimelineEvent) => string | TemplateResult;

const addEvent = (
  assembly: Assembly,
  item: PreparedEvent,
  label: string | undefined,
  textOf: TextOf,
): void => {
  const { event } = item;
  const text = textOf(event);
  if (label === undefined) {
    if (event.url) assembly.add('l', event.url, text);
    else assembly.add('p', text);
  } else if (event.url) assembly.add('b', event.date, label, event.url, text);
  else assembly.add('d', event.date, label, text);
};

const openGroup = (assembly: Assembly, group: PreparedGroup, level: number): void => {
  if (group.year === undefined) assembly.add('u');
  else assembly.add(String(level), group.datetime, group.year);
};

/**
 * The year groups as template results, in order: runs of whole small groups in one template
 * each, and a large group as its own template holding its events in runs.
 */
export const renderGroups = (
  groups: readonly PreparedGroup[],
  level: number,
  labels: ReadonlyArray<string | undefined>,
  textOf: TextOf,
): TemplateResult[] => {
  const results: TemplateResult[] = [];
  let run = new Assembly();
  let inRun = 0;
  const flush = () => {
    if (!run.empty) results.push(run.result());
    run = new Assembly();
    inRun = 0;
  };
  for (const group of groups) {
    const count = group.events.length;
    if (count > eventsPerTemplate) {
      flush();
      const runs: TemplateResult[] = [];
      for (let from = 0; from < count; from += eventsPerTemplate) {
        const assembly = new Assembly();
        for (const item of group.events.slice(from, from + eventsPerTemplate))
          addEvent(assembly, item, labels[item.index], textOf);
        runs.push(assembly.result());
      }
      const whole = new Assembly();
      openGroup(whole, group, level);
      whole.add('x', runs);
      whole.add('c');
      results.push(whole.result());
      continue;
    }
    if (inRun + count > eventsPerTemplate) flush();
    openGroup(run, group, level);
    for (const item of group.events) addEvent(run, item, labels[item.index], textOf);
    run.add('c');
    inRun += count;
  }
  flush();
  return results;
};
