// The baseline projection: the weighted_3yr arithmetic, its reasons, ranges measured from
// the data, rookie priors, and the cache following the data version.
import { afterEach, describe, expect, it } from 'vitest';
import { SCORING_PRESETS } from '../../../shared/domain/scoring';
import type { SeasonPointsTable } from '../db/repos/scouting';
import { draftBucket, quantile, weighted3yr } from './baseline';
import { clearProjectionCache, projectPool, registerProjectionSource } from './service';
import { modelSource } from './modelSource';
import { emptyStatLine } from '../../../shared/domain/stats';
import { openFixture, type Fixture } from '../../test-support/projections';

let fx: Fixture | null = null;
afterEach(() => {
  fx?.close();
  fx = null;
  clearProjectionCache();
});

describe('weighted3yr', () => {
  const table: SeasonPointsTable = new Map([
    [
      1,
      new Map([
        [2022, { points: 0, games: 0 }],
        [2023, { points: 160, games: 16 }],
        [2024, { points: 170, games: 17 }],
      ]),
    ],
  ]);

  it('weights 5/4/3 by games, regresses by 3 games and counts a missed season as 0 games', () => {
    const w = weighted3yr(table, 1, 2025, 8)!;
    // raw = (5*170 + 4*160) / (5*17 + 4*16) = 10; per game = (10*33 + 8*3) / 36
    expect(w.rawPerGame).toBeCloseTo(10, 10);
    expect(w.perGame).toBeCloseTo(354 / 36, 10);
    expect(w.games).toBeCloseTo(149 / 12, 10);
    expect(w.points).toBeCloseTo((354 / 36) * (149 / 12), 10);
    expect(w.used.map((u) => u.season)).toEqual([2024, 2023]);
  });

  it('leaves out seasons before the first one and has nothing without games', () => {
    const rookieYear: SeasonPointsTable = new Map([[2, new Map([[2024, { points: 100, games: 10 }]])]]);
    const w = weighted3yr(rookieYear, 2, 2025, 10)!;
    expect(w.games).toBe(10); // only 2024 counts: weight 5 of 5
    expect(weighted3yr(rookieYear, 3, 2025, 10)).toBeNull();
    expect(weighted3yr(rookieYear, 2, 2024, 10)).toBeNull();
  });

  it('quantiles and draft buckets', () => {
    expect(quantile([0, 10], 0.1)).toBeCloseTo(1);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect([1, 32, 33, 64, 65, 105, 106, null].map(draftBucket)).toEqual(['1st round', '1st round', '2nd round', '2nd round', '3rd round', '3rd round', 'day 3', 'undrafted']);
  });
});

describe('projectPool (baseline)', () => {
  it('projects every pool player with a range and reasons naming the seasons used', () => {
    fx = openFixture();
    const result = projectPool(fx.ctx, SCORING_PRESETS.ppr, 2025);
    expect(result.pool).toHaveLength(fx.ids.size);
    for (const p of result.pool) expect(result.projections.get(p.id), p.name).toBeDefined();

    const qb = result.projections.get(fx.ids.get('QB 1')!)!;
    expect(qb.source).toBe('baseline');
    expect(qb.points).toBeGreaterThan(200);
    expect(qb.low).toBeLessThan(qb.points);
    expect(qb.high).toBeGreaterThan(qb.points);
    expect(qb.reasons[0]).toMatch(/2024 \(\d+ g, [\d.]+\/g\), 2023 .*, 2022 /);
    expect(qb.reasons.join(' ')).toMatch(/10th-90th percentile of actual \/ projected for QBs, 2019-2024/);

    // The best QB out-projects a worse one; PPR lifts receivers over standard.
    expect(qb.points).toBeGreaterThan(result.projections.get(fx.ids.get('QB 20')!)!.points);
    const std = projectPool(fx.ctx, SCORING_PRESETS.standard, 2025);
    expect(result.projections.get(fx.ids.get('WR 1')!)!.points).toBeGreaterThan(std.projections.get(fx.ids.get('WR 1')!)!.points + 50);

    const rookie = result.projections.get(fx.ids.get('Rookie Receiver')!)!;
    expect(rookie.reasons[0]).toMatch(/Rookie \(pick 9\)/);
    expect(rookie.reasons[1]).toMatch(/rookie WRs/);
    expect(result.projections.get(fx.ids.get('KC D/ST')!)!.points).toBeGreaterThan(0);
    expect(result.projections.get(fx.ids.get('K 1')!)!.points).toBeGreaterThan(100);
  });

  it('caches per ruleset and data version, and recomputes after an import', () => {
    fx = openFixture();
    const a = projectPool(fx.ctx, SCORING_PRESETS.ppr, 2025);
    expect(projectPool(fx.ctx, SCORING_PRESETS.ppr, 2025)).toBe(a);
    expect(projectPool(fx.ctx, SCORING_PRESETS.half, 2025)).not.toBe(a);
    fx.ctx.db
      .prepare(`INSERT INTO import_runs (run_id, source, kind, file, rows, licence, started_at, finished_at) VALUES ('x', 'test', 'x', 'x', 1, 'x', 'now', 'now')`)
      .run();
    const b = projectPool(fx.ctx, SCORING_PRESETS.ppr, 2025);
    expect(b).not.toBe(a);
    expect(b.dataVersion).not.toBe(a.dataVersion);
  });

  it('lets a registered model override the players it covers', () => {
    fx = openFixture();
    const qbId = fx.ids.get('QB 1')!;
    const unregister = registerProjectionSource({
      name: 'model',
      available: () => true,
      project: (_db, _rules, _season, pool) =>
        new Map(pool.filter((p) => p.id === qbId).map((p) => [p.id, { playerId: p.id, points: 1, low: 0, high: 2, perGame: 0.1, games: 10, source: 'model' as const, reasons: ['test model'] }])),
    });
    const result = projectPool(fx.ctx, SCORING_PRESETS.ppr, 2025);
    expect(result.projections.get(qbId)!.source).toBe('model');
    expect(result.projections.get(fx.ids.get('QB 2')!)!.source).toBe('baseline');
    unregister();
    expect(projectPool(fx.ctx, SCORING_PRESETS.ppr, 2025).projections.get(qbId)!.source).toBe('baseline');
  });

  it('turns model stat-line projections into points for the asked ruleset', () => {
    fx = openFixture();
    const wrId = fx.ids.get('WR 1')!;
    const perGame = { ...emptyStatLine(), rec: 6, rec_yd: 80, rec_td: 0.5 };
    const unregister = registerProjectionSource(
      modelSource((_db, season) => (season === 2025 ? [{ playerId: String(wrId), season, position: 'WR', games: 16, perGame, lowRatio: 0.5, highRatio: 1.4, reasons: ['age curve'] }] : null)),
    );
    const ppr = projectPool(fx.ctx, SCORING_PRESETS.ppr, 2025).projections.get(wrId)!;
    const std = projectPool(fx.ctx, SCORING_PRESETS.standard, 2025).projections.get(wrId)!;
    expect(ppr.source).toBe('model');
    expect(ppr.points).toBeCloseTo(16 * (6 + 8 + 3), 6); // 6 rec + 80/10 + 0.5*6 a game
    expect(std.points).toBeCloseTo(16 * 11, 6);
    expect(ppr.low).toBeCloseTo(ppr.points * 0.5, 6);
    expect(ppr.reasons[0]).toBe('age curve');
    expect(projectPool(fx.ctx, SCORING_PRESETS.ppr, 2024).projections.get(wrId)?.source ?? 'baseline').toBe('baseline');
    unregister();
  });
});
