/*
 * The municipality document's rules across its parts, which JSON Schema cannot express: run by
 * effect's filters and by the JSON Schema decoder alike.
 */
import { municipalityJsonSchema } from './generated/municipality-json-schema.js';
import type { CheckResult } from './json-schema-decoder.js';
import { partsOfDefinition } from './json-schema-walk.js';
import { checkLocale } from './locale.js';

/** Twin cities are addressed by id (`twin-city="kochani"`), so an id may appear only once. */
export const checkUniqueTwinCityIds = (m: {
  readonly twinCities: ReadonlyArray<{ readonly id: string }>;
}): CheckResult => {
  const seen = new Set<string>();
  for (const [index, city] of m.twinCities.entries()) {
    if (seen.has(city.id)) {
      return {
        path: ['twinCities', index, 'id'],
        issue: `Expected unique twin city ids, "${city.id}" appears twice`,
      };
    }
    seen.add(city.id);
  }
  return true;
};

/**
 * The document's languages are its `languages`, else those of its language versions. Each
 * appears once, the versions and the default are among them, and every translation is in one
 * of them: a typo such as "mk-MK" or "eng" is reported where it is, not left to fall back silently.
 */
export const checkTextLanguages = (m: {
  readonly defaultLocale: string;
  readonly languageVersions: ReadonlyArray<{ readonly locale: string }>;
  readonly languages?: readonly string[];
}): CheckResult => {
  const versions = m.languageVersions.map((version) => version.locale);
  const languages = m.languages ?? versions;
  const list = languages.map((tag) => `"${tag}"`).join(', ');
  const repeatIn = (tags: readonly string[]) =>
    tags.findIndex((tag, index) => tags.indexOf(tag) !== index);
  const twice = (tags: readonly string[], index: number) =>
    `Expected each language once, "${tags[index] ?? ''}" appears twice`;
  const repeatedLanguage = m.languages ? repeatIn(m.languages) : -1;
  if (repeatedLanguage >= 0)
    return { path: ['languages', repeatedLanguage], issue: twice(languages, repeatedLanguage) };
  const repeatedVersion = repeatIn(versions);
  if (repeatedVersion >= 0)
    return {
      path: ['languageVersions', repeatedVersion, 'locale'],
      issue: twice(versions, repeatedVersion),
    };
  const unlisted = versions.findIndex((tag) => !languages.includes(tag));
  if (unlisted >= 0) {
    return {
      path: ['languageVersions', unlisted, 'locale'],
      issue: `Expected one of the document's languages (${list})`,
    };
  }
  if (!languages.includes(m.defaultLocale)) {
    return { path: ['defaultLocale'], issue: `Expected one of the document's languages (${list})` };
  }
  for (const [path, translations] of partsOfDefinition(municipalityJsonSchema, 'Translations', m)) {
    for (const tag of Object.keys(translations as object)) {
      if (languages.includes(tag)) continue;
      const malformed = checkLocale(tag);
      return {
        path: [...path, tag],
        issue:
          malformed === true
            ? `Expected a translation in one of the document's languages (${list}), found "${tag}"`
            : malformed,
      };
    }
  }
  return true;
};
