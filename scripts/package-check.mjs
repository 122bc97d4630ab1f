// `npm run package:check`: package the app the way release.yml does (electron-builder,
// Linux, unpacked dir) but offline, against a stand-in Electron, then check what went
// into app.asar. Catches a bundle missing from `files`, a native module packed inside
// the archive (it cannot be loaded from there), and dependency bloat.
//
// Offline: `electronDist` points at a stand-in folder so no Electron zip is downloaded;
// `npmRebuild=false` skips rebuilding native modules (that needs Electron's headers);
// the `dir` target needs no AppImage/deb tooling; fuses are off because the stand-in
// binary is not a real Electron to flip them in.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, electronVersion } from './electron-native.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
const MAX_ASAR_BYTES = 40 * 1024 * 1024;
// Budgets for the snapshot alone, and for app.asar plus the snapshot (the download users wait for).
const MAX_SNAPSHOT_BYTES = 15 * 1024 * 1024;
const MAX_APP_AND_DATA_BYTES = 40 * 1024 * 1024;
const SNAPSHOT = path.join(ROOT, 'release-data', 'gridscout-snapshot.json.br');
const REQUIRED_IN_ASAR = ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json'];
const STAGE = path.join(ROOT, '.cache', 'package-check');
const OUTPUT = path.join(STAGE, 'release');

function fail(message) {
  process.stderr.write(`package check FAILED: ${message}\n`);
  process.exit(1);
}

const bundles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const unbuilt = bundles.filter((f) => !fs.existsSync(path.join(ROOT, f)));
if (unbuilt.length) fail(`${unbuilt.join(', ')} missing: run \`npm run build\` first.`);

// The data snapshot electron-builder ships (extraResources): built here from the shared
// data folder when release.yml has not put one in place.
if (process.argv[2] !== '--build' && !fs.existsSync(SNAPSHOT)) {
  const data = path.resolve(ROOT, process.env.GRIDSCOUT_DATA ?? '../shared/data');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli/snapshot.ts', '--from', data, '--out', SNAPSHOT], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) fail(`the data snapshot could not be built from ${data}: ${built.stderr}`);
}

// A stand-in Electron: electron-builder copies the folder and renames `electron` to the
// product name. An empty executable is enough for the layout; it is never run.
const fakeDist = path.join(STAGE, 'electron-dist');
if (process.argv[2] !== '--build') fs.rmSync(STAGE, { recursive: true, force: true });
fs.mkdirSync(path.join(fakeDist, 'resources'), { recursive: true });
fs.writeFileSync(path.join(fakeDist, 'electron'), '#!/bin/sh\necho "stand-in Electron for the package check"\n', { mode: 0o755 });
fs.writeFileSync(path.join(fakeDist, 'LICENSE'), 'stand-in\n');
fs.writeFileSync(path.join(fakeDist, 'version'), electronVersion());

// electron-builder runs in a child process (this script again, with --build) so its log
// is printed only when it fails. Its programmatic config is merged over electron-builder.yml.
if (process.argv[2] === '--build') {
  const { build, Platform, Arch } = require('electron-builder');
  await build({
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      electronDist: fakeDist,
      electronVersion: electronVersion(),
      npmRebuild: false,
      electronFuses: null,
      directories: { output: OUTPUT },
    },
  });
  process.exit(0);
}

const result = spawnSync(process.execPath, [process.argv[1], '--build'], {
  cwd: ROOT,
  encoding: 'utf8',
  // No code signing here; keep electron-builder from looking for an identity.
  env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
});
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  fail(`electron-builder exited with ${result.status ?? result.signal}`);
}

const resources = path.join(OUTPUT, 'linux-unpacked', 'resources');
const asarFile = path.join(resources, 'app.asar');
if (!fs.existsSync(asarFile)) fail(`${path.relative(ROOT, asarFile)} was not produced`);

const asar = require('@electron/asar');
const entries = new Set(asar.listPackage(asarFile, { isPack: false }).map((e) => e.split(path.sep).join('/')));
const missing = REQUIRED_IN_ASAR.filter((e) => !entries.has(e));
if (missing.length) fail(`app.asar lacks ${missing.join(', ')}`);

const packedNative = [...entries].filter((e) => e.endsWith('.node'));
const unpackedDir = path.join(resources, 'app.asar.unpacked');
const unpackedNative = fs.existsSync(unpackedDir)
  ? fs.readdirSync(unpackedDir, { recursive: true }).map(String).filter((f) => f.endsWith('.node'))
  : [];
if (!unpackedNative.some((f) => f.endsWith('better_sqlite3.node'))) {
  fail('better_sqlite3.node is not in app.asar.unpacked (asarUnpack must cover **/*.node)');
}
// asar lists unpacked files too; each must really be outside the archive.
for (const e of packedNative) {
  if (!fs.existsSync(path.join(unpackedDir, e))) fail(`${e} is packed inside app.asar, where it cannot be loaded`);
}

const asarBytes = fs.statSync(asarFile).size;
if (asarBytes > MAX_ASAR_BYTES) fail(`app.asar is ${(asarBytes / 1048576).toFixed(1)} MB, over the 40 MB budget`);

const packedSnapshot = path.join(resources, 'data', 'gridscout-snapshot.json.br');
if (!fs.existsSync(packedSnapshot)) fail('the data snapshot is not in resources/data (electron-builder.yml extraResources)');
const snapshotBytes = fs.statSync(packedSnapshot).size;
if (snapshotBytes > MAX_SNAPSHOT_BYTES) fail(`the data snapshot is ${(snapshotBytes / 1048576).toFixed(1)} MB, over its 15 MB budget`);
if (asarBytes + snapshotBytes > MAX_APP_AND_DATA_BYTES) {
  fail(`app.asar plus the snapshot are ${((asarBytes + snapshotBytes) / 1048576).toFixed(1)} MB, over the 40 MB budget`);
}
// The worker bundles the app starts by path.
for (const worker of ['/out/main/worker.js', '/out/main/dataWorker.js']) if (!entries.has(worker)) fail(`app.asar lacks ${worker}`);

const nodeModules = [...new Set([...entries].map((e) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(e)?.[1]).filter(Boolean))].sort();
process.stdout.write(
  `${JSON.stringify({
    appAsarBytes: asarBytes,
    appAsarMB: Number((asarBytes / 1048576).toFixed(2)),
    snapshotBytes,
    snapshotMB: Number((snapshotBytes / 1048576).toFixed(2)),
    appAndSnapshotMB: Number(((asarBytes + snapshotBytes) / 1048576).toFixed(2)),
    limitMB: 40,
    files: entries.size,
    nodeModules,
    unpackedNative,
  })}\n`,
);
