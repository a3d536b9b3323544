// The editor's errors are the domain's: the same decoder the elements use, with the same paths,
// each placed in the text where its path points.
import { decodeMunicipalityJson, type DecodeIssue, type Municipality } from '@muni-kit/domain';
import { parse, type ParseError } from 'jsonc-parser';
import { locatePath, type TextRange } from './json-locator.js';

/** A problem of the document, with its path and its place in the text. */
export interface LocatedIssue extends DecodeIssue, TextRange {}

export type CheckResult =
  | { readonly ok: true; readonly value: Municipality }
  | { readonly ok: false; readonly issues: readonly LocatedIssue[] };

/**
 * Where the first syntax error of `text` is: the domain reports it for the whole document, with
 * JSON.parse's message (kept: it is the validator's), and jsonc-parser finds its offset.
 */
const syntaxErrorRange = (text: string): TextRange | undefined => {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  return first && { from: first.offset, to: first.offset + Math.max(first.length, 1) };
};

/**
 * Decodes `text` as the elements would (URLs resolved against `baseUrl`) and places each
 * problem in the text. Never throws.
 */
export const checkDocument = (text: string, baseUrl: string): CheckResult => {
  const result = decodeMunicipalityJson(text, { baseUrl });
  if (result.ok) return result;
  const only = result.issues.length === 1 ? result.issues[0] : undefined;
  const syntax = only?.message.startsWith('Invalid JSON') ? syntaxErrorRange(text) : undefined;
  if (only && syntax) return { ok: false, issues: [{ ...only, ...syntax }] };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ ...issue, ...locatePath(text, issue.path) })),
  };
};
