import type { DecodeResult } from '@muni-kit/domain/municipality.js';

/*
 * Server rendering (@lit-labs/ssr) has no page around an element: no ancestors with `lang`,
 * no `<html lang>`, no document URL. What the renderer knows about the page it renders for is
 * set here for the duration of one render (see `src/server/render.ts`); the browser never
 * reads it.
 */
export const serverContext: {
  /** The language of the page being rendered (its `<html lang>`), for elements without their own `lang`. */
  language: string | undefined;
  /**
   * Decodes the `data` property on the server, writing the data's relative URLs relative to the
   * element's `src` (the renderer installs it; kept out of the browser bundle).
   */
  decode: ((data: unknown, src: string | undefined) => DecodeResult) | undefined;
} = { language: undefined, decode: undefined };

/** The host attributes with which a server-rendered element records what it rendered. */
export const renderedLangAttribute = 'rendered-lang';
export const renderedAtAttribute = 'rendered-at';
export const renderedDataAttribute = 'rendered-data';

/**
 * What to resolve URLs against when comparing them on the server (which has no page URL): the
 * URL itself when it is absolute, else a placeholder origin, so that `/a` and `/a/` compare equal.
 */
export const serverUrlBase = (url: string): string => {
  try {
    return new URL(url).href;
  } catch {
    return 'http://muni-kit.invalid/';
  }
};

/**
 * Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`) keeps an
 * element with this attribute from connecting, so from hydrating, until it is removed. The
 * server puts it on every element it renders; the kit's hydration scheduler removes it.
 */
export const deferHydrationAttribute = 'defer-hydration';
