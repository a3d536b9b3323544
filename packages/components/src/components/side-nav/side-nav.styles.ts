import { css } from 'lit';

export const sideNavStyles = css`
  :host {
    --_loading-block-size: 16em;
  }
  .empty {
    display: none;
  }
  .heading {
    padding-block-end: var(--_space-s);
    border-block-end: 0.1875em solid var(--_color-primary);
    color: var(--_color-text);
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.25;
  }
  .top > li {
    border-block-end: 1px solid var(--_color-border);
  }
  .group-list {
    margin-inline-start: var(--_space-m);
    padding-block-end: var(--_space-xs);
    border-inline-start: 1px solid var(--_color-border);
  }
  .group-list a,
  .group-list .text {
    font-size: 0.9375em;
  }
  .row {
    display: flex;
    align-items: stretch;
  }
  a,
  .text {
    display: block;
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 2.25em;
    padding: 0.4em var(--_space-s);
    border-inline-start: 0.25em solid transparent;
  }
  a.ancestor,
  .text-toggle.ancestor {
    font-weight: 600;
  }
  a[aria-current='page'] {
    border-inline-start-color: var(--_color-primary);
    background: var(--_color-primary-subtle);
    color: var(--_color-text);
    font-weight: 700;
    text-decoration: none;
  }
  .toggle {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    min-inline-size: 2.25em;
    min-block-size: 2.25em;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-link);
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_color-surface-alt);
  }
  .text-toggle {
    flex: 1 1 auto;
    justify-content: space-between;
    gap: var(--_space-s);
    padding: 0.4em var(--_space-s);
    border-inline-start: 0.25em solid transparent;
    border-radius: 0;
    color: var(--_color-text);
    text-align: start;
  }
  /* A drawn chevron: down when the group is closed, up when it is open. */
  .chevron {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-block-start: -0.25em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s ease-out;
  }
  .toggle[aria-expanded='true'] .chevron {
    margin-block: 0.25em 0;
    transform: rotate(-135deg);
  }
  /* In right-to-left content border-inline-end is the left border: turned the other way. */
  .chevron:dir(rtl) {
    transform: rotate(-45deg);
  }
  .toggle[aria-expanded='true'] .chevron:dir(rtl) {
    transform: rotate(135deg);
  }
  @media (forced-colors: active) {
    a[aria-current='page'] {
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    .toggle:not(.text-toggle) {
      display: none;
    }
  }
`;
