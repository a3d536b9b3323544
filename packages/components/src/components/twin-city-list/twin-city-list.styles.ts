import { css } from 'lit';

export const twinCityListStyles = css`
  :host {
    --_loading-block-size: 20em;
  }
  .root {
    display: grid;
    gap: var(--_space-l);
  }
  .group {
    display: grid;
    gap: var(--_space-s);
  }
  .root > *,
  .group > * {
    /* Grid items may shrink below their longest word, which then wraps. */
    min-inline-size: 0;
  }
  .group-heading {
    font-size: var(--_font-size-large);
    line-height: 1.3;
    font-weight: 700;
    color: var(--_color-text);
  }

  /* The sort control. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }
  label {
    font-weight: 600;
  }
  select {
    min-block-size: 2.5em;
    max-inline-size: 100%;
    padding-block: 0.25em;
    padding-inline: 0.5em 0.25em;
    border: 2px solid var(--_color-text);
    border-radius: 0;
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  select:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_color-focus-halo);
  }

  /* variant="links": the compact list of the sidebar. */
  .link-list li {
    border-block-end: 1px solid var(--_color-border);
  }
  .link-list li:first-child {
    border-block-start: 1px solid var(--_color-border);
  }
  .link-list a,
  .link-list .plain {
    display: block;
    min-block-size: 1.5em;
    padding-block: 0.5em;
    padding-inline: 0.75em 0.5em;
    border-inline-start: 0.25em solid transparent;
  }
  .link-list a[aria-current='page'] {
    border-inline-start-color: var(--_color-primary);
    background: var(--_color-primary-subtle);
    color: var(--_color-text);
    font-weight: 700;
    text-decoration: none;
  }

  /* variant="cards": a grid of small cards, each one a link to the city's page. */
  .card-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-m);
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
    padding: var(--_space-m);
    border-block-start: 0.25em solid var(--_color-primary);
    border-radius: 0 0 var(--_radius) var(--_radius);
    background: var(--_color-surface-alt);
  }
  .card-name {
    font-size: var(--_font-size-large);
    line-height: 1.3;
    font-weight: 700;
  }
  /* The whole card is the link's target; the link stays the only thing to focus. */
  .card-name a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card-name a:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .card:has(a:focus-visible) {
    outline: var(--_focus-width) solid var(--_color-focus);
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_color-focus-halo);
  }
  .card:has(a[aria-current='page']) {
    background: var(--_color-primary-subtle);
  }
  .card-country {
    color: var(--_color-text-muted);
  }
  .card-since {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_color-primary-strong);
  }
  .empty {
    color: var(--_color-text-muted);
    font-style: italic;
  }
  @media (forced-colors: active) {
    .link-list a[aria-current='page'] {
      border-inline-start-color: CanvasText;
    }
    .card {
      border: 1px solid CanvasText;
      border-block-start-width: 0.25em;
    }
    .card:has(a:focus-visible) {
      outline-color: Highlight;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .card {
      background: none;
      border: 1px solid;
    }
  }
`;
