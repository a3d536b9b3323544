import { css } from 'lit';

/*
 * The line and the dots are borders, not backgrounds, so that they stay visible in forced
 * colours; they sit at the inline start, so the timeline mirrors itself in right-to-left text.
 *
 *   |<- 0.75em: the centre of the line
 *   |<------ 2.25em: where the text starts
 */
export const timelineStyles = css`
  :host {
    --_loading-block-size: 24em;
    --_rail: 0.75em;
    --_indent: 2.25em;
    /* From the top of an event to the middle of its first line, where its dot sits. */
    --_dot: 0.75em;
    /* The year heading and its margin (a year never wraps). */
    --_heading-block-size: calc(var(--_font-size-large) * 1.3 + var(--_space-s));
  }
  /*
   * List items without a marker (the lists have list-style: none): as display: list-item each
   * would still carry a ::marker box, and a language switch (the marker's text depends on the
   * language) rebuilds every one of them: tens of milliseconds in a long history.
   */
  .group,
  .event {
    display: block;
  }
  .group {
    position: relative;
    padding-inline: var(--_indent) 0.5em;
    padding-block-end: var(--_space-l);
  }
  /*
   * A long history (see MuniTimeline#layOutProgressively): until a group is laid out, its list
   * of events skips layout and paint when off screen, the year heading does not. The list
   * reaches back over the group's indent, so that its paint containment does not cut the
   * events' dots there, nor (a plain length: see mega-menu) a link's focus ring. The last group
   * draws its line below the list's top and is never skipped.
   */
  .progressive .group:not(:last-child) .events {
    margin-inline-start: calc(-1 * var(--_indent));
    padding-inline-start: var(--_indent);
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
    overflow-clip-margin: 1em;
  }
  .progressive .group.laid-out .events {
    content-visibility: visible;
  }
  /*
   * The line: each group draws it from its top to its end, so the groups join into one line
   * that starts at the first dot. The last group draws it in segments from dot to dot, so that
   * the line ends at the last event.
   */
  .group::before,
  .group:last-child .events::before,
  .group:last-child .event:not(:last-child)::after {
    content: '';
    position: absolute;
    border-inline-start: 2px solid var(--_color-border);
  }
  .group::before {
    inset-block: 0;
    inset-inline-start: calc(var(--_rail) - 1px);
  }
  .group:first-child::before {
    inset-block-start: var(--_dot);
  }
  .group:last-child {
    padding-block-end: 0;
  }
  .group:last-child::before {
    display: none;
  }
  .group:last-child .events {
    position: relative;
  }
  /* From the top of the last group (its year's dot, or the group above) to its first event. */
  .group:last-child .events::before {
    inset-block-start: calc(-1 * var(--_heading-block-size));
    block-size: calc(var(--_heading-block-size) + var(--_dot));
    inset-inline-start: calc(var(--_rail) - var(--_indent) - 1px);
  }
  .group.undated:last-child .events::before {
    inset-block-start: 0;
    block-size: var(--_dot);
  }
  .group:first-child.undated:last-child .events::before {
    display: none;
  }
  .group:last-child .event:not(:last-child)::after {
    inset-block: var(--_dot) calc(-1 * (var(--_space-m) + var(--_dot)));
    inset-inline-start: calc(var(--_rail) - var(--_indent) - 1px);
  }
  /* The year's dot: large and filled. */
  .group:not(.undated)::after {
    content: '';
    position: absolute;
    inset-block-start: 0.375em;
    inset-inline-start: calc(var(--_rail) - 0.4375em);
    inline-size: 0.875em;
    block-size: 0.875em;
    border: 0.4375em solid var(--_color-primary);
    border-radius: 50%;
  }
  .year {
    margin-block-end: var(--_space-s);
    font-size: var(--_font-size-large);
    line-height: 1.3;
    font-weight: 700;
    color: var(--_color-primary);
    font-variant-numeric: tabular-nums;
  }
  .events {
    display: grid;
    gap: var(--_space-m);
  }
  .event {
    position: relative;
    max-inline-size: 42em;
  }
  /* Each event's dot: small and hollow, on the line. */
  .event::before {
    content: '';
    position: absolute;
    inset-block-start: calc(var(--_dot) - 0.3125em);
    inset-inline-start: calc(var(--_rail) - var(--_indent) - 0.3125em);
    z-index: 1;
    inline-size: 0.625em;
    block-size: 0.625em;
    border: 2px solid var(--_color-primary);
    border-radius: 50%;
    background: var(--_color-surface);
  }
  .undated .event::before {
    border-style: dotted;
    border-color: var(--_color-text-muted);
  }
  .date {
    display: block;
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_color-text-muted);
  }
  .empty {
    color: var(--_color-text-muted);
    font-style: italic;
  }
  @media (forced-colors: active) {
    .group::before,
    .events::before,
    .event::before,
    .event::after {
      border-color: CanvasText;
    }
    .group:not(.undated)::after {
      border-color: CanvasText;
    }
  }
  @media print {
    .group {
      break-inside: avoid;
    }
    .progressive .group:not(:last-child) .events {
      content-visibility: visible;
    }
  }
`;
