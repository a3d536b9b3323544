import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** The settings page's data-file check, one ES module beside the plugin's admin script. */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: join(here, 'dist/validate'),
    emptyOutDir: true,
    lib: { entry: join(here, 'src/validate.ts'), formats: ['es'], fileName: () => 'validate.js' },
    rolldownOptions: { output: { minify: true } },
    reportCompressedSize: false,
  },
});
