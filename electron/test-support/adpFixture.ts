// Test and benchmark fixture: a season's real draft market (FantasyPros ADP, eval-only data,
// never shipped) as DraftPlayers. The projections are a smooth stand-in derived from each
// player's position rank, enough to exercise value, tiers and recommendations.
import fs from 'node:fs';
import path from 'node:path';
import type { DraftPlayer } from '../../shared/domain/draft/pool';
import { FANTASY_POSITIONS, type FantasyPosition } from '../../shared/domain/stats';

export function dataDir(): string {
  return process.env.GRIDSCOUT_DATA ?? path.resolve(import.meta.dirname, '../../../shared/data');
}

export function adpFile(): string {
  return path.join(dataDir(), 'eval-only', 'fantasypros_adp_2018_2025.csv');
}

// Top-of-position season points (PPR-like) and how fast they fall off with position rank.
const TOP: Record<FantasyPosition, [number, number]> = {
  QB: [400, 0.035],
  RB: [340, 0.045],
  WR: [330, 0.035],
  TE: [250, 0.07],
  K: [150, 0.02],
  DST: [140, 0.03],
};

/** The season's preferred ADP rows as draft players (ids "adp-<season>-<rank>"). */
export function loadAdpPlayers(season: number): DraftPlayer[] {
  const lines = fs.readFileSync(adpFile(), 'utf8').trim().split('\n');
  const header = lines[0]!.split(',');
  const col = (name: string) => header.indexOf(name);
  const [cSeason, cRank, cPlayer, cTeam, cBye, cPos, cAdp, cPref] = ['season', 'rank', 'player', 'team', 'bye', 'pos', 'avg_adp', 'preferred_for_season'].map(col);
  const rows = lines.slice(1).map((l) => l.split(','));
  const players: DraftPlayer[] = [];
  const seenPos: Record<string, number> = {};
  const chosen = rows
    .filter((r) => Number(r[cSeason!]) === season && r[cPref!] === '1' && (FANTASY_POSITIONS as readonly string[]).includes(r[cPos!]!))
    .sort((a, b) => Number(a[cAdp!]) - Number(b[cAdp!]));
  for (const r of chosen) {
    const pos = r[cPos!] as FantasyPosition;
    const k = (seenPos[pos] = (seenPos[pos] ?? 0) + 1);
    const [top, decay] = TOP[pos];
    players.push({
      id: `adp-${season}-${r[cRank!]}`,
      name: r[cPlayer!]!,
      position: pos,
      team: r[cTeam!] || null,
      bye: r[cBye!] ? Number(r[cBye!]) : null,
      adp: Number(r[cAdp!]),
      projection: Math.round(top * Math.exp(-decay * (k - 1)) * 10) / 10,
    });
  }
  return players;
}
