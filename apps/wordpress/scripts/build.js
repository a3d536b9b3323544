// Builds the plugin: dist/muni-kit/ (the plugin folder) and dist/muni-kit-<version>.zip (what a
// webmaster uploads in Plugins > Add New). The blocks' block.json files are written from the
// components' custom-elements manifest, so a block's controls are its element's attributes.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.js';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
const repo = join(app, '../..');
const dist = join(app, 'dist');
const out = join(dist, 'muni-kit');
const components = join(repo, 'packages/components');
const embedDist = join(repo, 'apps/embed/dist');

const version = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).version;
const pluginHeader = readFileSync(join(app, 'plugin/muni-kit.php'), 'utf8');
if (
  !pluginHeader.includes(`Version:           ${version}`) ||
  !pluginHeader.includes(`'MUNI_KIT_VERSION', '${version}'`)
) {
  throw new Error(`plugin/muni-kit.php must carry the package's version ${version}`);
}
for (const file of ['muni-kit.js', 'muni-kit.css']) {
  if (!existsSync(join(embedDist, file)))
    throw new Error(`apps/embed/dist/${file} is missing: build @muni-kit/embed first`);
}

rmSync(out, { recursive: true, force: true });
cpSync(join(app, 'plugin'), out, { recursive: true });
mkdirSync(join(out, 'assets'), { recursive: true });
cpSync(join(embedDist, 'muni-kit.js'), join(out, 'assets/muni-kit.js'));
writeFileSync(
  join(out, 'assets/muni-kit-wordpress.css'),
  `${readFileSync(join(embedDist, 'muni-kit.css'), 'utf8')}\n${readFileSync(join(app, 'src/wordpress.css'), 'utf8')}`,
);
cpSync(join(dist, 'validate/validate.js'), join(out, 'admin/validate.js'));
mkdirSync(join(out, 'sample'), { recursive: true });
const sample = JSON.parse(readFileSync(join(repo, 'packages/domain/data/kazanlak.json'), 'utf8'));
delete sample.$schema; // a path into the repository; meaningless in uploads/
writeFileSync(join(out, 'sample/kazanlak.json'), `${JSON.stringify(sample, null, 2)}\n`);
cpSync(
  join(repo, 'packages/domain/data/kazanlak-coat-of-arms.svg'),
  join(out, 'sample/kazanlak-coat-of-arms.svg'),
);
cpSync(
  join(repo, 'packages/domain/schema/municipality.schema.json'),
  join(out, 'sample/municipality.schema.json'),
);

// ---- block.json per element, from the manifest ----
const manifest = JSON.parse(readFileSync(join(components, 'custom-elements.json'), 'utf8'));

/** String-literal union types (`export type X = 'a' | 'b';`) declared in the built packages. */
const literalUnions = new Map();
const collectUnions = (dir) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) collectUnions(path);
    else if (entry.endsWith('.d.ts')) {
      for (const [, name, body] of readFileSync(path, 'utf8').matchAll(
        /export type (\w+) = ((?:\s*\|?\s*'[^']*')+);/gu,
      )) {
        literalUnions.set(
          name,
          [...body.matchAll(/'([^']*)'/gu)].map((match) => match[1]),
        );
      }
    }
  }
};
collectUnions(join(components, 'dist'));
collectUnions(join(repo, 'packages/domain/dist'));

/** Attributes that the plugin sets itself (the data file, the language) or that stay default. */
const setByPlugin = new Set(['src', 'lang', 'timeout']);
/**
 * Attributes that hold what a reader has opened (a menu section, the drawer, footer groups, the
 * settings dialog): state a script sets while the page is read, not a setting of the block.
 */
const readerState = new Set(['open', 'open-section', 'drawer-open', 'open-groups']);
/** Attributes that name the page being shown: "." (the default) means the page being served. */
const currentPage = new Set(['current-url']);
const camel = (name) => name.replace(/-([a-z])/gu, (_, letter) => letter.toUpperCase());
const firstSentence = (text = '') => text.replace(/\s+/gu, ' ').split(/(?<=\.)\s/u)[0];

const attributeSchema = (attribute) => {
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined$/u, '');
  const schema = {
    muniKitLabel: attribute.name,
    muniKitHelp: firstSentence(attribute.description),
  };
  if (type === 'number') {
    schema.type = /level/u.test(attribute.name) ? 'integer' : 'number';
  } else if (type === 'boolean') {
    schema.type = 'boolean';
  } else if (type === 'string') {
    schema.type = 'string';
  } else if (literalUnions.has(type)) {
    schema.type = 'string';
    schema.enum = literalUnions.get(type);
  } else {
    throw new Error(`${attribute.name}: no block control for the type ${type}`);
  }
  if (currentPage.has(attribute.name)) {
    schema.default = '.';
    schema.muniKitHelp += ' "." is the page being shown.';
  } else if (attribute.default !== undefined && attribute.default !== null) {
    const value = attribute.default.replace(/_/gu, '').replace(/^'(.*)'$/u, '$1');
    schema.default = schema.type === 'string' ? value : JSON.parse(value);
  }
  return schema;
};

const declarations = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.tagName);
rmSync(join(out, 'blocks'), { recursive: true, force: true });
for (const element of declarations) {
  const name = element.tagName.replace(/^muni-/u, '');
  const attributes = {};
  for (const attribute of element.attributes ?? []) {
    if (!setByPlugin.has(attribute.name) && !readerState.has(attribute.name))
      attributes[camel(attribute.name)] = attributeSchema(attribute);
  }
  if (name === 'site-header') {
    attributes.withMenu = {
      type: 'boolean',
      default: true,
      muniKitBlockOnly: true,
      muniKitLabel: 'mega-menu',
      muniKitHelp: 'Shows the mega-menu in the header.',
    };
    attributes.currentUrl = {
      type: 'string',
      default: '.',
      muniKitBlockOnly: true,
      muniKitLabel: 'current-url',
      muniKitHelp: 'The page the mega-menu marks as current; "." is the page being shown.',
    };
  }
  const title = element.tagName
    .replace(/^muni-/u, '')
    .split('-')
    .map((word, index) => (index === 0 ? word[0].toUpperCase() + word.slice(1) : word))
    .join(' ');
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `muni-kit/${name}`,
    title: `${title} (muni-kit)`,
    category: 'widgets',
    icon: 'building',
    description: element.summary ?? firstSentence(element.description),
    keywords: ['muni-kit', 'municipality', name.replace(/-/gu, ' ')],
    textdomain: 'muni-kit',
    attributes,
    supports: { align: ['wide', 'full'], html: false, customClassName: true },
    editorScript: 'muni-kit-blocks',
  };
  mkdirSync(join(out, 'blocks', name), { recursive: true });
  writeFileSync(join(out, 'blocks', name, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
}

// ---- the zip ----
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else
      files.push({
        name: `muni-kit/${relative(out, path).split('\\').join('/')}`,
        data: readFileSync(path),
      });
  }
};
walk(out);
const archive = join(dist, `muni-kit-${version}.zip`);
writeFileSync(archive, zip(files));
console.log(
  `${relative(repo, archive)}: ${files.length} files, ${declarations.length} blocks, ${readFileSync(archive).length} bytes`,
);
