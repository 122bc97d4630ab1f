// Real data, real TensorFlow.js (wasm): leakage, determinism, save/load and the worker.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { History } from './history';
import { loadHistoryFromFolder } from './historyDb';
import { buildFeatures, featureContext, positionBefore } from './features';
import { buildTrainingSet } from './dataset';
import { veteranCandidatesFor } from './baselines';
import { trainModel } from './train';
import { projectPool, type PoolEntry } from './project';
import { loadModel, saveModel, readMetadata, type ModelMetadata } from './io';
import { trainInWorker } from './worker';
import type { ModelConfig } from './model';

const DATA = resolve(process.env.GRIDSCOUT_DATA ?? '../shared/data');
const TINY: Partial<ModelConfig> = { members: 2, hidden: [8, 4], epochs: 2, firstSeason: 2019, batchSize: 1024 };
let h: History;

beforeAll(async () => {
  h = await loadHistoryFromFolder(DATA);
}, 180_000);

function pool(season: number, n = 150): PoolEntry[] {
  return veteranCandidatesFor(h, season)
    .slice(0, n)
    .map((id) => ({ playerId: id, position: positionBefore(h, id, season)! }));
}

describe('feature building', () => {
  it('reads nothing from the target season or later (mutating those rows changes no feature)', async () => {
    const Y = 2022;
    // Veterans and the season's rookies (their landing spot and draft prior read Y-1 and before).
    const rookies = [...h.bySeason.get(Y)!.values()].filter((ps) => ps.position !== 'K' && h.bios.get(ps.playerId)?.rookieSeason === Y);
    expect(rookies.length).toBeGreaterThan(50);
    const entries = [...pool(Y, 400), ...rookies.map((ps) => ({ playerId: ps.playerId, position: ps.position }))];
    const before = entries.map((p) => buildFeatures(h, p.playerId, Y, p.position, featureContext(h, Y)));
    const trainBefore = buildTrainingSet(h, Y, 2019);
    // A fresh copy (nothing cached from before the change), every season >= Y rewritten:
    // stats, games, shares, EPA, team and late games.
    const m = await loadHistoryFromFolder(DATA);
    for (const [season, rows] of m.bySeason) {
      if (season < Y) continue;
      for (const ps of rows.values()) {
        for (const k of Object.keys(ps.stats) as (keyof typeof ps.stats)[]) ps.stats[k] = ps.stats[k] * 3 + 7;
        ps.games = 1;
        ps.targetShare = 0.9;
        ps.wopr = 0.9;
        ps.passEpa = 99;
        ps.lateGames = 0;
        ps.team = 'XXX';
      }
    }
    for (const t of m.teams.values()) if (t.season >= Y) t.pprPerGame = 999;
    const after = entries.map((p) => buildFeatures(m, p.playerId, Y, p.position, featureContext(m, Y)));
    expect(after).toEqual(before);
    const trainAfter = buildTrainingSet(m, Y, 2019);
    expect(trainAfter.x).toEqual(trainBefore.x);
    expect(trainAfter.points).toEqual(trainBefore.points);
    // ...while the same mutation one season earlier does change them, rookies' too: the test can fail.
    const earlier = await loadHistoryFromFolder(DATA);
    for (const ps of earlier.bySeason.get(Y - 1)!.values()) {
      ps.games = 1;
      ps.stats.rec = ps.stats.rec * 2 + 1; // earlier rookies' seasons: the draft prior
      ps.team = 'XXX'; // every landing team's room empties
    }
    const changed = entries.map((p) => buildFeatures(earlier, p.playerId, Y, p.position, featureContext(earlier, Y)));
    expect(changed.slice(0, -rookies.length)).not.toEqual(before.slice(0, -rookies.length));
    expect(changed.slice(-rookies.length)).not.toEqual(before.slice(-rookies.length));
  }, 180_000);
});

describe('training', () => {
  it('is deterministic for a seed, and the seed matters', async () => {
    const a = await trainModel(h, 2023, { ...TINY, seed: 7 });
    const b = await trainModel(h, 2023, { ...TINY, seed: 7 });
    const c = await trainModel(h, 2023, { ...TINY, seed: 8 });
    const wa = a.model.getWeights().map((t) => Array.from(t.dataSync()));
    expect(b.model.getWeights().map((t) => Array.from(t.dataSync()))).toEqual(wa);
    expect(c.model.getWeights().map((t) => Array.from(t.dataSync()))).not.toEqual(wa);
    for (const m of [a, b, c]) m.model.dispose();
  });

  it('save then load gives identical projections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridscout-model-'));
    try {
      const trained = await trainModel(h, 2024, { ...TINY, seed: 3 });
      const entries = pool(2024);
      const before = projectPool(h, trained.model, trained.config.members, 2024, entries, { low: 0.6, high: 1.4 });
      const meta: ModelMetadata = {
        formatVersion: 2, dataVersion: 'test-v1', trainedAt: '2025-08-01T00:00:00.000Z', targetSeason: 2024, config: trained.config,
        calibration: { low: 0.6, high: 1.4 }, featureNames: [], examples: trained.examples, trainSeconds: trained.trainSeconds, metrics: [],
      };
      await saveModel(dir, trained.model, meta);
      expect(existsSync(join(dir, 'model.json')) && existsSync(join(dir, 'weights.bin'))).toBe(true);
      const loaded = await loadModel(dir);
      expect(loaded.metadata.dataVersion).toBe('test-v1');
      const after = projectPool(h, loaded.model, loaded.metadata.config.members, 2024, entries, { low: 0.6, high: 1.4 });
      expect(after).toEqual(before);
      trained.model.dispose();
      loaded.model.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('training worker', () => {
  it('trains off the main thread, reports progress and saves the data version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridscout-worker-'));
    try {
      const epochs: number[] = [];
      const meta = await trainInWorker(
        { source: { kind: 'folder', dataDir: DATA }, modelDir: dir, dataVersion: 'import-2', config: { ...TINY, seed: 1 } },
        (p) => epochs.push(p.epoch),
        undefined,
        new URL('./worker.ts', import.meta.url),
      );
      expect(epochs).toEqual([1, 2]);
      expect(meta.targetSeason).toBe(h.seasons[h.seasons.length - 1]! + 1);
      expect(readMetadata(dir)?.dataVersion).toBe('import-2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
