import { isServer } from 'lit';
import { serverContext } from './server-context.js';
import {
  decodeMunicipality,
  decodeMunicipalityJson,
  type DecodeIssue,
  type Municipality,
} from '@muni-kit/domain/municipality.js';

/** Why an element shows its error message instead of content. */
export type LoadFailure =
  | { readonly kind: 'http'; readonly url: string; readonly status: number }
  | { readonly kind: 'network'; readonly url: string; readonly message: string }
  | { readonly kind: 'timeout'; readonly url: string; readonly milliseconds: number }
  | {
      readonly kind: 'invalid';
      readonly url: string | undefined;
      readonly issues: readonly DecodeIssue[];
    }
  | { readonly kind: 'not-found'; readonly what: 'twin-city' | 'page'; readonly id: string }
  | { readonly kind: 'no-data' };

export type LoadResult =
  | {
      readonly ok: true;
      readonly value: Municipality;
      /** The document's fingerprint (see `fingerprint`), worked out when asked for. */
      readonly fingerprint?: () => string | undefined;
    }
  | { readonly ok: false; readonly failure: LoadFailure };

/**
 * A short fingerprint of a JSON document's content: FNV-1a of its JSON text as
 * `JSON.stringify` writes it (so the same file gives the same fingerprint whether it was read
 * by a server renderer or fetched by the browser). Lets a server-rendered element tell whether
 * the browser has the document it was rendered from. `undefined` if it is not JSON.
 */
export const fingerprint = (value: unknown): string | undefined => {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
};

/** The fingerprint of JSON text, worked out once, when first asked for. */
const textFingerprint = (text: string): (() => string | undefined) => {
  let memo: { value: string | undefined } | undefined;
  return () => {
    if (!memo) {
      try {
        memo = { value: fingerprint(JSON.parse(text)) };
      } catch {
        memo = { value: undefined };
      }
    }
    return memo.value;
  };
};

type Fetched =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly failure: LoadFailure };

/*
 * One request per URL per page, even when two copies of the kit (two bundles) are loaded:
 * the response text is shared through a registry on globalThis; each copy decodes it itself
 * because two versions may read a document differently.
 */
const registryKey = Symbol.for('muni-kit.fetched-documents');
const globalRegistry = globalThis as typeof globalThis & {
  [registryKey]?: Map<string, Promise<Fetched>>;
};
const fetched: Map<string, Promise<Fetched>> = (globalRegistry[registryKey] ??= new Map());
const decoded = new Map<string, Promise<LoadResult>>();

const fetchText = async (url: string, milliseconds: number): Promise<Fetched> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), milliseconds);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { ok: false, failure: { kind: 'http', url, status: response.status } };
    return { ok: true, text: await response.text() };
  } catch (error) {
    if (controller.signal.aborted)
      return { ok: false, failure: { kind: 'timeout', url, milliseconds } };
    return {
      ok: false,
      failure: {
        kind: 'network',
        url,
        message: error instanceof Error ? error.message : String(error),
      },
    };
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Loads and decodes the municipality document at `src` (relative to the page). Never rejects.
 * Failed requests are forgotten, so that an element added later (or a retry) asks again.
 */
export const loadMunicipality = (src: string, milliseconds: number): Promise<LoadResult> => {
  const url = new URL(src, document.baseURI).href;
  let result = decoded.get(url);
  if (!result) {
    let request = fetched.get(url);
    if (!request) {
      request = fetchText(url, milliseconds);
      fetched.set(url, request);
    }
    result = request.then((response): LoadResult => {
      if (!response.ok) {
        fetched.delete(url);
        decoded.delete(url);
        return response;
      }
      const decoding = decodeMunicipalityJson(response.text, { baseUrl: url });
      return decoding.ok
        ? { ...decoding, fingerprint: textFingerprint(response.text) }
        : { ok: false, failure: { kind: 'invalid', url, issues: decoding.issues } };
    });
    decoded.set(url, result);
  }
  return result;
};

/**
 * The URL that relative URLs in data given as an object or inline resolve against: the
 * element's `base-url` (itself relative to the page) when it has one, else the page.
 */
const pageBase = (baseUrl: string | undefined): string =>
  baseUrl ? new URL(baseUrl, document.baseURI).href : document.baseURI;

/** Decodes inline JSON text (from a `<script type="application/json">` child). */
export const decodeInline = (text: string, baseUrl?: string): LoadResult => {
  const decoding = decodeMunicipalityJson(text, { baseUrl: pageBase(baseUrl) });
  return decoding.ok
    ? { ...decoding, fingerprint: textFingerprint(text) }
    : { ok: false, failure: { kind: 'invalid', url: undefined, issues: decoding.issues } };
};

/**
 * Decodes the `data` property: a decoded municipality or the raw JSON object. In the browser
 * relative URLs in it are resolved against `baseUrl` (the element's `base-url`), else the page;
 * on the server, as the renderer says (`serverContext.decode`: against `base-url`, else `src`),
 * else left as written.
 */
export const decodeProperty = (
  data: unknown,
  options: { readonly src?: string; readonly baseUrl?: string } = {},
): LoadResult => {
  const decoding = isServer
    ? (serverContext.decode ?? decodeMunicipality)(data, options.baseUrl || options.src)
    : decodeMunicipality(data, { baseUrl: pageBase(options.baseUrl) });
  return decoding.ok
    ? { ...decoding, fingerprint: () => fingerprint(data) }
    : { ok: false, failure: { kind: 'invalid', url: undefined, issues: decoding.issues } };
};

/** The one-line explanation logged with console.error, naming what failed. */
export const describeFailure = (failure: LoadFailure): string => {
  switch (failure.kind) {
    case 'http':
      return `could not load ${failure.url}: HTTP ${failure.status}`;
    case 'network':
      return `could not load ${failure.url}: ${failure.message}`;
    case 'timeout':
      return `no answer from ${failure.url} within ${failure.milliseconds} ms`;
    case 'invalid':
      return `invalid municipality data${failure.url ? ` in ${failure.url}` : ''}: ${failure.issues
        .slice(0, 20)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join(
          '; ',
        )}${failure.issues.length > 20 ? ` (and ${failure.issues.length - 20} more)` : ''}`;
    case 'not-found':
      return `the data has no ${failure.what} with the id "${failure.id}"`;
    case 'no-data':
      return 'no data: set the data property, add a <script type="application/json"> child or a src attribute';
  }
};
