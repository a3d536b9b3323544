/**
 * The autoloader: defines only the muni-kit elements a page uses, each from its own module,
 * as Web Awesome's autoloader does. It looks at the document once it is parsed and again
 * whenever elements are added (a CMS block rendered late, a framework's route change), and
 * imports the module of every `muni-*` tag it has not imported yet; the modules share one copy
 * of Lit, the localization and the data decoder.
 *
 *   <script type="module" src="https://cdn.example/@muni-kit/embed@0.1.0/dist/loader/muni-kit-loader.js"></script>
 *
 * `dist/muni-kit.js`, the one-file bundle, stays for those who want a single file.
 */
// First, before anything imports lit: lets elements that arrive server-rendered hydrate.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { ElementName } from '@muni-kit/components/element-names.js';
import { followLanguageParameter } from './language-parameter.js';

followLanguageParameter(document);

/** Each element's module; a bundler turns every entry into a chunk of its own. */
const elementModules: Readonly<Record<ElementName, () => Promise<unknown>>> = {
  'muni-site-header': () => import('@muni-kit/components/muni-site-header.js'),
  'muni-mega-menu': () => import('@muni-kit/components/muni-mega-menu.js'),
  'muni-breadcrumbs': () => import('@muni-kit/components/muni-breadcrumbs.js'),
  'muni-timeline': () => import('@muni-kit/components/muni-timeline.js'),
  'muni-contact-footer': () => import('@muni-kit/components/muni-contact-footer.js'),
  'muni-twin-city-card': () => import('@muni-kit/components/muni-twin-city-card.js'),
  'muni-twin-city-list': () => import('@muni-kit/components/muni-twin-city-list.js'),
  'muni-side-nav': () => import('@muni-kit/components/muni-side-nav.js'),
  'muni-display-settings': () => import('@muni-kit/components/muni-display-settings.js'),
};

const pending = new Set(Object.keys(elementModules) as ElementName[]);

/** Imports the modules of the tags under `root` not imported yet; stops looking when none is left. */
const discover = (root: ParentNode): void => {
  for (const name of pending) {
    if (!root.querySelector(name)) continue;
    pending.delete(name);
    // A module that fails to load (offline, a blocked file) leaves that element undefined and
    // the page as it was; the browser reports the failed request.
    elementModules[name]().catch((error: unknown) =>
      console.error(`muni-kit: ${name} could not be loaded`, error),
    );
  }
  if (pending.size === 0) observer.disconnect();
};

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) {
        if (pending.has(node.localName as ElementName)) discover(node.parentNode ?? document);
        else if (node.firstElementChild) discover(node);
      }
    }
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });
discover(document);
