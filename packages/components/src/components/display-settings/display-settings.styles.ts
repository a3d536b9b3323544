import { css } from 'lit';

export const displaySettingsStyles = css`
  /* Nothing on the page while closed: the dialog is in the top layer when open. */
  .root {
    display: contents;
  }
  dialog {
    /* The top layer inherits from the dialog's parent: the kit's colours, scheme and size. */
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-l);
    inline-size: min(32em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    overflow: auto;
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space-m);
  }
  h2 {
    font-size: var(--_font-size-large);
    line-height: 1.25;
  }
  .close {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    padding: var(--_space-xs) var(--_space-m);
    cursor: pointer;
    min-block-size: 2.75em;
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
  }
  legend {
    font-weight: 600;
    padding-inline: var(--_space-xs);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75em;
    cursor: pointer;
  }
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  input[type='radio']:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_color-focus-halo);
  }
  .note {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    margin-block-end: var(--_space-s);
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
