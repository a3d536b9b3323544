#!/usr/bin/env node
// muni-render: server-renders a muni-kit element (or a whole page) from a municipality data file.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readDocument } from '@muni-kit/domain/read-document.js';
import { decodeWeatherFeed, isWeatherFresh } from '@muni-kit/domain/weather.js';

const usage = `Usage: muni-render <data.json> --element <name> [options]
       muni-render <data.json> --page [<page-id>] [options]
       muni-render --write-stylesheets <directory>

Prints the HTML of one muni-kit element, server-rendered with its declarative
shadow DOM (<template shadowrootmode="open">), or with --page and no --element
a whole page skeleton. Paste it into a CMS template, include it, or cache it;
the embed bundle (muni-kit.js) hydrates it in the browser.

Elements: muni-site-header, muni-mega-menu, muni-breadcrumbs, muni-timeline,
          muni-contact-footer, muni-twin-city-card, muni-twin-city-list, muni-side-nav

Options:
  --element <name>      the element to render
  --lang <code>         language (bg, en); on an element it becomes its lang attribute;
                        default: the data's default language
  --twin-city <id>      the twin city (muni-twin-city-card, muni-timeline)
  --page [<id>]         with --element: the page of muni-breadcrumbs; without: render a
                        whole page skeleton for that page (default: the data's first page),
                        with the municipality's schema.org JSON-LD in its <head>
  --current-url <url>   the page being shown (muni-mega-menu, muni-side-nav,
                        muni-twin-city-list); the server has no address bar
  --now <ISO instant>   the moment the header's date and the footer's "open now" status
                        are rendered for (e.g. 2025-06-23T09:00:00+03:00); default: now.
                        The browser updates both when the element hydrates.
  --weather <file>      a weather feed document (Open-Meteo's format, e.g. a saved answer of
                        the data's weather.src) for the header's temperature and condition,
                        shown when at most three hours before --now. muni-render fetches
                        nothing: without it no weather is rendered, and the browser shows the
                        feed's own once it has hydrated
  --src <url>           where the page loads the data file from (the elements' src
                        attribute, needed to hydrate); default: the file's name
  --no-src              no src attribute (the page sets the data property itself)
  --inline              embed the data as a <script type="application/json"> child
  --attr <name=value>   another attribute for the element (repeatable), e.g. heading-level=3
  --stylesheets <url>   link the shared stylesheet, <url>muni-shared.css, and the element's own,
                        <url><element>.css, from its shadow root instead of an inline
                        <style>: a strict Content Security Policy
                        (style-src 'self') allows it, and browsers cache it. Write the files
                        with --write-stylesheets and publish them at that URL
  --write-stylesheets <directory>
                        write muni-shared.css and each element's own stylesheet
                        (muni-*.css) into the directory
  --script <url>        with --page: URL of the embed bundle (default muni-kit.js)
  --stylesheet <url>    with --page: URL of muni-kit.css (default muni-kit.css)
  -h, --help            show this help

The output is deterministic: the same file and options give the same bytes (pass --now).
Exit status: 0 on success; 1 when the data is invalid (every problem is printed on stderr as
"<file>: <path>: <message>", as muni-validate does) or lacks the selected twin city or page;
2 when the file cannot be read or is not JSON, or the arguments are wrong.`;

const valueOptions = new Set([
  '--element',
  '--lang',
  '--twin-city',
  '--current-url',
  '--now',
  '--weather',
  '--src',
  '--attr',
  '--script',
  '--stylesheet',
  '--stylesheets',
  '--write-stylesheets',
]);
const flagOptions = new Set(['--inline', '--no-src']);

/** Parses the arguments; returns the options or a message for the user. */
const parse = (args) => {
  const options = { attributes: {} };
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    const [name, inlineValue] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name === '--page') {
      // An optional value: `--page` alone or `--page <id>`.
      const next =
        inlineValue ??
        (args[i + 1] !== undefined && !args[i + 1].startsWith('-') && !args[i + 1].endsWith('.json')
          ? args[++i]
          : undefined);
      options.page = next ?? true;
    } else if (valueOptions.has(name)) {
      const value = inlineValue ?? args[++i];
      if (value === undefined) return { error: `${name} needs a value` };
      if (name === '--attr') {
        const eq = value.indexOf('=');
        if (eq <= 0) return { error: `--attr takes name=value, not ${JSON.stringify(value)}` };
        options.attributes[value.slice(0, eq)] = value.slice(eq + 1);
      } else options[name.slice(2).replace(/-([a-z])/gu, (_, c) => c.toUpperCase())] = value;
    } else if (flagOptions.has(name)) {
      options[name.slice(2).replace(/-([a-z])/gu, (_, c) => c.toUpperCase())] = true;
    } else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else files.push(arg);
  }
  if (options.writeStylesheets !== undefined) return { options };
  if (files.length !== 1)
    return { error: files.length === 0 ? 'no data file given' : 'give one data file' };
  if (!options.element && options.page === undefined)
    return { error: 'give --element <name> or --page' };
  if (options.weather !== undefined && options.element && options.element !== 'muni-site-header')
    return { error: '--weather is for muni-site-header (or --page)' };
  if (options.now !== undefined) {
    const now = new Date(options.now);
    if (Number.isNaN(now.getTime()))
      return { error: `--now: not a date and time: ${JSON.stringify(options.now)}` };
    options.now = now;
  }
  return { file: files[0], options };
};

