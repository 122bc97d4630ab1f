// `npm start [-- --home DIR ...]`: build, then launch the desktop app. `npm ci` never
// downloads Electron (package.json's allowScripts denies its postinstall, so an install
// without GitHub still succeeds); the first `npm start` runs Electron's own installer.
// Where that download fails it says so in one sentence and starts the browser mode
// instead, with the same arguments as `npm run serve`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, electronBinary, electronVersion, ensureElectronSqlite } from './electron-native.mjs';

const args = process.argv.slice(2);
const bin = (rel) => path.join(ROOT, 'node_modules', rel);

const build = spawnSync(process.execPath, [bin('electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) {
  process.stderr.write('error: the build failed (see above), so GridScout was not started.\n');
  process.exit(build.status ?? 1);
}

/** Run a child in the foreground: its exit code is ours, Ctrl+C and kill reach it. */
function foreground(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function browserMode(reason) {
  process.stdout.write(`${reason}, so GridScout starts in browser mode: open the URL printed below.\n`);
  foreground(process.execPath, [bin('tsx/dist/cli.mjs'), 'electron/cli/serve.ts', ...args], process.env);
}

/**
 * Electron's own installer (node_modules/electron/install.js): downloads the binary for
 * this machine into node_modules/electron/dist, with a progress bar on a terminal. Returns
 * null on success, else the first line of its error (the stack trace helps nobody here).
 */
function installElectron() {
  const installer = bin('electron/install.js');
  if (!fs.existsSync(installer)) return 'the electron package is missing (run npm ci)';
  let version = '';
  try {
    version = ` ${electronVersion()}`;
  } catch {
    // the version only decorates the message
  }
  process.stdout.write(`Downloading Electron${version} for this machine (once, about 100 MB)...\n`);
  const run = spawnSync(process.execPath, [installer], {
    cwd: path.dirname(installer),
    // The progress bar redraws with \r on stderr; a terminal sees it, a pipe gets nothing.
    stdio: ['ignore', 'inherit', process.stderr.isTTY ? 'inherit' : 'pipe'],
    encoding: 'utf8',
  });
  if (run.status === 0) return null;
  const firstError = (run.stderr ?? '').split('\n').find((l) => /error/i.test(l))?.trim();
  return firstError || `the installer exited with ${run.status ?? run.signal}`;
}

let electron = electronBinary();
let downloadProblem = null;
if (!electron) {
  downloadProblem = installElectron();
  electron = electronBinary();
}
if (!electron) {
  browserMode(`Electron could not be downloaded (${downloadProblem ?? 'no binary after the install'})`);
} else {
  let binding = null;
  try {
    binding = await ensureElectronSqlite();
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
  }
  if (!binding) {
    browserMode('better-sqlite3 could not be built for Electron here (see the error above)');
  } else {
    // The desktop app takes --home (the app data folder); the browser-mode options do not apply.
    const { values } = parseArgs({ args, options: { home: { type: 'string' } }, strict: false });
    const env = { ...process.env, GRIDSCOUT_SQLITE_BINDING: binding };
    if (typeof values.home === 'string') env.GRIDSCOUT_HOME = path.resolve(values.home);
    foreground(electron, ['.'], env);
  }
}
