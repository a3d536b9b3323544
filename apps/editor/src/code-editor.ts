// The JSON editor: CodeMirror 6 with completion and hover help from the domain's JSON Schema
// (codemirror-json-schema), and the domain's decoder as the one source of errors. The schema
// extension's own linter is left out on purpose: it would report the same problems again,
// worded differently and without the checks the schema cannot express.
import { indentWithTab } from '@codemirror/commands';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorSelection, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { disableErrorLogging } from 'best-effort-json-parser';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import type { LocatedIssue } from './validation.js';

export interface CodeEditorOptions {
  /** Where the editor goes. */
  readonly parent: HTMLElement;
  /** The text to start with. */
  readonly text: string;
  /** The document's JSON Schema: completion and hover help. */
  readonly schema: object;
  /** Attributes of the editable area: its accessible name and description. */
  readonly contentAttributes: Record<string, string>;
  /** Called after every change of the text. */
  readonly onChange: (text: string) => void;
}

/** The editor, as the data editor element drives it. */
export interface CodeEditor {
  readonly view: EditorView;
  /** The current text. */
  text(): string;
  /** Replaces the whole text in one undoable change (Ctrl+Z brings the previous file back). */
  replace(text: string): void;
  /** Shows `issues` as the editor's diagnostics. */
  showIssues(issues: readonly LocatedIssue[]): void;
  /** Selects the range of an issue, scrolls it into view and focuses the editor. */
  reveal(issue: LocatedIssue): void;
  /** New attributes for the editable area (the interface language changed). */
  setContentAttributes(attributes: Record<string, string>): void;
}

// Completion parses the half-typed text with best-effort-json-parser, which logs every
// incomplete document it meets on the console; an incomplete document is normal while typing.
disableErrorLogging();

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '0.9375rem', backgroundColor: 'var(--editor-code-bg, #fff)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", monospace' },
  '&.cm-focused': { outline: '3px solid var(--editor-focus, #0b5cad)', outlineOffset: '-3px' },
  '.cm-gutters': { backgroundColor: 'var(--editor-gutter-bg, #f3f4f6)', color: '#4b5563' },
  '.cm-tooltip': { maxWidth: 'min(36rem, 90vw)' },
});

/** Mounts the editor in `parent`. */
export const createCodeEditor = (options: CodeEditorOptions): CodeEditor => {
  const attributes = new Compartment();
  const extensions: Extension[] = [
    basicSetup,
    // Tab indents; Escape then Tab leaves the editor (CodeMirror's tab focus mode).
    keymap.of([indentWithTab]),
    json(),
    jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
    hoverTooltip(jsonSchemaHover()),
    stateExtensions(options.schema as Parameters<typeof stateExtensions>[0]),
    lintGutter(),
    EditorView.lineWrapping,
    theme,
    attributes.of(EditorView.contentAttributes.of(options.contentAttributes)),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ doc: options.text, extensions, parent: options.parent });
  return {
    view,
    text: () => view.state.doc.toString(),
    replace(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showIssues(issues) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = issues.map((issue) => ({
        from: Math.min(issue.from, length),
        to: Math.min(issue.to, length),
        severity: 'error',
        source: issue.path,
        message: issue.message,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    reveal(issue) {
      const length = view.state.doc.length;
      view.dispatch({
        selection: EditorSelection.single(Math.min(issue.from, length), Math.min(issue.to, length)),
        effects: EditorView.scrollIntoView(Math.min(issue.from, length), { y: 'center' }),
      });
      view.focus();
    },
    setContentAttributes(next) {
      view.dispatch({ effects: attributes.reconfigure(EditorView.contentAttributes.of(next)) });
    },
  };
};
