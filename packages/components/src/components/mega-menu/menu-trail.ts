import { isServer } from 'lit';
import { findTrail, type NavigationItem } from '@muni-kit/domain/navigation.js';
import { serverUrlBase } from '../../internal/server-context.js';

/** The `aria-current` value of an item on the trail: the page itself, or a section above it. */
export type CurrentMark = 'page' | 'true';

/** Every item of the tree that leads to the current page, with its `aria-current` value. */
export type CurrentMarks = ReadonlyMap<NavigationItem, CurrentMark>;

export const noMarks: CurrentMarks = new Map();

/** The current URL as the decoded data has it: absolute, resolved against the document. */
const resolve = (url: string): string => {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
};

/**
 * Marks the current page (`currentUrl`) `page` and the sections above it `true`, once per
 * navigation and URL: the templates only look items up. Nothing is marked without a URL (the
 * server has no address bar). On the server, relative URLs resolve against the URL's own base.
 */
export const currentMarks = (
  navigation: ReadonlyArray<NavigationItem>,
  currentUrl: string | undefined,
): CurrentMarks => {
  if (currentUrl === undefined) return noMarks;
  const chain = isServer
    ? findTrail(navigation, currentUrl, serverUrlBase(currentUrl))
    : findTrail(navigation, resolve(currentUrl));
  return new Map(chain.map((item, index) => [item, index === chain.length - 1 ? 'page' : 'true']));
};
