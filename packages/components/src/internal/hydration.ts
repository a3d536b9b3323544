/*
 * Hydration of server-rendered elements: what the server rendered (read from the host before
 * hydrating), and the turns in which elements hydrate.
 */
import type { LitElement } from 'lit';
import { yieldToBrowser } from './yield.js';
import {
  renderedAtAttribute,
  renderedDataAttribute,
  renderedLangAttribute,
} from './server-context.js';

/** What a server-rendered element showed, read from its host and shadow root before hydrating. */
export interface ServerRendering {
  /** The state the server rendered; hydration must render the same one. */
  readonly kind: 'content' | 'error' | 'loading';
  /** The language the server rendered in (`rendered-lang`). */
  readonly language: string | null;
  /** The instant time-dependent parts were rendered for (`rendered-at`). */
  readonly at: Date | undefined;
  /** The fingerprint of the document the server rendered (`rendered-data`). */
  readonly data: string | null;
  /** The `lang` and `dir` the server put on the shadow content (see `languageMarks`). */
  readonly marks: LanguageMarks;
}

/** `lang` and `dir` of the shadow content, where they differ from the page's. */
export interface LanguageMarks {
  readonly lang: string | undefined;
  readonly dir: string | undefined;
}

export const noMarks: LanguageMarks = { lang: undefined, dir: undefined };

export const serverAttributes = [
  renderedLangAttribute,
  renderedAtAttribute,
  renderedDataAttribute,
] as const;

/**
 * Whether Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`,
 * loaded before lit) is installed: it adds `defer-hydration` to every LitElement's observed
 * attributes.
 */
export const hydrationSupported = (element: LitElement): boolean =>
  (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');

/**
 * The hydration support's "hydrate on the first update" flag: `_$needsHydration` in Lit's
 * development build, `_$AG` in its production build (Lit keeps its mangled names stable).
 */
export const hydrationFlags = ['_$AG', '_$needsHydration'] as const;

export const readServerRendering = (element: HTMLElement, root: ShadowRoot): ServerRendering => {
  const at = element.getAttribute(renderedAtAttribute);
  const date = at === null ? undefined : new Date(at);
  const wrapper = [...root.children].find((child) => child.classList.contains('in-language'));
  return {
    marks: { lang: wrapper?.getAttribute('lang') ?? undefined, dir: wrapper?.getAttribute('dir') ?? undefined },
    kind: root.querySelector('[role="alert"]')
      ? 'error'
      : root.querySelector('.loading')
        ? 'loading'
        : 'content',
    language: element.getAttribute(renderedLangAttribute),
    at: date && !Number.isNaN(date.getTime()) ? date : undefined,
    data: element.getAttribute(renderedDataAttribute),
  };
};

/**
 * Hydration takes turns: each server-rendered element hydrates in a task of its own, and then
 * updates to its live state in another, so that a page of elements never hydrates in one long
 * task that keeps the browser from painting and from answering input (a phone takes
 * milliseconds to tens of milliseconds per element and update). A turn starts after the
 * browser has had its say (`yieldToBrowser`).
 */
const turns: Array<() => void> = [];
let takingTurns = false;

const takeTurns = async (): Promise<void> => {
  takingTurns = true;
  try {
    while (turns.length > 0) {
      await yieldToBrowser();
      turns.shift()?.();
    }
  } finally {
    takingTurns = false;
  }
};

/** Runs `work` in a turn of its own (in order); resolves or rejects with its outcome. */
export const inTurn = <T>(work: () => T): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    turns.push(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    });
    if (!takingTurns) void takeTurns();
  });
