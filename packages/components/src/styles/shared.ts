import { css } from 'lit';
import { tokenDefaults } from '../generated/tokens.js';

/*
 * What every element shares. A host page's CSS cannot reach into the shadow root, but inherited
 * properties (color, font, line-height, letter-spacing…) and rules on the host element itself
 * can. The host's box (display, margins, width) is the page's to lay out, so it is only a
 * default here: a theme's `margin: auto` or `max-width` on its content column applies. `.root`
 * resets everything inherited; text is sized from `medium`, the reader's browser setting, pinned
 * with !important (which wins over the page), so a page's root font-size does not shrink or grow
 * the kit.
 *
 * Colours, the one rule (ARCHITECTURE.md, "Colours"): every element paints its own surface.
 * `.root` sets the text colour AND the surface behind it from the tokens, so no text sits in a
 * fixed colour on whatever the page has behind it. The scheme: `color-scheme` on the host reads
 * `--muni-color-scheme` (set on the page's :root by data-muni-color-scheme, see
 * internal/page-settings.ts), else `light dark`, which follows the reader's system; the tokens
 * are light-dark() pairs resolved against it. Text size: `--muni-text-scale` (data-muni-text-size).
 */
export const sharedStyles = [
  tokenDefaults,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      min-inline-size: 0;
      font-size: medium !important;
      color-scheme: var(--muni-color-scheme, light dark);
    }
    :host([hidden]) {
      display: none !important;
    }
    /* The wrapper of every render, carrying its lang and dir (see MuniElement#render): no box. */
    .in-language {
      display: contents;
      /* The reader's text size (data-muni-text-size): here, above .root, so that an element's own
         font-size on its root (0.875em, say) scales with it. */
      font-size: calc(1em * var(--muni-text-scale, 1));
    }
    .root {
      all: initial;
      display: block;
      box-sizing: border-box;
      font-family: var(--_font-family);
      /* all: initial resets color-scheme too: take the host's again. */
      color-scheme: inherit;
      font-size: 1em;
      line-height: var(--_font-line-height);
      color: var(--_color-text);
      background-color: var(--_color-surface);
      /* anywhere, not break-word: a long word then also lowers the min-content size, so flex and
         grid items shrink and wrap it instead of overflowing a narrow screen. */
      overflow-wrap: anywhere;
      text-align: start;
      -webkit-text-size-adjust: 100%;
      text-size-adjust: 100%;
    }
    .root *,
    .root *::before,
    .root *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    a {
      color: var(--_color-link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      text-decoration-thickness: max(1px, 0.0625em);
    }
    a:hover {
      text-decoration-thickness: max(3px, 0.1875em);
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline: var(--_focus-width) solid var(--_color-focus);
      outline-offset: 0;
      box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_color-focus-halo);
      border-radius: 2px;
    }
    button {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
    }
    ul,
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    h1, h2, h3, h4, h5, h6, p {
      margin: 0;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px !important;
      block-size: 1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
    }
    .loading {
      min-block-size: var(--_loading-block-size, 3em);
    }
    .error {
      display: block;
      padding: var(--_space-s) var(--_space-m);
      border-inline-start: 0.3125em solid var(--_color-danger);
      background: var(--_color-surface);
      color: var(--_color-text);
      font-weight: 600;
    }
    @media (prefers-reduced-motion: reduce) {
      *, *::before, *::after {
        transition-duration: 0s !important;
        animation-duration: 0s !important;
      }
    }
    @media (forced-colors: active) {
      a:focus-visible, button:focus-visible, summary:focus-visible {
        outline-color: Highlight;
      }
      .error {
        border-color: CanvasText;
      }
    }
  `,
];
