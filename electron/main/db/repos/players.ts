// Player queries for search, the profile and the game log. Points are computed here,
// per game, from the stored lines and the requested ruleset (never stored: a ruleset
// change needs no migration and no re-import).
import { seasonAge } from '../../../../shared/domain/players';
import { normaliseName } from '../../../../shared/domain/names';
import { roundPoints, scoreLine, scoreTotals, type ScoringRules } from '../../../../shared/domain/scoring';
import { addStatLines, emptyStatLine, type StatLine } from '../../../../shared/domain/stats';
import type { PlayerGameLine, PlayerProfile, PlayerSearchHit, PlayerSeasonLine, PlayerStatTotals } from '../../../../shared/ipc/types';
import type { PlayerBio, PlayerIds } from '../../data/records';
import type { Db } from '../connection';
import { targetSeason } from './dataStatus';
import { playerGameLines, scoringPosition } from './statLines';

export interface SearchQuery {
  query: string;
  position?: 'QB' | 'RB' | 'WR' | 'TE' | 'K' | 'DST' | 'FLEX';
  limit?: number;
  poolOnly?: boolean;
}

/**
 * Every word of the query must start a word of the player's normalised name:
 * "mahomes", "pat mah" and "Mahomes II" all find Patrick Mahomes. Pool players
 * first, then the most recent.
 */
