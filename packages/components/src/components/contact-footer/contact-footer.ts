import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { defineElement } from '../../internal/define.js';
import { emitDisclosure, type DisclosureEventName } from '../../internal/disclosure-events.js';
import { headingLevel } from '../../internal/heading-level.js';
import { landmarkAncestors } from '../../internal/landmarks.js';
import { MuniElement } from '../../internal/muni-element.js';
import { WidthController } from '../../internal/width-controller.js';
import { sharedStyles } from '../../styles/shared.js';
import { contactFooterStyles } from './contact-footer.styles.js';
import { addressTemplate, brandTemplate } from './footer-address.js';
import { contactsTemplate, hotlineTemplate } from './footer-contacts.js';
import {
  announceGroups,
  groupListConverter,
  groupTemplate,
  normalizeGroups,
  sameGroups,
  type FooterGroup,
} from './footer-group.js';
import { hoursTemplate, nextChangeAfter } from './footer-hours.js';
import { bottomBarTemplate, linkGroupsTemplate } from './footer-links.js';
import { socialTemplate } from './footer-social.js';
import type { FooterView } from './footer-view.js';

export type { FooterGroup } from './footer-group.js';

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
 * element leaves the page. On footers narrower than `breakpoint` (36em unless set; the
 * footer's own width, not the viewport's) the columns stack and the working hours and contacts
 * collapse behind buttons inside their headings (the APG accordion pattern), so the headings
 * stay headings; on wider footers they are always open and have no button. (Below 36em the
 * columns stack whatever the breakpoint: they no longer fit side by side.) Print keeps the
 * contacts and drops the social and legal links.
 *
 * The collapsible groups (`hours`, `contacts`) are closed at first. A page opens and closes them
 * with `show(group)` and `hide(group)` or the `open-groups` attribute (`open-groups="hours"`),
 * and hears them open and close through `muni-show` / `muni-hide` (cancelable: the group then
 * stays as it was) and `muni-after-show` / `muni-after-hide`, with the group's name as
 * `detail.part`; the buttons go the same way. The state is kept on a wide footer too, where
 * every group shows whatever it is, and applies once the footer narrows.
 *
 * @tagname muni-contact-footer
 * @summary Site footer: address, phones, e-mails, office hours with a live status, hotline, contacts, social and legal links.
 *
 * @fires muni-show - A group is about to open; cancelable. `detail`: `{ part }`, the group (`hours` or `contacts`).
 * @fires muni-after-show - A group has opened (after the update). `detail`: `{ part }`.
 * @fires muni-hide - A group is about to close; cancelable. `detail`: `{ part }`.
 * @fires muni-after-hide - A group has closed (after the update). `detail`: `{ part }`.
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
   * Below this width of the element, in `em` of its text, the columns stack and the working
   * hours and contacts collapse behind buttons.
   */
  @property({ type: Number, reflect: true }) breakpoint = 36;

  /**
   * The collapsible groups that are open: `hours` (working hours) and `contacts` (the contacts
   * directory); none at first. The attribute is a space-separated list (`open-groups="hours
   * contacts"`; unknown names are ignored). Setting it opens and closes groups with the same
   * events as `show()` and `hide()` (none for the value the element starts with).
   */
  @property({
    attribute: 'open-groups',
    reflect: true,
    converter: groupListConverter,
    hasChanged: (value: readonly FooterGroup[], old: readonly FooterGroup[] | undefined) =>
      !sameGroups(value, old),
  })
  openGroups: readonly FooterGroup[] = [];

  /**
   * The clock: a function returning the current instant, or a fixed `Date`. The office-hours
   * status and the copyright year are worked out from it. With a function (the default is the
   * real clock, `() => new Date()`) the status updates by itself when it changes; a fixed
   * `Date` freezes it. Set it from script only: `footer.now = () => new Date('2025-06-23T07:00:00Z')`.
   */
  @property({ attribute: false }) now: Date | (() => Date) | undefined;

  private readonly width = new WidthController(this);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The clock's instant for this update, read once so that every part of it agrees. */
  private liveInstant = new Date();
  /** The instant this update renders (the server's while hydrating). */
  private shownAt = new Date();
  /** The next instant at which something shown depends on the clock changes. */
  private nextChange: Date | undefined;
  /** The muni-after-* events of this update, dispatched once it is rendered. */
  private afterEvents: Array<readonly [DisclosureEventName, FooterGroup]> = [];

  /** Opens a group (unless a `muni-show` listener cancels); resolves once it is rendered. */
  async show(group: FooterGroup): Promise<void> {
    this.openGroups = normalizeGroups([...this.openGroups, group]);
    await this.updateComplete;
  }

  /** Closes a group (unless a `muni-hide` listener cancels); resolves once it is rendered. */
  async hide(group: FooterGroup): Promise<void> {
    this.openGroups = this.openGroups.filter((open) => open !== group);
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a while: the status may be stale and the timer was stopped.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  protected override timeShown(): Date {
    return this.liveInstant;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.liveInstant = this.clock();
    super.willUpdate(changed);
    // After the base, which may give up hydrating (and with it the server's instant).
    this.shownAt = this.renderTime(this.liveInstant);
    this.nextChange = this.municipality
      ? nextChangeAfter(this.municipality.officeHours, this.shownAt)
      : undefined;
    // Also when the data arrives: at connection the footer may not have been laid out yet, and
    // its first content must already have the right layout, or the page shifts a frame later.
    const dataArrived = (changed as Map<PropertyKey, unknown>).has('municipality');
    if (!isServer && this.isConnected && (changed.has('breakpoint') || dataArrived))
      this.width.measure();
    // The state a page starts with opens silently, as Shoelace's elements do.
    if (changed.has('openGroups') && this.hasUpdated) {
      const before = changed.get('openGroups') ?? [];
      const { open, after } = announceGroups(this, before, this.openGroups);
      this.openGroups = open;
      this.afterEvents.push(...after);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const after = this.afterEvents;
    this.afterEvents = [];
    for (const [name, group] of after) emitDisclosure(this, name, group);
    this.schedule();
  }

  /** Stacked columns and collapsible groups; the server (which cannot measure) renders the wide footer. */
  private get stacked(): boolean {
    return this.width.narrow && !this.asOnServer;
  }

  private clock(): Date {
    const now = this.now;
    if (now instanceof Date) return now;
    return now ? now() : new Date();
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

  private readonly toggle = (group: FooterGroup): void => {
    void (this.openGroups.includes(group) ? this.hide(group) : this.show(group));
  };

  private group(
    group: FooterGroup,
    part: string,
    title: string,
    body: TemplateResult,
  ): TemplateResult {
    const open = this.openGroups.includes(group);
    const collapsible = this.stacked;
    const level = headingLevel(this.headingLevel, 2);
    return groupTemplate({
      group,
      part,
      title,
      body,
      level,
      collapsible,
      open,
      onToggle: this.toggle,
    });
  }

  protected override renderContent(m: Municipality): TemplateResult {
    const view: FooterView = {
      locale: this.locale,
      level: headingLevel(this.headingLevel, 2),
      text: (value) => this.text(value),
      textIn: (value) => this.textIn(value),
    };
    const now = this.shownAt;
    const hours = m.officeHours.length
      ? this.group(
          'hours',
          'office-hours',
          msg('Working hours'),
          hoursTemplate(view, m.officeHours, now),
        )
      : nothing;
    const contacts = m.contacts.length
      ? this.group('contacts', 'contacts', msg('Contacts'), contactsTemplate(view, m))
      : nothing;
    return html`<footer
      class="root ${this.stacked ? 'narrow' : 'wide'}"
      part="footer"
      role=${this.asOnServer || !this.parentElement?.closest(landmarkAncestors) ? 'contentinfo' : 'none'}
    >
      <div class="inner">
        <div class="columns">
          <div class="brand-column">
            ${brandTemplate(view, m)} ${addressTemplate(view, m)} ${socialTemplate(view, m)}
          </div>
          ${hours} ${hotlineTemplate(view, m)} ${contacts}
        </div>
        ${linkGroupsTemplate(view, m)}
      </div>
      ${bottomBarTemplate(view, m, now)}
    </footer>`;
  }
}

defineElement('muni-contact-footer', MuniContactFooter);

declare global {
  interface HTMLElementTagNameMap {
    'muni-contact-footer': MuniContactFooter;
  }
}
