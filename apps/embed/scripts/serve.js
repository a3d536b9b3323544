// Serves apps/embed/dist on localhost (the demo pages, the bundle and the data), no dependencies,
// as a municipality's web server would: the precompressed copies the build wrote (brotli, else
// gzip), ETags and 304s, and cache headers (pages and data revalidated on every use, the
// bundle, stylesheets and images kept for an hour). The server is tools/static-server.js, the
// one the tests and benchmarks use.
// The pages are prerendered (scripts/prerender.js); `?lang=en` serves the English prerendering.
// Usage: node scripts/serve.js [--port 5173]   (PORT works too)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../../tools/static-server.js';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 5173));

if (!existsSync(join(root, 'index.html'))) {
  console.error(
    'apps/embed/dist is not built: run `npm run build` first (npm start does it for you).',
  );
  process.exit(1);
}

/** The prerendered English (or other) version of a page: index.html?lang=en -> index.en.html. */
const languageVersion = (pathname, searchParams) => {
  const lang = searchParams.get('lang');
  if (!lang || !/^[a-z]{2,3}$/u.test(lang)) return pathname;
  const page = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  if (!page.endsWith('.html')) return pathname;
  const version = page.replace(/\.html$/u, `.${lang}.html`);
  let file;
  try {
    file = join(root, decodeURIComponent(version));
  } catch {
    return pathname;
  }
  return file.startsWith(root) && existsSync(file) ? version : pathname;
};

const server = await startStaticServer({
  root,
  rewrite: languageVersion,
  compress: true,
  caching: true,
  port,
  host: '127.0.0.1',
});
const actual = server.port;
console.log(
  `muni-kit demo: http://localhost:${actual}/  (English: http://localhost:${actual}/?lang=en, second municipality: http://localhost:${actual}/kochani.html)`,
);
