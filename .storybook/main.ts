import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/components/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The domain's documents and their images, unrenamed, where the stories look for them
  // (packages/components/src/stories/story-data.ts): relative image URLs then resolve.
  staticDirs: [{ from: '../packages/domain/data', to: '/packages/domain/data' }],
  core: { disableTelemetry: true },
};

export default config;
