// Finding the Electron binary, and a better-sqlite3 build for Electron's ABI kept apart
// from node_modules/better-sqlite3/build (which stays Node's, so `npm test` works) in
// .cache/electron-native/<electron>-<platform>-<arch>/. `npm start` and the Electron
// end-to-end spec use it; the packaged app gets an in-place build from release.yml.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));

/** Path of the Electron executable when it is installed and runnable, else null. */
export function electronBinary() {
  let binary;
  try {
    // node_modules/electron/index.js returns the binary's path, or throws when the
    // postinstall download never happened (ELECTRON_SKIP_BINARY_DOWNLOAD, no network).
    binary = require('electron');
  } catch {
    return null;
  }
  if (typeof binary !== 'string') return null;
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return fs.statSync(binary).isFile() ? binary : null;
  } catch {
    return null;
  }
}

export function electronVersion() {
  return require('electron/package.json').version;
}

function cacheDir(version) {
  return path.join(ROOT, '.cache', 'electron-native', `${version}-${process.platform}-${process.arch}`);
}

/**
 * Path of better_sqlite3.node built for this Electron, building it on first use: a copy
 * of node_modules/better-sqlite3 (without its Node build) rebuilt with @electron/rebuild,
 * which fetches the prebuilt binary for Electron or compiles it against Electron's headers.
 */
export async function ensureElectronSqlite({ log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  // A build made elsewhere for this Electron (a packager's, or a machine without a compiler).
  const given = process.env.GRIDSCOUT_SQLITE_BINDING;
  if (given && fs.existsSync(given)) return path.resolve(given);
  const version = electronVersion();
  const project = cacheDir(version);
  const moduleDir = path.join(project, 'node_modules', 'better-sqlite3');
  const binding = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const sourceVersion = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  const stamp = path.join(project, 'built-from.json');
  const wanted = JSON.stringify({ electron: version, betterSqlite3: sourceVersion });
  if (fs.existsSync(binding) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return binding;

  log(`Building better-sqlite3 ${sourceVersion} for Electron ${version} (once; cached in ${path.relative(ROOT, project)})...`);
  fs.rmSync(project, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(moduleDir), { recursive: true });
  fs.cpSync(source, moduleDir, { recursive: true, filter: (src) => !src.startsWith(path.join(source, 'build')) });
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'gridscout-electron-native', private: true, dependencies: { 'better-sqlite3': sourceVersion } }),
  );

  let rebuild;
  try {
    // @electron/rebuild comes with electron-builder (a devDependency).
    ({ rebuild } = await import('@electron/rebuild'));
  } catch (err) {
    throw new Error(`@electron/rebuild is missing (run npm ci): ${err.message}`, { cause: err });
  }
  await rebuild({ buildPath: project, electronVersion: version, arch: process.arch, onlyModules: ['better-sqlite3'], force: true });
  if (!fs.existsSync(binding)) throw new Error(`the rebuild finished but ${binding} is not there`);
  fs.writeFileSync(stamp, wanted);
  return binding;
}
