// A real WordPress for the plugin's tests: Debian's `wordpress` package (with its default block
// theme) on a private MariaDB (a socket in a temporary folder, no network) and PHP's built-in
// server on a free loopback port, installed unattended through its own install form. Needs root,
// or write access to /etc/wordpress, where Debian's WordPress looks for a site's configuration.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const wordpressRoot = '/usr/share/wordpress';
const configDir = '/etc/wordpress';

const need = (path, what) => {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: install ${what} (apt-get install -y wordpress wordpress-theme-twentytwentythree wordpress-l10n mariadb-server php-cli php-mysql; .ci/run does it)`,
    );
  }
};

/** Resolves when `check()` is truthy; polls every 100 ms for at most `timeout` ms. */
const until = async (check, what, timeout = 60_000) => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** A child process whose output is kept (and shown when it ends badly). */
const start = (command, args, options = {}) => {
  // Its own process group: PHP's server forks workers, which end with it.
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...options,
  });
  child.log = '';
  child.stdout.on('data', (chunk) => (child.log += chunk));
  child.stderr.on('data', (chunk) => (child.log += chunk));
  return child;
};

const stop = async (child) => {
  if (!child || child.exitCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      child.kill(name);
    }
  };
  signal('SIGTERM');
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) signal('SIGKILL');
  child.stdout.destroy();
  child.stderr.destroy();
};

/** Serves WordPress, with /wp-content/ from this run's own content folder. */
const routerSource = (configName, contentDir) => `<?php
$_SERVER['WORDPRESS_CONFIG'] = ${JSON.stringify(configName)};
$path = urldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '/wp-content/') === 0 && strpos($path, '..') === false) {
  $file = ${JSON.stringify(contentDir)} . substr($path, strlen('/wp-content'));
  if (!is_file($file)) { http_response_code(404); return true; }
  $types = array('js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'jpg' => 'image/jpeg', 'woff2' => 'font/woff2', 'zip' => 'application/zip');
  $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
  header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
  header('Content-Length: ' . filesize($file));
  readfile($file);
  return true;
}
return false;
`;

/**
 * Starts MariaDB and WordPress and installs the site (title, admin user, `language`). Returns
 * `{ url, admin, stop() }`, and `timings` in ms.
 */
export const startWordPress = async ({ language = 'bg_BG', title = 'Община Казанлък' } = {}) => {
  need(join(wordpressRoot, 'wp-settings.php'), "Debian's wordpress");
  need(
    join(wordpressRoot, 'wp-content/themes/twentytwentythree'),
    'wordpress-theme-twentytwentythree',
  );
  need('/usr/sbin/mariadbd', 'mariadb-server');
  const began = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'muni-kit-wordpress-'));
  const configName = `muni-kit-test-${process.pid}-${randomBytes(3).toString('hex')}`;
  const configFile = join(configDir, `config-${configName}.php`);
  const processes = [];
  // Also when the test process is ended early: no server, database or site configuration left.
  const leftovers = () => {
    for (const child of processes) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already ended
      }
    }
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', leftovers);
  const cleanup = async () => {
    for (const child of processes.reverse()) await stop(child);
    process.off('exit', leftovers);
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database: a fresh data directory, reachable only through its socket.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysqld.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const install = spawnSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${data}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...asRoot,
      ],
      { encoding: 'utf8' },
    );
    if (install.status !== 0)
      throw new Error(`mariadb-install-db failed:\n${install.stdout}${install.stderr}`);
    const database = start('/usr/sbin/mariadbd', [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      '--skip-networking',
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
      ...asRoot,
    ]);
    processes.push(database);
    await until(() => {
      if (database.exitCode !== null) throw new Error(`mariadbd ended:\n${database.log}`);
      return (
        spawnSync(
          'mariadb',
          ['--no-defaults', `--socket=${socket}`, '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'],
          { encoding: 'utf8' },
        ).status === 0
      );
    }, 'MariaDB');
    const databaseReady = Date.now();

    // The content folder: this run's plugins and uploads; the packaged themes and translations.
    const content = join(dir, 'wp-content');
    for (const folder of ['plugins', 'uploads', 'upgrade'])
      mkdirSync(join(content, folder), { recursive: true });
    symlinkSync(join(wordpressRoot, 'wp-content/themes'), join(content, 'themes'));
    if (existsSync(join(wordpressRoot, 'wp-content/languages'))) {
      symlinkSync(join(wordpressRoot, 'wp-content/languages'), join(content, 'languages'));
    }
    const router = join(dir, 'router.php');
    writeFileSync(router, routerSource(configName, content));
    const web = start('php', ['-S', '127.0.0.1:0', '-t', wordpressRoot, router], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    processes.push(web);
    const port = await until(() => {
      if (web.exitCode !== null) throw new Error(`php -S ended:\n${web.log}`);
      return /Development Server \(http:\/\/127\.0\.0\.1:(\d+)\)/u.exec(web.log)?.[1];
    }, 'the PHP server');
    const url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(24).toString('hex');
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      configFile,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${JSON.stringify(`localhost:${socket}`)});
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', ${JSON.stringify(content)});
define('WP_CONTENT_URL', '${url}/wp-content');
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${JSON.stringify(join(dir, 'debug.log'))});
${keys.map((key) => `define('${key}', '${salt()}');`).join('\n')}
`,
    );

    // The install form, as a webmaster fills it in.
    const admin = { user: 'admin', password: `pw-${salt()}` };
    const form = new URLSearchParams({
      weblog_title: title,
      user_name: admin.user,
      admin_password: admin.password,
      admin_password2: admin.password,
      pw_weak: 'on',
      admin_email: 'admin@example.org',
      blog_public: '0',
      language,
      Submit: 'Install',
    });
    const installed = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: form,
    });
    const page = await installed.text();
    if (!installed.ok || !/wp-login\.php/u.test(page)) {
      throw new Error(
        `WordPress did not install (HTTP ${installed.status}):\n${page.slice(0, 2000)}\n${web.log}`,
      );
    }
    return {
      url,
      admin,
      dir,
      log: () => web.log,
      timings: { database: databaseReady - began, total: Date.now() - began },
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
};
