import { css } from 'lit';

export const megaMenuStyles = css`
  :host {
    /* The loading state reserves the bar's height, in the bar's colour. */
    --_loading-block-size: 3em;
    --_bar-block-size: 3em;
    /*
     * The bar: the brand colour in the light scheme; in the dark one a calm dark surface of the
     * brand's hue (its dark primary is a light tint, made for text, which as a band of colour
     * glares), with the scheme's text on it. light-dark() of light-dark() pairs: each scheme
     * picks its own token.
     */
    --_bar: light-dark(var(--_color-primary), var(--_color-primary-subtle));
    --_on-bar: light-dark(var(--_color-on-primary), var(--_color-text));
    --_bar-strong: light-dark(var(--_color-primary-strong), var(--_color-surface-alt));
  }
  .loading {
    background: var(--_bar);
  }
  /* Very long words wrap rather than widen a flex or grid item past the screen. */
  nav {
    overflow-wrap: anywhere;
  }

  /* ---- the bar (wide layout) ---------------------------------------------------------- */
  .inline-home nav {
    position: relative;
    background: var(--_bar);
    color: var(--_on-bar);
  }
  .inline-home .bar {
    display: flex;
    flex-wrap: wrap;
    max-inline-size: var(--_content-max-width);
    margin-inline: auto;
    padding-inline: var(--_space-s);
  }
  .inline-home .top {
    display: flex;
    align-items: stretch;
    min-inline-size: 0;
  }
  .top-link,
  .toggle,
  .top-label {
    display: flex;
    align-items: center;
    gap: 0.55em;
    min-block-size: var(--_bar-block-size);
    margin: 0;
    padding-block: 0.5em calc(0.5em - 0.25em);
    padding-inline: 0.875em;
    border: 0;
    border-block-end: 0.25em solid transparent;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .top-label {
    cursor: default;
  }
  /* A summary without the disclosure triangle: the chevron is drawn below. */
  .toggle {
    list-style: none;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  /* The hybrid's chevron-only button, beside its section's link. */
  .top-link + .section > .toggle {
    min-inline-size: 2.25em;
    padding-inline: 0.45em 0.7em;
    justify-content: center;
  }
  .top-link:has(+ .section) {
    padding-inline-end: 0.3em;
  }
  .inline-home .top-link:hover,
  .inline-home .toggle:hover {
    background: var(--_bar-strong);
    text-decoration: underline;
    text-decoration-thickness: max(2px, 0.125em);
    text-underline-offset: 0.2em;
  }
  .inline-home .top.current > .top-link,
  .inline-home .top.current > .section > .toggle,
  .inline-home .top > .top-link[aria-current] {
    border-block-end-color: var(--_on-bar);
  }
  .inline-home .top:has(> .section[open]) > .top-link,
  .inline-home .section[open] > .toggle {
    background: var(--_color-surface);
    color: var(--_color-primary);
    border-block-end-color: var(--_color-surface);
  }
  /* The focus ring (shared: dark outline and yellow halo) stays on top of its neighbours. */
  .bar :focus-visible {
    position: relative;
    z-index: 1;
  }

  /* A chevron drawn with two borders: nothing for assistive technology to read. */
  .chevron {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-block-start: -0.25em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s ease-out;
  }
  .section[open] > .toggle > .chevron {
    margin-block: 0.25em 0;
    transform: rotate(225deg);
  }
  /* In right-to-left content border-inline-end is the left border: turned the other way. */
  .chevron:dir(rtl) {
    transform: rotate(-45deg);
  }
  .section[open] > .toggle > .chevron:dir(rtl) {
    transform: rotate(135deg);
  }

  /* ---- the panels ----------------------------------------------------------------------- */
  /*
   * The panel is the content of a native <details>: while closed, in the DOM but skipped by
   * rendering, focus and assistive technology, and found by find-in-page.
   */
  .inline-home .panel {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: 20;
  }
  .inline-home .section[open] > .panel {
    max-block-size: calc(100vh - 8em);
    overflow-y: auto;
    overscroll-behavior: contain;
    /* A stop scrolled into view keeps its focus ring clear of the sticky head and the bottom edge. */
    scroll-padding-block: calc(3.5em + 3 * var(--_focus-width)) calc(3 * var(--_focus-width));
    background: var(--_color-surface);
    color: var(--_color-text);
    border-block-end: 1px solid var(--_color-border);
    box-shadow: 0 0.75em 1.5em -0.5em rgb(31 26 28 / 0.35);
  }
  .inline-home .panel-inner {
    max-inline-size: var(--_content-max-width);
    margin-inline: auto;
    /* Its first column lines up with the first section's label in the bar. */
    padding-block: var(--_space-l) var(--_space-xl);
    padding-inline: calc(var(--_space-s) + 0.875em);
  }
  /*
   * A grid of groups (not CSS columns, whose balancing lays out every link of the panel). Out
   * of the panel's view, groups and links skip style, layout and paint (content-visibility):
   * opening a panel of 2,000 links costs what its visible part costs. Until a group has been
   * shown once, its height is estimated from its number of links (data-links), so that the
   * groups below the fold are known to be there and skipped.
   */
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(15em, 100%), 1fr));
    column-gap: var(--_space-xl);
    align-items: start;
  }
  /* A panel of single links (no groups) flows them in columns, read down as a list. */
  .inline-home .groups:not(:has(> .group)) {
    display: block;
    columns: 15em;
  }
  .single {
    break-inside: avoid;
  }
  /* Items without a marker (list-style: none): no ::marker box to build for each. */
  .groups li {
    display: block;
  }
  .group {
    padding-block-end: var(--_space-l);
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
    contain-intrinsic-block-size: auto calc(4em + attr(data-links type(<number>), 8) * 2.2em);
  }
  /* Not the first links of a list: they are in view when the panel opens, and skipping has a cost. */
  .links li.leaf:nth-child(n + 25),
  .single:nth-child(n + 25) {
    content-visibility: auto;
    contain-intrinsic-size: auto 2.1em;
  }
  /*
   * In a closed panel (content-visibility: hidden, from hidden="until-found") nothing is rendered
   * anyway; WebKit (2.50) would still let Tab into a content-visibility: auto box there, into a
   * link nobody sees, and the focus then falls to the body. So skipping is for open panels only.
   */
  .panel[hidden] .group,
  .panel[hidden] .links li.leaf,
  .panel[hidden] .single {
    content-visibility: visible;
  }
  /*
   * The paint containment that comes with content-visibility must not cut a focus ring (outline
   * and halo: three times --muni-focus-width). A plain length: Chromium ignores calc() here.
   */
  .group,
  .links li.leaf,
  .single {
    overflow-clip-margin: 1em;
  }
  /* An engine without overflow-clip-margin (WebKit 2.50) would cut the ring: no skipping there. */
  @supports not (overflow-clip-margin: 1em) {
    .panel .group,
    .panel .links li.leaf:nth-child(n + 25),
    .panel .single:nth-child(n + 25) {
      content-visibility: visible;
    }
  }
  .group-label {
    display: block;
    margin-block-end: var(--_space-xs);
    padding-block: 0.25em;
    border-block-end: 2px solid var(--_color-primary-subtle);
    color: var(--_color-text);
    font-weight: 700;
  }
  a.group-label {
    color: var(--_color-link);
  }
  .links a,
  .single a {
    display: inline-block;
    padding-block: 0.3em;
  }
  .links.nested {
    padding-inline-start: var(--_space-m);
    font-size: var(--_font-size-small);
  }
  .description {
    display: block;
    margin-block-end: var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .panel a[aria-current='page'] {
    color: var(--_color-text);
    font-weight: 700;
    text-decoration: none;
    border-inline-start: 0.25em solid var(--_color-primary);
    padding-inline-start: 0.5em;
  }

  /* ---- the narrow layout: Menu button and drawer ----------------------------------------- */
  /*
   * Server-rendered and not hydrated yet (the host still carries rendered-lang): the server
   * cannot measure, so it rendered the bar. On a narrow screen, when the script will run, show
   * the layout hydration is going to choose — the Menu button — so that nothing shifts then.
   * Until the script has run, that button opens the bar itself as a popover (its native
   * popovertarget): a sheet at the side with the same sections, which open as they do in the bar.
   */
  @media (scripting: enabled) and (max-width: 47.99em) {
    :host([rendered-lang]) .root:not(.compact) .menu-bar {
      display: block;
    }
    :host([rendered-lang]) .menu-button[hidden] {
      display: inline-flex !important;
    }
    :host([rendered-lang]) .inline-home:not(:popover-open) {
      display: none;
    }
    :host([rendered-lang]) .inline-home:popover-open {
      position: fixed;
      inset-block: 0;
      inset-inline: auto 0;
      inline-size: min(24em, 100% - 3em);
      block-size: 100%;
      overflow-y: auto;
      background: var(--_color-surface);
      box-shadow: 0 0 2em rgb(31 26 28 / 0.35);
    }
  }
  /* The bar's home is a popover only for that moment: closed, it is the bar's place in the page. */
  .inline-home[popover] {
    display: block;
    position: static;
    inset: auto;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: visible;
    background: none;
    color: inherit;
  }
  .root:not(.compact) .menu-bar {
    display: none;
  }
  .menu-bar {
    background: var(--_bar);
    color: var(--_on-bar);
    padding-inline: var(--_space-s);
  }
  .menu-button,
  .close {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75em;
    margin-block: 0.125em;
    padding-inline: 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .menu-button:hover,
  .close:hover {
    background: var(--_bar-strong);
  }
  /* Three bars drawn with borders, which forced-colors mode keeps. */
  .burger {
    position: relative;
    inline-size: 1.125em;
    block-size: 0.875em;
    border-block: 2px solid currentColor;
  }
  .burger::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(50% - 1px);
    border-block-start: 2px solid currentColor;
  }
  .cross {
    position: relative;
    inline-size: 1em;
    block-size: 1em;
  }
  .cross::before,
  .cross::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(50% - 1px);
    border-block-start: 2px solid currentColor;
    transform: rotate(45deg);
  }
  .cross::after {
    transform: rotate(-45deg);
  }

  .drawer {
    position: fixed;
    inset-block: 0;
    inset-inline: auto 0;
    /* A strip of the page stays visible beside it: the backdrop, a click on which closes it. */
    inline-size: min(24em, 100% - 3em);
    max-inline-size: 100%;
    block-size: 100%;
    max-block-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--_color-surface);
    color: var(--_color-text);
    overflow-y: auto;
    overscroll-behavior: contain;
    /* A stop scrolled into view keeps its focus ring clear of the sticky head and the bottom edge. */
    scroll-padding-block: calc(3.5em + 3 * var(--_focus-width)) calc(3 * var(--_focus-width));
    box-shadow: 0 0 2em rgb(31 26 28 / 0.35);
  }
  .drawer::backdrop {
    background: rgb(31 26 28 / 0.55);
  }
  .drawer-head {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m) var(--_space-s);
    background: var(--_bar);
    color: var(--_on-bar);
  }
  .drawer-title {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  /*
   * A row per section: its link, and its summary at the row's end (placed out of the flow, as a
   * <details> holds both the summary and the panel below), or the summary alone across the row.
   */
  .drawer .top {
    position: relative;
    border-block-end: 1px solid var(--_color-border);
  }
  .drawer .top-link:has(+ .section) {
    margin-inline-end: 3em;
  }
  .drawer .top-link,
  .drawer .top-label,
  .drawer .toggle {
    padding-block: 0.5em;
    padding-inline: var(--_space-m);
    border-block-end: 0;
    color: var(--_color-text);
  }
  .drawer .toggle.labelled {
    justify-content: space-between;
  }
  .drawer .top-link + .section > .toggle {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    box-sizing: border-box;
    inline-size: 3em;
    min-inline-size: 3em;
    border-inline-start: 1px solid var(--_color-border);
    color: var(--_color-primary);
  }
  .drawer .top-link:hover,
  .drawer .toggle:hover {
    background: var(--_color-surface-alt);
    text-decoration: underline;
  }
  .drawer .top-link[aria-current],
  .drawer .top.current > .section > .toggle.labelled {
    border-inline-start: 0.25em solid var(--_color-primary);
    padding-inline-start: calc(var(--_space-m) - 0.25em);
  }
  .drawer .top:has(> .section[open]) > .top-link,
  .drawer .section[open] > .toggle {
    background: var(--_color-primary-subtle);
  }
  /*
   * The drawer scrolls, which cuts whatever reaches beyond its box, and its sticky head covers
   * its top: its links and buttons as wide as the drawer draw their focus ring (outline and
   * halo, as everywhere) inside their own box. The links of a panel have room in its padding.
   */
  .drawer .top-link:focus-visible,
  .drawer .toggle:focus-visible {
    outline-offset: calc(-3 * var(--_focus-width));
    box-shadow: inset 0 0 0 calc(var(--_focus-width) * 2) var(--_color-focus-halo);
  }
  .drawer .panel-inner {
    padding-block: var(--_space-s) var(--_space-m);
    padding-inline: var(--_space-l) var(--_space-m);
  }
  .drawer .groups {
    display: block;
  }
  .drawer .group {
    padding-block: var(--_space-s) var(--_space-m);
  }

  @media print {
    :host {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .inline-home nav,
    .menu-bar,
    .drawer-head {
      border-block-end: 1px solid CanvasText;
    }
    .top-link,
    .toggle {
      border-block-end-color: Canvas;
    }
    .inline-home .top.current > .top-link,
    .inline-home .top.current > .section > .toggle,
    .inline-home .top > .top-link[aria-current] {
      border-block-end-color: CanvasText;
    }
    .inline-home .section[open] > .toggle {
      border-block-end-color: Highlight;
    }
    .inline-home .section[open] > .panel {
      border: 1px solid CanvasText;
    }
    .drawer {
      border-inline-start: 1px solid CanvasText;
    }
  }
`;
