// Writes the starter's folder: data, coat of arms, theme, page, bundle, package.json, server.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeMunicipality } from '@muni-kit/domain';
import { contrastTable, makeTheme } from '@muni-kit/theme';
import { makeDocument } from './document.js';
import { escapeMarkup as escapeXml } from './escape.js';
import { makePage, makeSiteCss } from './page.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The bundle built in this repository (apps/embed), copied when present. */
export const repoBundle = join(here, '../../../apps/embed/dist');

/** A plain shield in the brand colour with the name's initial, until the real coat of arms. */
export const placeholderCoatOfArms = (
  name,
  colour,
  onColour,
) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" width="100" height="120">
  <path d="M5 5h90v55c0 30-20 47-45 55C25 107 5 90 5 60z" fill="${escapeXml(colour)}" stroke="${escapeXml(onColour)}" stroke-width="4"/>
  <text x="50" y="72" font-family="Georgia, serif" font-size="48" text-anchor="middle" fill="${escapeXml(onColour)}">${escapeXml([...name][0]?.toUpperCase() ?? '')}</text>
</svg>
`;

/**
 * Writes the folder for `options` (from `resolveOptions`). Throws when the folder is not empty
 * (unless `force`), or when the coat of arms cannot be read. Returns what was written, the
 * theme's failing contrast pairs (none expected) and the validator's problems (none expected).
 */
export const createStarter = (options, { bundleDir = repoBundle } = {}) => {
  const folder = resolve(options.folder);
  if (existsSync(folder) && readdirSync(folder).length > 0 && !options.force) {
    throw new Error(`${folder} is not empty: choose another folder, or --force to write into it`);
  }
  const localBundle = !options.cdn && existsSync(join(bundleDir, 'muni-kit.js'));
  const written = [];
  const write = (file, text) => {
    writeFileSync(join(folder, file), text);
    written.push(file);
  };
  mkdirSync(folder, { recursive: true });

  const theme = makeTheme({
    primary: options.primary,
    secondary: options.secondary,
    name: options.id,
  });
  let coatOfArmsFile = 'coat-of-arms.svg';
  if (options.coatOfArms) {
    coatOfArmsFile = `coat-of-arms${extname(options.coatOfArms).toLowerCase()}`;
    copyFileSync(options.coatOfArms, join(folder, coatOfArmsFile));
    written.push(coatOfArmsFile);
  } else {
    write(
      coatOfArmsFile,
      placeholderCoatOfArms(options.name, theme.light.primary, theme.light['on-primary']),
    );
  }

  const document = makeDocument(options, coatOfArmsFile);
  write('data.json', `${JSON.stringify(document, null, 2)}\n`);
  write('theme.css', theme.css);
  write('theme.tokens.json', `${JSON.stringify(theme.tokens.light, null, 2)}\n`);
  write('theme.dark.tokens.json', `${JSON.stringify(theme.tokens.dark, null, 2)}\n`);
  write('site.css', makeSiteCss(options.languages));
  write('index.html', makePage({ ...options, cdn: !localBundle }, coatOfArmsFile));
  if (localBundle) {
    for (const file of ['muni-kit.js', 'muni-kit.css']) {
      copyFileSync(join(bundleDir, file), join(folder, file));
      written.push(file);
    }
  }
  write('serve.js', readFileSync(join(here, '../template/serve.js'), 'utf8'));
  write(
    'package.json',
    `${JSON.stringify(
      {
        name: options.id,
        version: '0.1.0',
        private: true,
        description: `The website elements of ${options.name}, made with muni-kit`,
        type: 'module',
        scripts: { start: 'node serve.js' },
      },
      null,
      2,
    )}\n`,
  );

  // Read back what was written, as a user's server will serve it.
  const check = decodeMunicipality(JSON.parse(readFileSync(join(folder, 'data.json'), 'utf8')));
  const failingPairs = ['light', 'dark'].flatMap((scheme) =>
    contrastTable(theme[scheme])
      .filter((row) => !row.meets)
      .map((row) => ({ scheme, ...row })),
  );
  return {
    folder,
    folderName: basename(folder),
    written,
    localBundle,
    issues: 'issues' in check ? check.issues : [],
    failingPairs,
  };
};
