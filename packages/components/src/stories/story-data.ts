/*
 * Data for stories: the Kazanlak document by URL, plus generated documents for the "many
 * items", "very long text" and "empty" states. The domain's data folder (documents and their
 * images, unrenamed) is at `packages/domain/data/` beside the page both in Storybook
 * (`staticDirs` in .storybook/main.ts, dev and build) and under the test runner (which serves
 * the repository at its root), so a document's relative image URLs resolve in both.
 */
/** The folder of the data files: the `base-url` of stories that pass a document as `data`. */
export const dataBase = new URL('packages/domain/data/', document.baseURI).href;
export const kazanlakSrc = new URL('kazanlak.json', dataBase).href;
export const kochaniSrc = new URL('kochani.json', dataBase).href;
/** A URL that answers 404: the error state. */
export const missingSrc = new URL('./no-such-municipality.json', import.meta.url).href;

let kazanlakDocument: Promise<Record<string, any>> | undefined;
/** A fresh copy of the raw Kazanlak document, to change for a story. */
export const loadKazanlak = async (): Promise<Record<string, any>> => {
  kazanlakDocument ??= fetch(kazanlakSrc).then(
    (response) => response.json() as Promise<Record<string, any>>,
  );
  return structuredClone(await kazanlakDocument);
};

const longWord = 'Побратименоградскосътрудничествоикултуренобмен';
/** Text long enough to wrap many times, with one very long word. */
export const longText = (base: string) =>
  `${base} — ${longWord}${longWord} ${'дълъг текст '.repeat(12)}`;

/** A navigation tree with `sections` sections of 5 groups of `perGroup` links (≈ sections × 5 × (perGroup + 1) links). */
export const manyLinks = (sections: number, perGroup: number) =>
  Array.from({ length: sections }, (_, s) => ({
    label: { bg: `Раздел ${s + 1}`, en: `Section ${s + 1}` },
    url: `/section-${s + 1}`,
    children: Array.from({ length: 5 }, (_, g) => ({
      label: { bg: `Група ${s + 1}.${g + 1}`, en: `Group ${s + 1}.${g + 1}` },
      url: `/section-${s + 1}/group-${g + 1}`,
      children: Array.from({ length: perGroup }, (_, l) => ({
        label: { bg: `Връзка ${s + 1}.${g + 1}.${l + 1}`, en: `Link ${s + 1}.${g + 1}.${l + 1}` },
        url: `/section-${s + 1}/group-${g + 1}/link-${l + 1}`,
      })),
    })),
  }));

/** `count` history events spread over the years since 1900, some by month, some by day, some undated. */
export const manyEvents = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const year = 1900 + Math.floor((i * 125) / count);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const date =
      i % 4 === 0
        ? `${year}`
        : i % 4 === 1
          ? `${year}-${month}`
          : i % 4 === 2
            ? `${year}-${month}-${day}`
            : undefined;
    return { ...(date ? { date } : {}), text: { bg: `Събитие ${i + 1}`, en: `Event ${i + 1}` } };
  });
