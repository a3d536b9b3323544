// Custom Elements Manifest (custom-elements.json) from the elements' JSDoc, plus what is made
// from it: editor data (VS Code custom HTML data, JetBrains web-types) so editors complete
// muni-* tags anywhere, and framework types so a TypeScript app type-checks muni-* tags with no
// hand-written declarations: dist/jsx.d.ts (React 19, Preact, Solid JSX) and dist/vue.d.ts
// (Vue's GlobalComponents). Both import the element classes and MuniErrorDetail from
// dist/index.js; the package exports them as `@muni-kit/components/jsx` and `/vue`.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** The event type of `muni-error`, which every element inherits from MuniElement. */
const errorEventType = 'CustomEvent<MuniErrorDetail>';

/**
 * `muni-error` is dispatched by the base class, and the elements' `@fires` tags say what it
 * means for each element; the type of its detail is the same for all, so it is filled in here
 * once instead of in eight JSDoc tags.
 */
const errorEventTypes = () => ({
  name: 'muni-error-type',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? [])
      for (const declaration of module.declarations ?? [])
        for (const event of declaration.events ?? [])
          if (event.name === 'muni-error') event.type = { text: errorEventType };
  },
});

const camelCase = (name) => name.replace(/-([a-z])/gu, (_, letter) => letter.toUpperCase());

/**
 * The Vue generator gets a copy of the manifest told the way vue-tsc reads templates: it
 * writes each event's type as the type of its detail (`CustomEvent<type>`), so `CustomEvent<X>`
 * is unwrapped to `X`; and vue-tsc looks `base-url="…"` up as `baseUrl` and `@muni-error` as
 * `onMuniError`, so attributes and events are named in camel case (the generator writes
 * `on${event.name}`).
 */
const vueTypes = (options) => ({
  name: 'muni-vue-types',
  packageLinkPhase({ customElementsManifest }) {
    const copy = structuredClone(customElementsManifest);
    for (const module of copy.modules ?? [])
      for (const declaration of module.declarations ?? []) {
        for (const attribute of declaration.attributes ?? [])
          attribute.name = camelCase(attribute.name);
        for (const event of declaration.events ?? []) {
          const detail = /^CustomEvent<(.+)>$/u.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type = { text: detail };
          event.name = camelCase(`-${event.name}`);
        }
      }
    generateVuejsTypes(copy, options);
    // It imports a type once per element that uses it; a name imported twice does not compile.
    const file = join(options.outdir, options.fileName);
    const text = readFileSync(file, 'utf8').replace(
      /import type \{([^}]*)\} from "([^"]+)"/gu,
      (_, names, from) =>
        `import type { ${[
          ...new Set(
            names
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean),
          ),
        ].join(', ')} } from "${from}"`,
    );
    writeFileSync(file, text);
  },
});

export default {
  globs: ['src/components/**/*.ts', 'src/internal/muni-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    errorEventTypes(),
    customElementVsCodePlugin({
      outdir: 'dist/editor',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist/editor',
      webTypesFileName: 'web-types.json',
      packageJson: false,
    }),
    // Paths in the generated files are relative to `outdir`.
    jsxTypesPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      globalTypePath: './index.js',
      stronglyTypedEvents: true,
    }),
    vueTypes({ outdir: 'dist', fileName: 'vue.d.ts', globalTypePath: './index.js' }),
  ],
};
