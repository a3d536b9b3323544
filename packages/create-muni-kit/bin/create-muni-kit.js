#!/usr/bin/env node
// npm create muni-kit: asks for a municipality's name, languages, colours and coat of arms,
// and writes a folder whose `npm start` serves a page with every element of the kit.
import { createInterface } from 'node:readline';
import process from 'node:process';
import { createStarter } from '../src/create.js';
import { cdnBase } from '../src/page.js';
import { parseCommandLine, resolveOptions, usage } from '../src/options.js';

/**
 * One question per line of input. Lines are read in order from the interface's iterator, not
 * with `question()`, so that answers piped in all at once are not lost between questions.
 */
const lineAsker = () => {
  const lines = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  })[Symbol.asyncIterator]();
  return {
    ask: async (text, fallback) => {
      process.stdout.write(`${text}${fallback ? ` [${fallback}]` : ''}: `);
      const { value, done } = await lines.next();
      if (done) throw new Error('input ended before every question was answered');
      if (!process.stdin.isTTY) process.stdout.write('\n');
      return value.trim();
    },
    close: () => lines.return?.(),
  };
};

const main = async (args) => {
  let given;
  try {
    given = parseCommandLine(args);
  } catch (error) {
    console.error(`create-muni-kit: ${error.message}\n\n${usage}`);
    return 2;
  }
  if (given.help) {
    console.log(usage);
    return 0;
  }
  const asker = given.yes ? undefined : lineAsker();
  let options;
  try {
    options = await resolveOptions(
      given,
      (text, fallback) => asker.ask(text, fallback),
      (message) => console.error(`  ${message}`),
    );
  } catch (error) {
    console.error(`create-muni-kit: ${error.message}`);
    return 2;
  } finally {
    await asker?.close();
  }

  let result;
  try {
    result = createStarter(options);
  } catch (error) {
    console.error(`create-muni-kit: ${error.message}`);
    return 1;
  }
  console.log(`\nWrote ${result.folder}:\n  ${result.written.join('\n  ')}`);
  if (!result.localBundle) console.log(`The page loads the bundle from ${cdnBase}/.`);
  if (result.issues.length > 0 || result.failingPairs.length > 0) {
    for (const issue of result.issues) console.error(`data.json: ${issue.path}: ${issue.message}`);
    for (const row of result.failingPairs) {
      console.error(
        `theme (${row.scheme}): ${row.foreground} on ${row.background} ${row.ratio.toFixed(2)}:1, below ${row.target}:1`,
      );
    }
    return 1;
  }
  console.log(`data.json is a valid municipality document; every colour pair of the theme meets WCAG AA.

Next steps:
  cd ${result.folderName}
  npm start                 serves the page at http://localhost:8080/
  Edit data.json (the muni-kit data editor, or any editor: its $schema gives completion) to add
  the menu, contacts, office hours and twin cities; replace the example twin city.
  Another colour: npx --yes --package=@muni-kit/theme muni-theme --primary <colour> --name theme
  writes a new theme.css. Before publishing: npx --yes --package=@muni-kit/domain muni-validate data.json`);
  return 0;
};

process.exitCode = await main(process.argv.slice(2));
