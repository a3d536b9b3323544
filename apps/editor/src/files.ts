// Opening and saving files in the browser, with no server: the File System Access API where
// the browser has it (Chromium: saving goes back to the same file), else an <input type=file>
// and a download. And the draft, kept in localStorage so that a reload loses nothing.

/** A file as the editor holds it: its name and text, and where to save it back, if known. */
export interface OpenedFile {
  readonly name: string;
  readonly text: string;
  readonly handle?: FileSystemFileHandle;
}

interface PickerWindow {
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandle>;
}
const picker = (): PickerWindow => window as unknown as PickerWindow;

const jsonTypes = [{ description: 'JSON', accept: { 'application/json': ['.json'] } }];

/** Whether the browser can open and save files in place (the File System Access API). */
export const canPickFiles = (): boolean =>
  typeof picker().showOpenFilePicker === 'function' &&
  typeof picker().showSaveFilePicker === 'function';

/** Lets the person pick a JSON file; undefined when they cancel. */
export const pickFile = async (): Promise<OpenedFile | undefined> => {
  try {
    const [handle] = (await picker().showOpenFilePicker?.({ types: jsonTypes })) ?? [];
    if (!handle) return undefined;
    const file = await handle.getFile();
    return { name: file.name, text: await file.text(), handle };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
};

/** Reads a file chosen with an <input type=file>. */
export const readFile = async (file: File): Promise<OpenedFile> => ({
  name: file.name,
  text: await file.text(),
});

/** Offers `text` as a download named `name` (a Blob and an <a download>). */
export const download = (name: string, text: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/**
 * Saves `text` in place: to `handle`, else to a file the person picks (File System Access API).
 * Resolves to the handle written to, or undefined when they cancel.
 */
export const saveInPlace = async (
  name: string,
  text: string,
  handle?: FileSystemFileHandle,
): Promise<FileSystemFileHandle | undefined> => {
  try {
    const target =
      handle ?? (await picker().showSaveFilePicker?.({ suggestedName: name, types: jsonTypes }));
    if (!target) return undefined;
    const writable = await target.createWritable();
    await writable.write(text);
    await writable.close();
    return target;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
};

const draftKey = 'muni-kit-editor:draft';

/** The draft kept by `keepDraft`, if any. */
export const loadDraft = (): { name: string; text: string } | undefined => {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey) ?? 'null') as unknown;
    if (draft && typeof draft === 'object' && 'name' in draft && 'text' in draft) {
      const { name, text } = draft as { name: unknown; text: unknown };
      if (typeof name === 'string' && typeof text === 'string') return { name, text };
    }
  } catch {
    // Storage refused (private mode) or a damaged entry: start without a draft.
  }
  return undefined;
};

/** Keeps the text being edited, so that a reload or a closed tab does not lose it. */
export const keepDraft = (name: string, text: string): void => {
  try {
    localStorage.setItem(draftKey, JSON.stringify({ name, text }));
  } catch {
    // Storage full or refused: editing goes on, only the draft is not kept.
  }
};
