// Reading stored games back as StatLines (the shape scoring and the model speak).
// A player's week can have a player_games row (offence) and a kicker_games row
// (kicks); a team defence's week is a team_defense_games row. Blocked kicks count as
// misses for scoring.
import { emptyStatLine, OFFENSE_STATS, type FantasyPosition, type StatLine } from '../../../../shared/domain/stats';
import { currentFranchiseSql } from '../../../../shared/domain/players';
import type { Db } from '../connection';

export interface GameLine {
  season: number;
  week: number;
  season_type: 'REG' | 'POST';
  team: string | null;
  opponent: string | null;
  line: StatLine;
  /** Kicks attempted (fg_att), kept for display. */
  fg_att: number;
}

const OFFENSE_SQL = OFFENSE_STATS.join(', ');
const KICK_SQL = `fg_made_0_19, fg_made_20_29, fg_made_30_39, fg_made_40_49, fg_made_50_59, fg_made_60_,
  fg_missed + fg_blocked AS fg_missed, pat_made, pat_missed + pat_blocked AS pat_missed, fg_att`;
const DEF_SQL = `coalesce(def_sacks, 0) AS def_sacks, coalesce(def_int, 0) AS def_int, coalesce(def_fum_rec, 0) AS def_fum_rec,
  coalesce(def_td, 0) AS def_td, coalesce(def_safety, 0) AS def_safety, coalesce(def_blk_kick, 0) AS def_blk_kick, pts_allowed`;

function toLine(row: Record<string, unknown>): StatLine {
  const line = emptyStatLine();
  for (const k of Object.keys(line) as (keyof StatLine)[]) {
    const v = row[k];
    if (typeof v === 'number') line[k] = v;
  }
  return line;
}

/** Every game of one player (or team defence), oldest first, one line per week. */
export function playerGameLines(db: Db, playerId: number, filter: { season?: number; seasonType?: 'REG' | 'POST' } = {}): GameLine[] {
  const p = db.prepare('SELECT dst_team FROM players WHERE id = ?').get(playerId) as { dst_team: string | null } | undefined;
  if (!p) return [];
  const where = `${filter.season !== undefined ? ' AND season = @season' : ''}${filter.seasonType ? ' AND season_type = @seasonType' : ''}`;
  const params = { id: playerId, team: p.dst_team, season: filter.season, seasonType: filter.seasonType };
  const byWeek = new Map<string, GameLine>();
  const add = (row: Record<string, unknown>) => {
    const key = `${row.season}|${row.week}`;
    const line = toLine(row);
    const prev = byWeek.get(key);
    if (prev) {
      for (const k of Object.keys(line) as (keyof StatLine)[]) prev.line[k] += line[k];
      prev.fg_att += (row.fg_att as number | undefined) ?? 0;
      prev.opponent ??= (row.opponent as string | null) ?? null;
    } else {
      byWeek.set(key, {
        season: row.season as number,
        week: row.week as number,
        season_type: row.season_type as 'REG' | 'POST',
        team: (row.team as string | null) ?? null,
        opponent: (row.opponent as string | null) ?? null,
        line,
        fg_att: (row.fg_att as number | undefined) ?? 0,
      });
    }
  };
  if (p.dst_team) {
    for (const r of db
      .prepare(`SELECT season, week, season_type, team, opponent, ${DEF_SQL} FROM team_defense_games WHERE ${currentFranchiseSql('team')} = @team${where}`)
      .all(params) as Record<string, unknown>[])
      add(r);
  } else {
    for (const r of db
      .prepare(`SELECT season, week, season_type, team, opponent, ${OFFENSE_SQL} FROM player_games WHERE player_id = @id${where}`)
      .all(params) as Record<string, unknown>[])
      add(r);
    for (const r of db
      .prepare(`SELECT season, week, season_type, team, NULL AS opponent, ${KICK_SQL} FROM kicker_games WHERE player_id = @id${where}`)
      .all(params) as Record<string, unknown>[])
      add(r);
  }
  return [...byWeek.values()].sort((a, b) => a.season - b.season || a.week - b.week);
}

/** The scoring position of a stored player (null: not a fantasy position). */
export function scoringPosition(fantasyPosition: string | null): FantasyPosition | null {
  return fantasyPosition === 'QB' || fantasyPosition === 'RB' || fantasyPosition === 'WR' || fantasyPosition === 'TE' || fantasyPosition === 'K' || fantasyPosition === 'DST'
    ? fantasyPosition
    : null;
}
