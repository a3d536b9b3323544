// Generates the parts of the documentation that must never drift from the code, as HTML
// fragments that vite.config.ts puts into the pages at build time:
//
//   data-reference   every field of the municipality document, from the JSON Schema
//                    (packages/domain/schema/municipality.schema.json), with examples taken
//                    from packages/domain/data/kazanlak.json at the same path
//   tokens           the design tokens with their defaults (packages/components/tokens)
//   kochani-theme    the Kochani theme as CSS custom properties
//   parts, elements, attributes
//                    from the Custom Elements Manifest (packages/components/custom-elements.json,
//                    written by `cem analyze`; run here when it is missing)
//
// Every piece of text is escaped. `node scripts/generate-reference.js [outdir]` writes the
// fragments to files (default: generated/) to look at them; the build does not need that.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementNames } from '@muni-kit/components/element-names.js';
import { escapeHtml } from '../../../tools/html-escape.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const paths = {
  schema: join(repo, 'packages/domain/schema/municipality.schema.json'),
  example: join(repo, 'packages/domain/data/kazanlak.json'),
  // Where Kazanlak's file has no value for a field, the next of these that has one gives it.
  moreExamples: [
    join(repo, 'packages/domain/data/kochani.json'),
    fileURLToPath(new URL('../public/site.json', import.meta.url)),
  ],
  tokens: join(repo, 'packages/components/tokens/kazanlak.tokens.json'),
  kochani: join(repo, 'packages/components/tokens/themes/kochani.tokens.json'),
  components: join(repo, 'packages/components'),
  manifest: join(repo, 'packages/components/custom-elements.json'),
  embedPackage: join(repo, 'apps/embed/package.json'),
  embedIntegrity: join(repo, 'apps/embed/dist/muni-kit.sri.json'),
};

const readJson = (file, hint) => {
  if (!existsSync(file)) throw new Error(`${file} is missing${hint ? `: ${hint}` : ''}`);
  return JSON.parse(readFileSync(file, 'utf8'));
};

const code = (text) => `<code>${escapeHtml(text)}</code>`;

/** Text with `backticks` set as code, everything escaped. */
const prose = (text) =>
  String(text)
    .split(/(`[^`]+`)/u)
    .map((piece) => (/^`[^`]+`$/u.test(piece) ? code(piece.slice(1, -1)) : escapeHtml(piece)))
    .join('');

/** A table inside a wrapper that scrolls sideways on its own, never the page. */
const table = (caption, head, rows, className = '') => {
  const id = `t-${caption
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')}`;
  return `<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0">
<table class="${className}">
<caption id="${id}">${escapeHtml(caption)}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}
</tbody>
</table>
</div>`;
};

// ---------------------------------------------------------------------------------------------
// Data reference
// ---------------------------------------------------------------------------------------------

/*
 * What each field means comes from the JSON Schema: every field's description is an annotation
 * on its schema in packages/domain/src (`annotateKey({ description })`), which also reaches
 * editors' tooltips. A field without one is reported when the docs build.
 */

const refName = (ref) => ref.replace('#/$defs/', '');
const anchor = (name) => `type-${name.replace(/[^A-Za-z0-9]+/gu, '-')}`;
const displayName = (defs, name) =>
  name === 'PhoneNumberEncoded' ? (defs[name]?.title ?? 'PhoneNumber') : name;
const safeInt = 9007199254740991;

const isObjectNode = (node) => node && node.type === 'object' && node.properties;

/**
 * Walks the example document beside the schema and records, for each type and field, the first
 * value found and its path: `twinCities[3].history[0].date`.
 */
const collectExamples = (schema, document) => {
  const examples = new Map(); // key: "Type.field" or "(document).field" or "Type" (a value type) -> { value, path }
  const record = (key, value, path) => {
    if (!examples.has(key) && value !== undefined) examples.set(key, { value, path });
  };
  const walk = (node, value, path, owner) => {
    if (!node || value === undefined) return;
    if (node.$ref) {
      const name = refName(node.$ref);
      record(name, value, path);
      walk(schema.$defs[name], value, path, name);
      return;
    }
    if (node.anyOf) {
      for (const branch of node.anyOf) walk(branch, value, path, owner);
      return;
    }
    if (isObjectNode(node) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(node.properties)) {
        if (!(key in value)) continue;
        const childPath = path === '' ? key : `${path}.${key}`;
        record(`${owner}.${key}`, value[key], childPath);
        const nested = isObjectNode(child) || (child.type === 'array' && isObjectNode(child.items));
        const childOwner = nested ? (owner === '(document)' ? key : `${owner}.${key}`) : owner;
        walk(child, value[key], childPath, childOwner);
      }
      return;
    }
    if (node.type === 'array' && Array.isArray(value)) {
      const itemOwner = isObjectNode(node.items) ? `${owner}[]` : owner;
      value.forEach((item, index) => walk(node.items, item, `${path}[${index}]`, itemOwner));
    }
  };
  walk(schema, document, '', '(document)');
  return examples;
};

