// `npm start [-- --home DIR ...]`: build, then launch the desktop app. Where the Electron
// binary is not installed (it cannot be downloaded on every machine) it says so in one
// sentence and starts the browser mode instead, with the same arguments as `npm run serve`.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, electronBinary, ensureElectronSqlite } from './electron-native.mjs';

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

const electron = electronBinary();
if (!electron) {
  browserMode('The Electron binary is not installed on this machine');
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
