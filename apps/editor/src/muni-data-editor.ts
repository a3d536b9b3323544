// <muni-data-editor>: the data editor app. A municipality file in CodeMirror, checked by the
// domain's decoder as it is typed, its problems listed with their paths (each one a button to
// the place), and every element previewed with the last valid state, in each of its languages.
// Rendered into the light DOM: CodeMirror and the page's stylesheet (editor.css) style it.
import type { Municipality } from '@muni-kit/domain';
import schema from '@muni-kit/domain/schema/municipality.schema.json';
import kazanlakText from '@muni-kit/domain/data/kazanlak.json?raw';
import { msg, str } from '@lit/localize';
import { makeDocument } from 'create-muni-kit/document.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { createCodeEditor, type CodeEditor } from './code-editor.js';
import {
  canPickFiles,
  download,
  keepDraft,
  loadDraft,
  pickFile,
  readFile,
  saveInPlace,
  type OpenedFile,
} from './files.js';
import {
  inLocale,
  initialInterfaceLocale,
  interfaceLocales,
  rememberInterfaceLocale,
  type InterfaceLocale,
} from './localization.js';
import { languagePicker, renderPreviewPane, renderProblems } from './panels.js';
import { documentLanguages } from './preview.js';
import { checkDocument, type LocatedIssue } from './validation.js';

/** How long typing pauses before the document is checked again. */
const checkDelay = 250;

/** Where the example's relative URLs (its coat of arms) resolve: the build puts them there. */
const exampleBase = new URL('examples/', document.baseURI).href;

@customElement('muni-data-editor')
export class MuniDataEditor extends LitElement {
  @state() private uiLocale: InterfaceLocale = initialInterfaceLocale();
  @state() private fileName = 'kazanlak.json';
  @state() private issues: readonly LocatedIssue[] = [];
  /** The last document that decoded; the preview shows it. */
  @state() private lastValid: Municipality | undefined;
  @state() private previewLang = '';
  @state() private status = '';

  private editor: CodeEditor | undefined;
  private handle: FileSystemFileHandle | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override firstUpdated(): void {
    const draft = loadDraft();
    if (draft) this.fileName = draft.name;
    this.editor = createCodeEditor({
      parent: this.querySelector<HTMLElement>('.code')!,
      text: draft?.text ?? kazanlakText,
      schema,
      contentAttributes: this.contentAttributes(),
      onChange: () => this.scheduleCheck(),
    });
    this.check();
    // Delegated: the links are the preview elements' (Enter on a link is a click too).
    this.querySelector('.preview')?.addEventListener('click', (event) =>
      this.previewClick(event as MouseEvent),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('uiLocale' as keyof MuniDataEditor)) {
      document.documentElement.lang = this.uiLocale;
      document.title = inLocale(this.uiLocale, () => msg('Data editor – muni-kit'));
      this.editor?.setContentAttributes(this.contentAttributes());
    }
  }

