import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/components/custom-elements.json';
import kochaniTheme from '../packages/components/tokens/themes/kochani.tokens.json';
import '../packages/components/src/index.js';
import { interfaceLocales } from '../packages/components/src/internal/localization.js';
import { languageSelfName } from '../packages/domain/src/locale.js';

// Autodocs read attributes, properties, events, slots, parts and CSS properties from the manifest.
setCustomElementsManifest(manifest);

/** The alternate theme as a class: tokens only, as a municipality would restyle the kit. */
const themeRule = `.muni-theme-kochani {${Object.entries(kochaniTheme.color)
  .filter(([name]) => !name.startsWith('$'))
  .map(([name, token]) => `--muni-color-${name}: ${(token as { $value: string }).$value};`)
  .join('')}}`;
const style = document.createElement('style');
style.textContent = themeRule;
document.head.append(style);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: interfaceLocales.map((value) => ({ value, title: languageSelfName(value) })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme (design tokens)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'kazanlak', title: 'Kazanlak (default)' },
          { value: 'kochani', title: 'Kochani' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'bg', theme: 'kazanlak' },
  decorators: [
    (story, context) =>
      html`<div lang=${context.globals['locale'] ?? 'bg'} class=${context.globals['theme'] === 'kochani' ? 'muni-theme-kochani' : ''}>${story()}</div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    docs: { toc: true },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
