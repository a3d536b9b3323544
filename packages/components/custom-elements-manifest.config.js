// Custom Elements Manifest (custom-elements.json) from the elements' JSDoc, plus editor data:
// VS Code custom HTML data and JetBrains web-types, so editors complete muni-* tags anywhere.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

export default {
  globs: ['src/components/**/*.ts', 'src/internal/muni-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    customElementVsCodePlugin({ outdir: 'dist/editor', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'dist/editor', webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
