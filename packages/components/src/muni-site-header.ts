export * from './components/site-header/site-header.js';
