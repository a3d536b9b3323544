// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text file of
// apps/embed/dist (pages, bundle, stylesheets, data, SVG), as a deployment does for a web server
// that serves precompressed files (nginx `brotli_static on; gzip_static on;`, Apache with
// mod_rewrite, most CDNs): the server then sends the smallest encoding without compressing
// while a visitor waits. tools/static-server.js (the demo's and the benchmarks' server) serves
// these copies when they are at least as new as their file. scripts/prerender.js runs this last.
//
// Usage: node scripts/precompress.js [directory]   (default: apps/embed/dist)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Writes the stale or missing copies under `directory`; resolves to the files it compressed. */
export const precompress = async (directory) => {
  const files = readdirSync(directory, { recursive: true })
    .map((name) => join(directory, String(name)))
    .filter((file) => compressible.has(extname(file)) && statSync(file).isFile());
  const written = [];
  await Promise.all(
    files.map(async (file) => {
      const { mtimeMs } = statSync(file);
      const stale = (copy) => {
        try {
          return statSync(copy).mtimeMs < mtimeMs;
        } catch {
          return true;
        }
      };
      if (!stale(`${file}.br`) && !stale(`${file}.gz`)) return;
      const body = readFileSync(file);
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipAsync(body, { level: 9 }),
      ]);
      writeFileSync(`${file}.br`, br);
      writeFileSync(`${file}.gz`, gz);
      written.push(relative(directory, file));
    }),
  );
  return written.sort();
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const directory = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
  const written = await precompress(directory);
  console.log(`precompressed ${written.length} files (.br, .gz) in ${directory}`);
}
