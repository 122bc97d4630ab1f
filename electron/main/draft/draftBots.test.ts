// Bots against the real market: over the first 120 picks of 12-team drafts, a bot's pick
// should land near its ADP rank (the simulate CLI's realism bar is a mean gap of 12 or less).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignPersonalities } from '../../../shared/domain/draft/bots';
import { runPicks } from '../../../shared/domain/draft/mock';
import { createDraftPool } from '../../../shared/domain/draft/pool';
import { createDraft } from '../../../shared/domain/draft/state';
import { standardLeague } from '../../../shared/domain/league';
import { createRng } from '../../../shared/domain/random';
import { adpFile, loadAdpPlayers } from '../../test-support/adpFixture';

const hasData = fs.existsSync(adpFile());

describe.skipIf(!hasData)('bots on real ADP', () => {
  it('draft within 12 picks of ADP rank on average over the first 120 picks, 2019-2024', () => {
    const config = standardLeague();
    const perSeason: Record<number, number> = {};
    for (let season = 2019; season <= 2024; season++) {
      const pool = createDraftPool(loadAdpPlayers(season), config);
      const adpRank = new Map([...pool.players].sort((a, b) => a.adp! - b.adp!).map((p, i) => [p.id, i + 1]));
      let sum = 0;
      let n = 0;
      for (let league = 0; league < 20; league++) {
        const rng = createRng(league).fork('season', season);
        const strategies = assignPersonalities(12, rng.fork('personalities'));
        const state = runPicks(createDraft(config), { pool, rng, strategies });
        for (const pick of state.picks.slice(0, 120)) {
          sum += Math.abs(pick!.overall - adpRank.get(pick!.playerId)!);
          n++;
        }
      }
      perSeason[season] = sum / n;
    }
    console.log('mean |pick - ADP rank| by season', perSeason);
    for (const v of Object.values(perSeason)) expect(v).toBeLessThanOrEqual(12);
    for (const v of Object.values(perSeason)) expect(v).toBeGreaterThan(3); // bots are not ADP robots
  });
});
