/*
 * When server-rendered elements hydrate. The server marks them `defer-hydration`, which Lit's
 * hydration support honours: such an element does not connect, so does not hydrate, until the
 * attribute is removed. The scheduler removes it (through the element's `hydrate` callback)
 * when the element is first needed: at once on the reader's first interaction with it
 * (pointerdown, focusin, keydown), else when it scrolls into view, else when the page is idle,
 * whichever comes first; and never before its data has arrived.
 *
 * Hydration takes turns: each element hydrates in a task of its own, and then updates to its
 * live state in another, so that a page of elements never hydrates in one long task that keeps
 * the browser from painting and from answering input (a phone takes milliseconds to tens of
 * milliseconds per element and update). A turn starts after the browser has had its say
 * (`yieldToBrowser`). An interaction does not wait for a turn: the reader is waiting.
 *
 * An element whose server-rendered DOM is final (`lazy`: no live state, no interaction the
 * browser does not handle itself) waits for more: it is needed only on an interaction or when
 * the language where it stands changes, and only then asks for its data.
 */
import { languageOf, watchLanguage } from './language.js';
import { yieldToBrowser } from './yield.js';

/** A turn's work; a promise it returns (the update it started) ends the turn when it settles. */
const turns: Array<() => unknown> = [];
let takingTurns = false;

const takeTurns = async (): Promise<void> => {
  takingTurns = true;
  try {
    while (turns.length > 0) {
      await yieldToBrowser();
      const result = turns.shift()?.();
      // Its update runs in microtasks of this task; a timer ends the turn should it throw.
      if (result instanceof Promise)
        await Promise.race([result, new Promise((resolve) => setTimeout(resolve))]);
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
        const result = work();
        resolve(result);
        return result;
      } catch (error) {
        reject(error);
        return undefined;
      }
    });
    if (!takingTurns) void takeTurns();
  });

/** The events by which a reader starts using an element: it hydrates at once. */
export const interactionEvents = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * How long the page may stay busy before waiting elements hydrate anyway (the
 * `requestIdleCallback` timeout), and how soon they hydrate where the browser has no
 * `requestIdleCallback` (Safari): after the page's first tasks, not in them.
 */
export const idleTimeout = 2000;
export const idleFallbackDelay = 200;

interface Waiting {
  readonly element: HTMLElement;
  /** Starts loading the data, if not already; resolves when it has arrived. */
  readonly load: () => Promise<unknown>;
  readonly lazy: boolean;
  /** For a lazy element: the language in force where it stood when it began to wait. */
  readonly language: string;
  /** Hydrates the element; the promise settles once it has rendered (the end of its turn). */
  readonly hydrate: () => Promise<void> | void;
  /** The data has been asked for. */
  loading: boolean;
  /** The data has arrived (or is not needed). */
  ready: boolean;
  /** A trigger fired: visible or idle (a turn), or an interaction (at once). */
  triggered: boolean;
  urgent: boolean;
  queued: boolean;
  done: boolean;
}

const waiting = new Map<Element, Waiting>();
let visibility: IntersectionObserver | undefined;
let idleRequested = false;
let stopWatchingLanguage: (() => void) | undefined;

const stopWaiting = (entry: Waiting): void => {
  waiting.delete(entry.element);
  visibility?.unobserve(entry.element);
  for (const type of interactionEvents)
    entry.element.removeEventListener(type, onInteraction, true);
  if (stopWatchingLanguage && ![...waiting.values()].some((other) => other.lazy)) {
    stopWatchingLanguage();
    stopWatchingLanguage = undefined;
  }
};

/** Another language where a lazy element stands: it must render it, so it is needed now. */
const onLanguageChange = (): void => {
  for (const entry of [...waiting.values()])
    if (entry.lazy && languageOf(entry.element) !== entry.language) trigger(entry, true);
};

/** The data, asked for when the element is first needed (lazy) or at once. */
const whenReady = (entry: Waiting): void => {
  entry.loading = true;
  void entry.load().then(() => {
    entry.ready = true;
    if (entry.triggered) {
      entry.triggered = false;
      trigger(entry, entry.urgent);
    }
  });
};

const run = (entry: Waiting): Promise<void> | void => {
  if (entry.done) return;
  entry.done = true;
  stopWaiting(entry);
  return entry.hydrate();
};

const trigger = (entry: Waiting, urgent: boolean): void => {
  if (entry.done || (entry.triggered && !urgent)) return;
  entry.triggered = true;
  entry.urgent ||= urgent;
  if (!entry.loading) whenReady(entry);
  if (!entry.ready) return; // the data's arrival takes it from here
  if (urgent) void run(entry);
  else if (!entry.queued) {
    entry.queued = true;
    void inTurn(() => run(entry));
  }
};

function onInteraction(this: HTMLElement): void {
  const entry = waiting.get(this);
  if (entry) trigger(entry, true);
}

const observeVisibility = (element: Element): void => {
  if (typeof IntersectionObserver !== 'function') return;
  visibility ??= new IntersectionObserver((records) => {
    for (const record of records) {
      const entry = record.isIntersecting ? waiting.get(record.target) : undefined;
      if (entry && !entry.lazy) trigger(entry, false);
    }
  });
  visibility.observe(element);
};

const requestIdle = (): void => {
  if (idleRequested) return;
  idleRequested = true;
  const onIdle = () => {
    idleRequested = false;
    // In the order the elements came: the page's order, as the turns take them.
    for (const entry of [...waiting.values()]) if (!entry.lazy) trigger(entry, false);
  };
  const idle = (
    globalThis as {
      requestIdleCallback?: (run: () => void, options: { timeout: number }) => number;
    }
  ).requestIdleCallback;
  if (typeof idle === 'function') idle(onIdle, { timeout: idleTimeout });
  else setTimeout(onIdle, idleFallbackDelay);
};

/**
 * Calls `hydrate` once, when `element` is first needed (see above) and the data `load` asks for
 * has arrived (at once, or for a `lazy` element when it is needed). Returns a function that
 * stops waiting (the element left the page before it was needed).
 */
export const hydrateWhenNeeded = (
  element: HTMLElement,
  load: () => Promise<unknown>,
  hydrate: () => Promise<void> | void,
  { lazy = false }: { readonly lazy?: boolean } = {},
): (() => void) => {
  const previous = waiting.get(element);
  if (previous) stopWaiting(previous);
  const entry: Waiting = {
    element,
    load,
    lazy,
    language: lazy ? languageOf(element) : '',
    hydrate,
    loading: false,
    ready: false,
    triggered: false,
    urgent: false,
    queued: false,
    done: false,
  };
  waiting.set(element, entry);
  for (const type of interactionEvents)
    element.addEventListener(type, onInteraction, { capture: true, passive: true });
  if (lazy) stopWatchingLanguage ??= watchLanguage(onLanguageChange);
  else {
    observeVisibility(element);
    requestIdle();
    whenReady(entry);
  }
  return () => {
    if (entry.done) return;
    entry.done = true;
    stopWaiting(entry);
  };
};

/** The page needs `element` now (its data source changed): as an interaction does. */
export const hydrateNow = (element: HTMLElement): void => {
  const entry = waiting.get(element);
  if (entry) trigger(entry, true);
};
