/*
 * Test helpers shared by every element's tests: the Kazanlak document, waiting for an element
 * to load, console capture, and the contract every data-driven element must meet.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MuniElement, MuniErrorDetail } from '../internal/muni-element.js';

/** URL of the Kazanlak document, served from the domain package by the test server. */
export const kazanlakUrl = new URL('../../../domain/data/kazanlak.json', import.meta.url).href;
export const invalidJsonUrl = new URL('./fixtures/invalid-json.json', import.meta.url).href;
export const wrongShapeUrl = new URL('./fixtures/wrong-shape.json', import.meta.url).href;
export const missingUrl = new URL('./fixtures/no-such-file.json', import.meta.url).href;
/** Where the Kazanlak document's relative image URLs resolve: its `base-url` when given as data. */
export const dataDirectoryUrl = new URL('./', kazanlakUrl).href;

let kazanlakText: Promise<string> | undefined;
/** A fresh, mutable copy of the raw Kazanlak document. */
export const kazanlak = async (): Promise<Record<string, any>> => {
  kazanlakText ??= fetch(kazanlakUrl).then((r) => r.text());
  return JSON.parse(await kazanlakText) as Record<string, any>;
};

/** Resolves once the element shows content or its error (not the loading state). */
export const settled = async <E extends MuniElement>(element: E): Promise<E> => {
  for (let i = 0; i < 200; i++) {
    await element.updateComplete;
    const root = element.shadowRoot;
    if (
      root &&
      !root.querySelector('.loading') &&
      root.childElementCount + root.querySelectorAll('*').length > 0
    )
      return element;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`<${element.localName}> did not finish loading`);
};

/** Captures console.error and console.warn calls while `run` runs. */
export const captureConsole = async <T>(run: () => Promise<T>) => {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await run(), errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
};

/** Renders `<tag attrs>` with the given attributes/property and waits for it to settle. */
export const mount = async <E extends MuniElement>(
  tag: string,
  options: {
    attributes?: Record<string, string>;
    data?: unknown;
    inline?: string;
    /** `base-url` for `data` or `inline`: the data folder unless given, as a page would set it. */
    baseUrl?: string | null;
  } = {},
): Promise<E> => {
  const element = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(options.attributes ?? {}))
    element.setAttribute(name, value);
  const baseUrl = options.baseUrl === undefined ? dataDirectoryUrl : options.baseUrl;
  if ((options.data ?? options.inline) !== undefined && baseUrl !== null)
    if (!element.hasAttribute('base-url')) element.setAttribute('base-url', baseUrl);
  if (options.data !== undefined) (element as MuniElement).data = options.data;
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    element.append(script);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  return settled(element);
};

export const shadow = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
};

/** Every string in a JSON value replaced by `replace(old)`, URLs (by key) left alone. */
export const mapStrings = (
  value: unknown,
  replace: (text: string, key: string) => string,
  key = '',
): unknown => {
  if (typeof value === 'string') return replace(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace, k)]),
    );
  }
  return value;
};

export interface ContractOptions {
  /** The element's tag name. */
  readonly tag: string;
  /** Attributes the element needs besides its data (e.g. `{ 'twin-city': 'kochani' }`). */
  readonly attributes?: Record<string, string>;
  /** A text the element shows from the Kazanlak data in each locale. */
  readonly expectedText: { readonly bg: string; readonly en: string };
  /** Whether the element selects a twin city (then an unknown id must be an error). */
  readonly selectsTwinCity?: boolean;
  /** False for an element that shows no text from the data (the display settings: only a URL). */
  readonly showsDataText?: boolean;
}

const textOf = (element: Element) => shadow(element).textContent?.replace(/\s+/gu, ' ') ?? '';

/**
 * The public contract (ARCHITECTURE.md), for one element: the three data inputs in their order of
 * precedence, both locales, the error behaviour, axe in every state, and text never as HTML.
 */
