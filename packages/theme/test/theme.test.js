// The generator over random brand colours: every pair it writes meets its target, measured
// with the WCAG 2.1 formula written out here, independently of the colour library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { contrastPairs, makeTheme } from '../src/theme.js';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const wcagContrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

const hexColour = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
  )
  .map((channels) => `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

test('the WCAG formula of this test gives the known ratios', () => {
  assert.equal(wcagContrast('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(wcagContrast('#767676', '#ffffff').toFixed(2), '4.54');
  assert.equal(wcagContrast('#ffffff', '#ffffff'), 1);
});

test('every pair of a theme from one or two random brand colours meets its target, light and dark', () => {
  fc.assert(
    fc.property(hexColour, fc.option(hexColour, { nil: undefined }), (primary, secondary) => {
      const theme = makeTheme({ primary, secondary });
      for (const scheme of ['light', 'dark']) {
        const colors = theme[scheme];
        for (const value of Object.values(colors)) assert.match(value, /^#[0-9a-f]{6}$/u);
        for (const [foreground, background, target] of contrastPairs) {
          const ratio = wcagContrast(colors[foreground], colors[background]);
          assert.ok(
            ratio >= target,
            `${scheme} ${foreground} on ${background}: ${ratio.toFixed(2)} < ${target} (primary ${primary}, secondary ${secondary})`,
          );
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('a brand colour that already meets AA is kept as it is', () => {
  assert.equal(makeTheme({ primary: '#8a1538' }).light.primary, '#8a1538');
  assert.equal(makeTheme({ primary: '#2f5d1e' }).light.primary, '#2f5d1e');
});

test('muni-theme writes DTCG tokens and CSS for both schemes and prints the contrast table', () => {
  const out = mkdtempSync(join(tmpdir(), 'muni-theme-'));
  try {
    const bin = fileURLToPath(new URL('../bin/muni-theme.js', import.meta.url));
    const printed = execFileSync(
      process.execPath,
      [bin, '--primary', '#ffdd00', '--name', 'yellow', '--out', out],
      { encoding: 'utf8' },
    );
    assert.match(printed, /light scheme[\s\S]*on-primary\s+primary\s+\d+\.\d\d {2}4\.5:1 ok/u);
    assert.match(printed, /dark scheme/u);
    assert.doesNotMatch(printed, /FAILS/u);
    const light = JSON.parse(readFileSync(join(out, 'yellow.tokens.json'), 'utf8'));
    const dark = JSON.parse(readFileSync(join(out, 'yellow.dark.tokens.json'), 'utf8'));
    assert.equal(light.color.$type, 'color');
    // Yellow cannot carry white text or sit on white as a link: it is darkened.
    assert.ok(wcagContrast(light.color.primary.$value, '#ffffff') >= 4.5);
    assert.ok(wcagContrast(dark.color.primary.$value, dark.color.surface.$value) >= 4.5);
    const css = readFileSync(join(out, 'yellow.css'), 'utf8');
    assert.match(css, new RegExp(`--muni-color-primary: ${light.color.primary.$value};`, 'u'));
    assert.match(css, /@media \(prefers-color-scheme: dark\)/u);
    assert.throws(
      () => execFileSync(process.execPath, [bin, '--primary', 'not-a-colour'], { stdio: 'pipe' }),
      /not a CSS colour/u,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
