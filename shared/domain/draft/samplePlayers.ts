// A synthetic but realistically shaped player pool for tests, benchmarks and demos without
// data: position-rank projection curves like a PPR season, and an ADP that follows value
// with market noise. Seeded, so every test sees the same players.
import type { Rng } from '../random';
import type { FantasyPosition } from '../stats';
import type { DraftPlayer } from './pool';

const SHAPE: Record<FantasyPosition, { count: number; top: number; decay: number }> = {
  QB: { count: 40, top: 390, decay: 0.03 },
  RB: { count: 90, top: 330, decay: 0.04 },
  WR: { count: 110, top: 320, decay: 0.032 },
  TE: { count: 40, top: 240, decay: 0.06 },
  K: { count: 28, top: 150, decay: 0.015 },
  DST: { count: 32, top: 140, decay: 0.025 },
};

// Where the market drafts a position's k-th player (1-based), roughly: RBs and WRs early,
// QBs and TEs later, K and DST last.
const MARKET: Record<FantasyPosition, (k: number) => number> = {
  QB: (k) => 30 + 9 * (k - 1),
  RB: (k) => 1.2 + 2.6 * (k - 1),
  WR: (k) => 1.8 + 2.4 * (k - 1),
  TE: (k) => 18 + 10 * (k - 1),
  K: (k) => 150 + 6 * (k - 1),
  DST: (k) => 140 + 6 * (k - 1),
};

export function samplePlayers(rng: Rng, options: { withoutAdp?: number } = {}): DraftPlayer[] {
  const players: DraftPlayer[] = [];
  for (const pos of Object.keys(SHAPE) as FantasyPosition[]) {
    const { count, top, decay } = SHAPE[pos];
    for (let k = 1; k <= count; k++) {
      const projection = Math.round(top * Math.exp(-decay * (k - 1)) * (1 + 0.04 * rng.normal()) * 10) / 10;
      const adp = Math.max(1, MARKET[pos](k) * (1 + 0.12 * rng.normal()));
      players.push({
        id: `${pos.toLowerCase()}${k}`,
        name: `${pos} Player ${k}`,
        position: pos,
        team: `T${rng.int(1, 33)}`,
        bye: rng.int(5, 15),
        adp: Math.round(adp * 10) / 10,
        projection,
      });
    }
  }
  // Some players have no ADP (rookies the market has not priced, deep sleepers).
  const n = options.withoutAdp ?? 0;
  for (let k = 0; k < n; k++) players[rng.int(0, players.length)]!.adp = null;
  return players;
}
