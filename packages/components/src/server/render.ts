/**
 * Server rendering of muni-kit elements with @lit-labs/ssr: an element (or a whole page) as an
 * HTML string holding its declarative shadow DOM, for a CMS to paste, include or cache, and for
 * the embed bundle to hydrate. Node only; used by the `muni-render` command and the demo's
 * prerendering.
 *
 *   import { renderElement } from '@muni-kit/components/server/render.js';
 *   const html = renderElement({ element: 'muni-site-header', data, lang: 'bg', src: '/data/kazanlak.json' });
 *
 * The output is deterministic: the same options give the same bytes (give `now` for the
 * time-dependent header and footer). All text goes through Lit's escaping.
 */
export { elementNames, type ElementName } from '../element-names.js';
export { renderStructuredData, type StructuredDataOptions } from './structured-data.js';
export {
  elementStylesheet,
  isElementName,
  renderElement,
  sharedStylesheet,
  type ElementOptions,
} from './render-element.js';
export { checkRenderable, type Renderable } from './renderable.js';
export { renderPage, type PageOptions } from './render-page.js';
