/*
 * WCAG contrast of rendered text, for the contrast test: every text node in every shadow root,
 * its colour against the background actually behind it (the background colours of its
 * ancestors composited, walking up through slots and shadow hosts to the page's canvas).
 */

export type Rgba = readonly [number, number, number, number];

export interface TextContrast {
  readonly element: string;
  readonly text: string;
  readonly ratio: number;
  readonly large: boolean;
  readonly foreground: string;
  readonly background: string;
}

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser computes (rgb(), color(srgb …), oklch()…) as sRGB 0–255 and alpha 0–1. */
export const parseColor = (value: string): Rgba => {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  if (a === 0) return [0, 0, 0, 0];
  // The canvas stores premultiplied-then-unpremultiplied values; good to within one step.
  return [r!, g!, b!, a! / 255];
};

/** `top` over `bottom` (bottom opaque). */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
};

const luminance = ([r, g, b]: Rgba): number => {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

export const contrastRatio = (a: Rgba, b: Rgba): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The parent in the flat tree: the slot a node is assigned to, else its parent, else the shadow host. */
const composedParent = (element: Element): Element | null =>
  element.assignedSlot ??
  element.parentElement ??
  ((element.getRootNode() as ShadowRoot).host as Element | undefined) ??
  null;

/** The opaque colour behind `element`'s content: its and its ancestors' backgrounds over the canvas (white unless the root paints). */
export const effectiveBackground = (element: Element): Rgba => {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  // The canvas: the root's background propagates to it; with none, the browser's (white, in a light scheme).
  let result: Rgba = layers.at(-1)?.[3] === 1 ? layers.pop()! : [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
};

/** Text no sighted reader sees: not rendered, transparent, or clipped to a pixel (visually hidden). */
const invisible = (element: Element): boolean => {
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.clipPath !== 'none' && node.getBoundingClientRect().width <= 1) return true;
  }
  return false;
};

/** Every visible text node of every shadow root under `root` (nested ones too), with its contrast. */
export const shadowTextContrasts = (root: Element): TextContrast[] => {
  const results: TextContrast[] = [];
  const visit = (scope: ParentNode, host: string) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot, element.localName);
    }
    if (!(scope instanceof ShadowRoot)) return;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (
        !parent ||
        !text.textContent?.trim() ||
        ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)
      )
        continue;
      if (parent.closest('svg') || invisible(parent)) continue;
      const style = getComputedStyle(parent);
      const background = effectiveBackground(parent);
      const foreground = over(parseColor(style.color), background);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      results.push({
        element: host,
        text: text.textContent.trim().slice(0, 40),
        ratio: Math.round(contrastRatio(foreground, background) * 100) / 100,
        large,
        foreground: `rgb(${foreground.slice(0, 3).map(Math.round).join(' ')})`,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(' ')})`,
      });
    }
  };
  visit(root, root.localName);
  return results;
};
