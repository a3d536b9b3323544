export * from './components/contact-footer/contact-footer.js';
