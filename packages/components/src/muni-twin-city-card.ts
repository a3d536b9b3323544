export * from './components/twin-city-card/twin-city-card.js';
