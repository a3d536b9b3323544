// Serves apps/docs/dist on localhost with tools/static-server.js, the server of the demo
// (apps/embed/scripts/serve.js), the tests and the benchmarks: one server, so a fix (a malformed
// `%` in a URL is a 400, not a crash) reaches every one of them.
// Usage: node scripts/serve.js [--port 5174] [--root DIR]   (PORT works too; --root serves
// another built copy of the site, as the tests do)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../../../tools/static-server.js';

const { values } = parseArgs({
  options: { port: { type: 'string' }, root: { type: 'string' } },
});
const root = values.root
  ? resolve(values.root)
  : fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(values.port ?? process.env.PORT ?? 5174);

if (!existsSync(join(root, 'index.html'))) {
  console.error(
    `${root} is not built: run \`npm run build\` first (\`npm run docs\` at the root does both).`,
  );
  process.exit(1);
}

const server = await startStaticServer({ root, port, host: '127.0.0.1' });
console.log(`muni-kit docs: http://localhost:${server.port}/`);
