import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { LabelledPhone } from '@muni-kit/domain/contact-point.js';
import { mailtoHref, type Email } from '@muni-kit/domain/email.js';
import type { Municipality, SocialLink } from '@muni-kit/domain/municipality.js';
import type { NavigationItem } from '@muni-kit/domain/navigation.js';
import {
  formatTimeOfDay,
  minutesOf,
  planOfDay,
  statusAt,
  summarizePeriods,
  upcomingClosures,
  type OfficeHours,
} from '@muni-kit/domain/office-hours.js';
import { telHref, type PhoneNumber } from '@muni-kit/domain/phone-number.js';
import {
  addDays,
  defaultTimeZone,
  instantOfWallClock,
  isoDateAt,
  wallClockAt,
} from '@muni-kit/domain/zoned-time.js';
import { defineElement } from '../../internal/define.js';
import { landmarkAncestors } from '../../internal/landmarks.js';
import { MuniElement } from '../../internal/muni-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { contactFooterStyles } from './contact-footer.styles.js';
import { closureDate, reasonText, statusDetail, type TextOf } from './office-status.js';

/** How many days ahead the list of coming closures looks. */
const closuresAhead = 30;

const headingTags: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** The groups that collapse on narrow screens. */
type Group = 'hours' | 'contacts';

/** Below this inline size (in em of the footer's text) the columns stack and groups collapse. */
const narrowBelowEm = 36;

const clampLevel = (level: number): number =>
  Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;

/** The first instant of the next local day in `timeZone`. */
const nextMidnight = (now: Date, timeZone: string): Date =>
  instantOfWallClock(addDays(wallClockAt(now, timeZone), 1), 0, timeZone);

/** Small network marks, drawn on a 24×24 grid with the current colour. Decorative. */
const socialIcon = (network: SocialLink['network']): SVGTemplateResult => {
  switch (network) {
    case 'facebook':
      return svg`<path d="M13.5 21v-7.5h2.6l.4-3h-3V8.6c0-.9.3-1.5 1.6-1.5h1.6V4.4c-.3 0-1.2-.1-2.3-.1-2.3 0-3.9 1.4-3.9 4v2.2H8v3h2.5V21z"/>`;
    case 'youtube':
      return svg`<path d="M21.6 7.2a2.5 2.5 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4a2.5 2.5 0 0 0-1.8 1.8C2 8.8 2 12 2 12s0 3.2.4 4.8a2.5 2.5 0 0 0 1.8 1.8C5.8 19 12 19 12 19s6.2 0 7.8-.4a2.5 2.5 0 0 0 1.8-1.8c.4-1.6.4-4.8.4-4.8s0-3.2-.4-4.8zM10 15V9l5.2 3z"/>`;
    case 'instagram':
      return svg`<path d="M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10zm0 8.2a3.2 3.2 0 1 1 0-6.4 3.2 3.2 0 0 1 0 6.4zM17.3 5.5a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4zM16.5 2h-9A5.5 5.5 0 0 0 2 7.5v9A5.5 5.5 0 0 0 7.5 22h9a5.5 5.5 0 0 0 5.5-5.5v-9A5.5 5.5 0 0 0 16.5 2zm3.7 14.5a3.7 3.7 0 0 1-3.7 3.7h-9a3.7 3.7 0 0 1-3.7-3.7v-9a3.7 3.7 0 0 1 3.7-3.7h9a3.7 3.7 0 0 1 3.7 3.7z"/>`;
    case 'x':
      return svg`<path d="M17.8 3h3.1l-6.8 7.7L22 21h-6.2l-4.9-6.3L5.3 21H2.2l7.3-8.3L2 3h6.4l4.4 5.8zm-1.1 16.2h1.7L7.4 4.7H5.6z"/>`;
    case 'linkedin':
      return svg`<path d="M20 2H4a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM8 19H5V9.5h3zM6.5 8.2a1.7 1.7 0 1 1 0-3.5 1.7 1.7 0 0 1 0 3.5zM19 19h-3v-4.6c0-1.1 0-2.5-1.5-2.5s-1.8 1.2-1.8 2.4V19h-3V9.5h2.9v1.3c.4-.8 1.4-1.5 2.8-1.5 3 0 3.6 2 3.6 4.6z"/>`;
    case 'tiktok':
      return svg`<path d="M16.6 2h-3.2v13.2a2.9 2.9 0 1 1-2-2.8V9.1a6.1 6.1 0 1 0 5.2 6.1V8.6a7.6 7.6 0 0 0 4.4 1.4V6.8a4.4 4.4 0 0 1-4.4-4.4z"/>`;
    case 'other':
      return svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16zM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4z"/>`;
  }
};

