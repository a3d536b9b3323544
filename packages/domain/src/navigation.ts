import * as Schema from 'effect/Schema';
import { LocalizedText } from './localized-text.js';
import { SafeUrl } from './safe-url.js';

/**
 * One entry of a navigation tree of any depth: the mega-menu, the section navigation, the
 * breadcrumb trail and footer links all use it. An item with children and a `url` has its own
 * landing page; an item with children and no `url` is only a group.
 */
export interface NavigationItem {
  readonly label: LocalizedText;
  readonly url?: SafeUrl;
  readonly description?: LocalizedText;
  readonly children?: ReadonlyArray<NavigationItem>;
}
export interface NavigationItemEncoded {
  readonly label: typeof LocalizedText.Encoded;
  readonly url?: string;
  readonly description?: typeof LocalizedText.Encoded;
  readonly children?: ReadonlyArray<NavigationItemEncoded>;
}

export const NavigationItem: Schema.Codec<NavigationItem, NavigationItemEncoded> =
  /*#__PURE__*/ (() =>
    Schema.Struct({
      label: LocalizedText.annotateKey({ description: 'The text of the link.' }),
      url: Schema.optionalKey(SafeUrl).annotateKey({
        description: 'Where it leads. An item with children and no URL is only a group.',
      }),
      description: Schema.optionalKey(LocalizedText).annotateKey({
        description: "A short description, shown under the link in the mega-menu's panels.",
      }),
      children: Schema.optionalKey(
        Schema.Array(
          Schema.suspend((): Schema.Codec<NavigationItem, NavigationItemEncoded> => NavigationItem),
        ),
      ).annotateKey({ description: 'The items below it, to any depth.' }),
    }).annotate({
      identifier: 'NavigationItem',
      description:
        'An entry of a navigation tree of any depth: a label, a URL, a description, and children. With children and no URL it is only a group.',
    }))();

/** Resolves `url` against `baseUrl` when one is given and both parse; otherwise `url` itself. */
const absolute = (url: string, baseUrl: string | undefined): string => {
  if (baseUrl === undefined) return url;
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
};

/** Normalises a URL for comparing "is this the current page": no trailing slash, no hash. */
const comparable = (url: string, baseUrl?: string): string =>
  absolute(url, baseUrl)
    .replace(/#.*$/u, '')
    .replace(/(.)\/$/u, '$1');

/**
 * The chain of items from a root to the item whose URL is `currentUrl`, or [] when no item
 * matches. The last element is the current page; the others are its ancestor sections.
 * With `baseUrl` (a page's `location.href`), both sides are resolved against it first, so that
 * `/about` in the data matches `https://example.org/about` in the address bar.
 */
export const findTrail = (
  items: ReadonlyArray<NavigationItem>,
  currentUrl: string | undefined,
  baseUrl?: string,
): ReadonlyArray<NavigationItem> => {
  if (currentUrl === undefined || currentUrl === '') return [];
  const target = comparable(currentUrl, baseUrl);
  const search = (level: ReadonlyArray<NavigationItem>): NavigationItem[] | undefined => {
    for (const item of level) {
      if (item.url !== undefined && comparable(item.url, baseUrl) === target) return [item];
      const below = item.children ? search(item.children) : undefined;
      if (below) return [item, ...below];
    }
    return undefined;
  };
  return search(items) ?? [];
};

/** How many items the tree holds, at every depth. */
export const countItems = (items: ReadonlyArray<NavigationItem>): number =>
  items.reduce((sum, item) => sum + 1 + countItems(item.children ?? []), 0);
