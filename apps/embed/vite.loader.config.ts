import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** The autoloader (src/muni-kit-loader.ts) and one chunk per element, in dist/loader. */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: join(here, 'dist/loader'),
    emptyOutDir: true,
    lib: {
      entry: join(here, 'src/muni-kit-loader.ts'),
      formats: ['es'],
      fileName: () => 'muni-kit-loader.js',
    },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    reportCompressedSize: false,
  },
});