/** JSON on one line, with a space after each comma and colon, for reading. */
const compactJson = (value) => {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${compactJson(item)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
};

/** An example value, short: long strings, arrays and objects are cut with an ellipsis. */
const formatExample = (value) => {
  const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const first = clip(compactJson(value[0]), 90);
    return value.length === 1 ? `[${first}]` : `[${first}, … ${value.length} items]`;
  }
  return clip(compactJson(value), 120);
};

/** The rules of a string or number node, in words, as HTML. */
const constraints = (node, name) => {
  const notes = [];
  if (node.enum) notes.push(`one of ${node.enum.map((v) => code(JSON.stringify(v))).join(', ')}`);
  if (node.title && !node.enum && node.title !== name) notes.push(escapeHtml(node.title));
  // The SafeUrl pattern is long and says less than the description does.
  if (node.pattern && name !== 'SafeUrl') notes.push(`pattern ${code(node.pattern)}`);
  if (node.minLength !== undefined && node.maxLength !== undefined)
    notes.push(`${node.minLength}–${node.maxLength} characters`);
  else if (node.minLength !== undefined)
    notes.push(`at least ${node.minLength} character${node.minLength === 1 ? '' : 's'}`);
  else if (node.maxLength !== undefined) notes.push(`at most ${node.maxLength} characters`);
  const min = node.minimum !== undefined && node.minimum > -safeInt ? node.minimum : undefined;
  const max = node.maximum !== undefined && node.maximum < safeInt ? node.maximum : undefined;
  if (min !== undefined && max !== undefined) notes.push(`${min} to ${max}`);
  else if (min !== undefined) notes.push(`${min} or more`);
  else if (max !== undefined) notes.push(`at most ${max}`);
  return notes;
};

/** The type of a schema node as HTML: links to the reference types, constraints in words. */
const typeHtml = (defs, node, inlineAnchor, name) => {
  if (node.$ref) {
    const name = refName(node.$ref);
    return `<a href="#${anchor(name)}">${code(displayName(defs, name))}</a>`;
  }
  if (node.anyOf)
    return node.anyOf.map((branch) => typeHtml(defs, branch, inlineAnchor)).join(' or ');
  if (node.type === 'array') {
    const least = node.minItems ? `, at least ${node.minItems}` : '';
    return `array of ${typeHtml(defs, node.items ?? {}, inlineAnchor)}${least}`;
  }
  if (isObjectNode(node)) return inlineAnchor ? `<a href="#${inlineAnchor}">object</a>` : 'object';
  const notes = constraints(node, name);
  return `${escapeHtml(node.type ?? 'any')}${notes.length ? ` <span class="constraint">(${notes.join('; ')})</span>` : ''}`;
};

/** Examples for the few fields that no data file of the repository uses yet. */
const illustrations = {
  'OfficeHours.closedOn': ['2026-12-31'],
  'OfficeHours.specialHours': [{ date: '2026-12-30', opens: '08:30', closes: '12:00' }],
  'OfficeHours.extraWorkingDays': [{ date: '2026-12-12', sameAs: 'thu' }],
  'ContactPoint.notes': { bg: 'Само в работни дни', en: 'Working days only' },
  'TwinCity.image': {
    src: 'images/kochani.jpg',
    alt: { bg: 'Централният площад на Кочани', en: 'The central square of Kochani' },
    width: 640,
    height: 427,
  },
  'TimelineEvent.url': '/novini/2023/praznik-na-rozata',
};

const exampleHtml = (example) =>
  example
    ? `<code class="example">${escapeHtml(formatExample(example.value))}</code><span class="example-path">${
        example.illustration
          ? 'an illustration: no data file uses it yet'
          : `at ${code(example.path)}${example.source ? ` in ${escapeHtml(example.source)}` : ''}`
      }</span>`
    : '<span class="none">—</span>';

const missing = [];

const describe = (defs, key, node) => {
  if (node.description) return prose(node.description);
  const target = node.$ref
    ? defs[refName(node.$ref)]
    : node.items?.$ref
      ? defs[refName(node.items.$ref)]
      : undefined;
  missing.push(key);
  return target?.description ? prose(target.description) : '';
};

