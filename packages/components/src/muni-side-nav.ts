export * from './components/side-nav/side-nav.js';
