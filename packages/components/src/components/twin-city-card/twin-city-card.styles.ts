import { css } from 'lit';

export const twinCityCardStyles = css`
  :host {
    --_loading-block-size: 22em;
  }
  .card {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-m);
    /* Narrower on a phone: 1em at 320 px, 1.5em from 480 px. */
    padding: var(--_space-l) clamp(var(--_space-m), 5%, var(--_space-l));
    border-block-start: 0.375em solid var(--_color-primary);
    border-radius: 0 0 var(--_radius) var(--_radius);
    background: var(--_color-surface-alt);
  }
  .card > * {
    /* 100% first: a long word must wrap rather than widen an item of this column. */
    max-inline-size: min(100%, 42em);
  }
  .heading {
    font-size: var(--_font-size-x-large);
    line-height: 1.25;
    font-weight: 700;
    color: var(--_color-text);
    text-wrap: balance;
  }
  .country {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .since {
    margin-block-start: calc(-1 * var(--_space-s));
    padding: 0.125em 0.625em;
    border-radius: 1em;
    background: var(--_color-primary-subtle);
    color: var(--_color-primary-strong);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  .description {
    font-size: var(--_font-size-base);
  }
  .facts {
    display: grid;
    gap: var(--_space-s);
    inline-size: 100%;
    margin: 0;
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
  }
  .fact {
    display: grid;
    gap: 0 var(--_space-m);
  }
  .fact,
  dt,
  dd {
    /* Grid items may shrink below their longest word, which then wraps. */
    min-inline-size: 0;
  }
  dt {
    font-size: var(--_font-size-small);
    font-weight: 700;
    color: var(--_color-text-muted);
  }
  dd {
    margin: 0;
  }
  .when {
    display: block;
    color: var(--_color-text-muted);
  }
  @container (min-width: 32em) {
    .fact {
      grid-template-columns: 11em 1fr;
      align-items: baseline;
    }
  }
  .more a {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 1.5em;
    padding-block: 0.25em;
    font-weight: 600;
  }
  /* A drawn arrow, not a character: nothing extra for assistive technology to read. */
  .more a::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-block-start: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
  }
  /* border-inline-end is the left border in right-to-left text: the same chevron turned the other way. */
  .more a:dir(rtl)::after {
    transform: rotate(-45deg);
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
      border-block-start-width: 0.375em;
    }
  }
  @media print {
    .card {
      background: none;
      border: 1px solid;
    }
  }
`;
