// D/ST projections for the pool's team defences (shared/domain/dstProjection.ts on the
// stored team-defence games). Tried after the model (which projects players only) and before
// the baseline, whose points-allowed-only history would leave every unit near zero.
import { projectDefences } from '../../../shared/domain/dstProjection';
import { currentFranchise } from '../../../shared/domain/players';
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { Db } from '../db/connection';
import { teamDefenceGames } from '../db/repos/teamDefence';
import type { PlayerProjection, ProjectionSource } from './types';

/** Three seasons to project from plus six to measure the range on. */
const HISTORY_SEASONS = 9;
const fmt = (x: number, d = 1) => x.toFixed(d);

function scheduleGames(db: Db, season: number, team: string): number {
  const n = db.prepare(`SELECT count(*) FROM games WHERE season = ? AND game_type = 'REG' AND (home_team = ? OR away_team = ?)`).pluck().get(season, team, team) as number;
  return n > 0 ? n : season >= 2021 ? 17 : 16;
}

export const dstSource: ProjectionSource = {
  name: 'baseline',
  available: (db, season) => db.prepare(`SELECT EXISTS (SELECT 1 FROM team_defense_games WHERE season = ? AND season_type = 'REG')`).pluck().get(season - 1) === 1,
  project(db: Db, rules: ScoringRules, season: number, pool) {
    const out = new Map<number, PlayerProjection>();
    const units = pool.filter((p) => p.position === 'DST' && p.team);
    if (units.length === 0) return out;
    const { games, derived } = teamDefenceGames(db, season - HISTORY_SEASONS);
    const projected = projectDefences(games, season, rules, 17);
    for (const p of units) {
      const team = currentFranchise(p.team!);
      const d = projected.get(team);
      if (!d) continue;
      const g = scheduleGames(db, season, p.team!);
      const scale = g / 17;
      const l = d.perGame;
      const reasons = [
        `Per game: ${fmt(l.def_sacks)} sacks, ${fmt(l.def_int, 2)} interceptions, ${fmt(l.def_fum_rec, 2)} fumble recoveries, ${fmt(l.def_td, 2)} TDs, ${fmt(l.pts_allowed)} points allowed (${fmt(d.pointsAllowedPerGame, 2)} fantasy points from the brackets).`,
        `Rates over ${season - 3}-${season - 1} weighted 5/4/3, shrunk toward the league rate (sacks least, TDs and fumble recoveries most: they barely repeat).`,
        `Range: 10th-90th percentile of actual / projected of the same method over the six seasons before.`,
      ];
      if (derived) reasons.push('This data has no defensive box columns for some seasons: sacks, interceptions and fumble recoveries counted from the opposing offences, TDs from points not scored by the offence or kicker.');
      if (d.leagueRateOnly.length > 0) reasons.push(`Not in the data for this unit (league rate or 0): ${d.leagueRateOnly.join(', ')}.`);
      out.set(p.id, { playerId: p.id, points: d.points * scale, perGame: d.perGamePoints, games: g, low: d.low * scale, high: d.high * scale, source: 'baseline', reasons });
    }
    return out;
  },
};
