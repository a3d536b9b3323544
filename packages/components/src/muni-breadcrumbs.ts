export * from './components/breadcrumbs/breadcrumbs.js';
