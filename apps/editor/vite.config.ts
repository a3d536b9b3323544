import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
/** A file of the domain's data folder (its exports name the JSON files only). */
const domainData = (file: string) =>
  join(dirname(require.resolve('@muni-kit/domain/data/kazanlak.json')), file);

/**
 * The service worker (src/service-worker.js), with the list of every file the build wrote, so
 * that one visit caches the whole app and it opens offline afterwards. Its cache name is a hash
 * of that list: a new build installs a new cache and drops the old one.
 */
const serviceWorker = (): Plugin => ({
  name: 'muni-editor-service-worker',
  apply: 'build',
  generateBundle(_options, bundle) {
    const files = [
      './',
      'index.html',
      ...Object.keys(bundle).filter((file) => !file.endsWith('.map')),
    ].sort();
    const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
    const source = readFileSync(new URL('src/service-worker.js', import.meta.url), 'utf8')
      .replace("'@@FILES@@'", JSON.stringify(files))
      .replace('@@VERSION@@', version);
    this.emitFile({ type: 'asset', fileName: 'sw.js', source });
  },
});

/** The Kazanlak example's coat of arms, beside where the example's relative URLs resolve. */
const exampleImages = (): Plugin => ({
  name: 'muni-editor-example-images',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'examples/kazanlak-coat-of-arms.svg',
      source: readFileSync(domainData('kazanlak-coat-of-arms.svg')),
    });
  },
});

/**
 * Two parts of codemirror-json-schema that a JSON editor does not use, replaced at build time:
 * its Markdown renderer (markdown-it and Shiki, about 1 MB of grammars and themes, for
 * descriptions that are plain text here: src/plain-markdown.ts escapes them and keeps `code`
 * spans), and its YAML and JSON5 parsers (about 340 KB of source), which its parser switch
 * imports whatever the mode.
 */
const jsonOnlySchemaExtension = (): Plugin => ({
  name: 'muni-editor-json-only-schema-extension',
  enforce: 'pre',
  resolveId(id, importer) {
    if (!importer?.includes('codemirror-json-schema')) return undefined;
    if (id === '../utils/markdown')
      return fileURLToPath(new URL('src/plain-markdown.ts', import.meta.url));
    if (id === '../parsers')
      return `\0json-only-parsers:${join(dirname(importer), '../parsers/json-parser.js')}`;
    return undefined;
  },
  load(id) {
    if (!id.startsWith('\0json-only-parsers:')) return undefined;
    const jsonParser = id.slice('\0json-only-parsers:'.length);
    return `import { parseJSONDocumentState } from ${JSON.stringify(jsonParser)};\nexport const getDefaultParser = () => parseJSONDocumentState;\n`;
  },
});

export default defineConfig({
  // Relative URLs everywhere: the editor works from any folder (the docs serve it at /editor/).
  base: './',
  build: {
    target: 'es2022',
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
  },
  plugins: [jsonOnlySchemaExtension(), exampleImages(), serviceWorker()],
});