/**
 * The server renderer from the build, or undefined (said on stderr) when it cannot load:
 * @lit-labs/ssr is an optional peer dependency (browsers never need it), so a project that
 * server-renders installs it itself.
 */
const loadRenderer = async () => {
  try {
    return await import('../dist/server/render.js');
  } catch (error) {
    const missingSsr =
      error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes("'@lit-labs/ssr'");
    console.error(
      missingSsr
        ? 'muni-render: server rendering needs @lit-labs/ssr, an optional peer dependency of @muni-kit/components; install it with `npm install --save-dev @lit-labs/ssr@^4.1.0`'
        : `muni-render: cannot load the components (${error.message}); run \`npm run build\` first`,
    );
    return undefined;
  }
};

/** Writes every element's shadow-root stylesheet into `directory`. */
const writeStylesheets = async (directory) => {
  const server = await loadRenderer();
  if (!server) return 2;
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, 'muni-shared.css'), server.sharedStylesheet());
  for (const element of server.elementNames) {
    await writeFile(
      join(directory, `${element}.css`),
      server.elementStylesheet(element, { own: true }),
    );
  }
  console.error(
    `muni-render: wrote muni-shared.css and ${server.elementNames.length} element stylesheets into ${directory}`,
  );
  return 0;
};

const main = async (args) => {
  const parsed = parse(args);
  if (parsed.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.error) {
    console.error(`muni-render: ${parsed.error}`);
    console.error('Run muni-render --help for the options.');
    return 2;
  }
  const { file, options } = parsed;
  if (options.writeStylesheets !== undefined) return writeStylesheets(options.writeStylesheets);
  const read = await readDocument(file);
  if (!read.ok) return 2;
  const data = read.json;
  const server = await loadRenderer();
  if (!server) return 2;
  if (options.element && !server.isElementName(options.element)) {
    console.error(
      `muni-render: unknown element ${options.element}; one of ${server.elementNames.join(', ')}`,
    );
    return 2;
  }
  let weather;
  if (options.weather !== undefined) {
    const feed = await readDocument(options.weather);
    if (!feed.ok) return 2;
    const decoded = decodeWeatherFeed(feed.json);
    if (!decoded.ok) {
      for (const issue of decoded.issues)
        console.error(`${options.weather}: ${issue.path}: ${issue.message}`);
      return 1;
    }
    const at = options.now ?? new Date();
    if (!isWeatherFresh(decoded.value, at))
      console.error(
        `${options.weather}: warning: the reading is for ${decoded.value.time.toISOString()}, not within three hours before ${at.toISOString()}: no weather is rendered`,
      );
    weather = feed.json;
  }
  const pageId = typeof options.page === 'string' ? options.page : undefined;
  const checked = server.checkRenderable(data, { twinCity: options.twinCity, page: pageId });
  if (!checked.ok) {
    for (const issue of checked.issues) console.error(`${file}: ${issue.path}: ${issue.message}`);
    return 1;
  }
  const src = options.noSrc ? undefined : (options.src ?? basename(file));
  const prefix = options.stylesheets;
  const shadowStylesheet =
    prefix === undefined
      ? undefined
      : (element) => [`${prefix}muni-shared.css`, `${prefix}${element}.css`];
  let output;
  try {
    output = options.element
      ? server.renderElement({
          element: options.element,
          data,
          lang: options.lang,
          src,
          inline: options.inline,
          twinCity: options.twinCity,
          page: pageId,
          currentUrl: options.currentUrl,
          now: options.now,
          weather,
          attributes: options.attributes,
          shadowStylesheet,
        }) + '\n'
      : server.renderPage({
          data,
          lang: options.lang,
          page: pageId,
          src,
          currentUrl: options.currentUrl,
          now: options.now,
          weather,
          script: options.script,
          stylesheet: options.stylesheet,
          shadowStylesheet,
        });
  } catch (error) {
    console.error(`muni-render: ${error.message}`);
    return 2;
  }
  // An element that could not render its content rendered its error message (and said why on
  // stderr): never print that as a snippet to cache.
  if (output.includes('part="error" role="alert"')) {
    console.error(`${file}: the data cannot be rendered with these options (see above)`);
    return 1;
  }
  process.stdout.write(output);
  return 0;
};

process.exitCode = await main(process.argv.slice(2));
