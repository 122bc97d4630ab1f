// `npm start` as a user runs it, as processes: with no Electron binary and GitHub out of
// reach (this machine) it tries Electron's installer, says in one sentence that Electron
// is unavailable and serves the browser mode; with a binary in place (a stand-in, as
// after a successful download) it starts that binary on the app and downloads nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../electron/test-support/tempDirs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function npmStart(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '', ELECTRON_OVERRIDE_DIST_PATH: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stopping it stops tsx's node child too
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    output: () => ({ stdout, stderr }),
    exited,
    waitFor: (text: string, ms: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (stdout.includes(text)) {
            clearInterval(timer);
            resolve();
          } else if (child.exitCode !== null || Date.now() - started > ms) {
            clearInterval(timer);
            reject(new Error(`no "${text}" (exit ${child.exitCode}); stdout: ${stdout}; stderr: ${stderr}`));
          }
        }, 100);
        const started = Date.now();
      }),
    stop: async () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

const electronBinaryInstalled = fs.existsSync(path.join(ROOT, 'node_modules', 'electron', 'path.txt'));

describe('npm start', () => {
  it.skipIf(electronBinaryInstalled)('without Electron and without GitHub: one sentence, then the browser mode answers', async () => {
    const home = tempDir('gridscout-start-home-');
    const run = npmStart(['--port', '0', '--home', home], {});
    try {
      await run.waitFor('GRIDSCOUT_READY ', 240_000);
      const { stdout } = run.output();
      expect(stdout).toContain('Downloading Electron');
      const sentence = stdout.split('\n').find((l) => l.includes('starts in browser mode'));
      expect(sentence).toMatch(/^Electron could not be downloaded \(.+\), so GridScout starts in browser mode: open the URL printed below\.$/);
      const ready = stdout.split('\n').find((l) => l.startsWith('GRIDSCOUT_READY '))!;
      const { url, token } = JSON.parse(ready.slice('GRIDSCOUT_READY '.length)) as { url: string; token: string };
      const res = await fetch(`${url}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
      // A browser-mode home, not the desktop app's per-user folder.
      expect(fs.existsSync(path.join(home, 'gridscout.db'))).toBe(true);
    } finally {
      await run.stop();
    }
  }, 300_000);

  it('with an Electron binary in place: launches it on the app, downloads nothing', async () => {
    const dist = tempDir('gridscout-start-electron-');
    const record = path.join(dist, 'launched.json');
    // A stand-in binary: records how it was started, as the real one would be.
    fs.writeFileSync(
      path.join(dist, 'electron'),
      `#!/bin/sh\nprintf '{"args":"%s","home":"%s","binding":"%s"}' "$*" "$GRIDSCOUT_HOME" "$GRIDSCOUT_SQLITE_BINDING" > '${record}'\n`,
      { mode: 0o755 },
    );
    const binding = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const home = tempDir('gridscout-start-home-');
    const run = npmStart(['--home', home], { ELECTRON_OVERRIDE_DIST_PATH: dist, GRIDSCOUT_SQLITE_BINDING: binding });
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).not.toContain('Downloading Electron');
    expect(JSON.parse(fs.readFileSync(record, 'utf8'))).toEqual({ args: '.', home, binding });
  }, 300_000);
});