/**
 * The site footer with everything a resident looks for at the bottom of a municipal page: the
 * coat of arms and name, the postal address, telephones (`tel:` links in E.164, shown as the
 * municipality writes them; fax numbers as text), e-mails (`mailto:`), each office-hours
 * schedule with a live "open now / closed — opens at 8:30" status in the office's time zone
 * (Europe/Sofia) that keeps the schedule's public-holiday calendar and says why it is closed
 * ("closed — public holiday (Liberation Day)"), with the closures of the next 30 days, the hotline, the contacts directory, the social networks, the legal links and
 * the copyright line with the current year.
 *
 * The status is worked out from the clock (`now`) and re-evaluated on a timer at the next
 * instant it changes (an opening, a closing, a break, midnight); the timer stops when the
 * element leaves the page. On narrow footers (below 36em) the columns stack and the working
 * hours and contacts collapse behind buttons inside their headings (the APG accordion pattern),
 * so the headings stay headings; on wider footers they are always open and have no button.
 * Print keeps the contacts and drops the social and legal links.
 *
 * @tagname muni-contact-footer
 * @summary Site footer: address, phones, e-mails, office hours with a live status, hotline, contacts, social and legal links.
 *
 * @fires muni-error - The data could not be loaded or decoded. `detail`: `{ failure, message }`.
 *
 * @csspart footer - The `footer` landmark (`role="contentinfo"`; no landmark inside the page's own footer, header or main).
 * @csspart brand - The coat of arms, name and tagline.
 * @csspart address - The `address` with the postal address, phones and e-mails.
 * @csspart phones - The list of the municipality's telephone lines.
 * @csspart office-hours - The working-hours group.
 * @csspart status - Each schedule's "open now / closed" line, with the reason on a holiday or a day of special hours.
 * @csspart closures - Each schedule's list of closures and special hours in the next 30 days (a `details` element).
 * @csspart hotline - The hotline block with its large number.
 * @csspart contacts - The contacts-directory group.
 * @csspart social - The social-network links.
 * @csspart legal - The `nav` with the legal links.
 * @csspart copyright - The copyright line.
 * @csspart error - The error message shown instead of the footer.
 *
 * @cssprop --muni-color-primary - The band above the footer and the hotline's accent.
 * @cssprop --muni-color-primary-strong - Background of the bottom bar (legal links, copyright).
 * @cssprop --muni-color-on-primary - Text on the bottom bar.
 * @cssprop --muni-color-surface-alt - Background of the footer.
 * @cssprop --muni-color-link - Colour of the links.
 * @cssprop --muni-color-success - Colour of the "open now" mark.
 * @cssprop --muni-font-size-x-large - Size of the hotline number.
 */
export class MuniContactFooter extends MuniElement {
  static override styles = [sharedStyles, contactFooterStyles];

  /**
   * Level of the group headings (working hours, hotline, contacts, social media), 1 to 6, so
   * the footer fits the page's outline; the schedules' names are one level below. Default 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The clock: a function returning the current instant, or a fixed `Date`. The office-hours
   * status and the copyright year are worked out from it. With a function (the default is the
   * real clock, `() => new Date()`) the status updates by itself when it changes; a fixed
   * `Date` freezes it. Set it from script only: `footer.now = () => new Date('2025-06-23T07:00:00Z')`.
   */
  @property({ attribute: false }) now: Date | (() => Date) | undefined;

