// tools/html-escape.js, the escaper of the docs' build (vite.config.ts), the benchmarks, the
// embed's prerendering and tests and the editor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, unescapeHtml } from '../../../tools/html-escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or a quoted attribute value', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&amp;</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('leaves other text as it is and turns other values into text', () => {
    assert.equal(escapeHtml('Казанлък — 6100'), 'Казанлък — 6100');
    assert.equal(escapeHtml(1234), '1234');
    assert.equal(escapeHtml(undefined), 'undefined');
  });

  it('is undone by unescapeHtml, `&amp;` last', () => {
    for (const text of [`"'<>&`, '&lt;', '&amp;lt;', 'a & b < c', '']) {
      assert.equal(unescapeHtml(escapeHtml(text)), text);
    }
    assert.equal(unescapeHtml('&#x27;'), "'");
  });
});
