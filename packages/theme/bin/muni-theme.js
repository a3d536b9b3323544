#!/usr/bin/env node
// Writes a muni-kit theme from a brand colour, and prints the contrast of every pair.
//
//   npx muni-theme --primary "#8a1538" [--secondary "#f2e6d9"] [--name kazanlak] [--out themes]
//
// Writes <name>.tokens.json and <name>.dark.tokens.json (DTCG colour tokens, light and dark)
// and <name>.css (the --muni-color-* custom properties, dark under prefers-color-scheme).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import Color from 'colorjs.io';
import { contrastTable, makeTheme } from '../src/theme.js';

const usage =
  'usage: muni-theme --primary <colour> [--secondary <colour>] [--name <slug>] [--out <folder>]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      primary: { type: 'string' },
      secondary: { type: 'string' },
      name: { type: 'string', default: 'custom' },
      out: { type: 'string', default: '.' },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const { primary, secondary, name, out } = values;
if (!primary) {
  console.error(`--primary is required\n${usage}`);
  process.exit(2);
}
for (const [flag, value] of [
  ['--primary', primary],
  ['--secondary', secondary],
]) {
  if (value === undefined) continue;
  try {
    new Color(value);
  } catch {
    console.error(`${flag}: not a CSS colour: ${value}`);
    process.exit(2);
  }
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(name)) {
  console.error(`--name: expected a lowercase slug such as "kazanlak", found "${name}"`);
  process.exit(2);
}

const theme = makeTheme({ primary, secondary, name });
mkdirSync(out, { recursive: true });
const files = {
  [`${name}.tokens.json`]: `${JSON.stringify(theme.tokens.light, null, 2)}\n`,
  [`${name}.dark.tokens.json`]: `${JSON.stringify(theme.tokens.dark, null, 2)}\n`,
  [`${name}.css`]: theme.css,
};
for (const [file, text] of Object.entries(files)) writeFileSync(join(out, file), text);

let failing = 0;
for (const scheme of ['light', 'dark']) {
  console.log(`\n${scheme} scheme`);
  console.log(
    `${'foreground'.padEnd(14)} ${'background'.padEnd(15)} ${'ratio'.padStart(6)}  target`,
  );
  for (const row of contrastTable(theme[scheme])) {
    if (!row.meets) failing += 1;
    console.log(
      `${row.foreground.padEnd(14)} ${row.background.padEnd(15)} ${row.ratio.toFixed(2).padStart(6)}  ${row.target}:1 ${row.meets ? 'ok' : 'FAILS'}`,
    );
  }
}
console.log(
  `\nwrote ${Object.keys(files)
    .map((file) => join(out, file))
    .join(', ')}`,
);
process.exit(failing === 0 ? 0 : 1);