  /** Whether the footer is narrow enough to stack its columns and collapse its groups. */
  @state() private narrow = false;
  @state() private expanded: ReadonlySet<Group> = new Set();

  private resizeObserver: ResizeObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The next instant at which something shown depends on the clock changes. */
  private nextChange: Date | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.measure(this.getBoundingClientRect().width);
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]!.contentRect.width;
      // Re-rendering inside the observer's callback would resize the host again in the same
      // frame (a "ResizeObserver loop"): measure in the next frame instead.
      requestAnimationFrame(() => this.measure(width));
    });
    this.resizeObserver.observe(this);
    // Back on the page after a while: the status may be stale and the timer was stopped.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.stopTimer();
  }

  private measure(width: number): void {
    if (width <= 0) return; // not laid out (display: none): keep the last layout
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    this.narrow = width < narrowBelowEm * em;
  }

  protected override timeShown(): Date {
    return this.clock();
  }

  /** Stacked columns and collapsible groups; the server (which cannot measure) renders the wide footer. */
  private get stacked(): boolean {
    return this.narrow && !this.asOnServer;
  }

  private clock(): Date {
    const now = this.now;
    if (now instanceof Date) return now;
    return now ? now() : new Date();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.schedule();
  }

  /** Re-renders at the next change of status; not with a fixed `Date` clock, which never moves. */
  private schedule(): void {
    this.stopTimer();
    if (!this.isConnected || !this.nextChange || this.now instanceof Date) return;
    const delay = Math.max(0, this.nextChange.getTime() - this.clock().getTime());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.requestUpdate();
    }, delay);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private get level(): number {
    return clampLevel(this.headingLevel);
  }

  private heading(level: number, content: unknown, className: string): TemplateResult {
    const tag = headingTags[clampLevel(level) - 1];
    return staticHtml`<${tag} class=${className}>${content}</${tag}>`;
  }

  private toggle(group: Group): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(group)) expanded.delete(group);
    else expanded.add(group);
    this.expanded = expanded;
  }

  /**
   * A group under a heading. Narrow: the heading holds a button that shows and hides the group
   * (closed at first). Wide: the heading is plain text and the group always shows.
   */
  private group(group: Group, part: string, title: string, body: TemplateResult): TemplateResult {
    const open = !this.stacked || this.expanded.has(group);
    const bodyId = `${group}-body`;
    const content = this.stacked
      ? html`<button
          type="button"
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${bodyId}
          @click=${() => this.toggle(group)}
        >
          <span>${title}</span><span class="chevron" aria-hidden="true"></span>
        </button>`
      : title;
    return html`<div class="group ${group}" part=${part}>
      ${this.heading(this.level, content, 'group-heading')}
      <div class="group-body ${open ? '' : 'collapsed'}" id=${bodyId}>${body}</div>
    </div>`;
  }

  protected override renderContent(m: Municipality): TemplateResult {
    const now = this.renderTime(this.clock());
    const changes: Date[] = [nextMidnight(now, defaultTimeZone)];
    const hours = m.officeHours.map((schedule) => this.renderSchedule(schedule, now, changes));
    this.nextChange = new Date(Math.min(...changes.map((change) => change.getTime())));
    const name = this.text(m.name);
    const year = wallClockAt(now, defaultTimeZone).year;
    const holder = this.text(m.copyrightHolder);
    const linkGroups = m.footer.linkGroups ?? [];
    return html`<footer
      class="root ${this.stacked ? 'narrow' : 'wide'}"
      part="footer"
      role=${this.asOnServer || !this.parentElement?.closest(landmarkAncestors) ? 'contentinfo' : 'none'}
    >
      <div class="inner">
        <div class="columns">
          <div class="brand-column">
            <div class="brand" part="brand">
              <img
                class="arms"
                src=${m.coatOfArms.src}
                alt=${this.text(m.coatOfArms.alt)}
                width=${m.coatOfArms.width ?? nothing}
                height=${m.coatOfArms.height ?? nothing}
              />
              <p class="brand-text">
                <span class="name">${this.textIn(m.name)}</span>
                ${m.tagline ? html`<span class="tagline">${this.textIn(m.tagline)}</span>` : nothing}
              </p>
            </div>
            <address part="address">
              <p class="postal">
                <span class="line">${this.textIn(m.address.streetAddress)}</span>
                <span class="line"><span dir="ltr">${m.address.postalCode}</span> ${this.textIn(m.address.locality)}</span>
              </p>
              ${
                m.phones.length
                  ? html`<ul class="phones" part="phones">
                      ${m.phones.map((phone) => this.renderPhone(phone))}
                    </ul>`
                  : nothing
              }
              ${
                m.emails.length
                  ? html`<ul class="emails">
                      ${m.emails.map((email) => html`<li>${this.emailLink(email)}</li>`)}
                    </ul>`
                  : nothing
              }
            </address>
            ${
              m.socialLinks.length
                ? html`<div class="social" part="social">
                    ${this.heading(this.level, msg(str`${name} on social media`), 'group-heading')}
                    <ul>
                      ${m.socialLinks.map(
                        (link) =>
                          html`<li>
                            <a href=${link.url}>
                              <svg
                                class="icon"
                                viewBox="0 0 24 24"
                                aria-hidden="true"
                                focusable="false"
                              >
                                ${socialIcon(link.network)}
                              </svg>
                              <span>${this.textIn(link.label)}</span>
                            </a>
                          </li>`,
                      )}
                    </ul>
                  </div>`
                : nothing
            }
          </div>
          ${
            hours.length
              ? this.group(
                  'hours',
                  'office-hours',
                  msg('Working hours'),
                  html`<ul class="schedules">
                    ${hours}
                  </ul>`,
                )
              : nothing
          }
          ${
            m.hotline
              ? html`<div class="hotline" part="hotline">
                  ${this.heading(this.level, this.textIn(m.hotline.label), 'hotline-label')}
                  <p>
                    <a class="hotline-number" dir="ltr" href=${telHref(m.hotline.phone)}
                      >${m.hotline.phone.display}</a
                    >
                  </p>
                </div>`
              : nothing
          }
          ${
            m.contacts.length
              ? this.group(
                  'contacts',
                  'contacts',
                  msg('Contacts'),
                  html`<ul class="directory">
                    ${m.contacts.map(
                      (contact) =>
                        html`<li>
                          <span class="contact-label">${this.textIn(contact.label)}</span>
                          <span class="contact-values">
                            ${contact.phones.map((phone) => html`<span class="value">${this.phoneLink(phone)}</span>`)}
                            ${(contact.emails ?? []).map((email) => html`<span class="value">${this.emailLink(email)}</span>`)}
                          </span>
                          ${contact.notes ? html`<span class="contact-notes">${this.textIn(contact.notes)}</span>` : nothing}
                        </li>`,
                    )}
                  </ul>`,
                )
              : nothing
          }
        </div>
        ${
          linkGroups.length
            ? html`<div class="link-groups">
                ${linkGroups.map(
                  (group) =>
                    html`<div class="link-group">
                      ${this.heading(this.level, this.textIn(group.heading), 'group-heading')}
                      <ul>
                        ${group.links.map((link) => html`<li>${this.navLink(link)}</li>`)}
                      </ul>
                    </div>`,
                )}
              </div>`
            : nothing
        }
      </div>
      <div class="bottom">
        <div class="inner bottom-inner">
          ${
            m.footer.legalLinks.length
              ? html`<nav class="legal" part="legal" aria-label=${msg('Site information')}>
                  <ul>
                    ${m.footer.legalLinks.map((link) => html`<li>${this.navLink(link)}</li>`)}
                  </ul>
                </nav>`
              : nothing
          }
          <p class="copyright" part="copyright">
            ${msg(str`${holder} © ${year}. All rights reserved.`)}
          </p>
        </div>
      </div>
    </footer>`;
  }

  private navLink(link: NavigationItem): TemplateResult {
    return link.url
      ? html`<a href=${link.url}>${this.textIn(link.label)}</a>`
      : html`<span>${this.textIn(link.label)}</span>`;
  }

  // Numbers and addresses read left to right in any text: dir="ltr" keeps "0 700 400 56" from
  // being drawn "56 400 700 0" on a right-to-left page (and isolates it from the text around).
  private phoneLink(phone: PhoneNumber): TemplateResult {
    return html`<a class="phone" dir="ltr" href=${telHref(phone)}>${phone.display}</a>`;
  }

  private emailLink(email: Email): TemplateResult {
    return html`<a class="email" dir="ltr" href=${mailtoHref(email)}>${email}</a>`;
  }

  /** A line of the municipality's phones: a `tel:` link with its label, or a fax number as text. */
  private renderPhone(phone: LabelledPhone): TemplateResult {
    if (phone.kind === 'fax') {
      const fax = msg('fax');
      const label = phone.label ? this.text(phone.label) : undefined;
      // "0431/98201 – факс"; a fax line labelled otherwise still says it is a fax.
      const text = !label
        ? fax
        : label.toLocaleLowerCase(this.locale) === fax.toLocaleLowerCase(this.locale)
          ? label
          : `${label}, ${fax}`;
      return html`<li class="fax">
        <span class="number" dir="ltr">${phone.number.display}</span> – ${text}
      </li>`;
    }
    return html`<li>
      ${this.phoneLink(phone.number)}${phone.label ? html` – ${this.textIn(phone.label)}` : nothing}
    </li>`;
  }

  private renderSchedule(schedule: OfficeHours, now: Date, changes: Date[]): TemplateResult {
    const timeZone = schedule.timeZone ?? defaultTimeZone;
    const status = statusAt(schedule, now);
    const change = status.isOpen ? status.closesAt : status.opensAt;
    if (change) changes.push(change);
    changes.push(nextMidnight(now, timeZone));
    const summaries = summarizePeriods(schedule, this.locale).map((summary, index) => {
      const period = schedule.periods[index]!;
      const days = summary.isWeekdays ? msg('Weekdays') : summary.days;
      const opens = formatTimeOfDay(minutesOf(period.opens), this.locale);
      const closes = formatTimeOfDay(minutesOf(period.closes), this.locale);
      return [
        msg(str`${days} from ${opens} to ${closes}`),
        ...summary.breaks.map((range) => msg(str`break ${range}`)),
      ].join(', ');
    });
    const textOf: TextOf = (value) => this.text(value);
    const today = planOfDay(schedule, isoDateAt(now, timeZone));
    const detail = statusDetail(status, today, now, { locale: this.locale, timeZone, textOf });
    const closures = upcomingClosures(schedule, now, closuresAhead);
    return html`<li class="schedule">
      ${this.heading(this.level + 1, this.textIn(schedule.name), 'schedule-name')}
      ${summaries.length ? html`<p class="summary">${summaries.join('; ')}</p>` : nothing}
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
                      <time datetime=${plan.date}>${closureDate(plan.date, this.locale)}</time> —
                      ${plan.reason ? reasonText(plan.reason, plan.intervals, this.locale, textOf, false) : nothing}
                    </li>`,
                )}
              </ul>
            </details>`
          : nothing
      }
    </li>`;
  }
}

defineElement('muni-contact-footer', MuniContactFooter);

declare global {
  interface HTMLElementTagNameMap {
    'muni-contact-footer': MuniContactFooter;
  }
}
