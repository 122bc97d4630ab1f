// Simulate CLI timing (goal: a 200-league season run in at most 5 minutes). Trains on seasons
// before 2024 once, drafts 10 leagues twice each and extrapolates the drafting to 200 leagues;
// the full figure comes from `npm run simulate -- ... --leagues 200` (README).
import fs from 'node:fs';
import path from 'node:path';
import { loadHistoryFromFolder } from '../../main/model/historyDb';
import { simulateSeason } from '../../main/simulate/run';
import { dataDir } from '../../test-support/testData';
import type { Benchmark } from './types';

export const simulateRun: Benchmark = {
  name: 'simulate_season',
  run: async () => {
    const dir = dataDir();
    if (!fs.existsSync(path.join(dir, 'eval-only'))) return { skipped: 'no eval-only ADP data' };
    const h = await loadHistoryFromFolder(dir);
    const leagues = 10;
    const { diagnostics } = await simulateSeason(h, dir, { season: 2024, leagues, teams: 12, scoring: 'ppr', seed: 1 });
    const perLeague = diagnostics.draft_seconds / leagues;
    return {
      season: 2024,
      players: diagnostics.players,
      train_and_pool_s: Math.round(diagnostics.train_seconds * 10) / 10,
      league_pair_ms: Math.round(perLeague * 1000),
      estimated_200_leagues_s: Math.round(diagnostics.train_seconds + 200 * perLeague),
      goal_200_leagues_s: 300,
    };
  },
};
