// Test fixtures in nflverse's current release schema (stats_player_week_<season>.csv,
// stats_player_reg_<season>.csv), converted from the legacy files in ../shared/data so a
// season both schemas cover can be compared value by value. Generated in the test's temp
// folder, never committed. What the conversion does, as the README describes the schema:
//  - renames interceptions -> passing_interceptions, sacks -> sacks_suffered,
//    sack_yards -> sack_yards_lost (and recent_team -> team in the weekly file);
//  - adds passing_cpoe, def_*, return, penalty, fg_* and pat_* columns; kickers' games
//    (from kicking_week) become rows of the same file, as nflverse publishes them;
//  - with `anomalies`: one team-level row per team game (empty player_id, the team's real
//    defensive box score from eval-only/team_defense_week) and exact repeats of rows.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { dataDir, nflverseFile } from './testData';

type Row = Record<string, string>;

const RENAMES: Record<string, string> = { interceptions: 'passing_interceptions', sacks: 'sacks_suffered', sack_yards: 'sack_yards_lost' };
const DEFENSE = [
  'def_tackles_solo', 'def_tackle_assists', 'def_fumbles_forced', 'def_sacks', 'def_qb_hits', 'def_interceptions',
  'def_pass_defended', 'def_tds', 'def_fumbles', 'def_safeties', 'fumble_recovery_own', 'fumble_recovery_opp',
];
const OTHER = ['passing_cpoe', 'punt_returns', 'punt_return_yards', 'kickoff_returns', 'kickoff_return_yards', 'penalties', 'penalty_yards'];
const KICK_KEYS = new Set(['season', 'week', 'season_type', 'player_id', 'team', 'player_name', 'player_display_name', 'position', 'position_group']);

const read = (file: string): Row[] => Papa.parse<Row>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const kickColumns = (): string[] => Object.keys(read(nflverseFile('kicking_week_1999_2024.csv'))[0]!).filter((c) => !KICK_KEYS.has(c));

/** Team-level rows (empty player_id) with a team's real defensive box score per game. */
function teamRows(season: number, weekly: boolean): Row[] {
  const file = path.join(dataDir(), 'eval-only', 'team_defense_week_2012_2024.csv');
  const rows = read(file).filter((r) => Number(r.season) === season && (weekly || r.season_type === 'REG'));
  const box = (r: Row): Row => ({
    def_sacks: r.sack!, def_interceptions: r.interception!, def_tds: r.def_touchdown!, def_safeties: r.safety!, fumble_recovery_opp: r.fumble!,
  });
  if (weekly) return rows.map((r) => ({ player_id: '', season: r.season!, week: r.week!, season_type: r.season_type!, team: r.team!, ...box(r) }));
  const byTeam = new Map<string, Row>();
  for (const r of rows) {
    const t = byTeam.get(r.team!) ?? { player_id: '', season: String(season), season_type: 'REG', recent_team: r.team! };
    for (const [k, v] of Object.entries(box(r))) t[k] = String(Number(t[k] ?? 0) + Number(v));
    byTeam.set(r.team!, t);
  }
  return [...byTeam.values()];
}

function write(file: string, header: string[], rows: Row[]): void {
  fs.writeFileSync(file, Papa.unparse({ fields: header, data: rows.map((r) => header.map((h) => r[h] ?? '')) }, { newline: '\n' }) + '\n');
}

/** Rows repeated exactly at the end of the file (the 10th, 20th and 30th data rows). */
const REPEATED = [9, 19, 29];

/** stats_player_week_<season>.csv in the current schema; returns the file's path. */
export function writeCurrentSchemaWeek(dir: string, season: number, anomalies: boolean): string {
  const legacy = read(nflverseFile('player_stats_week_1999_2024.csv')).filter((r) => Number(r.season) === season);
  const kicking = read(nflverseFile('kicking_week_1999_2024.csv')).filter((r) => Number(r.season) === season);
  const kick = kickColumns();
  const legacyHeader = Object.keys(legacy[0]!).map((c) => (c === 'recent_team' ? 'team' : (RENAMES[c] ?? c)));
  const header = [...legacyHeader, ...OTHER, ...DEFENSE, ...kick];
  const rows: Row[] = legacy.map((r) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(r)) out[k === 'recent_team' ? 'team' : (RENAMES[k] ?? k)] = v;
    return out;
  });
  const byKey = new Map(rows.map((r) => [`${r.player_id}|${r.week}`, r]));
  for (const k of kicking) {
    const kicks = Object.fromEntries(kick.map((c) => [c, k[c]!]));
    const row = byKey.get(`${k.player_id}|${k.week}`);
    if (row) Object.assign(row, kicks);
    else {
      rows.push({
        player_id: k.player_id!, player_name: k.player_name!, player_display_name: k.player_display_name!, position: k.position!,
        position_group: k.position_group!, team: k.team!, season: k.season!, week: k.week!, season_type: k.season_type!, ...kicks,
      });
    }
  }
  if (anomalies) {
    rows.push(...teamRows(season, true));
    rows.push(...REPEATED.map((i) => ({ ...rows[i]! })));
  }
  const file = path.join(dir, `stats_player_week_${season}.csv`);
  write(file, header, rows);
  return file;
}

