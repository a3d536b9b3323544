// Subresource Integrity of the bundle: prints the sha384 hash of dist/muni-kit.js and writes it
// beside the bundle, as dist/muni-kit.js.sri (the `integrity` value alone) and
// dist/muni-kit.sri.json ({ version, file, integrity, url }): the docs build reads the JSON to
// show the versioned, hash-pinned script tag, and a release can be checked against it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The `integrity` attribute value of `bytes`: `sha384-<base64>`. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const value = integrity(readFileSync(`${dist}muni-kit.js`));
const record = {
  version,
  file: 'dist/muni-kit.js',
  integrity: value,
  url: `https://cdn.jsdelivr.net/npm/@muni-kit/embed@${version}/dist/muni-kit.js`,
};
writeFileSync(`${dist}muni-kit.js.sri`, `${value}\n`);
writeFileSync(`${dist}muni-kit.sri.json`, `${JSON.stringify(record, null, 2)}\n`);
console.log(`muni-kit.js ${version} integrity: ${value}`);
