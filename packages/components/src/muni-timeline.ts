export * from './components/timeline/timeline.js';
