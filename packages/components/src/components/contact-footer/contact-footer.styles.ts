import { css } from 'lit';

export const contactFooterStyles = css`
  :host {
    /* The loading state reserves roughly the footer's height. */
    --_loading-block-size: 30em;
  }
  footer.root {
    container-type: inline-size;
    background: var(--_color-surface-alt);
    border-block-start: 0.375em solid var(--_color-primary);
  }
  .inner {
    max-inline-size: var(--_content-max-width);
    margin-inline: auto;
    padding: var(--_space-xl) var(--_space-m);
  }
  /*
   * One column on narrow footers. From 36em: brand | hours, then hotline | contacts. From 60em:
   * brand | hours | hotline, then the contacts directory across the whole width.
   */
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-xl);
    align-items: start;
  }
  .brand-column {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
    min-inline-size: 0;
  }
  @container (min-width: 36em) {
    .inner {
      padding-inline: var(--_space-l);
    }
    .columns {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space-xl) var(--_space-xxl);
    }
  }
  @container (min-width: 60em) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr);
    }
    .group.contacts {
      grid-column: 1 / -1;
      padding-block-start: var(--_space-l);
      border-block-start: 1px solid var(--_color-border);
    }
    .directory {
      columns: 3;
      column-gap: var(--_space-xxl);
    }
  }
  /* Narrower than the element's breakpoint, which a page may set above 36em: one column as well. */
  .narrow .columns {
    grid-template-columns: minmax(0, 1fr);
  }

  /* Brand and address */
  .brand {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
  }
  .arms {
    display: block;
    flex: none;
    inline-size: auto;
    block-size: 4.5em;
  }
  .brand-text {
    display: flex;
    flex-direction: column;
  }
  .name {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.25;
  }
  .tagline {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  address {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    font-style: normal;
  }
  .line {
    display: block;
  }
  .phones li,
  .emails li {
    padding-block: 0.125em;
  }
  .fax .number {
    font-variant-numeric: tabular-nums;
  }

  /* Group headings; on narrow footers they hold a button that shows and hides the group. */
  .group-heading {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: var(--_space-s);
  }
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--_space-s) 0;
    border: 0;
    border-block-end: 1px solid var(--_color-border);
    background: none;
    font-weight: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover span:first-child {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .chevron {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.3em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s ease;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: translateY(0.15em) rotate(-135deg);
  }
  /* In right-to-left content border-inline-end is the left border: turned the other way. */
  .chevron:dir(rtl) {
    transform: translateY(-0.15em) rotate(-45deg);
  }
  .toggle[aria-expanded='true'] .chevron:dir(rtl) {
    transform: translateY(0.15em) rotate(135deg);
  }
  .narrow .group-heading {
    margin-block-end: 0;
  }
  .narrow .group-body {
    padding-block-start: var(--_space-m);
  }
  .collapsed {
    display: none;
  }

  /* Office hours */
  .schedules {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  .schedule-name {
    font-size: 1em;
    font-weight: 600;
    line-height: 1.35;
  }
  .summary {
    color: var(--_color-text-muted);
  }
  .status {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .indicator {
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    border: 0.125em solid currentColor;
    border-radius: 50%;
  }
  .status.open {
    color: var(--_color-success);
  }
  .status.open .indicator {
    background: currentColor;
  }
  .status.closed {
    color: var(--_color-text-muted);
  }
  .status.closed strong {
    color: var(--_color-text);
  }
  .closures summary {
    cursor: pointer;
    color: var(--_color-link);
  }
  .closures ul {
    margin-block-start: 0.25em;
    padding-inline-start: 1.25em;
    list-style: disc;
  }

  /* Hotline */
  .hotline {
    padding-block: var(--_space-m);
    padding-inline: var(--_space-l) var(--_space-m);
    border-inline-start: 0.375em solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .hotline-label {
    font-size: 1em;
    font-weight: 600;
    line-height: 1.35;
  }
  .hotline-number {
    display: inline-block;
    font-size: calc(var(--_font-size-x-large) * 1.25);
    font-weight: 700;
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* Contacts directory */
  .directory li {
    display: flex;
    flex-direction: column;
    padding-block: var(--_space-xs) var(--_space-s);
    break-inside: avoid;
  }
  .contact-label {
    font-weight: 600;
  }
  .contact-values {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
  }
  .value {
    display: inline-block;
    padding-block: 0.125em;
  }
  .contact-notes {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  /* Social networks */
  .social ul,
  .link-group ul {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .social a {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 1.75em;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }

  /* Extra link groups from the data */
  .link-groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-l) var(--_space-xl);
    margin-block-start: var(--_space-xl);
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_color-border);
  }

  /* Bottom bar: legal links and copyright, light on the deep rose */
  .bottom {
    background: var(--_color-primary-strong);
    color: var(--_color-on-primary);
  }
  .bottom-inner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-xl);
    padding-block: var(--_space-m);
  }
  .legal ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-l);
  }
  .legal li {
    padding-block: 0.125em;
  }
  .bottom a {
    color: var(--_color-on-primary);
  }
  .bottom a:focus-visible {
    background: var(--_color-focus-halo);
    color: var(--_color-focus);
    text-decoration: none;
  }
  .copyright {
    font-size: var(--_font-size-small);
  }

  @media (forced-colors: active) {
    footer.root,
    .bottom {
      border-block-start: 1px solid CanvasText;
    }
    .hotline {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    footer.root {
      background: none;
      border-block-start: 1pt solid #000;
    }
    .social,
    .legal,
    .link-groups,
    .chevron {
      display: none !important;
    }
    .collapsed {
      display: block;
    }
    .toggle {
      border: 0;
    }
    .bottom {
      background: none;
      color: #000;
    }
    .hotline {
      border: 1pt solid #000;
    }
    /* "Open now" on paper would be out of date by the time it is read. */
    .status {
      display: none !important;
    }
  }
`;
