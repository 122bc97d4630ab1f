// Real data: the season pool's ADP (the FantasyPros export through the app's CSV import and matcher), the estimate, and a whole season
// run's determinism, with a stand-in projector instead of training (fast).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Projection } from '../../../shared/domain/projection';
import { scoringPreset } from '../../../shared/domain/scoring';
import { emptyStatLine } from '../../../shared/domain/stats';
import { seasonPoints } from '../model/baselines';
import type { History } from '../model/history';
import { loadHistoryFromFolder } from '../model/historyDb';
import { canonicalName } from '../../../shared/domain/names';
import type { PoolEntry } from '../model/project';
import { simulateSeason } from './run';
import { buildSeasonPool } from './seasonPool';
import { adpHistoryBefore } from './seasonMarket';

const DATA = resolve(process.env.GRIDSCOUT_DATA ?? '../shared/data');
const hasData = existsSync(join(DATA, 'eval-only', 'fantasypros_adp_2018_2025.csv'));
let h: History;

/** A stand-in for the model: last season's receiving yards per game, so projections differ. */
function projector(season: number) {
  return (entries: PoolEntry[]): Projection[] =>
    entries.map((e) => {
      const last = h.bySeason.get(season - 1)?.get(e.playerId);
      const perGame = emptyStatLine();
      perGame.rec_yd = last && last.games > 0 ? (last.stats.rec_yd + last.stats.rush_yd + last.stats.pass_yd / 4) / last.games : 5;
      return { playerId: e.playerId, season, position: e.position, games: 15, perGame, lowRatio: 0.5, highRatio: 1.5, reasons: [] };
    });
}

describe.skipIf(!hasData)('season pool on real data', () => {
  beforeAll(async () => {
    h = await loadHistoryFromFolder(DATA);
  }, 120_000);

  it('joins Y ADP to player ids by name + position, with actual points of Y; non-ADP players after every ADP player', () => {
    const rules = scoringPreset('ppr');
    const { players, actual, unmatched } = buildSeasonPool(h, DATA, 2022, rules, projector(2022));
    expect(new Set(players.map((p) => p.id)).size).toBe(players.length);
    // 2022's first pick: Jonathan Taylor, joined to his nflverse id, scored on his 2022 season.
    const first = players.filter((p) => p.adp !== null).sort((a, b) => a.adp! - b.adp!)[0]!;
    expect(canonicalName(first.name)).toBe('jonathan taylor');
    expect(h.bios.get(first.id)?.name).toBe('Jonathan Taylor');
    expect(actual.get(first.id)).toBeCloseTo(seasonPoints(h.bySeason.get(2022)!.get(first.id)!, rules), 6);
    // Cooper Kupp (ADP ~4 in 2022): matched and his 2022 PPR points (9 games, ~200 points).
    const kupp = players.find((p) => canonicalName(p.name) === 'cooper kupp')!;
    expect(kupp.position).toBe('WR');
    expect(actual.get(kupp.id)!).toBeGreaterThan(150);
    expect(unmatched.length).toBeLessThan(5);
    const skillAdp = players.filter((p) => p.adp !== null && p.id.startsWith('adp:') === false && p.position !== 'K' && p.position !== 'DST');
    expect(skillAdp.length).toBeGreaterThan(190);
    // Market players 200 deep plus K and DST for every team; the rest after the market's last ADP.
    const kd = players.filter((p) => p.position === 'K' || p.position === 'DST');
    expect(kd.filter((p) => p.position === 'K').length).toBeGreaterThanOrEqual(12);
    expect(kd.filter((p) => p.position === 'DST').length).toBeGreaterThanOrEqual(12);
    const realAdp = Math.max(...players.slice(0, 200).map((p) => p.adp!), ...kd.map((p) => p.adp!));
    const extra = players.slice(200).filter((p) => p.position !== 'K' && p.position !== 'DST');
    expect(extra.length).toBeGreaterThan(40);
    for (const p of extra) expect(p.adp!).toBeGreaterThan(realAdp);
    expect(kd.every((p) => actual.get(p.id) === 0)).toBe(true);
  });

  it('estimates the market from the seasons before Y only, for every pool player', () => {
    expect(adpHistoryBefore(h, DATA, 2022).history.map((s) => s.season)).toEqual([2019, 2020, 2021]);
    const { players, estimate } = buildSeasonPool(h, DATA, 2022, scoringPreset('ppr'), projector(2022), 'estimate');
    expect(estimate!.adp.size).toBe(players.length);
    // Position timing from earlier seasons: the first estimated QB goes after the first round, the first RB in it.
    const first = (pos: string) => Math.min(...players.filter((p) => p.position === pos).map((p) => estimate!.adp.get(p.id)!));
    expect(first('RB')).toBeLessThan(3);
    expect(first('QB')).toBeGreaterThan(12);
    expect(first('K')).toBeGreaterThan(120);
    // The diagnostic that knows Y's order: each position in ADP order, the timing unchanged.
    const known = buildSeasonPool(h, DATA, 2022, scoringPreset('ppr'), projector(2022), 'estimate', true).estimate!;
    const adpInOrder = (e: typeof known) => players.filter((p) => p.position === 'WR').sort((a, b) => e.order.get(a.id)! - e.order.get(b.id)!).map((p) => p.adp!);
    const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]!);
    expect(ascending(adpInOrder(known))).toBe(true);
    expect(ascending(adpInOrder(estimate!))).toBe(false);
    expect(known.curves).toEqual(estimate!.curves);
  });

  it('a season run is deterministic for a seed', async () => {
    const run = (seed: number) =>
      simulateSeason(h, DATA, { season: 2021, leagues: 2, teams: 12, scoring: 'ppr', seed, projector: projector(2021), recommend: { draws: 50, scenarios: 8 } });
    const a = (await run(3)).summary;
    const b = (await run(3)).summary;
    const c = (await run(4)).summary;
    expect({ ...b, seconds: 0 }).toEqual({ ...a, seconds: 0 });
    expect({ ...c, seconds: 0 }).not.toEqual({ ...a, seconds: 0 });
    expect(a.bots.mean_abs_pick_vs_adp).toBeGreaterThan(0);
    expect(a).toMatchObject({ market: 'adp', market_spearman: 1 });
    const estimated = await simulateSeason(h, DATA, { season: 2021, leagues: 2, teams: 12, scoring: 'ppr', seed: 3, market: 'estimate', projector: projector(2021), recommend: { draws: 50, scenarios: 8 } });
    expect(estimated.summary.market).toBe('estimate');
    expect(estimated.summary.market_spearman).toBeGreaterThan(0.5);
    expect(estimated.summary.market_spearman).toBeLessThan(1);
  }, 120_000);
});
