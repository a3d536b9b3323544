import { version } from '../version.js';

const warned = new Set<string>();

/**
 * Defines a custom element unless its name is taken, so that two copies of the kit on one page
 * (two plugins, two bundles) never throw. When the copy already defined is another version,
 * says so once: the page then runs the first copy's elements.
 */
export const defineElement = (
  name: string,
  element: CustomElementConstructor & { readonly kitVersion?: string },
): void => {
  const existing = customElements.get(name) as
    (CustomElementConstructor & { readonly kitVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(name, element);
    return;
  }
  if (existing.kitVersion !== version && !warned.has(name)) {
    warned.add(name);
    console.warn(
      `muni-kit ${version}: <${name}> is already defined by ${existing.kitVersion ? `muni-kit ${existing.kitVersion}` : 'another script'}; that definition is kept.`,
    );
  }
};
