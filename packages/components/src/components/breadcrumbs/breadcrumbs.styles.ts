import { css } from 'lit';

export const breadcrumbsStyles = css`
  .root {
    container-type: inline-size;
    font-size: var(--_font-size-small);
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) 0;
    padding-block: var(--_space-s);
  }
  li {
    display: flex;
    align-items: center;
    min-block-size: max(24px, 1.5em); /* a 24 px target at least, never from the host root font size */
  }
  li + li::before {
    /* A drawn chevron, not a character: nothing for assistive technology to read. */
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline: 0.55em 0.65em;
    border-block-start: 1.5px solid var(--_color-text-muted);
    border-inline-end: 1.5px solid var(--_color-text-muted);
    transform: rotate(45deg);
  }
  /* The separator's own direction: a right-to-left page around left-to-right content does not turn it. */
  li + li:dir(rtl)::before {
    transform: rotate(-45deg);
  }
  a {
    display: inline-block;
    padding-block: 0.25em;
  }
  a[aria-current='page'] {
    color: var(--_color-text);
    text-decoration: none;
    font-weight: 600;
  }
  .more {
    display: none;
  }
  .more button {
    min-inline-size: 1.75em;
    min-block-size: 1.75em;
    padding: 0 0.4em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-link);
    cursor: pointer;
  }
  @container (max-width: 36em) {
    ol:not(.expanded) .middle {
      display: none;
    }
    ol:not(.expanded) .more {
      display: flex;
    }
  }
  @media print {
    .more {
      display: none !important;
    }
  }
  /* Server-rendered HTML without JavaScript: the button cannot expand, so show every level. */
  @media (scripting: none) {
    ol .more {
      display: none;
    }
    ol .middle {
      display: flex;
    }
  }
`;
