// `npm run check:fresh-install`: the README's set-up as a new user runs it, as processes.
// Clones this repository's HEAD into a temporary folder, runs plain `npm ci` there (no
// environment variable; npm's cache is reused, so only the registry is needed), then
// `npm start` until the browser mode answers. Where GitHub is out of reach (our machines)
// it also checks that start said, in one sentence, that Electron is unavailable.
// About 4-6 minutes here (the install compiles better-sqlite3), so it is not part of
// `npm test`; .ci/run runs it after the suite.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './electron-native.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-fresh-'));
const clone = path.join(work, 'gridscout');
const env = { ...process.env };
for (const k of ['ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_OVERRIDE_DIST_PATH', 'GRIDSCOUT_HOME', 'npm_config_ignore_scripts']) delete env[k];
const report = {};

function fail(message) {
  process.stderr.write(`fresh install check FAILED: ${message}\n`);
  process.exit(1);
}

function step(name, command, args, options = {}) {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd: clone, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  report[`${name}Seconds`] = Math.round((performance.now() - t0) / 100) / 10;
  if (run.status !== 0) fail(`${name} exited with ${run.status ?? run.signal}\n${run.stdout}\n${run.stderr}`);
  return run;
}

try {
  step('clone', 'git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], { cwd: work });
  step('npmCi', 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  report.electronPackage = fs.existsSync(path.join(clone, 'node_modules', 'electron', 'electron.d.ts'));
  report.electronBinaryAtInstall = fs.existsSync(path.join(clone, 'node_modules', 'electron', 'path.txt'));
  if (!report.electronPackage) fail('node_modules/electron (its types) is missing after npm ci');
  if (report.electronBinaryAtInstall) fail('npm ci downloaded Electron: its postinstall was meant to be skipped');

  const home = path.join(work, 'home');
  const t0 = performance.now();
  const start = spawn('npm', ['start', '--', '--port', '0', '--home', home], { cwd: clone, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  start.stdout.on('data', (c) => (stdout += c));
  start.stderr.on('data', (c) => (stderr += c));
  const ready = await new Promise((resolve) => {
    const timer = setInterval(() => {
      const line = stdout.split('\n').find((l) => l.startsWith('GRIDSCOUT_READY '));
      if (line || start.exitCode !== null || performance.now() - t0 > 300_000) {
        clearInterval(timer);
        resolve(line ?? null);
      }
    }, 200);
  });
  report.startSeconds = Math.round((performance.now() - t0) / 100) / 10;
  try {
    if (!ready) fail(`npm start never served the browser mode\n${stdout}\n${stderr}`);
    const { url, token } = JSON.parse(ready.slice('GRIDSCOUT_READY '.length));
    const res = await fetch(`${url}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    report.browserModeAnswers = ((await res.json()).ok === true);
    report.sentence = stdout.split('\n').find((l) => l.includes('starts in browser mode')) ?? null;
    if (!report.browserModeAnswers) fail('the browser mode did not answer app.info');
    if (!report.sentence) fail(`npm start did not say why it started the browser mode\n${stdout}`);
  } finally {
    if (start.exitCode === null) process.kill(-start.pid, 'SIGTERM');
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
