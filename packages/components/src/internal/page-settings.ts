/*
 * The reader's display settings, page-wide: the colour scheme and the text size live as
 * attributes on <html> (`data-muni-color-scheme`, `data-muni-text-size`), which every element
 * follows through two inherited custom properties. A shadow root cannot see <html>'s attributes
 * (`:host-context()` is Chromium-only), so the rules that turn the attributes into properties
 * live in the page: in muni-kit.css (before first paint, server-rendered pages too) and, for a
 * page without it, in a constructed stylesheet the first element adds to the document.
 * The bundle's head script (apps/embed/src/muni-kit-head.js) applies the remembered settings
 * before first paint; it repeats `storageKey` and the values, since it cannot import.
 */
export const colorSchemes = ['light', 'dark', 'auto'] as const;
export type ColorScheme = (typeof colorSchemes)[number];
export const textSizes = ['100', '125', '150', '200'] as const;
export type TextSize = (typeof textSizes)[number];

export interface DisplaySettings {
  readonly colorScheme: ColorScheme;
  readonly textSize: TextSize;
}

/** localStorage key of the remembered settings, a JSON `DisplaySettings`. */
export const storageKey = 'muni-kit:display-settings';
export const defaultSettings: DisplaySettings = { colorScheme: 'auto', textSize: '100' };

/** The page-level rules, the same as in apps/embed/src/muni-kit.css. */
export const pageSettingsCss = [
  ':root[data-muni-color-scheme="light"] { --muni-color-scheme: light; color-scheme: light; }',
  ':root[data-muni-color-scheme="dark"] { --muni-color-scheme: dark; color-scheme: dark; }',
  ...textSizes.map(
    (size) => `:root[data-muni-text-size="${size}"] { --muni-text-scale: ${Number(size) / 100}; }`,
  ),
].join('\n');

const installed = Symbol.for('muni-kit.page-settings');

/** Adds the page-level rules to `document` once per page (every copy of the bundle shares the flag). */
export const installPageSettings = (document: Document): void => {
  const flags = document as unknown as Record<symbol, boolean>;
  if (
    flags[installed] ||
    typeof CSSStyleSheet === 'undefined' ||
    !('adoptedStyleSheets' in document)
  )
    return;
  flags[installed] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageSettingsCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
};

const isScheme = (value: unknown): value is ColorScheme =>
  colorSchemes.includes(value as ColorScheme);
const isSize = (value: unknown): value is TextSize => textSizes.includes(value as TextSize);

/** The remembered settings; the defaults when storage is unavailable, empty or holds anything else. */
export const readSettings = (storage: () => Storage = () => localStorage): DisplaySettings => {
  try {
    const stored = JSON.parse(
      storage().getItem(storageKey) ?? 'null',
    ) as Partial<DisplaySettings> | null;
    return {
      colorScheme: isScheme(stored?.colorScheme) ? stored.colorScheme : defaultSettings.colorScheme,
      textSize: isSize(stored?.textSize) ? stored.textSize : defaultSettings.textSize,
    };
  } catch {
    return defaultSettings;
  }
};

/** Remembers the settings; false when storage refuses (private mode, quota, disabled), which is not an error. */
export const writeSettings = (
  settings: DisplaySettings,
  storage: () => Storage = () => localStorage,
): boolean => {
  try {
    storage().setItem(storageKey, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
};

/** Puts the settings on <html>, where every element (and muni-kit.css) reads them. */
export const applySettings = (root: HTMLElement, settings: DisplaySettings): void => {
  root.dataset.muniColorScheme = settings.colorScheme;
  root.dataset.muniTextSize = settings.textSize;
};

/** The page's display settings element (muni-display-settings), if it has one. */
export const findDisplaySettings = (
  document: Document,
): (Element & { show?: () => Promise<void> }) | null =>
  document.querySelector('muni-display-settings');

/**
 * A click on a link to the accessibility page opens the display settings instead, when the page
 * has them (a modified click still follows the link, into a new tab say).
 */
export const openDisplaySettings = (
  event: MouseEvent,
  settings: ReturnType<typeof findDisplaySettings>,
): void => {
  if (
    typeof settings?.show !== 'function' ||
    event.ctrlKey ||
    event.metaKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  event.preventDefault();
  void settings.show();
};