/** The table of an object's fields. `owner` names it in keys: "(document)", "TwinCity", "footer". */
const fieldTable = (defs, examples, owner, node, caption, inlineObjects) => {
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties).map(([field, child]) => {
    const key = `${owner}.${field}`;
    let inlineAnchor;
    const objectChild = isObjectNode(child)
      ? child
      : child.type === 'array' && isObjectNode(child.items)
        ? child.items
        : undefined;
    if (objectChild) {
      const inlineKey = isObjectNode(child) ? key : `${key}[]`;
      const title = `${owner === '(document)' ? '' : `${owner}.`}${field}${isObjectNode(child) ? '' : '[]'}`;
      inlineAnchor = anchor(`field-${title}`);
      inlineObjects.push({
        owner: inlineKey.replace(/^\(document\)\./u, ''),
        title,
        node: objectChild,
        id: inlineAnchor,
      });
    }
    const example = examples.get(key);
    return [
      `${code(field)}<span class="${required.has(field) ? 'required' : 'optional'}">${required.has(field) ? 'required' : 'optional'}</span>`,
      typeHtml(defs, child, inlineAnchor),
      describe(defs, key, child),
      exampleHtml(example),
    ];
  });
  return table(caption, ['Field', 'Type', 'Description', 'Example'], rows, 'reference');
};