export const describeDataContract = (options: ContractOptions): void => {
  const { tag, expectedText, showsDataText = true } = options;
  const attributes = options.attributes ?? {};

  describe(`${tag}: the data contract`, () => {
    it('renders from src', async () => {
      const element = await mount(tag, {
        attributes: { ...attributes, src: kazanlakUrl, lang: 'bg' },
      });
      expect(textOf(element)).to.include(expectedText.bg);
    });

    it('renders from an inline JSON child', async () => {
      const element = await mount(tag, {
        attributes: { ...attributes, lang: 'en' },
        inline: JSON.stringify(await kazanlak()),
      });
      expect(textOf(element)).to.include(expectedText.en);
    });

    it('renders from the data property, raw or decoded, ahead of src', async () => {
      const raw = await kazanlak();
      const element = await mount(tag, {
        attributes: { ...attributes, lang: 'en', src: missingUrl },
        data: raw,
      });
      expect(textOf(element)).to.include(expectedText.en);
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
      const { decodeMunicipality } = await import('@muni-kit/domain/municipality.js');
      const decoded = decodeMunicipality(raw);
      if (!decoded.ok) throw new Error('Kazanlak data must decode');
      const second = await mount(tag, {
        attributes: { ...attributes, lang: 'bg' },
        data: decoded.value,
      });
      expect(textOf(second)).to.include(expectedText.bg);
    });

    it('follows lang changes on itself and on an ancestor, in place', async () => {
      const element = await mount(tag, {
        attributes: { ...attributes, src: kazanlakUrl, lang: 'bg' },
      });
      const first = shadow(element).firstElementChild;
      element.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(textOf(element)).to.include(expectedText.en);
      element.removeAttribute('lang');
      element.parentElement!.setAttribute('lang', 'bg');
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(textOf(element)).to.include(expectedText.bg);
      expect(shadow(element).firstElementChild).to.equal(first);
    });

    it('is accessible (axe) with content, in both languages', async () => {
      for (const lang of ['bg', 'en']) {
        const element = await mount(tag, { attributes: { ...attributes, src: kazanlakUrl, lang } });
        await expect(element).to.be.accessible();
        // One at a time: two headers (or footers) in one document would be two banner landmarks.
        element.remove();
      }
    });

    const failures: Array<[string, Record<string, string>, RegExp]> = [
      ['a missing file', { src: missingUrl }, /404/u],
      ['invalid JSON', { src: invalidJsonUrl }, /JSON/u],
      ['a document of the wrong shape', { src: wrongShapeUrl }, /id|name|twinCities/u],
    ];
    if (options.selectsTwinCity)
      failures.push([
        'an unknown twin-city',
        { src: kazanlakUrl, 'twin-city': 'atlantis' },
        /atlantis/u,
      ]);

    for (const [what, extra, logged] of failures) {
      it(`shows a localized alert, logs and fires muni-error for ${what}`, async () => {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries({ ...attributes, lang: 'bg', ...extra }))
          element.setAttribute(name, value);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        let detail: MuniErrorDetail | undefined;
        wrapper.addEventListener(
          'muni-error',
          (event) => (detail = (event as CustomEvent<MuniErrorDetail>).detail),
        );
        const { errors } = await captureConsole(async () => {
          wrapper.append(element);
          await settled(element as MuniElement);
        });
        const alert = shadow(element).querySelector('[role="alert"]');
        expect(alert, 'role=alert').to.exist;
        expect(alert!.textContent!.trim().length).to.be.greaterThan(10);
        const bulgarian = alert!.textContent!;
        expect(bulgarian).to.match(/[а-я]/u); // Bulgarian, as the element's lang says
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(logged);
        expect(detail?.message).to.match(logged);
        await expect(element).to.be.accessible();
        element.setAttribute('lang', 'en');
        await new Promise((resolve) => setTimeout(resolve));
        await (element as MuniElement).updateComplete;
        // English now: every English alert names "the municipality information", and none has a
        // Cyrillic letter (the Bulgarian one of an unknown twin city has Latin letters: its id).
        const english = shadow(element).querySelector('[role="alert"]')!.textContent!;
        expect(english).not.to.equal(bulgarian);
        expect(english).not.to.match(/[а-яё]/iu);
        expect(english).to.match(/municipality information/u);
      });
    }

    it('fires a bubbling, composed muni-error', async () => {
      const element = document.createElement(tag);
      element.setAttribute('src', missingUrl);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const listener = oneEvent(host, 'muni-error');
      await captureConsole(async () => {
        host.append(element);
        const event = (await listener) as CustomEvent;
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
      });
    });

    it('shows text payloads as text, never as HTML', async () => {
      const payload =
        '<img src=x onerror="window.__muniPwned=1"><script>window.__muniPwned=1</script>';
      const hostile = mapStrings(await kazanlak(), (text, key) =>
        [
          'url',
          'src',
          'pageUrl',
          'homeUrl',
          'accessibilityStatementUrl',
          'id',
          'twinCity',
          'lang',
          'code',
          'date',
          'published',
          'from',
          'to',
          'opens',
          'closes',
          'timeZone',
          'holidays',
          'closedOn',
          'postalCode',
          'country',
          '$schema',
          'kind',
          'network',
          'locale',
          'defaultLocale',
        ].includes(key) ||
        /^\+?[\d\s/()-]+$/u.test(text) ||
        text.includes('@') ||
        [
          'mon',
          'tue',
          'wed',
          'thu',
          'fri',
          'sat',
          'sun',
          'twin',
          'friendly',
          'voice',
          'fax',
        ].includes(text)
          ? text
          : `${text}${payload}`,
      );
      const element = await mount(tag, {
        attributes: { ...attributes, lang: 'bg' },
        data: hostile,
      });
      const root = shadow(element);
      expect(root.querySelector('[role="alert"]'), 'the hostile document still decodes').to.equal(
        null,
      );
      expect(root.querySelector('img[src="x"], script')).to.equal(null);
      if (showsDataText) expect(root.textContent).to.include('<img src=x');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as unknown as { __muniPwned?: number }).__muniPwned).to.equal(undefined);
    });

    it('lets no script URL reach an href or src', async () => {
      const hostile = mapStrings(await kazanlak(), (text, key) =>
        ['url', 'src', 'pageUrl', 'homeUrl', 'accessibilityStatementUrl'].includes(key)
          ? 'javascript:window.__muniPwned=1'
          : text,
      );
      const { result: element } = await captureConsole(() =>
        mount(tag, { attributes: { ...attributes, lang: 'bg' }, data: hostile }),
      );
      const root = shadow(element);
      for (const node of root.querySelectorAll('[href], [src]')) {
        expect(node.getAttribute('href') ?? node.getAttribute('src')).not.to.match(
          /^\s*javascript:/iu,
        );
      }
      expect(root.querySelector('[role="alert"]')).to.exist;
    });
  });
};

/**
 * Switches the page to print media and back around `check`. Where the browser cannot emulate
 * print (Firefox over WebDriver BiDi), `fallback` gets the text of the element's @media print
 * rules instead, to check what they hide.
 */
export const inPrint = async (
  element: Element,
  check: () => void,
  fallback: (printRules: string) => void,
): Promise<void> => {
  const { emulateMedia } = await import('@web/test-runner-commands');
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    fallback(
      shadow(element)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'),
        )
        .map((rule) => rule.cssText)
        .join('\n'),
    );
    return;
  }
  try {
    check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
};

/**
 * Sets the viewport and waits until layout has it: browsers apply a new viewport a
 * browser-dependent number of frames later (Firefox over WebDriver BiDi is slower).
 */
export const viewport = async (width: number, height: number): Promise<void> => {
  const { setViewport } = await import('@web/test-runner-commands');
  await setViewport({ width, height });
  const deadline = performance.now() + 5000;
  while (window.innerWidth !== width && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => requestAnimationFrame(resolve));
};
