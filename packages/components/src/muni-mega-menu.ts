export * from './components/mega-menu/mega-menu.js';
