// Serves apps/docs/dist on localhost, with no dependencies (like apps/embed/scripts/serve.js).
// Usage: node scripts/serve.js [--port 5174]   (PORT works too)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const flag = process.argv.indexOf('--port');
const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 5174));
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(
    'apps/docs/dist is not built: run `npm run build` first (`npm run docs` at the root does both).',
  );
  process.exit(1);
}

createServer((request, response) => {
  let file = normalize(
    join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)),
  );
  if (!file.startsWith(root) && `${file}${sep}` !== root) return response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file))
    return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  const type = types[extname(file)] ?? 'application/octet-stream';
  response.writeHead(200, {
    'content-type': type.startsWith('image') ? type : `${type}; charset=utf-8`,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`muni-kit docs: http://localhost:${port}/`));
