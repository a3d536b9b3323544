// The prerendered demo pages are valid HTML for the Nu HTML Checker (vnu.jar, run with the
// machine's Java: .ci/run installs Debian's default-jre-headless when it is missing): the pages
// themselves and, since the checker does not look inside <template>, the content of every
// declarative shadow root, each checked as the body of a document of its own. Only the standard
// `shadowrootmode` (not the obsolete `shadowroot`), and valid <time datetime> values.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { embedDist } from './support.js';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const pages = ['index.html', 'index.en.html', 'kochani.html', 'kochani.en.html'];

/**
 * The checker does not know the `part` attribute of shadow DOM (a CSS Shadow Parts attribute,
 * global in the DOM standard): that message alone is its noise, not an error in the HTML.
 */
const noise = /^Attribute “part” not allowed on element “[a-z0-9]+” at this point\.$/u;

/** The checker's errors for `files`, as "file:line: message". */
const check = (files) =>
  new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files],
      { maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `the Nu HTML Checker did not run (${error.message}); it needs Java: apt-get install -y default-jre-headless`,
            ),
          );
          return;
        }
        const { messages } = JSON.parse(stderr || stdout);
        resolve(
          messages
            .filter((m) => m.type === 'error' || m.subType === 'fatal')
            .filter((m) => !noise.test(m.message))
            .map((m) => `${m.url.split('/').at(-1)}:${m.lastLine}: ${m.message}`),
        );
      },
    );
  });

/** Every declarative shadow root of `html`: the element and the template's content. */
const shadowRoots = (html) =>
  [...html.matchAll(/<(muni-[a-z-]+)[^>]*><template shadowroot[^>]*>([\s\S]*?)<\/template>/gu)].map(
    ([, element, content]) => ({ element, content }),
  );

describe('the Nu HTML Checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'muni-vnu-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no error in the prerendered pages nor in their shadow roots', async () => {
    const files = pages.map((page) => join(embedDist, page));
    let roots = 0;
    for (const page of pages) {
      const html = readFileSync(join(embedDist, page), 'utf8');
      assert.doesNotMatch(html, /<template[^>]*\sshadowroot=/u, `${page}: obsolete shadowroot`);
      const lang = /<html lang="([a-z]+)"/u.exec(html)?.[1] ?? 'bg';
      for (const { element, content } of shadowRoots(html)) {
        const file = join(dir, `${page.replace(/\.html$/u, '')}-${roots++}-${element}.html`);
        writeFileSync(
          file,
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${element}</title></head><body>${content}</body></html>`,
        );
        files.push(file);
      }
    }
    // Every element of every page was prerendered, the twin-city card among them.
    assert.ok(roots >= 4 * 7, `${roots} shadow roots`);
    assert.deepEqual(await check(files), []);
  });

  it('reports what it should: an obsolete attribute and a yearless date with "--"', async () => {
    const file = join(dir, 'bad.html');
    writeFileSync(
      file,
      '<!doctype html><html lang="bg"><head><title>x</title></head><body><div><template shadowroot="open" shadowrootmode="open"><p>x</p></template></div><p><time datetime="--09-08">8 септември</time></p></body></html>',
    );
    const errors = await check([file]);
    assert.equal(errors.length, 2, errors.join('\n'));
  });
});
