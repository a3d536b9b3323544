import { decodeMunicipality, type DecodeResult } from '@muni-kit/domain/municipality.js';

/*
 * On the server there is no page URL to resolve against. When the element names its data file
 * (`src`), each relative URL inside the data is resolved against `src` as the browser will, and
 * written in the same form as `src`: relative to the page for a relative `src`, root-relative
 * for a root-relative one, absolute for an absolute one. Root-relative and absolute URLs in the
 * data stay as they are. Resolution goes through a placeholder origin that never leaves here.
 */
const placeholderOrigin = 'http://muni-kit.invalid';
/** A deep placeholder page directory, so that `../` in `src` still lands inside it. */
const placeholderDirectory = '/p/p/p/p/p/p/p/p/';

const hasScheme = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/iu.test(url);

/** `to` written relative to the directory `fromDirectory` (both paths on the placeholder origin). */
const relativePath = (fromDirectory: string, to: URL): string => {
  const from = fromDirectory.split('/').slice(1, -1);
  const target = to.pathname.split('/').slice(1);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common])
    common++;
  const path = '../'.repeat(from.length - common) + target.slice(common).join('/');
  return (path === '' ? './' : path) + to.search + to.hash;
};

export const decodeOnServer = (data: unknown, src: string | undefined): DecodeResult => {
  if (!src || src.startsWith('//')) return decodeMunicipality(data);
  if (hasScheme(src)) return decodeMunicipality(data, { baseUrl: src });
  const rootRelative = src.startsWith('/');
  const base = new URL(src, placeholderOrigin + placeholderDirectory);
  const rewriteUrl = <U extends string>(url: U): U => {
    if (url === '' || hasScheme(url) || url.startsWith('/') || url.startsWith('#')) return url;
    const resolved = new URL(url, base);
    return (
      rootRelative
        ? resolved.pathname + resolved.search + resolved.hash
        : relativePath(placeholderDirectory, resolved)
    ) as U;
  };
  return decodeMunicipality(data, { rewriteUrl });
};
