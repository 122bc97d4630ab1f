// `node scripts/smoke-packaged.mjs DIR`: starts the packaged app in DIR (electron-builder's
// linux-unpacked folder) with an empty app folder, the way a user's first start goes, and
// waits until its window is ready (the app prints GRIDSCOUT_WINDOW_READY and quits). CI
// runs it under xvfb after packaging; it needs a real Electron, so it cannot run here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? 'release/linux-unpacked');
const binary = ['gridscout', 'GridScout'].map((n) => path.join(dir, n)).find((f) => fs.existsSync(f));
if (!binary) {
  process.stderr.write(`smoke test FAILED: no gridscout executable in ${dir}\n`);
  process.exit(1);
}
const snapshot = path.join(dir, 'resources', 'data', 'gridscout-snapshot.json.br');
if (!fs.existsSync(snapshot)) {
  process.stderr.write(`smoke test FAILED: the data snapshot is not in the package (${snapshot})\n`);
  process.exit(1);
}
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-smoke-'));
const TIMEOUT_MS = 120_000;
const child = spawn(binary, process.platform === 'linux' ? ['--no-sandbox'] : [], {
  env: { ...process.env, GRIDSCOUT_HOME: home, GRIDSCOUT_SMOKE_TEST: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
const timer = setTimeout(() => {
  process.stderr.write(`smoke test FAILED: no window within ${TIMEOUT_MS / 1000} s\n${out}`);
  child.kill('SIGKILL');
  process.exit(1);
}, TIMEOUT_MS);
child.stdout.on('data', (c) => {
  out += c.toString();
  process.stdout.write(c);
});
child.on('exit', (code) => {
  clearTimeout(timer);
  const ready = out.split('\n').find((l) => l.startsWith('GRIDSCOUT_WINDOW_READY '));
  if (!ready) {
    process.stderr.write(`smoke test FAILED: the app exited (${code}) before its window was ready\n`);
    process.exit(1);
  }
  process.stdout.write(`smoke test passed: ${ready.slice('GRIDSCOUT_WINDOW_READY '.length)}\n`);
  process.exit(0);
});
