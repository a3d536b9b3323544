// `npm run serve` (scripts/serve.js, on tools/static-server.js): a request whose URL cannot be
// decoded is answered 400 and the server goes on serving; before, the docs had a server of their
// own that a malformed `%` ended.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../scripts/serve.js', import.meta.url));

/** GET `path` exactly as written (no URL parsing on this side): `{ status, body }`. */
const get = (port, path) =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });

describe('the docs server', () => {
  let root;
  let server;
  let port;
  let exited = false;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'muni-kit-docs-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Docs</title><p>home');
    writeFileSync(join(root, 'theming.html'), '<!doctype html><title>Theming</title>');
    // Port 0: the system picks a free one, and the server says which.
    server = spawn(process.execPath, [script, '--root', root, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server.on('exit', () => (exited = true));
    port = await new Promise((resolve, reject) => {
      let output = '';
      server.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /http:\/\/localhost:(\d+)\//u.exec(output);
        if (match) resolve(Number(match[1]));
      });
      server.on('exit', (code) => reject(new Error(`serve.js exited (${code}): ${output}`)));
    });
  });

  after(() => {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the built pages', async () => {
    const home = await get(port, '/');
    assert.equal(home.status, 200);
    assert.match(home.body, /<p>home/u);
    assert.equal((await get(port, '/theming.html')).status, 200);
    assert.equal((await get(port, '/missing.html')).status, 404);
  });

  for (const path of ['/%', '/%E0%A4%A', '/theming%ZZ.html', '//', '//%']) {
    it(`answers ${path} with 400 and keeps serving`, async () => {
      const answer = await get(port, path);
      assert.equal(answer.status, 400);
      assert.equal(answer.body, 'Bad request');
      const home = await get(port, '/');
      assert.equal(home.status, 200, 'the next request is served');
      assert.equal(exited, false, 'the server is still running');
    });
  }
});
