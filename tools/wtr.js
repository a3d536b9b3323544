#!/usr/bin/env node
// Web Test Runner as the component suites run it. In a terminal it is WTR itself; in a log (CI,
// turbo) its output loses the terminal escape codes that WTR's console redraw writes even with
// staticLogging, so that the log reads as text.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

const interactive = process.stdout.isTTY;
const child = spawn('wtr', process.argv.slice(2), {
  stdio: interactive ? 'inherit' : ['inherit', 'pipe', 'pipe'],
});
if (!interactive)
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ])
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) =>
      to.write(`${stripVTControlCharacters(line)}\n`),
    );
child.on('exit', (code, signal) => (process.exitCode = code ?? (signal ? 1 : 0)));
