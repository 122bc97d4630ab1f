// Team-defence games for the D/ST projection (shared/domain/dstProjection.ts). The stored
// def_* columns come from the current nflverse schema (summed per team at import); seasons
// imported from the legacy schema have points allowed only, so their box stats are counted
// from the other side of the ball, as electron/main/model/dstHistory.ts explains: sacks and
// interceptions thrown by the opposing passers, fumbles the opposing offence lost, and
// defensive plus return TDs as the team's points minus its offensive and kicking points, over 6.
import type { TeamDefenceGame } from '../../../../shared/domain/dstProjection';
import { currentFranchiseSql } from '../../../../shared/domain/players';
import type { Db } from '../connection';

interface Row {
  team: string;
  season: number;
  week: number;
  pts_allowed: number;
  scored: number | null;
  def_sacks: number | null;
  def_int: number | null;
  def_fum_rec: number | null;
  def_td: number | null;
  def_safety: number | null;
  def_blk_kick: number | null;
  opp_sacks: number | null;
  opp_int: number | null;
  opp_fumbles: number | null;
  offence_points: number | null;
  kick_points: number | null;
}

/** Regular-season team-defence games from `fromSeason` on; `derived` tells whether any box stat was counted from opponents. */
export function teamDefenceGames(db: Db, fromSeason: number): { games: TeamDefenceGame[]; derived: boolean } {
  const team = currentFranchiseSql('d.team');
  const rows = db
    .prepare(
      `WITH against AS (
         SELECT season, week, ${currentFranchiseSql('opponent')} AS team, sum(sacks) AS sacks, sum(pass_int) AS ints, sum(fumbles_lost) AS fumbles
         FROM player_games WHERE season_type = 'REG' AND season >= @from AND opponent IS NOT NULL GROUP BY 1, 2, 3),
       offence AS (
         SELECT season, week, ${currentFranchiseSql('team')} AS team, sum(6 * (rush_td + rec_td) + 2 * (pass_2pt + rush_2pt + rec_2pt)) AS pts
         FROM player_games WHERE season_type = 'REG' AND season >= @from AND team IS NOT NULL GROUP BY 1, 2, 3),
       kicks AS (
         SELECT season, week, ${currentFranchiseSql('team')} AS team, sum(3 * fg_made + pat_made) AS pts
         FROM kicker_games WHERE season_type = 'REG' AND season >= @from AND team IS NOT NULL GROUP BY 1, 2, 3)
       SELECT ${team} AS team, d.season, d.week, d.pts_allowed, o.pts_allowed AS scored,
         d.def_sacks, d.def_int, d.def_fum_rec, d.def_td, d.def_safety, d.def_blk_kick,
         a.sacks AS opp_sacks, a.ints AS opp_int, a.fumbles AS opp_fumbles, f.pts AS offence_points, k.pts AS kick_points
       FROM team_defense_games d
       LEFT JOIN team_defense_games o ON o.season = d.season AND o.week = d.week AND o.season_type = 'REG' AND o.team = d.opponent
       LEFT JOIN against a ON a.season = d.season AND a.week = d.week AND a.team = ${team}
       LEFT JOIN offence f ON f.season = d.season AND f.week = d.week AND f.team = ${team}
       LEFT JOIN kicks k ON k.season = d.season AND k.week = d.week AND k.team = ${team}
       WHERE d.season_type = 'REG' AND d.season >= @from`,
    )
    .all({ from: fromSeason }) as Row[];
  let derived = false;
  const games = rows.map((r): TeamDefenceGame => {
    const pick = (own: number | null, other: number | null) => {
      if (own !== null) return own;
      if (other !== null) derived = true;
      return other;
    };
    const residual = r.scored !== null && r.kick_points !== null ? Math.max(0, r.scored - (r.offence_points ?? 0) - r.kick_points) / 6 : null;
    return {
      team: r.team,
      season: r.season,
      week: r.week,
      pointsAllowed: r.pts_allowed,
      stats: {
        def_sacks: pick(r.def_sacks, r.opp_sacks),
        def_int: pick(r.def_int, r.opp_int),
        def_fum_rec: pick(r.def_fum_rec, r.opp_fumbles),
        def_td: pick(r.def_td, residual),
        def_safety: r.def_safety,
        def_blk_kick: r.def_blk_kick,
      },
    };
  });
  return { games, derived };
}
