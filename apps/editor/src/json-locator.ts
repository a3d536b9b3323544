// Where in the text a path of the domain's issues (`twinCities[5].history[2].date`) is: the
// domain names places by path, CodeMirror marks ranges of text. jsonc-parser's syntax tree
// gives each value's offset, and still parses a document with a syntax error in it.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** A range of the text, as offsets. */
export interface TextRange {
  readonly from: number;
  readonly to: number;
}

/**
 * `twinCities[5].history[2].date` → `['twinCities', 5, 'history', 2, 'date']`. The domain writes
 * names as they are (`formatPath`): a name is what lies between dots and brackets.
 * `(document)` (the whole document) is the empty path.
 */
export const parseIssuePath = (path: string): Array<string | number> => {
  if (path === '(document)' || path === '') return [];
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/gu)) {
    segments.push(match[1] !== undefined ? Number(match[1]) : (match[2] ?? ''));
  }
  return segments;
};

/** The text a node spans. */
const rangeOf = (node: Node): TextRange => ({ from: node.offset, to: node.offset + node.length });

/**
 * The text range of `path` in `text`: the value it names, else the nearest existing ancestor
 * (a missing required field is marked on the object that lacks it), else the whole document.
 */
export const locatePath = (text: string, path: string): TextRange => {
  const tree = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  if (!tree) return { from: 0, to: Math.min(text.length, 1) };
  const segments = parseIssuePath(path);
  for (let length = segments.length; length >= 0; length -= 1) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (!node) continue;
    // An object or array is marked on its name (`"address"`), or its opening bracket when it
    // has none (an item of a list), not over the hundreds of lines it may span.
    if (node.type === 'object' || node.type === 'array') {
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return key ? rangeOf(key) : { from: node.offset, to: node.offset + 1 };
    }
    const range = rangeOf(node);
    return range;
  }
  return { from: 0, to: Math.min(text.length, 1) };
};
