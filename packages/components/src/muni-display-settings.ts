export * from './components/display-settings/display-settings.js';
