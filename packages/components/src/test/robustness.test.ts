/*
 * Property tests: arbitrary values and mutated Kazanlak documents (fields deleted, retyped,
 * emptied, made enormous, odd keys added) fed to every element through the `data` property.
 * Whatever comes in, nothing is thrown into the page, and the element shows either its
 * content or its role="alert" message — never the loading state, never "undefined".
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeMunicipality } from '@muni-kit/domain/municipality.js';
import '../index.js';
import type { MuniElement } from '../internal/muni-element.js';
import {
  applyMutation,
  describeMutation,
  pathsIn,
  type Mutation,
  type Operation,
  type Path,
} from '../../../../tools/document-mutations.js';
import { captureConsole, dataDirectoryUrl, kazanlak, kazanlakUrl, settled, shadow } from './kit.js';

// Every property draws from the run's seed (fixed unless FC_SEED says otherwise): a failure
// names it, and `FC_SEED=<seed>` repeats it.
const { seed } = (await (await fetch('/__muni-kit/fast-check-seed.json')).json()) as {
  seed: number;
};
fc.configureGlobal({ seed });

/** Runs per element and per kind of input; keeps the file well under a minute in Firefox. */
const numRuns = 25;

/** The page language, drawn by fast-check too so that its seed repeats a failing run exactly. */
const language = fc.constantFrom<'bg' | 'en'>('bg', 'en');

const elements: ReadonlyArray<{
  readonly tag: string;
  readonly attributes: Record<string, string>;
}> = [
  { tag: 'muni-site-header', attributes: {} },
  {
    tag: 'muni-mega-menu',
    attributes: {
      'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani',
    },
  },
  { tag: 'muni-breadcrumbs', attributes: { page: 'twin-city-kochani' } },
  { tag: 'muni-timeline', attributes: { 'twin-city': 'kochani' } },
  { tag: 'muni-contact-footer', attributes: {} },
  { tag: 'muni-twin-city-card', attributes: { 'twin-city': 'kochani' } },
  { tag: 'muni-twin-city-list', attributes: { variant: 'cards', sortable: '' } },
  {
    tag: 'muni-side-nav',
    attributes: {
      'current-url': '/za-obshtinata/mezhdunarodni-vrazki/pobratimeni-gradove/kochani',
    },
  },
];

// ---- mutations over JSON paths (the engine: tools/document-mutations.js) --------------------

/** Values of every other type, some of them not JSON at all (the `data` property takes any value). */
const strangeValues: readonly unknown[] = [
  0,
  -1,
  1.5,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  '',
  'x',
  ' ',
  '\u0000',
  '🌹'.repeat(3),
  [],
  [1, 'two', null],
  {},
  { bg: 42 },
  { en: '' },
  10n,
  Symbol('muni'),
  new Date(Number.NaN),
  new Map([['bg', 'x']]),
  () => 'function',
  Object.create(null),
];

// ---- checking one element ------------------------------------------------------------------

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  uncaught.push(`unhandled rejection: ${String(event.reason)}`);