  /** The editable area's name and description, in the interface language. */
  private contentAttributes(): Record<string, string> {
    return inLocale(this.uiLocale, () => ({
      'aria-label': msg('Municipality data (JSON)'),
      'aria-describedby': 'editor-keys',
      // Tabbable already (contenteditable); said explicitly for checkers of scrollable regions.
      tabindex: '0',
    }));
  }

  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), checkDelay);
  }

  /** Decodes the text, shows its problems, keeps the draft, updates the preview when valid. */
  private check(): void {
    if (!this.editor) return;
    const text = this.editor.text();
    keepDraft(this.fileName, text);
    const result = checkDocument(text, exampleBase);
    this.issues = result.ok ? [] : result.issues;
    this.editor.showIssues(this.issues);
    if (result.ok) {
      this.lastValid = result.value;
      const languages = documentLanguages(result.value);
      if (!languages.includes(this.previewLang)) this.previewLang = result.value.defaultLocale;
    }
  }

  /** Puts a file in the editor (one undoable change) and checks it at once. */
  private load(file: OpenedFile, status: string): void {
    this.fileName = file.name;
    this.handle = file.handle;
    this.previewLang = ''; // the new file's default language
    this.editor?.replace(file.text);
    clearTimeout(this.checkTimer);
    this.check();
    this.status = status;
  }

  private startNew(): void {
    const languages = this.uiLocale === 'en' ? ['en'] : [this.uiLocale, 'en'];
    const name = inLocale(this.uiLocale, () => msg('New municipality'));
    const country = this.uiLocale === 'mk' ? 'MK' : 'BG';
    const value = makeDocument(
      { name, languages, id: 'new-municipality', country },
      'coat-of-arms.svg',
    );
    this.load(
      { name: 'municipality.json', text: `${JSON.stringify(value, null, 2)}\n` },
      inLocale(this.uiLocale, () => msg('Started a new file.')),
    );
  }

  private startExample(): void {
    this.load(
      { name: 'kazanlak.json', text: kazanlakText },
      inLocale(this.uiLocale, () => msg('Opened the Kazanlak example.')),
    );
  }

  private opened = (file: OpenedFile | undefined): void => {
    if (file)
      this.load(
        file,
        inLocale(this.uiLocale, () => msg(str`Opened ${file.name}.`)),
      );
  };

  private async open(): Promise<void> {
    if (canPickFiles()) this.opened(await pickFile());
    else this.querySelector<HTMLInputElement>('#open-file')?.click();
  }

  private async fileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.opened(await readFile(file));
    input.value = '';
  }

  private async save(): Promise<void> {
    const text = this.editor?.text() ?? '';
    if (!canPickFiles()) return this.download();
    const handle = await saveInPlace(this.fileName, text, this.handle);
    if (!handle) return;
    this.handle = handle;
    this.fileName = handle.name;
    this.status = inLocale(this.uiLocale, () => msg(str`Saved ${handle.name}.`));
  }

  private download(): void {
    download(this.fileName, this.editor?.text() ?? '');
    this.status = inLocale(this.uiLocale, () => msg(str`Downloaded ${this.fileName}.`));
  }

  /**
   * A link of the preview does not leave the editor: the header's language switch shows the
   * preview in that language, other links do nothing (a skip link within the page still works).
   */
  private previewClick(event: MouseEvent): void {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || (link.getAttribute('href') ?? '').startsWith('#')) return;
    event.preventDefault();
    if (this.lastValid && documentLanguages(this.lastValid).includes(link.hreflang))
      this.previewLang = link.hreflang;
  }

  private chooseInterface(locale: InterfaceLocale): void {
    this.uiLocale = locale;
    rememberInterfaceLocale(this.uiLocale);
  }

  protected override render() {
    return inLocale(this.uiLocale, () => this.renderApp());
  }

  private renderApp() {
    const count = this.issues.length;
    return html`
      <header class="app-bar">
        <p class="app-name"><span class="app-kit">muni-kit</span> ${msg('Data editor')}</p>
        ${languagePicker(
          msg('Interface language'),
          'interface-language',
          interfaceLocales,
          this.uiLocale,
          (locale) => this.chooseInterface(locale as InterfaceLocale),
        )}
      </header>
      <main class="app-main">
        <h1>${msg('Edit your municipality’s data')}</h1>
        <p class="lead">
          ${msg(
            'Everything stays in this browser: nothing is sent anywhere. Open your data file or start one, correct what the list of problems names, watch the preview, and save the file.',
          )}
        </p>
        <div class="toolbar" role="group" aria-label=${msg('File')}>
          <button type="button" @click=${() => this.startNew()}>${msg('New')}</button>
          <button type="button" @click=${() => this.startExample()}>
            ${msg('Start from the Kazanlak example')}
          </button>
          <button type="button" @click=${() => this.open()}>${msg('Open…')}</button>
          <input
            id="open-file"
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            tabindex="-1"
            aria-label=${msg('Open…')}
            @change=${this.fileChosen}
          />
          ${
            canPickFiles()
              ? html`<button type="button" class="primary" @click=${() => this.save()}>
                  ${msg('Save')}
                </button>`
              : nothing
          }
          <button
            type="button"
            class=${canPickFiles() ? '' : 'primary'}
            @click=${() => this.download()}
          >
            ${msg('Download .json')}
          </button>
          <p class="status" role="status">${this.status}</p>
        </div>
        <div class="workspace">
          <section class="source" aria-labelledby="source-heading">
            <h2 id="source-heading">
              ${msg('Data file')} <span class="file-name">${this.fileName}</span>
            </h2>
            <p id="editor-keys" class="hint">
              ${msg(
                'Ctrl+Space suggests the fields and values the file may have; hover a name for its description. Tab indents: to leave the editor with the keyboard, press Escape, then Tab.',
              )}
            </p>
            <div class="code"></div>
            ${renderProblems(this.issues, this.uiLocale, (issue) => this.editor?.reveal(issue))}
          </section>
          <section class="preview" aria-labelledby="preview-heading">
            ${renderPreviewPane(this.lastValid, count > 0, this.previewLang, (lang) => (this.previewLang = lang))}
          </section>
        </div>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'muni-data-editor': MuniDataEditor;
  }
}
