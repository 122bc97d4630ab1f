// The model in the app: real data imported into a real SQLite home, model.status and
// model.train through the real dispatch, the trained model serving the players pool, and a
// re-import making it stale (baseline again) until the retrain.
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelBacktests, ModelStatus, PlayerPool } from '../../../shared/ipc/types';
import { createAppContext, closeAppContext, type AppContext } from '../context';
import { dispatch } from '../dispatch';
import { handlers } from '../handlers/index';
import { importDirectory } from '../data/importer';
import { dataDir } from '../../test-support/testData';
import { clearProjectionCache } from '../projections/service';
import { startModelService, stopModelService } from './registry';
import type { ModelConfig } from './model';

let ctx: AppContext;
let home: string;

async function call<T>(channel: string, payload: unknown = {}): Promise<T> {
  const r = await dispatch(handlers, ctx, channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const TINY: Partial<ModelConfig> = { members: 2, hidden: [8, 4], epochs: 2, firstSeason: 2016 };

async function restartService(): Promise<void> {
  stopModelService(ctx);
  clearProjectionCache();
  await startModelService(ctx, { config: TINY }).ready;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'gridscout-model-service-'));
  ctx = createAppContext({ home, mode: 'browser', logToConsole: false });
  await importDirectory(ctx.db, dataDir());
  startModelService(ctx, { config: TINY });
}, 180_000);

afterAll(() => {
  stopModelService(ctx);
  closeAppContext(ctx);
  clearProjectionCache();
  rmSync(home, { recursive: true, force: true });
});

describe('model channels', () => {
  it('trains from the database, serves the pool, goes stale after a re-import', async () => {
    const before = await call<ModelStatus>('model.status');
    expect(before).toMatchObject({ trained: false, current: false, training: false });
    const poolBefore = await call<PlayerPool>('players.pool', { scoring: 'ppr' });
    expect(poolBefore.rows.every((r) => r.source === 'baseline')).toBe(true);

    const progress: number[] = [];
    const off = ctx.events.subscribe((name, p) => {
      if (name === 'job.progress' && 'kind' in p && p.kind === 'train' && p.fraction !== null) progress.push(p.fraction);
    });
    const after = await call<ModelStatus>('model.train');
    off();
    expect(after).toMatchObject({ trained: true, current: true, training: false, targetSeason: 2025 });
    expect(progress.length).toBeGreaterThan(1);

    const pool = await call<PlayerPool>('players.pool', { scoring: 'ppr' });
    const modelRows = pool.rows.filter((r) => r.source === 'model');
    expect(modelRows.length).toBeGreaterThan(pool.rows.length * 0.8);
    for (const r of modelRows.slice(0, 50)) expect(r.low).toBeLessThanOrEqual(r.projection + 1e-9);

    // A model saved by an older app reads other features: it is not served (baseline) until retrained.
    const file = join(home, 'model', 'model.json');
    const saved = readFileSync(file, 'utf8');
    const json = JSON.parse(saved) as { gridscout: { featureNames: string[] } };
    json.gridscout.featureNames = json.gridscout.featureNames.slice(0, -1);
    writeFileSync(file, JSON.stringify(json));
    await restartService();
    expect(await call<ModelStatus>('model.status')).toMatchObject({ trained: true, current: false });
    expect((await call<PlayerPool>('players.pool', { scoring: 'ppr' })).rows.every((r) => r.source === 'baseline')).toBe(true);
    // Nor is a format-1 model, whose non-QBs' passing heads were live (model.ts).
    writeFileSync(file, JSON.stringify({ ...JSON.parse(saved), gridscout: { ...JSON.parse(saved).gridscout, formatVersion: 1 } }));
    await restartService();
    expect(await call<ModelStatus>('model.status')).toMatchObject({ current: false });
    expect((await call<PlayerPool>('players.pool', { scoring: 'ppr' })).rows.every((r) => r.source === 'baseline')).toBe(true);
    writeFileSync(file, saved);
    await restartService();
    expect(await call<ModelStatus>('model.status')).toMatchObject({ current: true });

    await importDirectory(ctx.db, dataDir());
    clearProjectionCache();
    const stale = await call<ModelStatus>('model.status');
    expect(stale).toMatchObject({ trained: true, current: false });
    expect(stale.dataVersion).toBe(after.dataVersion);
    const poolStale = await call<PlayerPool>('players.pool', { scoring: 'ppr' });
    expect(poolStale.rows.every((r) => r.source === 'baseline')).toBe(true);
  }, 400_000);

  it('backtests every season from 2019 to the latest without ADP, and stores them', async () => {
    expect((await call<ModelBacktests>('model.backtests')).seasons).toEqual([]);
    const bt = await call<ModelBacktests>('model.backtest', { scoring: 'half' });
    expect(bt.current).toBe(true);
    expect(bt.seasons.map((s) => s.summary.season)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    for (const s of bt.seasons) {
      expect(s.summary).toMatchObject({ scoring: 'half', set: 'baseline_top200', players: 200, adp: null });
      expect(s.players).toHaveLength(200);
    }
    expect((await call<ModelStatus>('model.status')).backtests).toHaveLength(6);
    expect((await dispatch(handlers, ctx, 'model.backtest', { scoring: 'superflex' })).ok).toBe(false);
  }, 240_000);
});

describe('training on its own (the app starts the service with autoTrain)', () => {
  it('trains at start when the saved model is stale, and again after the next import', async () => {
    stopModelService(ctx);
    const finished: string[] = [];
    const off = ctx.events.subscribe((name, p) => {
      if (name === 'job.progress' && 'kind' in p && p.kind === 'train' && p.done) finished.push(p.phase);
    });
    try {
      // The re-import in the first test left the saved model stale: starting is enough.
      const service = startModelService(ctx, { autoTrain: true, config: TINY });
      await service.ready;
      await vi.waitFor(() => expect(finished).toEqual(['done']), { timeout: 180_000, interval: 250 });
      expect(service.isCurrent()).toBe(true);

      // A new import announces data.changed, as the data channels do: the model retrains.
      await importDirectory(ctx.db, dataDir());
      expect(service.isCurrent()).toBe(false);
      ctx.events.emit('data.changed', { tables: ['player_seasons'] });
      await vi.waitFor(() => expect(finished).toEqual(['done', 'done']), { timeout: 180_000, interval: 250 });
      expect(service.isCurrent()).toBe(true);
    } finally {
      off();
    }
  }, 400_000);
});
