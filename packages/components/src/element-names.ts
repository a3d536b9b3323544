/**
 * The public elements, in the order of the public contract (ARCHITECTURE.md). The one list the
 * server renderer, the documentation, the size budget and the tests all go by.
 */
export const elementNames = [
  'muni-site-header',
  'muni-mega-menu',
  'muni-breadcrumbs',
  'muni-timeline',
  'muni-contact-footer',
  'muni-twin-city-card',
  'muni-twin-city-list',
  'muni-side-nav',
  'muni-display-settings',
] as const;

export type ElementName = (typeof elementNames)[number];
