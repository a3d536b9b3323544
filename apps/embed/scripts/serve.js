// Serves apps/embed/dist on localhost (the demo pages, the bundle and the data), no dependencies.
// The pages are prerendered (scripts/prerender.js); `?lang=en` serves the English prerendering.
// Usage: node scripts/serve.js [--port 5173]   (PORT works too)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 5173));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error('apps/embed/dist is not built: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

const server = createServer((request, response) => {
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // The prerendered English (or other) version of a page: index.html?lang=en -> index.en.html.
  const lang = searchParams.get('lang');
  if (lang && /^[a-z]{2,3}$/u.test(lang) && file.endsWith('.html')) {
    const version = file.replace(/\.html$/u, `.${lang}.html`);
    if (existsSync(version)) file = version;
  }
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(response);
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`muni-kit demo: http://localhost:${actual}/  (English: http://localhost:${actual}/?lang=en, second municipality: http://localhost:${actual}/kochani.html)`);
});
