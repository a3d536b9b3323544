import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { defaultTimeZone, wallClockAt } from '@muni-kit/domain/zoned-time.js';
import { heading, navLink, type FooterView } from './footer-view.js';

/** The data's extra groups of links, each under its heading, or nothing. */
export const linkGroupsTemplate = (
  view: FooterView,
  m: Municipality,
): TemplateResult | typeof nothing => {
  const groups = m.footer.linkGroups ?? [];
  if (!groups.length) return nothing;
  return html`<div class="link-groups">
    ${groups.map(
      (group) =>
        html`<div class="link-group">
          ${heading(view.level, view.textIn(group.heading), 'group-heading')}
          <ul>
            ${group.links.map((link) => html`<li>${navLink(view, link)}</li>`)}
          </ul>
        </div>`,
    )}
  </div>`;
};

/** The bottom bar: the legal links and the copyright line with the year of `now` in Sofia. */
export const bottomBarTemplate = (view: FooterView, m: Municipality, now: Date): TemplateResult => {
  const holder = view.text(m.copyrightHolder);
  const year = wallClockAt(now, defaultTimeZone).year;
  const legal = m.footer.legalLinks.length
    ? html`<nav class="legal" part="legal" aria-label=${msg('Site information')}>
        <ul>
          ${m.footer.legalLinks.map((link) => html`<li>${navLink(view, link)}</li>`)}
        </ul>
      </nav>`
    : nothing;
  return html`<div class="bottom">
    <div class="inner bottom-inner">
      ${legal}
      <p class="copyright" part="copyright">
        ${msg(str`${holder} © ${year}. All rights reserved.`)}
      </p>
    </div>
  </div>`;
};