export const dataReference = () => {
  const schema = readJson(paths.schema, 'run `npm run build` in packages/domain');
  const defs = schema.$defs;
  const examples = collectExamples(schema, readJson(paths.example));
  for (const file of paths.moreExamples) {
    if (!existsSync(file)) continue;
    const source = file.endsWith('site.json') ? 'site.json, these docs' : file.split('/').pop();
    for (const [key, found] of collectExamples(schema, readJson(file)))
      if (!examples.has(key)) examples.set(key, { ...found, source });
  }
  for (const [key, value] of Object.entries(illustrations))
    if (!examples.has(key)) examples.set(key, { value, illustration: true });
  missing.length = 0;

  // The order in which types are first referenced from the top of the document.
  const order = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (node.$ref) {
      const name = refName(node.$ref);
      if (!order.includes(name)) {
        order.push(name);
        visit(defs[name]);
      }
      return;
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit({ properties: schema.properties });
  for (const name of Object.keys(defs)) if (!order.includes(name)) order.push(name);

  const out = [];
  const inline = [];
  out.push(`<h2 id="document">The document</h2>
<p>${prose(schema.description)} The top level of a data file has these fields; a field marked <em>required</em> must be present, even when it is an empty list.</p>`);
  out.push(
    fieldTable(defs, examples, '(document)', schema, 'Fields of the municipality document', inline),
  );

  const renderInline = () => {
    while (inline.length) {
      const { owner, title, node, id } = inline.shift();
      out.push(`<h3 id="${id}">${code(title)}</h3>`);
      if (node.description) out.push(`<p>${prose(node.description)}</p>`);
      out.push(fieldTable(defs, examples, owner, node, `Fields of ${title}`, inline));
    }
  };
  renderInline();

  const objectTypes = order.filter((name) => isObjectNode(defs[name]));
  const valueTypes = order.filter((name) => !isObjectNode(defs[name]));

  out.push(`<h2 id="object-types">Object types</h2>
<p>Types used in more than one place. Each is listed once; the tables above link to them.</p>`);
  for (const name of objectTypes) {
    const node = defs[name];
    out.push(`<h3 id="${anchor(name)}">${code(name)}</h3>`);
    if (node.description) out.push(`<p>${prose(node.description)}</p>`);
    out.push(fieldTable(defs, examples, name, node, `Fields of ${name}`, inline));
    renderInline();
  }

  out.push(`<h2 id="value-types">Value types</h2>
<p>Strings and numbers with rules of their own. The validator checks every rule; the JSON Schema expresses most of them, so that an editor can check as you type.</p>`);
  const rows = valueTypes.map((name) => {
    const node = defs[name];
    const ex = examples.get(name);
    const shape =
      name === 'LocalizedText'
        ? 'string, or an object with <code>bg</code> and/or <code>en</code> strings'
        : typeHtml(defs, node, undefined, name);
    return [
      `<span id="${anchor(name)}">${code(displayName(defs, name))}</span>`,
      shape,
      prose(node.description ?? ''),
      exampleHtml(ex),
    ];
  });
  out.push(table('Value types', ['Type', 'Shape', 'Rules', 'Example'], rows, 'reference'));

  if (missing.length)
    console.warn(
      `docs: no description for ${missing.join(', ')} (annotate the field in packages/domain/src: \`annotateKey({ description })\`)`,
    );
  return out.join('\n');
};

// ---------------------------------------------------------------------------------------------
// Design tokens
// ---------------------------------------------------------------------------------------------

/** Flattens DTCG tokens: [{ name: "--muni-color-primary", type, value, description }]. */
export const flattenTokens = (tree) => {
  const tokens = [];
  const walk = (node, path, inheritedType) => {
    const type = node.$type ?? inheritedType;
    if ('$value' in node) {
      tokens.push({
        name: `--muni-${path.join('-')}`,
        type,
        value: node.$value,
        description: node.$description ?? '',
      });
      return;
    }
    for (const [key, child] of Object.entries(node))
      if (!key.startsWith('$') && child && typeof child === 'object')
        walk(child, [...path, key], type);
  };
  walk(tree, [], undefined);
  return tokens;
};

/** A token's value as CSS, the way Style Dictionary writes it (font families quoted when needed). */
export const cssValue = (token) =>
  Array.isArray(token.value)
    ? token.value.map((family) => (/\s/u.test(family) ? `'${family}'` : family)).join(', ')
    : String(token.value);

const swatch = (value) =>
  /^#[0-9a-f]{3,8}$/iu.test(value)
    ? `<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="15" height="15" rx="3" fill="${escapeHtml(value)}" stroke="#1f1a1c"/></svg>`
    : '';

export const tokenTable = () => {
  const tokens = flattenTokens(readJson(paths.tokens));
  const rows = tokens.map((token) => [
    code(token.name),
    `${swatch(cssValue(token))}${code(cssValue(token))}`,
    escapeHtml(token.type ?? ''),
    prose(
      token.description ||
        (token.name.startsWith('--muni-space-')
          ? 'A step of the spacing scale: margins, gaps and padding.'
          : '—'),
    ),
  ]);
  return table(
    'Design tokens and their defaults (the Kazanlak theme)',
    ['Custom property', 'Default', 'Type', 'What it is for'],
    rows,
    'tokens',
  );
};

/** The Kochani theme as the CSS a page would write. */
export const kochaniCss = () => {
  const tokens = flattenTokens(readJson(paths.kochani));
  return `:root {\n${tokens.map((t) => `  ${t.name}: ${cssValue(t)};`).join('\n')}\n}`;
};

export const kochaniDescription = () => readJson(paths.kochani).$description ?? '';

// ---------------------------------------------------------------------------------------------
// Elements: parts, attributes, summaries (Custom Elements Manifest)
// ---------------------------------------------------------------------------------------------

let manifestCache;
export const manifest = () => {
  if (manifestCache) return manifestCache;
  if (!existsSync(paths.manifest)) {
    // Normally written by the components' build (turbo builds it before the docs).
    console.log(
      'docs: custom-elements.json is missing; running `cem analyze` in packages/components',
    );
    execFileSync(
      join(repo, 'node_modules/.bin/cem'),
      ['analyze', '--config', 'custom-elements-manifest.config.js'],
      {
        cwd: paths.components,
        stdio: 'inherit',
      },
    );
  }
  manifestCache = readJson(paths.manifest);
  return manifestCache;
};

/** Every element declared in the manifest, in the order of the public contract. */
export const elements = () => {
  const declarations = manifest()
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  const inherited = manifest()
    .modules.flatMap((module) => module.declarations ?? [])
    .find((d) => d.name === 'MuniElement');
  return declarations
    .sort(
      (a, b) =>
        (elementNames.indexOf(a.tagName) + 1 || 99) - (elementNames.indexOf(b.tagName) + 1 || 99),
    )
    .map((d) => ({ ...d, base: inherited }));
};

export const elementsTable = () =>
  table(
    'The elements',
    ['Element', 'What it shows'],
    elements().map((e) => [code(`<${e.tagName}>`), prose(e.summary ?? e.description ?? '')]),
  );

export const partsList = () =>
  elements()
    .map((e) => {
      const parts = e.cssParts ?? [];
      if (parts.length === 0) return '';
      const id = `parts-${e.tagName}`;
      return `<h3 id="${id}">${code(`<${e.tagName}>`)}</h3>\n${table(
        `Parts of ${e.tagName}`,
        ['Selector', 'What it is'],
        parts.map((p) => [code(`${e.tagName}::part(${p.name})`), prose(p.description ?? '')]),
      )}`;
    })
    .join('\n');

/**
 * String-literal type aliases of the sources (`type TwinCitySort = 'name' | 'country'`), so that an
 * attribute's type reads as its values rather than as a TypeScript name.
 */
let aliasCache;
const literalAliases = () => {
  if (aliasCache) return aliasCache;
  aliasCache = new Map();
  const dirs = [join(paths.components, 'src/components'), join(repo, 'packages/domain/src')];
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true })) {
      const file = join(dir, String(entry));
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.endsWith('.stories.ts'))
        continue;
      for (const match of readFileSync(file, 'utf8').matchAll(
        /type (\w+) = ((?:'[^']*'\s*\|\s*)+'[^']*');/gu,
      )) {
        aliasCache.set(match[1], match[2].replaceAll("'", '"'));
      }
    }
  }
  return aliasCache;
};

