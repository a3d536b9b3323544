import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LabelledPhone } from '@muni-kit/domain/contact-point.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { emailLink, phoneLink, type FooterView } from './footer-view.js';

/** The coat of arms, the municipality's name and its tagline. */
export const brandTemplate = (view: FooterView, m: Municipality): TemplateResult =>
  html`<div class="brand" part="brand">
    <img
      class="arms"
      src=${m.coatOfArms.src}
      alt=${view.text(m.coatOfArms.alt)}
      width=${m.coatOfArms.width ?? nothing}
      height=${m.coatOfArms.height ?? nothing}
    />
    <p class="brand-text">
      <span class="name">${view.textIn(m.name)}</span>
      ${m.tagline ? html`<span class="tagline">${view.textIn(m.tagline)}</span>` : nothing}
    </p>
  </div>`;

/** The `address`: the postal address, the municipality's telephone lines and its e-mails. */
export const addressTemplate = (view: FooterView, m: Municipality): TemplateResult => {
  const phones = m.phones.length
    ? html`<ul class="phones" part="phones">
        ${m.phones.map((phone) => phoneLine(view, phone))}
      </ul>`
    : nothing;
  const emails = m.emails.length
    ? html`<ul class="emails">
        ${m.emails.map((email) => html`<li>${emailLink(email)}</li>`)}
      </ul>`
    : nothing;
  return html`<address part="address">
    <p class="postal">
      <span class="line">${view.textIn(m.address.streetAddress)}</span>
      <span class="line"
        ><span dir="ltr">${m.address.postalCode}</span> ${view.textIn(m.address.locality)}</span
      >
    </p>
    ${phones} ${emails}
  </address>`;
};

/** A line of the municipality's phones: a `tel:` link with its label, or a fax number as text. */
const phoneLine = (view: FooterView, phone: LabelledPhone): TemplateResult => {
  if (phone.kind === 'fax') {
    const fax = msg('fax');
    const label = phone.label ? view.text(phone.label) : undefined;
    // "0431/98201 – факс"; a fax line labelled otherwise still says it is a fax.
    const text = !label
      ? fax
      : label.toLocaleLowerCase(view.locale) === fax.toLocaleLowerCase(view.locale)
        ? label
        : `${label}, ${fax}`;
    return html`<li class="fax">
      <span class="number" dir="ltr">${phone.number.display}</span> – ${text}
    </li>`;
  }
  return html`<li>
    ${phoneLink(phone.number)}${phone.label ? html` – ${view.textIn(phone.label)}` : nothing}
  </li>`;
};
