// The editor's two panels besides the code: the list of problems (each a button to its place)
// and the preview with its language picker. Rendered inside the element's `inLocale`.
import type { Municipality } from '@muni-kit/domain';
import { languageSelfName } from '@muni-kit/domain/locale.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { documentLanguages, renderPreview } from './preview.js';
import type { LocatedIssue } from './validation.js';

/** A labelled picker of languages, each named in itself ("Български", "English"). */
export const languagePicker = (
  label: string,
  className: string,
  languages: readonly string[],
  selected: string,
  onChange: (language: string) => void,
): TemplateResult =>
  html`<label class=${className}
    >${label}
    <select @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${languages.map(
        (language) =>
          html`<option value=${language} lang=${language} ?selected=${language === selected}>
            ${languageSelfName(language)}
          </option>`,
      )}
    </select></label
  >`;

/** The problems of the document, announced politely as they change. */
export const renderProblems = (
  issues: readonly LocatedIssue[],
  locale: string,
  onReveal: (issue: LocatedIssue) => void,
): TemplateResult => {
  const count = new Intl.NumberFormat(locale).format(issues.length);
  return html`<section class="problems" aria-labelledby="problems-heading" aria-live="polite">
    <h2 id="problems-heading">${msg('Problems')}</h2>
    <p class=${issues.length === 0 ? 'summary ok' : 'summary bad'}>
      ${
        issues.length === 0
          ? msg('No problems: the file is valid.')
          : msg(str`Problems to correct: ${count}. Choose one to go to its place in the file.`)
      }
    </p>
    ${
      issues.length === 0
        ? nothing
        : html`<ol class="issue-list">
            ${issues.map(
              (issue) =>
                html`<li>
                  <button type="button" class="issue" @click=${() => onReveal(issue)}>
                    <code class="issue-path">${issue.path}</code>
                    <span class="issue-message">${issue.message}</span>
                  </button>
                </li>`,
            )}
          </ol>`
    }
  </section>`;
};

/** The preview of the last valid document, with a note when the text has problems now. */
export const renderPreviewPane = (
  value: Municipality | undefined,
  hasProblems: boolean,
  previewLang: string,
  onLanguage: (language: string) => void,
): TemplateResult => {
  const languages = value ? documentLanguages(value) : [];
  return html`<div class="preview-bar">
      <h2 id="preview-heading">${msg('Preview')}</h2>
      ${
        languages.length > 1
          ? languagePicker(
              msg('Language of the preview'),
              'preview-language',
              languages,
              previewLang,
              onLanguage,
            )
          : nothing
      }
    </div>
    ${
      hasProblems && value
        ? html`<p class="stale" role="note">
            ${msg('The file has problems: the preview shows its last valid state.')}
          </p>`
        : nothing
    }
    ${
      value
        ? renderPreview(value, previewLang || value.defaultLocale, 'preview-content')
        : html`<p class="stale" role="note">
            ${msg('The preview appears once the file is valid.')}
          </p>`
    }`;
};
