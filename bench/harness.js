// Browser side of the growth and leak benchmarks (served as /__bench/harness.js beside the
// embed bundle). Every time is measured inside the page with performance.now(), from the action
// to the next paint (a requestAnimationFrame, then a task after that frame).

const docs = new Map();
const sheets = new Map();

/** Resolves after the next frame has been rendered (rAF, then a task queued from it). */
export const nextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** Waits until a Lit element has no update pending (also one a MutationObserver triggers). */
const settle = async (element) => {
  for (let i = 0; i < 4; i += 1) await Promise.resolve();
  if (!('updateComplete' in element)) return;
  while (!(await element.updateComplete));
};

const stage = () => document.getElementById('stage');
const gc = () => window.gc?.();
/** The rendered markup without Lit's comment markers: what a hand-written template would write. */
const markupOf = (root) => root.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!---->/gu, '');

const toggleOf = (element) =>
  element.shadowRoot?.querySelector('button[part~="toggle"]') ??
  element.shadowRoot?.querySelector('button[aria-expanded]:not([hidden])');

const renderedOrThrow = (element) => {
  const alert = element.shadowRoot?.querySelector('[role="alert"]');
  if (alert) throw new Error(`<${element.localName}> shows an error: ${alert.textContent.trim()}`);
  if (element.getAttribute('aria-busy') === 'true') {
    throw new Error(`<${element.localName}> is still busy`);
  }
};

export const bench = {
  /** Fetches a data document and decodes it once with the domain (for the "decoded" runs). */
  async prepare(key, url) {
    const raw = await (await fetch(url)).json();
    const result = window.muniDecode(raw, { baseUrl: new URL(url, location.href).href });
    if (!result.ok) throw new Error(`${url} does not decode: ${JSON.stringify(result.issues[0])}`);
    docs.set(key, { raw, decoded: result.value });
    return true;
  },

  forget(key) {
    docs.delete(key);
    sheets.delete(key);
  },

  /** Decoding alone (JSON already parsed), as the element does for a raw `data` object. */
  async decode(key) {
    const { raw } = docs.get(key);
    gc();
    await nextPaint();
    const start = performance.now();
    window.muniDecode(raw, { baseUrl: location.href });
    return performance.now() - start;
  },

  /**
   * One kit trial: mount the element with `data` (raw JSON or decoded), switch it to English,
   * optionally open the first panel. Returns the times and, with `capture`, the markup.
   */
  async kit({ tag, attributes = {}, key, variant = 'raw', open = false, capture = false }) {
    const doc = docs.get(key);
    const data = variant === 'raw' ? doc.raw : doc.decoded;
    stage().replaceChildren();
    gc();
    await nextPaint();

    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.data = data;
    let start = performance.now();
    stage().append(element);
    await settle(element);
    await nextPaint();
    const first = performance.now() - start;
    renderedOrThrow(element);
    const result = { first, nodes: element.shadowRoot.querySelectorAll('*').length };
    // Serializing the markup is slow for big trees: only in the capturing (warm-up) trial.
    const bg = capture ? markupOf(element.shadowRoot) : undefined;
    if (capture) {
      result.markup = { bg };
      sheets.set(key, [...element.shadowRoot.adoptedStyleSheets]);
    }

    gc();
    await nextPaint();
    start = performance.now();
    element.setAttribute('lang', 'en');
    await settle(element);
    await nextPaint();
    result.switch = performance.now() - start;
    if (capture) {
      const en = markupOf(element.shadowRoot);
      if (en === bg) throw new Error(`<${tag}> did not change when its lang became "en"`);
      result.markup.en = en;
    }

    if (open) {
      const toggle = toggleOf(element);
      if (!toggle) throw new Error(`<${tag}> has no toggle button to open`);
      gc();
      await nextPaint();
      start = performance.now();
      toggle.click();
      await settle(element);
      await nextPaint();
      result.open = performance.now() - start;
      if (toggleOf(element)?.getAttribute('aria-expanded') !== 'true') {
        throw new Error(`<${tag}>: clicking the first toggle did not open its panel`);
      }
      const panel = element.shadowRoot.getElementById(toggle.getAttribute('aria-controls'));
      result.panelLinks = panel ? panel.querySelectorAll('a').length : undefined;
    }
    element.remove();
    return result;
  },

  /**
   * One baseline trial: the same markup written with innerHTML into a shadow root that adopts
   * the same stylesheets (no data decoding, no template work: the strictest baseline).
   */
  async baseline({ key, markup, open = false }) {
    stage().replaceChildren();
    gc();
    await nextPaint();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets.get(key) ?? [];
    let start = performance.now();
    stage().append(host);
    root.innerHTML = markup.bg;
    await nextPaint();
    const first = performance.now() - start;
    gc();
    await nextPaint();
    start = performance.now();
    // The same change as the kit's trial: the host's language, then the English markup.
    host.setAttribute('lang', 'en');
    root.innerHTML = markup.en;
    await nextPaint();
    const switchTime = performance.now() - start;
    let openTime;
    if (open) {
      // Opening the same panel by hand: aria-expanded on its button, `hidden` off the panel.
      const toggle = root.querySelector('button[part~="toggle"]');
      const panel = toggle && root.getElementById(toggle.getAttribute('aria-controls'));
      if (panel) {
        gc();
        await nextPaint();
        start = performance.now();
        toggle.setAttribute('aria-expanded', 'true');
        toggle.closest('li')?.classList.add('open');
        panel.removeAttribute('hidden');
        await nextPaint();
        openTime = performance.now() - start;
      }
    }
    host.remove();
    return { first, switch: switchTime, open: openTime };
  },

  /**
   * Mounts and removes an element `cycles` times (with its data decoded once), clicking its
   * first disclosure button and then the page, when it has one, so that whatever listens while
   * open is set up too.
   */
  async cycle({ tag, attributes = {}, key, cycles }) {
    const data = docs.get(key).decoded;
    for (let i = 0; i < cycles; i += 1) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.data = data;
      stage().append(element);
      await settle(element);
      if (i === 0) renderedOrThrow(element);
      const toggle = toggleOf(element);
      if (toggle) {
        toggle.click();
        await settle(element);
        document.body.dispatchEvent(new window.PointerEvent('pointerdown', { bubbles: true }));
        document.body.click();
        await settle(element);
      }
      element.remove();
    }
    await nextPaint();
    return true;
  },
};

window.muniBench = bench;
