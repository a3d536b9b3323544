// The XLIFF workflow's helper: translations go into the right units, with their placeholders
// and escaping intact, and the file is otherwise unchanged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { addTranslations } from '../scripts/add-translations.js';

const xliff = (units) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="mk" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${units}
</body>
</file>
</xliff>
`;

describe('add-translations', () => {
  it('leaves a complete file exactly as it is', () => {
    for (const locale of ['bg', 'mk']) {
      const text = readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8');
      assert.deepEqual(addTranslations(text, {}), { xliff: text, missing: [] });
    }
  });

  it('adds a target after the source, with the placeholders and escaping of the source', () => {
    const { xliff: result, missing } = addTranslations(
      xliff(`<trans-unit id="a">
  <source>There is no page "<x id="0" equiv-text="\${failure.id}"/>" &amp; more</source>
</trans-unit>`),
      { 'There is no page "{0}" & more': 'Нема страница „{0}“ & <повеќе>' },
    );
    assert.deepEqual(missing, []);
    assert.match(
      result,
      /<\/source>\n {2}<target>Нема страница „<x id="0" equiv-text="\$\{failure.id\}"\/>“ &amp; &lt;повеќе&gt;<\/target>\n<\/trans-unit>/u,
    );
  });

  it('keeps a target that exists and lists the sources still without one', () => {
    const units = `<trans-unit id="a">
  <source>Menu</source>
  <target>Мени</target>
</trans-unit>
<trans-unit id="b">
  <source>Close</source>
</trans-unit>`;
    const { xliff: result, missing } = addTranslations(xliff(units), { Menu: 'Друго' });
    assert.equal(result, xliff(units));
    assert.deepEqual(missing, ['Close']);
  });

  it('refuses a translation that names a placeholder the source has not', () => {
    assert.throws(
      () =>
        addTranslations(xliff('<trans-unit id="a">\n  <source>Close</source>\n</trans-unit>'), {
          Close: 'Затвори {1}',
        }),
      /names \{1\}/u,
    );
  });
});
