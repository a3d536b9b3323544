// Helpers of the consumer test: pack the public packages as npm would publish them, and make
// scratch projects in a temporary folder that install those tarballs from disk and everything
// else from the npm registry (the npm cache makes repeated runs quick).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const appsDir = fileURLToPath(new URL('../apps/', import.meta.url));

/** The packages a stranger installs; each must pack into a usable tarball. */
export const publicPackages = [
  '@muni-kit/domain',
  '@muni-kit/components',
  '@muni-kit/embed',
  '@muni-kit/theme',
  'create-muni-kit',
];

/**
 * The environment of a command run in a scratch project: without the `npm_*` variables of the
 * `npm test` around us, which would make npm act on this repository's workspaces.
 */
const scratchEnv = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/iu.test(name))),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
});

/** Runs a command; resolves to its output, rejects with the command and its output. */
export const run = (command, args, cwd, env = scratchEnv()) =>
  new Promise((resolve, reject) =>
    execFile(command, args, { cwd, env, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error) {
        error.message = `${command} ${args.join(' ')} (in ${cwd}) failed with ${error.code}:\n${output}`;
        error.output = output;
        reject(error);
      } else resolve(output);
    }),
  );

/** Runs `work`, prints how long it took under `label`, and returns its result. */
export const timed = async (timings, label, work) => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    const seconds = (performance.now() - start) / 1000;
    timings.push([label, seconds]);
    console.log(`consumers: ${label}: ${seconds.toFixed(1)} s`);
  }
};

/**
 * `npm pack` of every public package into `destination`: resolves to their names, tarball
 * paths, sizes and file counts, as `npm pack --json` reports them.
 */
export const pack = async (destination) => {
  mkdirSync(destination, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', destination];
  for (const name of publicPackages) args.push('--workspace', name);
  const packed = JSON.parse(
    await run('npm', args, repoRoot, { ...process.env, npm_config_loglevel: 'error' }),
  );
  return packed.map((entry) => ({
    name: entry.name,
    version: entry.version,
    tarball: join(destination, entry.filename),
    size: entry.size,
    unpackedSize: entry.unpackedSize,
    entryCount: entry.entryCount,
    files: entry.files.map((file) => file.path),
  }));
};

/**
 * Copies the app `name` (apps/<name>) into `root` with a package.json that depends on the given
 * tarballs and registry packages, then installs it. Internal dependencies between the tarballs
 * (the components' `@muni-kit/domain`) are overridden to the tarballs: they are not on npm yet.
 */
export const makeProject = async (root, name, { tarballs, dependencies }) => {
  const dir = join(root, name);
  cpSync(join(appsDir, name), dir, { recursive: true });
  const local = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.tarball}`]));
  const manifest = {
    name: `scratch-${name}`,
    private: true,
    type: 'module',
    dependencies: { ...local, ...dependencies },
    overrides: Object.fromEntries(Object.keys(local).map((n) => [n, `$${n}`])),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    dir,
  );
  return dir;
};
