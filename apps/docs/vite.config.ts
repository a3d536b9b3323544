import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { escapeHtml } from '../../tools/html-escape.js';
import { flattenTokens, fragments, paths, cssValue } from './scripts/generate-reference.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Every page of the site: the HTML files beside this config. */
const pages = readdirSync(here).filter((file) => file.endsWith('.html'));

/**
 * The strict policy of the security page, which the built pages are served with (a meta element
 * cannot carry frame-ancestors or reporting, but everything the kit relies on is here). Not in
 * development: Vite's dev server injects inline styles.
 */
// connect-src: the example data's weather feed (Open-Meteo), which the theming page's header shows.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https://api.open-meteo.com; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The project's repository; the same URL is in public/site.json (header and footer links). */
const repository = 'https://github.com/muni-kit/muni-kit';

/*
 * Every page is the same skeleton around its own title, description and article, written once
 * here; the kit's own elements make the header, navigation and footer, all from
 * public/site.json. A page says where they go with markers:
 *
 *   <!-- docs:head -->         first in <head>: charset, the policy, viewport, icon, the script
 *   <!-- docs:page -->         the site header with the mega-menu, the section navigation, and
 *                              the page's trail (its id is the file name; the home page has none)
 *   <!-- /docs:page -->        after the article: the footer
 *   <!-- docs:fragment NAME --> generated reference (scripts/generate-reference.js)
 *   @@VERSION@@, @@REPO@@      the embed bundle's version, the repository URL
 *   @@INTEGRITY@@              the bundle's Subresource Integrity hash (sha384, from its build)
 */
const chrome = (page: string, policy: string) => ({
  head: `<meta charset="utf-8" />${policy}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/muni-kit-logo.svg" type="image/svg+xml" />
    <script type="module" src="/src/main.ts"></script>`,
  page: `<muni-site-header src="site.json" main-id="main">
      <muni-mega-menu src="site.json" current-url="${page}"></muni-mega-menu>
    </muni-site-header>
    <div class="docs-layout">
      <div class="docs-sidebar">
        <muni-side-nav src="site.json" current-url="${page}"></muni-side-nav>
      </div>
      <main id="main" class="docs-main">${
        page === 'index.html'
          ? ''
          : `
        <muni-breadcrumbs src="site.json" page="${page.replace(/\.html$/u, '')}"></muni-breadcrumbs>`
      }`,
  end: `</main>
    </div>
    <muni-contact-footer src="site.json"></muni-contact-footer>`,
});

let generated: Record<string, string> | undefined;

const docsPages = (): Plugin => ({
  name: 'muni-docs-pages',
  buildStart() {
    generated = undefined; // regenerate on each build (and each dev restart)
  },
  transformIndexHtml: {
    order: 'pre',
    handler(html, context) {
      const page = basename(context.filename);
      const policy = context.server
        ? ''
        : `\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}" />`;
      const parts = chrome(page, policy);
      generated ??= fragments();
      const fragment = generated;
      // A page without its skeleton would be built without the script or the navigation.
      for (const marker of ['docs:head', 'docs:page', '/docs:page'])
        if (!html.includes(`<!-- ${marker} -->`)) throw new Error(`${page}: no <!-- ${marker} -->`);
      return (
        html
          .replace(/<!-- (docs:head|docs:page|\/docs:page) -->/gu, (_, marker: string) =>
            marker === 'docs:head' ? parts.head : marker === 'docs:page' ? parts.page : parts.end,
          )
          .replace(/<!-- docs:fragment ([a-z-]+) -->/gu, (_, name: string) => {
            const content = fragment[name];
            if (content === undefined) throw new Error(`${page}: no generated fragment "${name}"`);
            return content;
          })
          // A code block that scrolls sideways must be reachable with the keyboard.
          .replace(/<pre>/gu, '<pre tabindex="0">')
          .replaceAll('@@VERSION@@', fragment['version'] ?? '')
          .replaceAll('@@INTEGRITY@@', fragment['integrity'] ?? '')
          .replaceAll('@@REPO@@', escapeHtml(repository))
      );
    },
  },
});

/*
 * The theming page's live example: the Kochani theme scoped to `.theme-kochani` (a page would
 * put it on :root), built from the theme's tokens; and the files of other packages the site
 * serves (the Kazanlak data the examples show, the JSON Schema).
 */
const kochaniCssId = '\0muni-docs/kochani-theme.css';
/** Files of other packages the site serves: the example data and the JSON Schema. */
const copies: Record<string, string> = {
  'examples/kazanlak.json': paths.example,
  'municipality.schema.json': paths.schema,
};
/** The built data editor; the docs serve it at editor/. */
const editorDist = join(here, '../editor/dist');
/** Every file under `dir`, or an error naming the build to run when it is missing. */
const filesUnder = (dir: string): string[] => {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} is not built: run \`npm run build -w @muni-kit/editor\` first.`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
};
const examples = (): Plugin => ({
  name: 'muni-docs-examples',
  resolveId(id) {
    return id === 'virtual:muni-docs/kochani-theme.css' ? kochaniCssId : undefined;
  },
  load(id) {
    if (id !== kochaniCssId) return undefined;
    const tokens = flattenTokens(JSON.parse(readFileSync(paths.kochani, 'utf8')) as object);
    return `.theme-kochani {\n${tokens.map((t: { name: string }) => `  ${t.name}: ${cssValue(t)};`).join('\n')}\n}\n`;
  },
  configureServer(server) {
    for (const [url, file] of Object.entries(copies)) {
      server.middlewares.use(`/${url}`, (_request, response) => {
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(readFileSync(file));
      });
    }
  },
  generateBundle() {
    for (const [fileName, file] of Object.entries(copies))
      this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
    // The data editor (apps/editor, built before the docs: a dependency) at editor/.
    for (const file of filesUnder(editorDist))
      this.emitFile({
        type: 'asset',
        fileName: `editor/${relative(editorDist, file).split(sep).join('/')}`,
        source: readFileSync(file),
      });
  },
});

export default defineConfig({
  // Relative URLs everywhere: the built site works from any folder of any server.
  base: './',
  build: {
    target: 'es2022',
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: Object.fromEntries(
        pages.map((page) => [page.replace(/\.html$/u, ''), join(here, page)]),
      ),
    },
  },
  plugins: [docsPages(), examples()],
});