/** stats_player_reg_<season>.csv in the current schema (kickers' seasons included); returns the path. */
export function writeCurrentSchemaReg(dir: string, season: number, anomalies: boolean): string {
  const legacy = read(nflverseFile('player_stats_season_reg_1999_2024.csv')).filter((r) => Number(r.season) === season);
  const kick = kickColumns();
  const header = [...Object.keys(legacy[0]!).map((c) => RENAMES[c] ?? c), 'season_type', ...OTHER, ...DEFENSE, ...kick];
  const rows: Row[] = legacy.map((r) => {
    const out: Row = { season_type: 'REG' };
    for (const [k, v] of Object.entries(r)) out[RENAMES[k] ?? k] = v;
    return out;
  });
  // Kickers' regular seasons, summed from their games (nflverse's own aggregation).
  const kickers = new Map<string, Row>();
  for (const k of read(nflverseFile('kicking_week_1999_2024.csv'))) {
    if (Number(k.season) !== season || k.season_type !== 'REG') continue;
    const s = kickers.get(k.player_id!) ?? {
      season: k.season!, player_id: k.player_id!, player_name: k.player_name!, player_display_name: k.player_display_name!,
      position: k.position!, position_group: k.position_group!, season_type: 'REG', games: '0',
    };
    s.recent_team = k.team!;
    s.games = String(Number(s.games) + 1);
    for (const c of kick) if (/^(fg|pat|gwfg)_(made|att|missed|blocked)/.test(c) && !c.endsWith('_list') && !c.endsWith('_distance')) s[c] = String(Number(s[c] ?? 0) + Number(k[c] || 0));
    kickers.set(k.player_id!, s);
  }
  rows.push(...kickers.values());
  if (anomalies) {
    rows.push(...teamRows(season, false));
    rows.push(...REPEATED.map((i) => ({ ...rows[i]! })));
  }
  const file = path.join(dir, `stats_player_reg_${season}.csv`);
  write(file, header, rows);
  return file;
}

/** A copy of a legacy nflverse file keeping only the rows `keep` accepts (same header). */
export function writeLegacySlice(dir: string, name: string, keep: (r: Row) => boolean): string {
  const rows = read(nflverseFile(name));
  const file = path.join(dir, name);
  write(file, Object.keys(rows[0]!), rows.filter(keep));
  return file;
}

/**
 * A copy of ../shared/data where `season` exists only in the current schema: the legacy
 * stat files without that season, its stats_player_week/reg files (with the anomalies),
 * the other files as they are; eval-only/ is linked (backtests read it, imports never).
 */
export function writeFolderWithCurrentSchemaSeason(dir: string, season: number): string {
  const nfl = path.join(dir, 'nflverse');
  fs.mkdirSync(nfl, { recursive: true });
  const other = (r: Row) => Number(r.season) !== season;
  for (const f of ['player_stats_week_1999_2024.csv', 'player_stats_season_reg_1999_2024.csv', 'kicking_week_1999_2024.csv']) writeLegacySlice(nfl, f, other);
  writeCurrentSchemaWeek(nfl, season, true);
  writeCurrentSchemaReg(nfl, season, true);
  for (const f of fs.readdirSync(path.join(dataDir(), 'nflverse'))) {
    if (!fs.existsSync(path.join(nfl, f)) && !/^(player_stats|kicking)_/.test(f)) fs.copyFileSync(nflverseFile(f), path.join(nfl, f));
  }
  fs.cpSync(path.join(dataDir(), 'sleeper'), path.join(dir, 'sleeper'), { recursive: true });
  fs.chmodSync(path.join(dir, 'sleeper'), 0o755); // copied read-only: the test must be able to remove it
  fs.symlinkSync(path.join(dataDir(), 'eval-only'), path.join(dir, 'eval-only'));
  return dir;
}
