import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { defineElement } from '../../internal/define.js';
import { emitDisclosure, type DisclosureEventName } from '../../internal/disclosure-events.js';
import { MuniElement } from '../../internal/muni-element.js';
import {
  applySettings,
  colorSchemes,
  readSettings,
  textSizes,
  writeSettings,
  type ColorScheme,
  type DisplaySettings,
  type TextSize,
} from '../../internal/page-settings.js';
import { sharedStyles } from '../../styles/shared.js';
import { displaySettingsStyles } from './display-settings.styles.js';

/** The focused element, looked for inside shadow roots (the header's link is in one). */
const deepActiveElement = (root: Document | ShadowRoot = document): HTMLElement | null => {
  const active = root.activeElement as HTMLElement | null;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
};

/**
 * The reader's display settings: the colour scheme (light, dark, or the system's) and the text
 * size of every muni-kit element on the page, remembered on the device (localStorage; a
 * browser that refuses storage gets the settings for this page only) and applied as
 * `data-muni-color-scheme` and `data-muni-text-size` on `<html>`. A modal `<dialog>`: Escape or
 * the close button closes it and focus returns to what opened it. The header's accessibility
 * link opens it when the page has one. Links to the municipality's accessibility statement when
 * the data names one (`accessibilityStatementUrl`). Put `muni-kit-head.js` in the page's
 * `<head>` so that remembered settings apply before the first paint.
 *
 * @tagname muni-display-settings
 * @summary Display settings dialog: colour scheme and text size, remembered.
 *
 * @fires muni-show - Before opening; cancelable.
 * @fires muni-after-show - Once open.
 * @fires muni-hide - Before closing; cancelable.
 * @fires muni-after-hide - Once closed, focus returned.
 * @fires muni-error - The data could not be loaded or decoded. `detail`: `{ failure, message }`.
 *
 * @csspart dialog - The dialog.
 * @csspart heading - Its heading.
 * @csspart close - The close button.
 * @csspart statement-link - The link to the accessibility statement.
 *
 * @cssprop --muni-color-surface - Background of the dialog.
 * @cssprop --muni-color-text - Its text.
 * @cssprop --muni-color-border - Its border and the radio buttons' groups.
 */
export class MuniDisplaySettings extends MuniElement {
  static override styles = [sharedStyles, displaySettingsStyles];

  /** Whether the dialog is open. Setting it opens or closes it, with the same events as `show()` and `hide()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Where the settings are remembered; a test or an app can give another Storage. */
  @property({ attribute: false }) storage: () => Storage = () => localStorage;

  @state() private settings: DisplaySettings = readSettings(
    () => ({ getItem: () => null }) as unknown as Storage,
  );
  /** False once storage has refused to keep a choice. */
  @state() private remembered = true;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  private opener: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.ownerDocument.documentElement;
    const stored = readSettings(this.storage);
    // What the page shows now: the head script's (or the page's own) attributes, else the stored choice.
    this.settings = {
      colorScheme: (colorSchemes as readonly string[]).includes(root.dataset.muniColorScheme ?? '')
        ? (root.dataset.muniColorScheme as ColorScheme)
        : stored.colorScheme,
      textSize: (textSizes as readonly string[]).includes(root.dataset.muniTextSize ?? '')
        ? (root.dataset.muniTextSize as TextSize)
        : stored.textSize,
    };
    // Without the head script, the remembered choice still applies (after the first paint).
    if (root.dataset.muniColorScheme === undefined) applySettings(root, this.settings);
  }

  /** Opens the dialog (unless a `muni-show` listener cancels); resolves once it is open. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog (unless a `muni-hide` listener cancels); resolves once it is closed. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  private emit(name: DisclosureEventName): boolean {
    return emitDisclosure(this, name);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Checkedness set here, not bound: the server renders no choice (it cannot know the
    // reader's, and vnu rejects checked="false"), and a hydrated page then shows the remembered one.
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      const current = input.name === 'scheme' ? this.settings.colorScheme : this.settings.textSize;
      input.checked = input.value === current;
    }
    const dialog = this.dialog;
    if (!changed.has('open') || !dialog || this.open === dialog.open) return;
    if (this.open) {
      if (!this.emit('muni-show')) {
        this.open = false;
        return;
      }
      this.opener = deepActiveElement(this.ownerDocument);
      dialog.showModal();
      this.emit('muni-after-show');
    } else {
      if (!this.emit('muni-hide')) {
        this.open = true;
        return;
      }
      dialog.close();
      this.closed();
    }
  }

  /** Once the dialog is closed, whichever way (hide(), or the browser itself closing it). */
  private closed(): void {
    this.opener?.focus();
    this.opener = null;
    this.emit('muni-after-hide');
  }

  /**
   * The browser closes a modal dialog itself on a second Escape without a user action between
   * (its close-watcher rule: the cancel event is then not cancelable).
   */
  private onClose(): void {
    if (!this.open) return;
    this.open = false;
    this.closed();
  }

  private choose(settings: DisplaySettings): void {
    this.settings = settings;
    applySettings(this.ownerDocument.documentElement, settings);
    this.remembered = writeSettings(settings, this.storage);
  }

  /** Escape: through hide(), so that a muni-hide listener can keep it open. */
  private onCancel(event: Event): void {
    event.preventDefault();
    void this.hide();
  }

  private schemeLabel(scheme: ColorScheme): string {
    return scheme === 'light'
      ? msg('Light')
      : scheme === 'dark'
        ? msg('Dark')
        : msg('As on this device');
  }

  private radios<V extends string>(
    name: string,
    values: readonly V[],
    label: (value: V) => string,
    pick: (value: V) => void,
  ) {
    return values.map(
      (value) =>
        html`<label class="choice">
          <input type="radio" name=${name} value=${value} @change=${() => pick(value)} />
          <span>${label(value)}</span>
        </label>`,
    );
  }

  protected override renderContent(municipality: Municipality): TemplateResult {
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent' });
    const statement = municipality.accessibilityStatementUrl;
    return html`<div class="root">
      <dialog
        part="dialog"
        aria-labelledby="heading"
        @cancel=${this.onCancel}
        @close=${this.onClose}
      >
        <div class="header">
          <h2 id="heading" part="heading">${msg('Display settings')}</h2>
          <button type="button" class="close" part="close" @click=${() => void this.hide()}>
            ${msg('Close')}
          </button>
        </div>
        <fieldset>
          <legend>${msg('Colour scheme')}</legend>
          ${this.radios(
            'scheme',
            colorSchemes,
            (s) => this.schemeLabel(s),
            (colorScheme) => this.choose({ ...this.settings, colorScheme }),
          )}
        </fieldset>
        <fieldset>
          <legend>${msg('Text size')}</legend>
          ${this.radios(
            'size',
            textSizes,
            (s) => percent.format(Number(s) / 100),
            (textSize) => this.choose({ ...this.settings, textSize }),
          )}
        </fieldset>
        <p class="note" role="status">
          ${
            this.remembered
              ? msg('Your choice is remembered on this device.')
              : msg(
                  'This browser does not let the page remember your choice: it applies to this page only.',
                )
          }
        </p>
        ${statement ? html`<p><a part="statement-link" href=${statement}>${msg('Accessibility statement')}</a></p>` : nothing}
      </dialog>
    </div>`;
  }
}

defineElement('muni-display-settings', MuniDisplaySettings);

declare global {
  interface HTMLElementTagNameMap {
    'muni-display-settings': MuniDisplaySettings;
  }
}
