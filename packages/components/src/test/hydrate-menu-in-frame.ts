// Loaded into a frame by mega-menu-adopt.test.ts: Lit's hydration support first, as the embed
// bundle loads it (resolved from here, so that it patches the same Lit as the element), then the menu.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../components/mega-menu/mega-menu.js';
