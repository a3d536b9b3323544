#!/usr/bin/env node
// muni-validate: checks municipality data files against the muni-kit domain model.
import { readDocument } from './read-document.js';

const usage = `Usage: muni-validate <file.json> [more files]

Checks each municipality data file against the muni-kit domain model.
A valid file gets a one-line summary on stdout, and on stderr a warning
"<file>: warning: <path>: <message>" for each language version or home
URL written relative to the data file (it breaks when the file moves)
and for a fixed weather.temperatureCelsius (ignored: give weather.src);
every problem of an invalid file is printed on stderr as
"<file>: <path>: <message>".

Options:
  -h, --help  show this help

Exit status: 0 when every file is valid, 1 when a file has problems,
2 when a file cannot be read or is not JSON, or the arguments are wrong.`;

const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

/** Items below the top-level sections of a menu that link somewhere, at every depth. */
const countLinks = (items) =>
  items.reduce(
    (sum, item) => sum + (item.url === undefined ? 0 : 1) + countLinks(item.children ?? []),
    0,
  );

const summary = (file, municipality, localize) => {
  const name = localize(
    municipality.name,
    municipality.defaultLocale,
    municipality.defaultLocale,
  ).text;
  const sections = municipality.mainNavigation;
  const links = sections.reduce((sum, section) => sum + countLinks(section.children ?? []), 0);
  return (
    `${file}: valid municipality ${JSON.stringify(name)} — ` +
    [
      plural(sections.length, 'menu section', 'menu sections'),
      plural(links, 'menu link', 'menu links'),
      plural(municipality.twinCities.length, 'twin city', 'twin cities'),
      plural(municipality.officeHours.length, 'office-hours schedule', 'office-hours schedules'),
    ].join(', ')
  );
};

/** Validates one file; returns its exit status (0 valid, 1 invalid, 2 unreadable). */
const validate = async (file, domain) => {
  const read = await readDocument(file);
  if (!read.ok) return 2;
  const json = read.json;
  const result = domain.decodeMunicipality(json);
  if (!result.ok) {
    for (const issue of result.issues) console.error(`${file}: ${issue.path}: ${issue.message}`);
    return 1;
  }
  console.log(summary(file, result.value, domain.localize));
  for (const warning of [
    ...domain.portableUrlWarnings(result.value),
    ...domain.weatherWarnings(json),
  ])
    console.error(`${file}: warning: ${warning.path}: ${warning.message}`);
  return 0;
};

const main = async (args) => {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(usage);
    return 0;
  }
  const dashDash = args.indexOf('--');
  const options = dashDash === -1 ? args : args.slice(0, dashDash);
  const files = dashDash === -1 ? args : [...args.slice(0, dashDash), ...args.slice(dashDash + 1)];
  const unknown = options.find((arg) => arg.startsWith('-') && arg !== '-' && arg !== '--');
  if (unknown !== undefined || files.length === 0) {
    console.error(
      unknown === undefined
        ? 'muni-validate: no file given'
        : `muni-validate: unknown option ${unknown}`,
    );
    console.error(usage);
    return 2;
  }
  let domain;
  try {
    domain = await import('../dist/index.js');
  } catch (error) {
    console.error(
      `muni-validate: cannot load the domain model (${error.message}); run \`npm run build\` in packages/domain`,
    );
    return 2;
  }
  let status = 0;
  for (const file of files) status = Math.max(status, await validate(file, domain));
  return status;
};

process.exitCode = await main(process.argv.slice(2));
