/*
 * Warnings for documents that decode but will not work as their authors expect: file-relative
 * site URLs, and the fixed temperature of earlier versions.
 */
import type { DecodeIssue, Municipality } from './municipality.js';

/** A URL that resolves against the data file's own location ("./index.html", "en/"). */
const isFileRelative = (url: string): boolean => !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/iu.test(url);

/**
 * Warnings for a valid document whose language versions and home page are written relative to
 * the data file: they resolve to pages that do not exist once the file is served from elsewhere
 * (a CMS keeps it in its uploads folder). Paths as in decoding issues.
 */
export const portableUrlWarnings = (municipality: Municipality): DecodeIssue[] => {
  const links = [
    ...municipality.languageVersions.map((version, index) => ({
      path: `languageVersions[${index}].url`,
      url: version.url,
    })),
    { path: 'homeUrl', url: municipality.homeUrl },
  ];
  return links
    .filter(({ url }) => isFileRelative(url))
    .map(({ path, url }) => ({
      path,
      message: `"${url}" is relative to the data file, so it cannot resolve once the file moves (into a CMS's uploads folder, for one): write it site-relative ("/${url.replace(/^\.\//u, '')}") or absolute`,
    }));
};

/**
 * Warnings for a document (as read, before decoding) that still gives the fixed `weather.temperatureCelsius` of
 * earlier versions: it is ignored (a number that never changes is not the weather), so say so.
 */
export const weatherWarnings = (document: unknown): DecodeIssue[] => {
  // The raw document: decoding drops keys the model does not know.
  const weather = (document as { readonly weather?: unknown } | null)?.weather;
  return weather !== null && typeof weather === 'object' && 'temperatureCelsius' in weather
    ? [
        {
          path: 'weather.temperatureCelsius',
          message:
            "A fixed temperature is no longer shown: give weather.src, the URL of a feed in Open-Meteo's format, and remove it",
        },
      ]
    : [];
};
