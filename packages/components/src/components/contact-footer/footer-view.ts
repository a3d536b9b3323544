import { html, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Locale } from '@muni-kit/domain/locale.js';
import type { LocalizedText } from '@muni-kit/domain/localized-text.js';
import { mailtoHref, type Email } from '@muni-kit/domain/email.js';
import type { NavigationItem } from '@muni-kit/domain/navigation.js';
import { telHref, type PhoneNumber } from '@muni-kit/domain/phone-number.js';
import { headingTag, type HeadingLevel } from '../../internal/heading-level.js';

/**
 * What the footer's sub-templates need of the element: its language, the level of its group
 * headings and its text from the data. They read nothing else, and change nothing.
 */
export interface FooterView {
  readonly locale: Locale;
  /** The level of the group headings; the schedules' names are one below. */
  readonly level: HeadingLevel;
  /** Text from the data in the element's language. */
  readonly text: (value: LocalizedText) => string;
  /** The same, marked with its own `lang` when it is a fallback translation. */
  readonly textIn: (value: LocalizedText) => TemplateResult | string;
}

/** A heading at `level` (clamped to h6 for one below a level 6). */
export const heading = (level: number, content: unknown, className: string): TemplateResult => {
  const tag = headingTag(level);
  return staticHtml`<${tag} class=${className}>${content}</${tag}>`;
};

export const navLink = (view: FooterView, link: NavigationItem): TemplateResult =>
  link.url
    ? html`<a href=${link.url}>${view.textIn(link.label)}</a>`
    : html`<span>${view.textIn(link.label)}</span>`;

// Numbers and addresses read left to right in any text: dir="ltr" keeps "0 700 400 56" from
// being drawn "56 400 700 0" on a right-to-left page (and isolates it from the text around).
export const phoneLink = (phone: PhoneNumber): TemplateResult =>
  html`<a class="phone" dir="ltr" href=${telHref(phone)}>${phone.display}</a>`;

export const emailLink = (email: Email): TemplateResult =>
  html`<a class="email" dir="ltr" href=${mailtoHref(email)}>${email}</a>`;
