/**
 * The settings page's check of a data file: the kit's own decoder, so the page reports the same
 * problems, with the same paths, as `muni-validate` and the elements themselves.
 */
import {
  decodeMunicipalityJson,
  portableUrlWarnings,
  type DecodeIssue,
} from '@muni-kit/domain/municipality.js';

export interface DataFileReport {
  readonly ok: boolean;
  readonly issues: readonly DecodeIssue[];
  readonly warnings: readonly DecodeIssue[];
}

/** Decodes the JSON text of a data file: its problems, or the warnings of a valid file. */
export const checkDataFile = (text: string): DataFileReport => {
  const result = decodeMunicipalityJson(text);
  return result.ok
    ? { ok: true, issues: [], warnings: portableUrlWarnings(result.value) }
    : { ok: false, issues: result.issues, warnings: [] };
};