/** Text that means a value reached the page unformatted. */
const leaks = /\bundefined\b|\bNaN\b|\[object |\bnull\b|Invalid Date/u;

/**
 * Mounts `tag` with `data`, waits for it to settle, and checks the property. Returns a
 * description of what went wrong, or undefined.
 */
const check = async (
  tag: string,
  attributes: Record<string, string>,
  data: unknown,
  stage: HTMLElement,
  lang: 'bg' | 'en' = 'bg',
): Promise<string | undefined> => {
  uncaught.length = 0;
  const element = document.createElement(tag) as MuniElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('lang', lang);
  element.setAttribute('base-url', dataDirectoryUrl);
  try {
    await captureConsole(async () => {
      element.data = data;
      stage.append(element);
      await settled(element);
      // Let anything asynchronous (observers, timers, a second update) run too.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
    });
  } catch (error) {
    return `threw: ${error instanceof Error ? error.stack : String(error)}`;
  } finally {
    element.remove();
  }
  if (uncaught.length > 0) return uncaught.join('\n');
  const root = shadow(element);
  if (element.getAttribute('aria-busy') === 'true' || root.querySelector('.loading'))
    return 'still loading';
  const alert = root.querySelector('[role="alert"]');
  if (alert) return alert.textContent!.trim().length > 10 ? undefined : 'an empty alert';
  if (!root.querySelector('.root')) return 'neither content nor an alert';
  const text = root.textContent ?? '';
  const leak = leaks.exec(text);
  if (leak)
    return `shows "${leak[0]}": …${text.slice(Math.max(0, leak.index - 60), leak.index + 40).replace(/\s+/gu, ' ')}…`;
  return undefined;
};

describe('robustness: arbitrary and mutated documents through the data property', () => {
  let stage: HTMLElement;
  let original: Record<string, any>;
  let allPaths: Path[];

  before(async () => {
    original = await kazanlak();
    allPaths = pathsIn(original);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  beforeEach(() => {
    stage = document.createElement('div');
    stage.style.inlineSize = '800px';
    document.body.append(stage);
  });

  afterEach(() => stage.remove());

  /** Paths anywhere, near the top, and in the parts the selecting elements show. */
  const pathArbitrary = () => {
    const shallow = allPaths.filter((path) => path.length <= 2);
    const kochani = original.twinCities.findIndex((city: { id: string }) => city.id === 'kochani');
    const focused = allPaths.filter(
      (path) =>
        (path[0] === 'twinCities' && path[1] === kochani) ||
        path[0] === 'pages' ||
        path[0] === 'sectionNavigation' ||
        (path[0] === 'mainNavigation' && path.length <= 4),
    );
    return fc.oneof(
      fc.constantFrom(...allPaths),
      fc.constantFrom(...shallow),
      fc.constantFrom(...focused),
    );
  };

  const mutationArbitrary = (): fc.Arbitrary<Mutation> =>
    fc.record({
      path: pathArbitrary(),
      operation: fc.constantFrom<Operation>(
        'delete',
        'delete',
        'set',
        'empty',
        'enormous',
        'add-key',
      ),
      value: fc.oneof(fc.constantFrom(...strangeValues), fc.jsonValue({ maxDepth: 2 })),
      key: fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'bg',
        'en',
        'extra',
      ),
    });

  for (const { tag, attributes } of elements) {
    it(`${tag}: mutated Kazanlak documents`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutationArbitrary(), { minLength: 1, maxLength: 4 }),
          language,
          async (mutations, lang) => {
            const document = structuredClone(original);
            for (const mutation of mutations) applyMutation(document, mutation);
            const problem = await check(tag, attributes, document, stage, lang);
            if (problem)
              throw new Error(`${problem}\n  after: ${mutations.map(describeMutation).join('; ')}`);
          },
        ),
        { numRuns },
      );
    });

    it(`${tag}: mutated documents that still decode render their content`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutationArbitrary(), { minLength: 1, maxLength: 3 }),
          language,
          async (mutations, lang) => {
            const document = structuredClone(original);
            for (const mutation of mutations) applyMutation(document, mutation);
            fc.pre(decodeMunicipality(document).ok);
            const problem = await check(tag, attributes, document, stage, lang);
            if (problem)
              throw new Error(`${problem}\n  after: ${mutations.map(describeMutation).join('; ')}`);
          },
        ),
        { numRuns: 15 },
      );
    });

    it(`${tag}: arbitrary values`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.anything({
              maxDepth: 3,
              withBigInt: true,
              withDate: true,
              withMap: true,
              withSet: true,
              withNullPrototype: true,
              withBoxedValues: true,
              withSparseArray: true,
            }),
            fc.jsonValue({ maxDepth: 4 }),
            // The right keys with arbitrary values.
            fc.dictionary(fc.constantFrom(...Object.keys(original)), fc.jsonValue({ maxDepth: 3 })),
          ),
          language,
          async (value, lang) => {
            const problem = await check(tag, attributes, value, stage, lang);
            if (problem) throw new Error(problem);
          },
        ),
        { numRuns },
      );
    });
  }

  it('every kind of mutation is exercised and the unmutated document renders everywhere', async function () {
    this.timeout(30_000);
    for (const { tag, attributes } of elements) {
      expect(await check(tag, attributes, structuredClone(original), stage), tag).to.equal(
        undefined,
      );
      const element = document.createElement(tag) as MuniElement;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.setAttribute('base-url', dataDirectoryUrl);
      element.data = structuredClone(original);
      stage.append(element);
      await settled(element);
      expect(shadow(element).querySelector('[role="alert"]'), tag).to.equal(null);
    }
    // A mutation the decoder accepts still renders (a deleted optional field).
    const withoutDescription = structuredClone(original);
    expect(
      applyMutation(withoutDescription, {
        path: ['twinCities', 5, 'description'],
        operation: 'delete',
      }),
    ).to.equal(true);
    expect(
      await check('muni-twin-city-card', { 'twin-city': 'kochani' }, withoutDescription, stage),
    ).to.equal(undefined);
  });
});

describe('robustness: the data source and the selection changed together', () => {
  it('changing src and twin-city in one go reports no error for the old document', async () => {
    const stage = document.createElement('div');
    document.body.append(stage);
    const kochaniUrl = new URL('kochani.json', kazanlakUrl).href;
    const events: string[] = [];
    stage.addEventListener('muni-error', (event) =>
      events.push((event as CustomEvent<{ message: string }>).detail.message),
    );
    try {
      const { errors } = await captureConsole(async () => {
        for (const tag of ['muni-twin-city-card', 'muni-timeline']) {
          const element = document.createElement(tag) as MuniElement;
          element.setAttribute('src', kazanlakUrl);
          element.setAttribute('twin-city', 'kochani');
          stage.append(element);
          await settled(element);
          element.setAttribute('twin-city', 'kazanlak');
          element.setAttribute('src', kochaniUrl);
          await element.updateComplete;
          await settled(element);
          expect(shadow(element).querySelector('[role="alert"]'), tag).to.equal(null);
          expect(shadow(element).textContent, tag).to.match(/Казанлак|Kazanlak/u);
        }
      });
      expect(errors).to.deep.equal([]);
      expect(events).to.deep.equal([]);
    } finally {
      stage.remove();
    }
  });
});
