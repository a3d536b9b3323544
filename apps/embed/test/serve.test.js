// `npm start` ends with `npm run serve`: stopping npm (its PID, as a process manager or a terminal
// closing does) must stop the demo server too, not leave it holding the port.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** A port nobody listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const answers = async (url) => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

describe('npm run serve', () => {
  it('serves the demo and stops when npm is stopped', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['run', 'serve', '--silent'], {
      cwd: packageDir,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => npm.on('exit', resolve));
    try {
      // The server says its address once it listens.
      await new Promise((resolve, reject) => {
        let output = '';
        npm.stdout.on('data', (chunk) => {
          output += chunk;
          if (output.includes(`http://localhost:${port}/`)) resolve();
        });
        npm.on('exit', (code) =>
          reject(new Error(`npm run serve exited (${code}) before serving: ${output}`)),
        );
      });
      assert.equal(await answers(`http://127.0.0.1:${port}/`), true, 'the demo is served');
      npm.kill('SIGTERM');
      await exited;
      // Once npm has gone, so has the server: nothing accepts connections on the port.
      const stillServing = await answers(`http://127.0.0.1:${port}/`);
      assert.equal(stillServing, false, 'the server stopped with npm');
    } finally {
      npm.kill('SIGKILL');
    }
  });
});
