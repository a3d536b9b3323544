// A static server for tests and benchmarks, started in-process on a free port of 127.0.0.1.
// Serves a directory (by default apps/embed/dist: the demo, the bundle, the data) as the site
// root, plus extra in-memory routes, with optional extra headers (a Content-Security-Policy, for
// example) and optional compression as a CDN would serve it (brotli, else gzip).
//
//   const server = await startStaticServer({
//     pages: {
//       '/test.html': '<!doctype html>…',                          // a string or a Buffer
//       '/data.json': { body: '{…}', type: 'application/json' },    // with a type or a status
//       '/hang.json': (request, response) => {},                    // a handler: here, never answers
//     },
//     headers: { 'content-security-policy': "default-src 'self'" }, // or (pathname) => ({ … })
//   });
//   await page.goto(`${server.url}/test.html`);
//   server.requests;   // every pathname asked for, in order
//   await server.close();
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const embedDist = join(repoRoot, 'apps/embed/dist');

export const contentTypes = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
});
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);

/**
 * Starts the server and resolves to `{ url, requests, close() }`.
 *
 * - `root`: the directory served as the site root (default apps/embed/dist, which must be built).
 * - `pages`: path → a string or Buffer (its type from the extension, else HTML), an object
 *   `{ body, type?, status?, headers? }`, or a function `(request, response)` that answers itself
 *   (or never does: `close()` ends held connections).
 * - `headers`: added to every answer served from `root` or `pages` (not to handler functions): an
 *   object, or a function of the pathname returning one.
 * - `compress`: brotli or gzip when the client accepts it (default false).
 */
export const startStaticServer = async ({
  root = embedDist,
  pages = {},
  headers = {},
  compress = false,
} = {}) => {
  const rootDir = normalize(root.endsWith(sep) ? root : `${root}${sep}`);
  if (
    root === embedDist &&
    (!existsSync(join(root, 'index.html')) || !existsSync(join(root, 'muni-kit.js')))
  ) {
    throw new Error(`${root} is not built: run \`npm run build\` first.`);
  }
  const requests = [];
  const cache = new Map();
  const encoded = (key, body, encoding) => {
    const id = `${key}\0${encoding}`;
    if (!cache.has(id)) {
      cache.set(
        id,
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }),
      );
    }
    return cache.get(id);
  };
  const extraHeaders = (pathname) =>
    typeof headers === 'function' ? (headers(pathname) ?? {}) : headers;

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    requests.push(pathname);
    let body;
    let type;
    let key;
    let status = 200;
    let own = {};
    if (Object.hasOwn(pages, pathname)) {
      const page = pages[pathname];
      if (typeof page === 'function') return void page(request, response);
      const isAnswer = page !== null && typeof page === 'object' && !Buffer.isBuffer(page);
      body = Buffer.from(isAnswer ? (page.body ?? '') : page);
      type = (isAnswer && page.type) || contentTypes[extname(pathname)] || contentTypes['.html'];
      status = (isAnswer && page.status) || 200;
      own = (isAnswer && page.headers) || {};
      key = `page:${pathname}:${body.length}`;
    } else {
      let file;
      try {
        file = normalize(join(rootDir, decodeURIComponent(pathname)));
      } catch {
        return void response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      }
      if (!file.startsWith(rootDir) && `${file}${sep}` !== rootDir)
        return void response.writeHead(403).end();
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        return void response
          .writeHead(404, { 'content-type': 'text/plain', ...extraHeaders(pathname) })
          .end('Not found');
      }
      const stat = statSync(file);
      body = readFileSync(file);
      type = contentTypes[extname(file)] ?? 'application/octet-stream';
      key = `file:${file}:${stat.mtimeMs}`;
    }
    const answer = {
      'content-type': type,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...extraHeaders(pathname),
      ...own,
    };
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const ext = extname(pathname) || '.html';
    if (compress && compressible.has(ext) && body.length > 256) {
      const encoding = /\bbr\b/u.test(accepts) ? 'br' : /\bgzip\b/u.test(accepts) ? 'gzip' : '';
      if (encoding) {
        body = encoded(key, body, encoding);
        answer['content-encoding'] = encoding;
      }
    }
    answer['content-length'] = body.length;
    response.writeHead(status, answer);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
};
