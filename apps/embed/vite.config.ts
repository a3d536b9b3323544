import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const domainData = join(here, '../../packages/domain/data');
const themes = join(here, '../../packages/components/dist/themes');

/** Puts the demo pages, their data files and the optional stylesheets beside the bundle. */
const demoFiles = (): Plugin => ({
  name: 'muni-demo-files',
  apply: 'build',
  writeBundle(options) {
    const out = options.dir ?? join(here, 'dist');
    mkdirSync(join(out, 'themes'), { recursive: true });
    copyFileSync(join(here, 'src/muni-kit.css'), join(out, 'muni-kit.css'));
    copyFileSync(join(here, 'src/muni-kit-head.js'), join(out, 'muni-kit-head.js'));
    for (const file of readdirSync(join(here, 'pages')))
      copyFileSync(join(here, 'pages', file), join(out, file));
    for (const file of readdirSync(domainData))
      copyFileSync(join(domainData, file), join(out, file));
    for (const file of readdirSync(themes))
      copyFileSync(join(themes, file), join(out, 'themes', file));
  },
});

export default defineConfig({
  build: {
    target: 'es2022',
    emptyOutDir: true,
    lib: {
      entry: join(here, 'src/muni-kit.ts'),
      formats: ['es'],
      fileName: () => 'muni-kit.js',
    },
    rolldownOptions: {
      // Library mode keeps whitespace in `es` output unless the output is told to minify.
      output: { minify: true },
    },
    reportCompressedSize: false,
  },
  plugins: [demoFiles()],
});
