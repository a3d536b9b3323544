// A static server for tests, benchmarks and the demo (apps/embed/scripts/serve.js), started
// in-process on a free port of 127.0.0.1 (or a given one). Serves a directory (by default
// apps/embed/dist: the demo, the bundle, the data) as the site root, plus extra in-memory routes,
// with optional extra headers (a Content-Security-Policy, for example), optional compression and
// optional cache headers, as a municipality's web server or CDN would answer.
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
/** The extensions worth compressing (text); images other than SVG are compressed already. */
export const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.map',
  '.txt',
]);
/** Encodings in order of preference, with the suffix of their precompressed files. */
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/**
 * How long a browser may keep a response without asking again, as a municipality's server
 * would set it: pages and data files are edited at any time, so they are revalidated on every
 * use (`no-cache`, cheap with the ETag: a 304 without a body); the bundle, the stylesheets and
 * the images keep their names across releases (they are not fingerprinted), so they are kept
 * for an hour and then revalidated.
 */
export const cacheControlFor = (ext) =>
  ext === '.html' || ext === '.json' ? 'no-cache' : 'public, max-age=3600';

const compressSync = (body, encoding) =>
  encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 9 });

/** The preferred encoding the request accepts (`br`, `gzip`), or '' for none. */
const acceptedEncoding = (request) => {
  const accepts = String(request.headers['accept-encoding'] ?? '');
  return encodings.find(({ name }) => new RegExp(`\\b${name}\\b`, 'u').test(accepts))?.name ?? '';
};

/**
 * Starts the server and resolves to `{ url, port, requests, close() }`.
 *
 * - `root`: the directory served as the site root (default apps/embed/dist, which must be built).
 *   A directory serves its index.html.
 * - `pages`: path → a string or Buffer (its type from the extension, else HTML), an object
 *   `{ body, type?, status?, headers? }`, or a function `(request, response)` that answers itself
 *   (or never does: `close()` ends held connections).
 * - `headers`: added to every answer served from `root` or `pages` (not to handler functions): an
 *   object, or a function of the pathname returning one.
 * - `rewrite`: `(pathname, searchParams) => pathname`, the path of `root` to serve for a request
 *   (the demo's `?lang=en` → `/index.en.html`); pages are matched before it.
 * - `compress`: brotli, else gzip, when the client accepts it (default false). A file with an up
 *   to date precompressed copy beside it (`index.html.br`, `index.html.gz`: what the embed's
 *   build writes, as for nginx's `brotli_static`/`gzip_static` or a CDN) is served from that copy;
 *   anything else is compressed once (brotli 11, gzip 9) and kept in memory.
 * - `caching`: `cache-control` by type (`cacheControlFor`) instead of `no-cache` everywhere
 *   (default false). Either way files carry an ETag and a Last-Modified date, and a conditional
 *   request for an unchanged file is answered 304 Not Modified.
 * - `port`, `host`: where to listen (default a free port of 127.0.0.1).
 */
export const startStaticServer = async ({
  root = embedDist,
  pages = {},
  headers = {},
  rewrite,
  compress = false,
  caching = false,
  port = 0,
  host = '127.0.0.1',
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
    if (!cache.has(id)) cache.set(id, compressSync(body, encoding));
    return cache.get(id);
  };
  const extraHeaders = (pathname) =>
    typeof headers === 'function' ? (headers(pathname) ?? {}) : headers;
  // In-memory pages are compressed now, not while a browser waits for the first of them.
  if (compress) {
    for (const [pathname, page] of Object.entries(pages)) {
      if (typeof page === 'function') continue;
      const isAnswer = page !== null && typeof page === 'object' && !Buffer.isBuffer(page);
      const body = Buffer.from(isAnswer ? (page.body ?? '') : page);
      if (!compressible.has(extname(pathname) || '.html') || body.length <= 256) continue;
      for (const { name } of encodings) encoded(`page:${pathname}:${body.length}`, body, name);
    }
  }

  const badRequest = (response) =>
    void response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
  const server = createServer((request, response) => {
    // A request target such as `//` or `//%` is no URL: answered, not thrown (a throw here would
    // end the process, and every other page with it).
    let url;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      return badRequest(response);
    }
    let { pathname } = url;
    requests.push(pathname);
    let body;
    let type;
    let key;
    let ext;
    let status = 200;
    let own = {};
    let validators = {};
    let precompressed;
    if (Object.hasOwn(pages, pathname)) {
      const page = pages[pathname];
      if (typeof page === 'function') return void page(request, response);
      const isAnswer = page !== null && typeof page === 'object' && !Buffer.isBuffer(page);
      body = Buffer.from(isAnswer ? (page.body ?? '') : page);
      type = (isAnswer && page.type) || contentTypes[extname(pathname)] || contentTypes['.html'];
      status = (isAnswer && page.status) || 200;
      own = (isAnswer && page.headers) || {};
      key = `page:${pathname}:${body.length}`;
      ext = extname(pathname) || '.html';
    } else {
      if (rewrite) pathname = rewrite(pathname, url.searchParams) ?? pathname;
      let file;
      try {
        file = normalize(join(rootDir, decodeURIComponent(pathname)));
      } catch {
        // A malformed escape (`/%E0%A4%A`, `/%`) names no file.
        return badRequest(response);
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
      ext = extname(file);
      type = contentTypes[ext] ?? 'application/octet-stream';
      key = `file:${file}:${stat.mtimeMs}`;
      const encoding =
        compress && compressible.has(ext) && stat.size > 256 ? acceptedEncoding(request) : '';
      const copy = encodings.find(({ name }) => name === encoding);
      if (copy) {
        const copyFile = `${file}${copy.suffix}`;
        if (existsSync(copyFile) && statSync(copyFile).mtimeMs >= stat.mtimeMs) {
          precompressed = { encoding, body: readFileSync(copyFile) };
        }
      }
      // One ETag per representation: each encoding of a file is another body.
      const lastModified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
      validators = {
        etag: `"${Math.floor(stat.mtimeMs).toString(16)}-${stat.size.toString(16)}${encoding ? `-${encoding}` : ''}"`,
        'last-modified': lastModified.toUTCString(),
      };
      const since = Date.parse(String(request.headers['if-modified-since'] ?? ''));
      const unchanged = request.headers['if-none-match']
        ? String(request.headers['if-none-match'])
            .split(/\s*,\s*/u)
            .some((tag) => tag.replace(/^W\//u, '') === validators.etag || tag === '*')
        : since >= lastModified.getTime();
      if (unchanged) {
        return void response
          .writeHead(304, {
            'cache-control': caching ? cacheControlFor(ext) : 'no-cache',
            vary: 'accept-encoding',
            ...validators,
            ...extraHeaders(pathname),
          })
          .end();
      }
      body = precompressed ? precompressed.body : readFileSync(file);
    }
    const answer = {
      'content-type': type,
      'cache-control': caching ? cacheControlFor(ext) : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...validators,
      ...extraHeaders(pathname),
      ...own,
    };
    if (precompressed) {
      answer['content-encoding'] = precompressed.encoding;
    } else if (compress && compressible.has(ext) && body.length > 256) {
      const encoding = acceptedEncoding(request);
      if (encoding) {
        body = encoded(key, body, encoding);
        answer['content-encoding'] = encoding;
      }
    }
    answer['content-length'] = body.length;
    response.writeHead(status, answer);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
};
