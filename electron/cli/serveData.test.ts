// `npm run serve -- --data DIR`: on first start with an empty database the folder is
// imported before the READY line, so the first call already finds players.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tempDirs';
import { nflverseFile } from '../test-support/testData';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const head = (file: string, lines: number) => fs.readFileSync(file, 'utf8').split('\n').slice(0, lines).join('\n') + '\n';

async function serve(home: string, data: string, env: NodeJS.ProcessEnv = {}): Promise<{ url: string; token: string; stop: () => Promise<void>; stderr: () => string }> {
  const child = spawn('npx', ['tsx', 'electron/cli/serve.ts', '--port', '0', '--home', home, '--data', data], {
    cwd: REPO_ROOT,
    env: { ...process.env, GRIDSCOUT_HOME: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it also stops tsx's node child
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no READY line in 60 s; stderr: ${stderr}`)), 60_000);
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        const found = stdout.split('\n').find((l) => l.startsWith('GRIDSCOUT_READY '));
        if (found && stdout.includes(`${found}\n`)) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      void exited.then(() => reject(new Error(`serve exited before READY; stderr: ${stderr}`)));
    });
    const { url, token } = JSON.parse(line.slice('GRIDSCOUT_READY '.length)) as { url: string; token: string };
    return { url, token, stop, stderr: () => stderr };
  } catch (err) {
    await stop();
    throw err;
  }
}

describe('serve --data', () => {
  it('imports the folder on first start, before READY, and not again on the next start', async () => {
    const home = tempDir('gridscout-serve-data-home-');
    const data = tempDir('gridscout-serve-data-');
    fs.writeFileSync(path.join(data, 'player_stats_week_1999_2024.csv'), head(nflverseFile('player_stats_week_1999_2024.csv'), 300));
    fs.copyFileSync(nflverseFile('teams_colors_logos.csv'), path.join(data, 'teams_colors_logos.csv'));
    const post = (s: { url: string; token: string }, channel: string, body: unknown) =>
      fetch(`${s.url}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${s.token}` }, body: JSON.stringify(body) }).then((r) => r.json());

    const first = await serve(home, data);
    try {
      expect(await post(first, 'data.status', {})).toMatchObject({ ok: true, value: { counts: { player_games: 299, teams: 36 }, targetSeason: 2000 } });
      expect(first.stderr()).toMatch(/Imported .*: \d+ players in [\d.]+ s/);
    } finally {
      await first.stop();
    }
    // Second start: players exist, nothing is imported again (the run list stays one import).
    const second = await serve(home, data);
    try {
      const status = (await post(second, 'data.status', {})) as { value: { runs: { runId: string }[] } };
      expect(new Set(status.value.runs.map((r) => r.runId)).size).toBe(1);
      expect(second.stderr()).not.toMatch(/Imported/);
    } finally {
      await second.stop();
    }
  }, 150_000);

  it('trains the model after the start-up import, with no data change announced by hand', async () => {
    const home = tempDir('gridscout-serve-train-home-');
    const data = tempDir('gridscout-serve-train-');
    for (const f of ['player_stats_season_reg_1999_2024.csv', 'rosters_2022_2024_2025.csv']) fs.copyFileSync(nflverseFile(f), path.join(data, f));
    const s = await serve(home, data, { GRIDSCOUT_AUTOTRAIN: '1' });
    try {
      const status = async () =>
        ((await fetch(`${s.url}/api/model.status`, { method: 'POST', headers: { Authorization: `Bearer ${s.token}` }, body: '{}' }).then((r) => r.json())) as {
          value: { trained: boolean; current: boolean };
        }).value;
      let model = await status();
      for (let i = 0; i < 240 && !model.current; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        model = await status();
      }
      expect(model).toMatchObject({ trained: true, current: true });
    } finally {
      await s.stop();
    }
  }, 300_000);
});
