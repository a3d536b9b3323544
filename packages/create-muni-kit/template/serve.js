#!/usr/bin/env node
// Serves this folder at http://localhost:8080/ (PORT=… for another port, 0 for a free one).
// Any static web server will do as well: this one needs nothing but Node.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

const server = createServer((request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return void response.writeHead(400).end('Bad request');
  }
  let file = normalize(join(root, path));
  if (!`${file}${sep}`.startsWith(root)) return void response.writeHead(403).end('Forbidden');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !types[extname(file).toLowerCase()]) {
    return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
  response.writeHead(200, {
    'content-type': types[extname(file).toLowerCase()],
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(response);
});

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  process.stdout.write(`Serving ${root} at http://${address}:${port}/ (Ctrl+C stops)\n`);
});
