// What the starter needs to know, from flags and, for what they leave out, from questions.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLocale } from '@muni-kit/domain';
import { makeTheme } from '@muni-kit/theme';

export const usage = `Usage: npm create muni-kit [folder] -- [options]
       npx create-muni-kit [folder] [options]

Writes a municipality's data file, theme and page into a new folder; \`npm start\` in it
serves the page. Asks for whatever the options leave out (or, with --yes, takes the defaults).

Options:
  --name <text>           the municipality's name, in its default language
  --languages <tags>      the document's languages, the default first (default: bg,en)
  --primary <colour>      the brand colour, any CSS colour (default: #1f5f8b)
  --secondary <colour>    a second brand colour (optional)
  --coat-of-arms <file>   an SVG, PNG, JPEG or WebP image, copied next to the data (optional)
  --id <slug>             the document's id (default: from the name or the folder)
  --country <code>        ISO 3166-1 alpha-2 country code of the address (default: BG)
  --cdn                   load the bundle from the CDN instead of copying it into the folder
  --force                 write into a folder that is not empty
  -y, --yes               ask nothing: take the defaults for what the options leave out
  -h, --help              show this help`;

export const defaults = Object.freeze({
  languages: 'bg,en',
  primary: '#1f5f8b',
  country: 'BG',
});

/** Parses the command line; throws with a message on an unknown or malformed option. */
export const parseCommandLine = (args) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      languages: { type: 'string' },
      primary: { type: 'string' },
      secondary: { type: 'string' },
      'coat-of-arms': { type: 'string' },
      id: { type: 'string' },
      country: { type: 'string' },
      cdn: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 1)
    throw new Error(`one folder expected, found ${positionals.join(' ')}`);
  const { 'coat-of-arms': coatOfArms, ...rest } = values;
  return { ...rest, coatOfArms, folder: positionals[0] };
};

// Bulgarian and Macedonian Cyrillic to ASCII, for an id from a name such as "Община Кочани".
const cyrillic = Object.fromEntries(
  'а a б b в v г g д d е e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х h ц ts ч ch ш sh щ sht ъ a ь y ю yu я ya ѓ gj ѕ dz ј j љ lj њ nj ќ kj џ dzh'
    .split(' ')
    .reduce(
      (pairs, word, index, words) => (index % 2 ? pairs : [...pairs, [word, words[index + 1]]]),
      [],
    ),
);

/** A slug (lowercase ASCII, digits, single dashes) from any text; '' when nothing is left. */
export const slugify = (text) =>
  [...text.toLowerCase()]
    .map((char) => cyrillic[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');

const isColour = (value) => {
  try {
    makeTheme({ primary: value });
    return true;
  } catch {
    return false;
  }
};

/** Each check returns the cleaned value, or throws the message to show. */
export const checks = {
  name: (value) => {
    const name = value.trim();
    if (name === '') throw new Error('the municipality’s name is required');
    return name;
  },
  languages: (value) => {
    const tags = value
      .split(/[\s,]+/u)
      .map((tag) => tag.trim())
      .filter(Boolean);
    if (tags.length === 0) throw new Error('at least one language is required, such as bg');
    for (const tag of tags) {
      const problem = checkLocale(tag);
      if (problem !== true) throw new Error(problem);
    }
    if (new Set(tags).size !== tags.length) throw new Error('each language once, please');
    return tags;
  },
  primary: (value) => {
    if (!isColour(value.trim())) throw new Error(`not a CSS colour: ${value}`);
    return value.trim();
  },
  secondary: (value) => {
    if (value.trim() === '') return undefined;
    if (!isColour(value.trim())) throw new Error(`not a CSS colour: ${value}`);
    return value.trim();
  },
  coatOfArms: (value) => {
    const path = value.trim();
    if (path === '') return undefined;
    if (!/\.(svg|png|jpe?g|webp)$/iu.test(path)) {
      throw new Error(`expected an SVG, PNG, JPEG or WebP file, found ${path}`);
    }
    return path;
  },
  id: (value) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(value)) {
      throw new Error(`expected a lowercase slug such as "kazanlak", found "${value}"`);
    }
    return value;
  },
  country: (value) => {
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{2}$/u.test(code))
      throw new Error(`expected a two-letter country code, found ${value}`);
    return code;
  },
};

/** The questions, in order: the option each answers, its wording and its default. */
export const questions = [
  { key: 'name', text: 'The municipality’s name (in its default language)' },
  { key: 'languages', text: 'Its languages, the default first', default: defaults.languages },
  {
    key: 'primary',
    text: 'Its brand colour (a CSS colour such as #8a1538)',
    default: defaults.primary,
  },
  { key: 'secondary', text: 'A second brand colour (optional, Enter to skip)', default: '' },
  {
    key: 'coatOfArms',
    text: 'Its coat of arms: an image file (optional, Enter to skip)',
    default: '',
  },
];

/**
 * @typedef {object} StarterOptions
 * @property {string} name
 * @property {string[]} languages the default first
 * @property {string} primary
 * @property {string | undefined} secondary
 * @property {string | undefined} coatOfArms a path
 * @property {string} id
 * @property {string} folder
 * @property {string} country
 * @property {boolean} cdn
 * @property {boolean} force
 */

/**
 * The starter's options from the command line, asking `ask(text, default)` (which resolves to
 * the answer, '' for the default) for each question the flags leave open, again until the
 * answer passes its check. With `yes`, nothing is asked and the defaults are taken.
 *
 * @param {Record<string, any>} given
 * @param {(text: string, fallback?: string) => Promise<string>} ask
 * @param {(message: string) => void} [warn]
 * @returns {Promise<StarterOptions>}
 */
export const resolveOptions = async (given, ask, warn = () => {}) => {
  /** @type {Record<string, any>} */
  const answers = {};
  for (const question of questions) {
    if (given[question.key] !== undefined) {
      answers[question.key] = checks[question.key](given[question.key]);
      continue;
    }
    if (given.yes) {
      if (question.default === undefined)
        throw new Error(`--${question.key} is required with --yes`);
      answers[question.key] = checks[question.key](question.default);
      continue;
    }
    for (;;) {
      const answer = (await ask(question.text, question.default)) || (question.default ?? '');
      try {
        answers[question.key] = checks[question.key](answer);
        break;
      } catch (error) {
        warn(error.message);
      }
    }
  }
  const folder =
    given.folder ??
    (given.yes ? undefined : await ask('The folder to create', slugify(answers.name)));
  const target = folder || slugify(answers.name) || 'municipality';
  const id = checks.id(
    given.id ?? (slugify(answers.name) || slugify(basename(target)) || 'municipality'),
  );
  const { name, languages, primary, secondary, coatOfArms } = answers;
  return {
    name,
    languages,
    primary,
    secondary,
    coatOfArms,
    id,
    folder: target,
    country: checks.country(given.country ?? defaults.country),
    cdn: Boolean(given.cdn),
    force: Boolean(given.force),
  };
};
