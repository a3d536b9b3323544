// ESLint 9 flat config for the whole monorepo. `eslint .` in any workspace finds this file by
// walking up from the working directory.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    '**/storybook-static/**',
    '**/coverage/**',
    '**/.turbo/**',
    '**/generated/**',
  ]),
  {
    files: ['**/*.ts', '**/*.js'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      lit.configs['flat/recommended'],
      litA11y.configs.recommended,
      wc.configs['flat/best-practice'],
    ],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Browser code: the components and their tests, stories and Storybook setup.
  {
    files: [
      'packages/components/**/*.{ts,js}',
      'apps/**/src/**/*.{ts,js}',
      'apps/consumers/apps/*/public/**/*.js',
      '.storybook/**/*.{ts,js}',
    ],
    languageOptions: { globals: globals.browser },
  },
  // Node code: config files, build scripts, command-line tools.
  {
    files: [
      '*.{js,ts}',
      '**/*.config.{js,ts}',
      'tools/**/*.{js,ts}',
      '**/scripts/**/*.{js,ts}',
      '**/bin/**/*.js',
      'packages/theme/test/**/*.js',
      '.ci/**/*.js',
    ],
    languageOptions: { globals: globals.node },
  },
  // The benchmarks and the end-to-end tests run in Node and hand functions to the page.
  {
    files: [
      'bench/**/*.js',
      'apps/embed/test/**/*.js',
      'apps/editor/test/**/*.js',
      'apps/wordpress/test/**/*.js',
      'apps/consumers/test/**/*.js',
      'apps/docs/test/**/*.js',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // The WordPress plugin's scripts run in wp-admin and the block editor, without a build step.
  {
    files: ['apps/wordpress/plugin/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  // Tests and stories (never shipped): chai assertions are expressions (`expect(x).to.exist`),
  // and fixtures and story data handle raw JSON.
  {
    files: [
      '**/*.test.{ts,js}',
      '**/test/**/*.{ts,js}',
      '**/test-fixtures.ts',
      '**/*.stories.ts',
      '**/stories/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Turns off the stylistic rules that Prettier owns; keep it last.
  prettier,
);
