/**
 * The municipality's schema.org JSON-LD as a `<script type="application/ld+json">` for a page's
 * `<head>`, written by `renderPage` (and so `muni-render --page`) and by the demo's
 * prerendering. The facts come from the domain (`municipalityJsonLd`); this adds the choice of
 * language and the safe escaping. Node only, like the rest of the server renderer.
 */
import { resolveLocale } from '@muni-kit/domain/locale.js';
import type { Municipality } from '@muni-kit/domain/municipality.js';
import { jsonLdScript, municipalityJsonLd } from '@muni-kit/domain/structured-data.js';
import { decodeOnServer } from './urls.js';

export interface StructuredDataOptions {
  /** The page's language; the texts are in it when the data has it, else in the default. */
  readonly lang?: string | undefined;
  /** The first day of the twelve months of holidays and special hours; default: now. */
  readonly now?: Date | undefined;
  /** Where the page loads the data from: relative URLs of the data (the logo) resolve as for the elements. */
  readonly src?: string | undefined;
}

/**
 * The `<script type="application/ld+json">` of a municipality (a decoded one, or data to
 * decode). Throws when the data does not decode, as `renderPage` does.
 */
export const renderStructuredData = (
  data: Municipality | unknown,
  options: StructuredDataOptions = {},
): string => {
  const decoded = decodeOnServer(data, options.src);
  if (!decoded.ok)
    throw new Error(decoded.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  const m = decoded.value;
  const locale = resolveLocale(
    options.lang ?? '',
    m.languageVersions.map((version) => version.locale),
    m.defaultLocale,
  );
  return jsonLdScript(municipalityJsonLd(m, { locale, from: options.now ?? new Date() }));
};
