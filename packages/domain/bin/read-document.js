// Reads a municipality JSON file for the command-line tools (muni-validate, muni-render):
// the same messages and exit status 2 for a file that cannot be read or is not JSON.
import { readFile } from 'node:fs/promises';

/** Resolves to `{ ok: true, json }` or `{ ok: false }` after printing why to stderr. */
export const readDocument = async (file) => {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      error.code === 'ENOENT'
        ? 'no such file'
        : error.code === 'EISDIR'
          ? 'is a directory'
          : error.message;
    console.error(`${file}: cannot read the file: ${reason}`);
    return { ok: false };
  }
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/u, '')) };
  } catch (error) {
    console.error(`${file}: invalid JSON: ${error.message}`);
    return { ok: false };
  }
};
