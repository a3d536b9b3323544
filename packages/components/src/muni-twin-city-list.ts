export * from './components/twin-city-list/twin-city-list.js';
