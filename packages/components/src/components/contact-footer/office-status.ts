/**
 * The words of the footer's office-hours status: why an office is closed today (a public
 * holiday and its name, a one-off closure, special hours), when it opens, and the coming
 * closures. Kept apart from the element so that the element stays about layout; every string
 * goes through @lit/localize, so these run inside the element's render (its locale).
 */
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '@muni-kit/domain/localized-text.js';
import {
  describeStatusChange,
  formatTimeOfDay,
  type DayPlan,
  type DayReason,
  type OfficeStatus,
  type StatusChange,
} from '@muni-kit/domain/office-hours.js';
import { dateTimeFormat, intlLocale } from '@muni-kit/domain/intl.js';

/** Resolves a text of the data in the element's locale. */
export type TextOf = (value: LocalizedText) => string;

/** "8:30–12:00, 13:00–15:00". */
const intervalsText = (intervals: DayPlan['intervals'], locale: string): string =>
  intervals
    .map(([from, to]) => `${formatTimeOfDay(from, locale)}–${formatTimeOfDay(to, locale)}`)
    .join(', ');

const withNote = (text: string, note: LocalizedText | undefined, textOf: TextOf): string =>
  note === undefined ? text : `${text} (${textOf(note)})`;

/**
 * Why a day differs from its weekday, as a phrase: "public holiday (Liberation Day)". `today`
 * says "special hours today" on the status line, "special hours" in the list of coming days.
 */
export const reasonText = (
  reason: DayReason,
  intervals: DayPlan['intervals'],
  locale: string,
  textOf: TextOf,
  today: boolean,
): string => {
  switch (reason.kind) {
    case 'holiday': {
      const name = textOf(reason.holiday.name);
      return reason.holiday.kind === 'substitute'
        ? msg(str`day off after a public holiday (${name})`)
        : msg(str`public holiday (${name})`);
    }
    case 'closure':
      return today ? msg('no office hours today') : msg('closed');
    case 'special-hours': {
      const hours = intervalsText(intervals, locale);
      return withNote(
        today ? msg(str`special hours today: ${hours}`) : msg(str`special hours: ${hours}`),
        reason.note,
        textOf,
      );
    }
    case 'extra-working-day':
      return withNote(msg('extra working day'), reason.note, textOf);
  }
};

/** "opens at 8:30", "opens tomorrow at 8:30", "opens Monday at 8:30", "opens on 5 January at 8:30". */
export const opensText = (change: StatusChange): string => {
  const time = change.time;
  if (change.daysAhead === 0) return msg(str`opens at ${time}`);
  if (change.daysAhead === 1) return msg(str`opens tomorrow at ${time}`);
  if (change.daysAhead >= 7) return msg(str`opens on ${change.date} at ${time}`);
  // One sentence per day: languages put different words before a day's name ("във вторник").
  switch (change.weekday) {
    case 'mon':
      return msg(str`opens Monday at ${time}`);
    case 'tue':
      return msg(str`opens Tuesday at ${time}`);
    case 'wed':
      return msg(str`opens Wednesday at ${time}`);
    case 'thu':
      return msg(str`opens Thursday at ${time}`);
    case 'fri':
      return msg(str`opens Friday at ${time}`);
    case 'sat':
      return msg(str`opens Saturday at ${time}`);
    case 'sun':
      return msg(str`opens Sunday at ${time}`);
  }
};

/**
 * What follows "Open now —" / "Closed —": today's reason if the day is not ordinary, then the
 * closing or the next opening. "public holiday (Liberation Day); opens Wednesday at 8:30".
 */
export const statusDetail = (
  status: OfficeStatus,
  today: DayPlan,
  now: Date,
  options: { readonly locale: string; readonly timeZone: string; readonly textOf: TextOf },
): string => {
  const { locale, timeZone, textOf } = options;
  const change = status.isOpen
    ? msg(
        str`closes at ${describeStatusChange(status.closesAt, now, locale, { timeZone, kind: 'closes' }).time}`,
      )
    : status.opensAt && opensText(describeStatusChange(status.opensAt, now, locale, { timeZone }));
  const reason = status.reason && reasonText(status.reason, today.intervals, locale, textOf, true);
  return [reason, change].filter(Boolean).join('; ');
};

/** "Friday, 25 December": a local date of the list of coming closures. */
export const closureDate = (date: string, locale: string): string =>
  dateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
