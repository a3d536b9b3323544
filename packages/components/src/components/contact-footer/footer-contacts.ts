import { html, nothing, type TemplateResult } from 'lit';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { telHref } from '@muni-kit/domain/phone-number.js';
import { emailLink, heading, phoneLink, type FooterView } from './footer-view.js';

/** The hotline under its own label, with its large number, or nothing. */
export const hotlineTemplate = (
  view: FooterView,
  m: Municipality,
): TemplateResult | typeof nothing =>
  m.hotline
    ? html`<div class="hotline" part="hotline">
        ${heading(view.level, view.textIn(m.hotline.label), 'hotline-label')}
        <p>
          <a class="hotline-number" dir="ltr" href=${telHref(m.hotline.phone)}
            >${m.hotline.phone.display}</a
          >
        </p>
      </div>`
    : nothing;

/** The contacts directory: each office or person with their phones, e-mails and notes. */
export const contactsTemplate = (view: FooterView, m: Municipality): TemplateResult =>
  html`<ul class="directory">
    ${m.contacts.map(
      (contact) =>
        html`<li>
          <span class="contact-label">${view.textIn(contact.label)}</span>
          <span class="contact-values">
            ${contact.phones.map((phone) => html`<span class="value">${phoneLink(phone)}</span>`)}
            ${(contact.emails ?? []).map((email) => html`<span class="value">${emailLink(email)}</span>`)}
          </span>
          ${contact.notes ? html`<span class="contact-notes">${view.textIn(contact.notes)}</span>` : nothing}
        </li>`,
    )}
  </ul>`;
