import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '@muni-kit/domain/localized-text.js';
import { languageSelfName, type Locale } from '@muni-kit/domain/locale.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';

/** What the utility bar needs from the header. */
export interface UtilityBarContext {
  readonly municipality: Municipality;
  /** The header's language: its version is the current one of the switch. */
  readonly locale: Locale;
  readonly textIn: (value: LocalizedText) => TemplateResult | string;
  /** Whether the page has display settings for the accessibility link to open (a dialog). */
  readonly opensSettings: boolean;
  readonly openDisplaySettings: (event: MouseEvent) => void;
}

/**
 * The bar above the name: the service links (the accessibility link opens the page's display
 * settings where it has them) and the switch between the language versions of the site.
 */
export const renderUtilityBar = ({
  municipality,
  locale,
  textIn,
  opensSettings,
  openDisplaySettings,
}: UtilityBarContext): TemplateResult => {
  const versions = municipality.languageVersions;
  return html`<div class="utility-bar" part="utility-bar">
    <div class="container utility-layout">
      ${
        municipality.utilityLinks.length > 0
          ? html`<nav class="utility-links" aria-label=${msg('Service links')}>
              <ul>
                ${municipality.utilityLinks.map(
                  (link) =>
                    html`<li>
                      <a
                        part="utility-link"
                        href=${link.url}
                        aria-haspopup=${link.kind === 'accessibility' && opensSettings ? 'dialog' : nothing}
                        @click=${link.kind === 'accessibility' ? openDisplaySettings : nothing}
                        >${textIn(link.label)}</a
                      >
                    </li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }
      ${
        versions.length > 1
          ? html`<div
              class="language-switch"
              part="language-switch"
              role="group"
              aria-label=${msg('Language')}
            >
              <ul>
                ${versions.map((version) => {
                  const name = languageSelfName(version.locale);
                  return html`<li>
                    ${
                      version.locale === locale
                        ? html`<span
                            part="language"
                            class="current"
                            aria-current="true"
                            lang=${version.locale}
                            >${name}</span
                          >`
                        : html`<a
                            part="language"
                            href=${version.url}
                            hreflang=${version.locale}
                            lang=${version.locale}
                            >${name}</a
                          >`
                    }
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
    </div>
  </div>`;
};
