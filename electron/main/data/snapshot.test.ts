// The data snapshot: built from a real (cut down) data folder it carries the nflverse
// files with provenance and licence, never Sleeper's or eval-only files; imported into an
// empty database it gives the same rows as a folder import; a damaged or foreign file is
// refused in words and changes nothing. The imports run in the import worker thread.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { closeAppContext, createAppContext } from '../context';
import { tempDir } from '../../test-support/tempDirs';
import { importCounts } from './importer';
import { nflverseFile } from '../../test-support/testData';
import { buildSnapshot, readSnapshot } from './snapshot';
import { importOnFirstStart, runDataJob } from './firstStart';

const head = (file: string, lines: number) => fs.readFileSync(file, 'utf8').split('\n').slice(0, lines).join('\n') + '\n';

/** A small data folder shaped like ../shared/data: nflverse files, a Sleeper file, eval-only. */
function smallDataFolder(): string {
  const dir = tempDir('gridscout-snapshot-data-');
  fs.mkdirSync(path.join(dir, 'nflverse'));
  fs.mkdirSync(path.join(dir, 'sleeper'));
  fs.mkdirSync(path.join(dir, 'eval-only'));
  fs.writeFileSync(path.join(dir, 'nflverse', 'player_stats_week_1999_2024.csv'), head(nflverseFile('player_stats_week_1999_2024.csv'), 400));
  fs.copyFileSync(nflverseFile('teams_colors_logos.csv'), path.join(dir, 'nflverse', 'teams_colors_logos.csv'));
  fs.copyFileSync(nflverseFile('bye_weeks_1999_2025.csv'), path.join(dir, 'nflverse', 'bye_weeks_1999_2025.csv'));
  fs.writeFileSync(path.join(dir, 'sleeper', 'players_nfl.json'), '{}');
  fs.writeFileSync(path.join(dir, 'eval-only', 'games_eval.csv'), 'season\n2024\n');
  return dir;
}

function context() {
  const ctx = createAppContext({ home: tempDir('gridscout-snapshot-home-'), mode: 'browser', logToConsole: false });
  return ctx;
}

describe('data snapshot', () => {
  it('carries the nflverse files with provenance and licence, nothing else', () => {
    const { bytes, manifest } = buildSnapshot(smallDataFolder(), { now: () => new Date('2026-08-01T00:00:00Z') });
    expect(manifest.files.map((f) => f.name).sort()).toEqual(['bye_weeks_1999_2025.csv', 'player_stats_week_1999_2024.csv', 'teams_colors_logos.csv']);
    expect(manifest.licence.attribution).toBe('Data: nflverse, CC BY 4.0');
    expect(manifest.builtAt).toBe('2026-08-01T00:00:00.000Z');
    expect(manifest.seasons).toEqual({ first: 1999, last: 1999 });
    expect(manifest.files.find((f) => f.name.startsWith('player_stats'))!.rows).toBe(399);
    // Compressed: well under the files' own size.
    expect(bytes.length).toBeLessThan(manifest.files.reduce((a, f) => a + f.bytes, 0) / 3);
  });

  it('imports into an empty database like the folder it came from', async () => {
    const data = smallDataFolder();
    const file = path.join(tempDir('gridscout-snapshot-file-'), 'snap.json.br');
    fs.writeFileSync(file, buildSnapshot(data).bytes);

    const fromFolder = context();
    const fromSnapshot = context();
    try {
      await runDataJob(fromFolder, { kind: 'directory', dir: path.join(data, 'nflverse') });
      const changed: string[] = [];
      fromSnapshot.events.subscribe((name) => changed.push(name));
      const first = await importOnFirstStart(fromSnapshot, { snapshot: file });
      expect(first).toMatchObject({ from: 'snapshot', state: 'imported', error: null, snapshot: { attribution: 'Data: nflverse, CC BY 4.0' } });
      expect(first!.players).toBeGreaterThan(50);
      expect(importCounts(fromSnapshot.db)).toEqual(importCounts(fromFolder.db));
      // Announced like any import, so the model trains after it.
      expect(changed).toContain('data.changed');
      // The scratch copy is gone.
      expect(fs.readdirSync(fromSnapshot.home).filter((f) => f.startsWith('snapshot-'))).toEqual([]);
      // A later start with data does not import again.
      expect(await importOnFirstStart(fromSnapshot, { snapshot: file })).toBeNull();
    } finally {
      closeAppContext(fromFolder);
      closeAppContext(fromSnapshot);
    }
  });

  it('refuses a damaged or foreign file in words and leaves the database empty', async () => {
    const dir = tempDir('gridscout-snapshot-bad-');
    const good = buildSnapshot(smallDataFolder()).bytes;
    const doc = JSON.parse(zlib.brotliDecompressSync(good).toString('utf8')) as { files: Record<string, string> };
    doc.files['teams_colors_logos.csv'] = doc.files['teams_colors_logos.csv']!.replace('ARI', 'XXX');
    const tampered = path.join(dir, 'tampered.json.br');
    fs.writeFileSync(tampered, zlib.brotliCompressSync(JSON.stringify(doc)));
    const foreign = path.join(dir, 'foreign.json.br');
    fs.writeFileSync(foreign, 'not brotli at all');

    expect(() => readSnapshot(tampered)).toThrow(/tampered.json.br is damaged: teams_colors_logos.csv does not match its checksum/);
    expect(() => readSnapshot(foreign)).toThrow(/foreign.json.br is not a GridScout data snapshot/);

    const ctx = context();
    try {
      const first = await importOnFirstStart(ctx, { snapshot: tampered });
      expect(first).toMatchObject({ state: 'failed', players: 0 });
      expect(first!.error).toMatch(/damaged/);
      expect(importCounts(ctx.db).players).toBe(0);
    } finally {
      closeAppContext(ctx);
    }
  });
});
