// Every stored game as columns, for rescoring the whole database under a new ruleset
// in one pass (scoreColumns) and summing per player-season. Load once, rescore for as
// many rulesets as needed: a ruleset change costs the scoring pass, not a query.
import { emptyStatColumns, scoreColumns, sumByGroup, type ScoringRules, type StatColumns } from '../../../../shared/domain/scoring';
import { STAT_KEYS, type StatKey } from '../../../../shared/domain/stats';
import { currentFranchiseSql } from '../../../../shared/domain/players';
import type { Db } from '../connection';

export interface PlayerSeasonKey {
  playerId: number;
  season: number;
  seasonType: 'REG' | 'POST';
}

export interface AllGames {
  /** One line per stored game row (player, kicker and team-defence games). */
  cols: StatColumns;
  /** Line j belongs to player-season groups[group[j]]. */
  group: Int32Array;
  groups: PlayerSeasonKey[];
  playerId: Int32Array;
  season: Int32Array;
  week: Int32Array;
}

const OFFENSE = ['pass_att', 'pass_cmp', 'pass_yd', 'pass_td', 'pass_int', 'pass_2pt', 'sacks', 'rush_att', 'rush_yd', 'rush_td', 'rush_2pt', 'targets', 'rec', 'rec_yd', 'rec_td', 'rec_2pt', 'fumbles_lost', 'ret_td'];

/**
 * Loads every game. A kicker's week with a kick and a run is two lines here (the
 * one place that differs from scoring a merged week: only a per-game bonus on a sum
 * of a kicking and an offence stat could tell, and no bonus mixes them).
 */
export function loadAllGames(db: Db): AllGames {
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  const total = n('SELECT count(*) FROM player_games') + n('SELECT count(*) FROM kicker_games') + n(`SELECT count(*) FROM team_defense_games t JOIN players p ON p.dst_team = ${currentFranchiseSql('t.team')}`);
  const cols = emptyStatColumns(total);
  const group = new Int32Array(total);
  const playerId = new Int32Array(total);
  const season = new Int32Array(total);
  const week = new Int32Array(total);
  const groups: PlayerSeasonKey[] = [];
  const groupIndex = new Map<string, number>();
  let j = 0;
  const take = (sql: string, keys: readonly StatKey[]) => {
    const stmt = db.prepare(sql).raw(true);
    for (const row of stmt.iterate() as Iterable<unknown[]>) {
      const pid = row[0] as number;
      const s = row[1] as number;
      const st = row[3] as 'REG' | 'POST';
      const gk = `${pid}|${s}|${st}`;
      let g = groupIndex.get(gk);
      if (g === undefined) {
        g = groups.length;
        groups.push({ playerId: pid, season: s, seasonType: st });
        groupIndex.set(gk, g);
      }
      group[j] = g;
      playerId[j] = pid;
      season[j] = s;
      week[j] = row[2] as number;
      cols.isTe[j] = row[4] === 'TE' ? 1 : 0;
      cols.isDst[j] = row[4] === 'DST' ? 1 : 0;
      for (let k = 0; k < keys.length; k++) cols.columns[keys[k]!][j] = (row[5 + k] as number | null) ?? 0;
      j++;
    }
  };
  take(
    `SELECT g.player_id, g.season, g.week, g.season_type, p.fantasy_position, ${OFFENSE.map((c) => 'g.' + c).join(', ')}
     FROM player_games g JOIN players p ON p.id = g.player_id`,
    OFFENSE as StatKey[],
  );
  take(
    `SELECT k.player_id, k.season, k.week, k.season_type, p.fantasy_position, fg_made_0_19, fg_made_20_29, fg_made_30_39, fg_made_40_49,
       fg_made_50_59, fg_made_60_, fg_missed + fg_blocked, pat_made, pat_missed + pat_blocked
     FROM kicker_games k JOIN players p ON p.id = k.player_id`,
    ['fg_made_0_19', 'fg_made_20_29', 'fg_made_30_39', 'fg_made_40_49', 'fg_made_50_59', 'fg_made_60_', 'fg_missed', 'pat_made', 'pat_missed'],
  );
  take(
    `SELECT p.id, t.season, t.week, t.season_type, 'DST', t.def_sacks, t.def_int, t.def_fum_rec, t.def_td, t.def_safety, t.def_blk_kick, t.pts_allowed
     FROM team_defense_games t JOIN players p ON p.dst_team = ${currentFranchiseSql('t.team')}`,
    ['def_sacks', 'def_int', 'def_fum_rec', 'def_td', 'def_safety', 'def_blk_kick', 'pts_allowed'],
  );
  void STAT_KEYS;
  return { cols, group, groups, playerId, season, week };
}

export interface Rescored {
  /** Points of every game line (same order as AllGames). */
  games: Float64Array;
  /** Points of every player-season (same order as AllGames.groups): sums of game points. */
  seasons: Float64Array;
}

export function rescoreAll(all: AllGames, rules: ScoringRules): Rescored {
  const games = scoreColumns(all.cols, rules);
  return { games, seasons: sumByGroup(games, all.group, all.groups.length) };
}

const cache = new WeakMap<Db, { version: string; all: AllGames }>();

/**
 * loadAllGames, kept per database until an import or refresh writes new data (the
 * latest import run changes): after the first load, a new ruleset costs only the
 * scoring pass (tens of milliseconds for every game since 1999).
 */
export function cachedAllGames(db: Db): AllGames {
  const version = String(db.prepare('SELECT coalesce(max(id), 0) FROM import_runs').pluck().get());
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.all;
  const all = loadAllGames(db);
  cache.set(db, { version, all });
  return all;
}
