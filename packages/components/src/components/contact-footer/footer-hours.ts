import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  formatTimeOfDay,
  minutesOf,
  planOfDay,
  statusAt,
  summarizePeriods,
  upcomingClosures,
  type OfficeHours,
} from '@muni-kit/domain/office-hours.js';
import {
  addDays,
  defaultTimeZone,
  instantOfWallClock,
  isoDateAt,
  wallClockAt,
} from '@muni-kit/domain/zoned-time.js';
import { heading, type FooterView } from './footer-view.js';
import { closureDate, reasonText, statusDetail, type TextOf } from './office-status.js';

/** How many days ahead the list of coming closures looks. */
const closuresAhead = 30;

/** The first instant of the next local day in `timeZone`. */
const nextMidnight = (now: Date, timeZone: string): Date =>
  instantOfWallClock(addDays(wallClockAt(now, timeZone), 1), 0, timeZone);

/**
 * The next instant after `now` at which something the footer shows for the clock changes: a
 * schedule opening, closing or breaking, or a midnight (in Sofia, for the copyright year, and in
 * each schedule's zone, for "tomorrow" and the coming closures).
 */
export const nextChangeAfter = (schedules: readonly OfficeHours[], now: Date): Date => {
  const changes: Date[] = [nextMidnight(now, defaultTimeZone)];
  for (const schedule of schedules) {
    const status = statusAt(schedule, now);
    const change = status.isOpen ? status.closesAt : status.opensAt;
    if (change) changes.push(change);
    changes.push(nextMidnight(now, schedule.timeZone ?? defaultTimeZone));
  }
  return new Date(Math.min(...changes.map((change) => change.getTime())));
};

/** The office-hours schedules, each with its summary, its status at `now` and its coming closures. */
export const hoursTemplate = (
  view: FooterView,
  schedules: readonly OfficeHours[],
  now: Date,
): TemplateResult =>
  html`<ul class="schedules">
    ${schedules.map((schedule) => scheduleTemplate(view, schedule, now))}
  </ul>`;

/** "Weekdays from 8:30 to 17:00, break 12:30–13:30" for each period of a schedule. */
const summaries = (view: FooterView, schedule: OfficeHours): string[] =>
  summarizePeriods(schedule, view.locale).map((summary, index) => {
    const period = schedule.periods[index]!;
    const days = summary.isWeekdays ? msg('Weekdays') : summary.days;
    const opens = formatTimeOfDay(minutesOf(period.opens), view.locale);
    const closes = formatTimeOfDay(minutesOf(period.closes), view.locale);
    return [
      msg(str`${days} from ${opens} to ${closes}`),
      ...summary.breaks.map((range) => msg(str`break ${range}`)),
    ].join(', ');
  });

const scheduleTemplate = (view: FooterView, schedule: OfficeHours, now: Date): TemplateResult => {
  const { locale } = view;
  const timeZone = schedule.timeZone ?? defaultTimeZone;
  const status = statusAt(schedule, now);
  const summary = summaries(view, schedule);
  const textOf: TextOf = (value) => view.text(value);
  const today = planOfDay(schedule, isoDateAt(now, timeZone));
  const detail = statusDetail(status, today, now, { locale, timeZone, textOf });
  const closures = upcomingClosures(schedule, now, closuresAhead);
  return html`<li class="schedule">
    ${heading(view.level + 1, view.textIn(schedule.name), 'schedule-name')}
    ${summary.length ? html`<p class="summary">${summary.join('; ')}</p>` : nothing}
    <p class="status ${status.isOpen ? 'open' : 'closed'}" part="status">
      <span class="indicator" aria-hidden="true"></span>
      <span
        ><strong>${status.isOpen ? msg('Open now') : msg('Closed')}</strong
        >${detail ? ` — ${detail}` : ''}</span
      >
    </p>
    ${
      closures.length
        ? html`<details class="closures" part="closures">
            <summary>${msg('Coming closures and special hours')}</summary>
            <ul>
              ${closures.map(
                (plan) =>
                  html`<li>
                    <time datetime=${plan.date}>${closureDate(plan.date, locale)}</time> —
                    ${plan.reason ? reasonText(plan.reason, plan.intervals, locale, textOf, false) : nothing}
                  </li>`,
              )}
            </ul>
          </details>`
        : nothing
    }
  </li>`;
};
