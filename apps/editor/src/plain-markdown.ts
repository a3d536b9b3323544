// Stands in for codemirror-json-schema's Markdown renderer (see vite.config.ts): the domain's
// schema descriptions are plain text with `code` spans. The result goes into innerHTML there,
// so everything is escaped first (with the repository's one escaper: this app is never published).
import { escapeHtml } from '../../../tools/html-escape.js';

/** Escaped text, `code` spans as <code>; a block is one paragraph. */
export function renderMarkdown(markdown: string, inline = true): string {
  const html = escapeHtml(markdown).replace(/`([^`]+)`/gu, '<code>$1</code>');
  return inline ? html : `<p>${html}</p>`;
}
