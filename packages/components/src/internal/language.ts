/*
 * One MutationObserver for the whole page tells elements when a `lang` attribute changes on
 * them, an ancestor or <html>, so that they re-render in place. It observes only `lang`.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export const watchLanguage = (listener: Listener): (() => void) => {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
};

/** The language in force at `element`: its own `lang`, an ancestor's (across shadow roots), or ''. */
export const languageOf = (element: Element): string => {
  let node: Element | null = element;
  while (node) {
    const carrier: Element | null = node.closest('[lang]');
    if (carrier) return carrier.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
};

/** Scripts written right to left (ISO 15924), as `Intl.Locale#maximize()` names them. */
const rightToLeftScripts = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * The writing direction of a language tag: 'rtl' for Arabic, Hebrew, Persian, Urdu, Dhivehi…
 * (by the script the tag names or its language is likely written in), else 'ltr'.
 */
export const directionOf = (tag: string): 'ltr' | 'rtl' => {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
};