export function searchPlayers(db: Db, q: SearchQuery): PlayerSearchHit[] {
  const words = normaliseName(q.query).split(' ').filter(Boolean).slice(0, 6);
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit ?? 20 };
  words.forEach((w, i) => {
    where.push(`(' ' || name_key) LIKE @w${i} ESCAPE '\\'`);
    params[`w${i}`] = `% ${w.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  });
  if (q.position === 'FLEX') where.push(`fantasy_position IN ('RB', 'WR', 'TE')`);
  else if (q.position) {
    where.push('fantasy_position = @position');
    params.position = q.position;
  }
  if (q.poolOnly) where.push('in_pool = 1');
  const rows = db
    .prepare(
      `SELECT id, name, coalesce(fantasy_position, position) AS position, team, in_pool, last_season
       FROM players ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY in_pool DESC, fantasy_position IS NULL, last_season DESC NULLS LAST, name
       LIMIT @limit`,
    )
    .all(params) as { id: number; name: string; position: string | null; team: string | null; in_pool: number; last_season: number | null }[];
  return rows.map((r) => ({ id: r.id, name: r.name, position: r.position, team: r.team, inPool: r.in_pool === 1, lastSeason: r.last_season }));
}

interface PlayerRow extends PlayerIds, PlayerBio {
  id: number;
  name: string;
  fantasy_position: string | null;
  position: string | null;
  team: string | null;
  in_pool: number;
}

function totals(line: StatLine, games: number, points: number, fgAtt: number): PlayerStatTotals {
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    games,
    points: roundPoints(points),
    pointsPerGame: games > 0 ? roundPoints(points / games) : 0,
    pass_att: line.pass_att,
    pass_cmp: line.pass_cmp,
    pass_yd: line.pass_yd,
    pass_td: line.pass_td,
    pass_int: line.pass_int,
    pass_2pt: line.pass_2pt,
    sacks: line.sacks,
    rush_att: line.rush_att,
    rush_yd: line.rush_yd,
    rush_td: line.rush_td,
    rush_2pt: line.rush_2pt,
    targets: line.targets,
    rec: line.rec,
    rec_yd: line.rec_yd,
    rec_td: line.rec_td,
    rec_2pt: line.rec_2pt,
    fumbles_lost: line.fumbles_lost,
    ret_td: line.ret_td,
    fg_made: line.fg_made_0_19 + line.fg_made_20_29 + line.fg_made_30_39 + line.fg_made_40_49 + line.fg_made_50_59 + line.fg_made_60_,
    fg_att: fgAtt,
    pat_made: line.pat_made,
    def_sacks: line.def_sacks,
    def_int: line.def_int,
    pts_allowed: r(line.pts_allowed),
  };
}

/** Regular seasons of one player: totals and points (sum of per-game scores). */
export function playerSeasons(db: Db, playerId: number, fantasyPosition: string | null, rules: ScoringRules): PlayerSeasonLine[] {
  const pos = scoringPosition(fantasyPosition) ?? 'WR';
  const bySeason = new Map<number, { line: StatLine; games: number; points: number; fgAtt: number; teams: string[] }>();
  for (const g of playerGameLines(db, playerId, { seasonType: 'REG' })) {
    let s = bySeason.get(g.season);
    if (!s) bySeason.set(g.season, (s = { line: emptyStatLine(), games: 0, points: 0, fgAtt: 0, teams: [] }));
    s.line = addStatLines(s.line, g.line);
    s.games++;
    s.points += scoreLine(g.line, rules, pos);
    s.fgAtt += g.fg_att;
    if (g.team && s.teams.at(-1) !== g.team) s.teams.push(g.team);
  }
  // Season files (nflverse, Sleeper): authoritative totals, and the only source for
  // seasons without weekly lines (those are scored on totals: no per-game bonuses).
  const stored = db
    .prepare(`SELECT * FROM player_seasons WHERE player_id = ? AND season_type = 'REG'`)
    .all(playerId) as (Record<string, unknown> & { season: number; games: number; team: string | null; teams: string | null })[];
  const seasonRows = new Map(stored.map((r) => [r.season, r]));
  const seasons = new Set([...bySeason.keys(), ...seasonRows.keys()]);
  return [...seasons]
    .sort((a, b) => a - b)
    .map((season) => {
      const fromGames = bySeason.get(season);
      const row = seasonRows.get(season);
      let line = fromGames?.line ?? emptyStatLine();
      if (row && !fromGames) {
        line = emptyStatLine();
        for (const k of Object.keys(line) as (keyof StatLine)[]) if (typeof row[k] === 'number') line[k] = row[k] as number;
      }
      const games = fromGames?.games ?? row?.games ?? 0;
      const points = fromGames ? fromGames.points : scoreTotals(line, rules, pos);
      const teams = row?.teams ? row.teams.split(';') : (fromGames?.teams ?? []);
      return {
        season,
        team: row?.team ?? teams.at(-1) ?? null,
        teams,
        ...totals(line, games, points, fromGames?.fgAtt ?? 0),
      };
    });
}

export function getPlayerProfile(db: Db, id: number, rules: ScoringRules, scoringName: string): PlayerProfile | null {
  const p = db.prepare('SELECT * FROM players WHERE id = ?').get(id) as PlayerRow | undefined;
  if (!p) return null;
  const target = targetSeason(db);
  return {
    id: p.id,
    name: p.name,
    position: p.fantasy_position ?? p.position,
    rosterPosition: p.position,
    team: p.team,
    birthDate: p.birth_date,
    age: target !== null ? seasonAge(p.birth_date, target) : null,
    college: p.college,
    height: p.height,
    weight: p.weight,
    jerseyNumber: p.jersey_number,
    draft: { club: p.draft_club, number: p.draft_number, year: p.draft_year },
    rookieYear: p.rookie_year,
    yearsExp: p.years_exp,
    status: p.status,
    injuryStatus: p.injury_status,
    inPool: p.in_pool === 1,
    ids: { gsis: p.gsis_id, sleeper: p.sleeper_id, espn: p.espn_id, yahoo: p.yahoo_id, pfr: p.pfr_id },
    targetSeason: target,
    scoring: scoringName,
    seasons: playerSeasons(db, p.id, p.fantasy_position, rules),
  };
}

/** One player's game log (REG and POST unless filtered), scored per game. */
export function getPlayerGames(
  db: Db,
  id: number,
  rules: ScoringRules,
  filter: { season?: number; seasonType?: 'REG' | 'POST' },
): PlayerGameLine[] | null {
  const p = db.prepare('SELECT fantasy_position FROM players WHERE id = ?').get(id) as { fantasy_position: string | null } | undefined;
  if (!p) return null;
  const pos = scoringPosition(p.fantasy_position) ?? 'WR';
  return playerGameLines(db, id, filter).map((g) => {
    const { games: _g, pointsPerGame: _p, ...rest } = totals(g.line, 1, scoreLine(g.line, rules, pos), g.fg_att);
    return { season: g.season, week: g.week, seasonType: g.season_type, team: g.team, opponent: g.opponent, ...rest };
  });
}