/** The attributes of every element, its own and the shared ones (src, timeout) from the base class. */
export const attributesReference = () =>
  elements()
    .map((e) => {
      const own = e.attributes ?? [];
      const names = new Set(own.map((a) => a.name));
      const shared = (e.base?.attributes ?? []).filter((a) => !names.has(a.name));
      const fields = new Map(
        [...(e.members ?? []), ...(e.base?.members ?? [])].map((m) => [m.name, m]),
      );
      const rows = [...own, ...shared].map((a) => {
        const member = a.fieldName ? fields.get(a.fieldName) : undefined;
        const written = (a.type?.text ?? member?.type?.text ?? '').replace(
          /\s*\|\s*undefined$/u,
          '',
        );
        const type = literalAliases().get(written) ?? written;
        // Defaults as an HTML author writes them: main, not 'main'; 10000, not 10_000.
        const fallback = (a.default ?? member?.default)
          ?.replace(/^'(.*)'$/u, '$1')
          .replace(/^(\d+)_(\d+)$/u, '$1$2');
        return [
          code(a.name),
          type ? code(type) : '',
          fallback !== undefined ? code(fallback) : '<span class="none">—</span>',
          prose(a.description ?? member?.description ?? ''),
        ];
      });
      const events = (e.events ?? []).map(
        (ev) => `${code(ev.name)}: ${prose(ev.description ?? '')}`,
      );
      const slots = (e.slots ?? []).map(
        (s) => `${s.name ? code(s.name) : 'default slot'}: ${prose(s.description ?? '')}`,
      );
      return `<h3 id="el-${e.tagName}">${code(`<${e.tagName}>`)}</h3>
<p>${prose(e.summary ?? '')}</p>
${rows.length ? table(`Attributes of ${e.tagName}`, ['Attribute', 'Type', 'Default', 'What it does'], rows) : ''}
${slots.length ? `<p class="slots"><strong>Slots.</strong> ${slots.join(' ')}</p>` : ''}
${events.length ? `<p class="events"><strong>Events.</strong> ${events.join(' ')}</p>` : ''}`;
    })
    .join('\n');

/** The version the CDN URLs name: the embed package's own. */
export const embedVersion = () => readJson(paths.embedPackage).version;

/**
 * The Subresource Integrity hash of the bundle of that version, written by the embed build
 * (apps/embed/scripts/sri.js), so the pages show the hash of the file the CDN serves.
 */
export const embedIntegrity = () => {
  const record = readJson(paths.embedIntegrity, 'build @muni-kit/embed first (npm run build)');
  if (record.version !== embedVersion())
    throw new Error(
      `${paths.embedIntegrity} is for ${record.version}, not ${embedVersion()}: rebuild @muni-kit/embed`,
    );
  return record.integrity;
};

// ---------------------------------------------------------------------------------------------

export const fragments = () => ({
  'data-reference': dataReference(),
  tokens: tokenTable(),
  'kochani-theme': escapeHtml(kochaniCss()),
  'kochani-description': prose(kochaniDescription()),
  parts: partsList(),
  elements: elementsTable(),
  attributes: attributesReference(),
  version: escapeHtml(embedVersion()),
  integrity: escapeHtml(embedIntegrity()),
});

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = process.argv[2] ?? fileURLToPath(new URL('../generated/', import.meta.url));
  mkdirSync(outdir, { recursive: true });
  for (const [name, html] of Object.entries(fragments()))
    writeFileSync(join(outdir, `${name}.html`), `${html}\n`);
  console.log(`docs: wrote ${Object.keys(fragments()).length} fragments to ${outdir}`);
}
