import { css } from 'lit';

export const siteHeaderStyles = css`
  :host {
    /* The loading state reserves about the height of the rendered header. */
    --_loading-block-size: 10.5em;
  }
  .root {
    container-type: inline-size;
    background: var(--_color-surface);
  }
  .container {
    max-inline-size: var(--_content-max-width);
    margin-inline: auto;
    padding-inline: var(--_space-m);
  }

  /* Skip link: out of sight until a keyboard reaches it, then a full-width yellow bar. */
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    display: block;
    padding: var(--_space-s) var(--_space-m);
    background: var(--_color-focus-halo);
    color: var(--_color-focus);
    font-weight: 600;
    text-decoration: underline;
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: calc(var(--_focus-width) * -1);
    box-shadow: none;
  }

  header {
    display: block;
    border-block-end: 0.25em solid var(--_color-primary);
  }

  /* Utility bar */
  .utility-bar {
    background: var(--_color-surface-alt);
    border-block-end: 1px solid var(--_color-border);
  }
  /* Small text, but the column keeps the width of the one below it. */
  .utility-layout > * {
    font-size: var(--_font-size-small);
  }
  .utility-layout {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 var(--_space-l);
    padding-block: var(--_space-xs);
  }
  .utility-links ul,
  .language-switch ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .utility-links ul {
    column-gap: var(--_space-l);
  }
  .utility-links a,
  .language-switch a,
  .language-switch .current {
    display: inline-block;
    min-block-size: 1.75em;
    padding-block: 0.25em;
  }
  .language-switch {
    margin-inline-start: auto;
  }
  .language-switch li + li {
    margin-inline-start: var(--_space-s);
    padding-inline-start: var(--_space-s);
    border-inline-start: 1px solid var(--_color-border);
  }
  .language-switch .current {
    color: var(--_color-text);
    font-weight: 700;
  }

  /* Coat of arms, name and tagline; the today line beside them */
  .brand-layout {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m) var(--_space-xl);
    padding-block: var(--_space-m);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-m);
    min-inline-size: 0;
    color: var(--_color-text);
    text-decoration: none;
  }
  .brand img {
    flex: none;
    inline-size: 3.75em;
    block-size: auto;
  }
  .brand-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .name {
    color: var(--_color-primary);
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.15;
    letter-spacing: -0.01em;
  }
  .brand:hover .name {
    text-decoration: underline;
    text-decoration-thickness: max(2px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  .tagline {
    margin-block-start: 0.2em;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .today {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .today-label {
    color: var(--_color-text);
    font-weight: 600;
  }
  .weather {
    padding-inline-start: var(--_space-s);
    border-inline-start: 1px solid var(--_color-border);
    color: var(--_color-text);
    font-variant-numeric: tabular-nums;
  }

  @container (max-width: 36em) {
    .utility-layout {
      column-gap: var(--_space-m);
    }
    .utility-links ul {
      column-gap: var(--_space-m);
    }
    .brand-layout {
      gap: var(--_space-s);
      padding-block: var(--_space-s) var(--_space-m);
    }
    .brand {
      gap: var(--_space-s);
    }
    .brand img {
      inline-size: 2.75em;
    }
    .name {
      font-size: 1.375em;
    }
    .today {
      flex-basis: 100%;
    }
  }

  @media (forced-colors: active) {
    .language-switch .current {
      text-decoration: underline;
    }
    .skip-link:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .skip-link,
    .utility-bar,
    .navigation {
      display: none !important;
    }
    header {
      border: 0;
    }
  }
`;
