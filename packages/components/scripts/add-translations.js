#!/usr/bin/env node
// Fills the missing <target> elements of an XLIFF file from a JSON object
// { "English source": "translation" }, then says which messages still have none.
//
//   node scripts/add-translations.js xliff/mk.xlf translations.json
//
// Run `npx lit-localize extract` first. In the JSON, a source's placeholders are written {0}, {1}…
// (its <x id="0" …/> elements) and the translation puts the same {n} where the values go. The
// XLIFF is read and written with an XML parser (the one lit-localize itself uses), so
// escaping and the placeholders' attributes survive as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

// (xmldom's node lists are array-like, not iterable: hence Array.from.)

/** The source of a <source> or <target> as the JSON writes it: text with {n} for placeholders. */
const plain = (element) =>
  Array.from(element.childNodes)
    .map((node) =>
      node.nodeType === node.ELEMENT_NODE && node.localName === 'x'
        ? `{${node.getAttribute('id')}}`
        : node.textContent,
    )
    .join('');

/**
 * Adds translations to the XLIFF text `xliff` and returns the new text with the sources that
 * still have no translation. A unit that has a target keeps it.
 */
export const addTranslations = (xliff, translations) => {
  const document = new DOMParser().parseFromString(xliff, 'text/xml');
  const missing = [];
  for (const unit of Array.from(document.getElementsByTagName('trans-unit'))) {
    if (unit.getElementsByTagName('target').length > 0) continue;
    const source = unit.getElementsByTagName('source')[0];
    const key = plain(source);
    const translation = translations[key];
    if (translation === undefined) {
      missing.push(key);
      continue;
    }
    const placeholders = new Map(
      Array.from(source.getElementsByTagName('x')).map((x) => [x.getAttribute('id'), x]),
    );
    const target = document.createElementNS(source.namespaceURI, 'target');
    for (const part of translation.split(/(\{\d+\})/u)) {
      const id = /^\{(\d+)\}$/u.exec(part)?.[1];
      if (id !== undefined && !placeholders.has(id))
        throw new Error(`"${key}": the translation names {${id}}, which the source has not`);
      target.appendChild(
        id !== undefined ? placeholders.get(id).cloneNode(true) : document.createTextNode(part),
      );
    }
    // On a line of its own after the source, indented as lit-localize writes it.
    unit.insertBefore(document.createTextNode('\n  '), source.nextSibling);
    unit.insertBefore(target, source.nextSibling.nextSibling);
  }
  // The serializer drops the newline that ends the file.
  const serialized = new XMLSerializer().serializeToString(document);
  return {
    xliff: xliff.endsWith('\n') && !serialized.endsWith('\n') ? `${serialized}\n` : serialized,
    missing,
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, translationsPath] = process.argv.slice(2);
  if (!path || !translationsPath) {
    console.error('Usage: node scripts/add-translations.js xliff/<locale>.xlf translations.json');
    process.exit(2);
  }
  const { xliff, missing } = addTranslations(
    readFileSync(path, 'utf8'),
    JSON.parse(readFileSync(translationsPath, 'utf8')),
  );
  writeFileSync(path, xliff);
  console.log(
    `${missing.length} messages of ${path} without a translation${missing.length ? `:\n  ${missing.join('\n  ')}` : ''}`,
  );
}
