// Prerenders the demo pages in apps/embed/dist after `vite build`: every muni-kit element in a
// page is replaced by its server-rendered HTML (declarative shadow DOM), so that the page shows
// the header, menu, breadcrumbs, card, timeline, side navigation and footer before (and
// without) JavaScript; the bundle then hydrates them.
//
// For each page X.html it writes X.html in the page's language and, for each other language of
// the data, X.<lang>.html (scripts/serve.js serves it for X.html?lang=<lang>).
//
// Last, it writes the precompressed copies (.br, .gz) of every text file in dist that a web
// server sends instead of compressing on each request (scripts/precompress.js).
//
// Usage: node scripts/prerender.js [--now <ISO instant>] [--inline-styles]   (default: the time of the build;
// the header's date and the footer's "open now" show that moment until the bundle hydrates them)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unescapeHtml } from '../../../tools/html-escape.js';
import { precompress } from './precompress.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const pages = fileURLToPath(new URL('../pages/', import.meta.url));
const nowFlag = process.argv.indexOf('--now');
const now = nowFlag > 0 ? new Date(process.argv[nowFlag + 1]) : new Date();
if (Number.isNaN(now.getTime())) throw new Error(`--now: not a date: ${process.argv[nowFlag + 1]}`);

const {
  renderElement,
  renderStructuredData,
  checkRenderable,
  elementNames,
  elementStylesheet,
  sharedStylesheet,
} = await import('@muni-kit/components/server/render.js');

// The shadow roots link their stylesheets instead of holding inline <style> elements, which the
// demo's strict Content Security Policy (style-src 'self') blocks: first the rules every element
// shares (dist/styles/muni-shared.css, downloaded and parsed once for all), then the element's
// own (dist/styles/<element>.css).
mkdirSync(join(dist, 'styles'), { recursive: true });
writeFileSync(join(dist, 'styles', 'muni-shared.css'), sharedStylesheet());
for (const element of elementNames)
  writeFileSync(join(dist, 'styles', `${element}.css`), elementStylesheet(element, { own: true }));
// `--inline-styles`: inline <style> elements instead (for comparing; the strict CSP blocks them).
const shadowStylesheet = process.argv.includes('--inline-styles')
  ? undefined
  : (element) => ['styles/muni-shared.css', `styles/${element}.css`];

const elementPattern =
  /<(muni-[a-z-]+)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/\1>/gu;
const attributePattern = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/gu;

const documents = new Map();
/** The data file an element names with `src`, read from dist (where the page is served from). */
const dataFor = (src, page) => {
  if (!documents.has(src)) {
    const file = join(dist, src);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const checked = checkRenderable(data);
    if (!checked.ok) {
      throw new Error(
        `${page}: ${src} is not valid:\n${checked.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
      );
    }
    documents.set(src, { data, value: checked.value });
  }
  return documents.get(src);
};

/** Replaces every muni-kit element in `html` (and in its light DOM) by its server rendering. */
const prerender = (html, pageLanguage, page) =>
  html.replace(elementPattern, (whole, element, attributeText, children) => {
    const attributes = {};
    for (const [, name, value] of attributeText.matchAll(attributePattern))
      attributes[name] = unescapeHtml(value ?? '');
    if (!attributes.src) throw new Error(`${page}: <${element}> has no src to prerender from`);
    const rendered = renderElement({
      element,
      data: dataFor(attributes.src, page).data,
      attributes,
      now,
      pageLanguage,
      shadowStylesheet,
      children: prerender(children, pageLanguage, page),
    });
    if (rendered.includes('part="error" role="alert"'))
      throw new Error(`${page}: <${element}> rendered its error message`);
    return rendered;
  });

for (const file of readdirSync(pages).filter((name) => name.endsWith('.html'))) {
  const source = readFileSync(join(pages, file), 'utf8');
  const language = /<html[^>]*\blang="([^"]+)"/u.exec(source)?.[1] ?? 'en';
  const sources = [...source.matchAll(/\bsrc="([^"]+\.json)"/gu)].map((match) => match[1]);
  const languages = new Set([language]);
  for (const src of sources)
    for (const version of dataFor(src, file).value.languageVersions) languages.add(version.locale);
  for (const lang of languages) {
    let html = source.replace(/(<html[^>]*\blang=")[^"]+"/u, `$1${lang}"`);
    // The page's title in that language, if the page gives one: <meta name="muni-title" lang="en" content="…">
    const title = new RegExp(`<meta name="muni-title" lang="${lang}" content="([^"]*)"`, 'u').exec(
      html,
    )?.[1];
    if (title) html = html.replace(/<title>[^<]*<\/title>/u, `<title>${title}</title>`);
    // The municipality as schema.org JSON-LD (offices, hours, the next twelve months' holidays),
    // from the page's first data file, in the page's language.
    if (sources[0])
      html = html.replace(
        /<\/head>/u,
        // A function, so that "$&" in the data is not read as a replacement pattern.
        () =>
          `  ${renderStructuredData(dataFor(sources[0], file).data, { lang, now, src: sources[0] })}\n  </head>`,
      );
    const out = lang === language ? file : file.replace(/\.html$/u, `.${lang}.html`);
    writeFileSync(join(dist, out), prerender(html, lang, file));
    console.log(`prerendered dist/${out} (${lang})`);
  }
}

const compressed = await precompress(dist);
console.log(`precompressed ${compressed.length} files of dist (.br, .gz)`);
