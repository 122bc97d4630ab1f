// nflverse kicking: the legacy kicking_week file, and the fg_*/pat_* columns of the
// current stats_player_week file (same names in both).
import type { CsvTable } from './csv';
import { emptyParsed, KICKER_GAME_COLUMNS, playerFact, type KickerGameColumn, type KickerGameRecord, type ParsedFile } from './records';

export interface KickingLayout {
  stats: [KickerGameColumn, number][];
  made: number;
  missed: number;
  blocked: number;
  att: number;
  patAtt: number;
}

/** The kicking columns of a file, or null when it has none. */
export function kickingColumns(t: CsvTable): KickingLayout | null {
  if (!t.has('fg_made_0_19')) return null;
  const required = new Set<KickerGameColumn>(['fg_made', 'fg_att', 'fg_made_0_19', 'fg_made_50_59', 'pat_made', 'pat_att']);
  return {
    stats: KICKER_GAME_COLUMNS.map((c): [KickerGameColumn, number] => [c, required.has(c) ? t.require(c) : t.find(c)]),
    made: t.find('fg_made_list'),
    missed: t.find('fg_missed_list'),
    blocked: t.find('fg_blocked_list'),
    att: t.require('fg_att'),
    patAtt: t.require('pat_att'),
  };
}

/** A kicker's game from row r; null when the row has no kick (a current-schema non-kicker). */
export function readKickerRow(
  t: CsvTable,
  L: KickingLayout,
  r: number,
  key: string,
  season: number,
  week: number,
  seasonType: 'REG' | 'POST',
  team: string | null,
): KickerGameRecord | null {
  if (t.num(r, L.att) === 0 && t.num(r, L.patAtt) === 0) return null;
  const stats = {} as Record<KickerGameColumn, number>;
  for (const [c, i] of L.stats) stats[c] = i >= 0 ? t.num(r, i) : 0;
  return {
    key,
    season,
    week,
    season_type: seasonType,
    team,
    stats,
    fg_made_list: t.str(r, L.made),
    fg_missed_list: t.str(r, L.missed),
    fg_blocked_list: t.str(r, L.blocked),
  };
}

/**
 * kicking_week_*.csv. Two keys repeat (documented in the import test): Todd Peterson
 * 2002 week 4 is the same game twice, and Jason Elam 2000 week 11 has a second row
 * under another team; the first row of a key is kept.
 */
export function parseKicking(t: CsvTable): ParsedFile {
  const L = kickingColumns(t);
  if (!L) t.require('fg_made_0_19');
  const id = t.require('player_id');
  const season = t.require('season');
  const week = t.require('week');
  const seasonType = t.require('season_type');
  const team = t.require('team');
  const name = t.find('player_display_name', 'player_name');
  const position = t.find('position');
  const out = emptyParsed(t.file, 'kicking', 'nflverse', t.rows.length);
  const seen = new Set<string>();
  const latest = new Map<string, { at: number; row: number }>();
  for (let r = 0; r < t.rows.length; r++) {
    const key = t.rows[r]![id]!;
    const s = t.int(r, season);
    const w = t.int(r, week);
    const st = t.oneOf(r, seasonType, ['REG', 'POST'] as const);
    // Validate every cell, also of rows we skip, so a bad file is always refused.
    const rec = readKickerRow(t, L!, r, key, s, w, st, t.str(r, team));
    if (key === '') {
      out.skipped.push({ line: t.line(r), reason: 'no player_id (a team-level row)' });
      continue;
    }
    const k = `${key}|${s}|${w}`;
    if (seen.has(k)) {
      out.duplicates++;
      continue;
    }
    seen.add(k);
    if (rec) out.kickerGames.push(rec);
    else out.kickerGames.push({ key, season: s, week: w, season_type: st, team: t.str(r, team), stats: zeroKicks(), fg_made_list: null, fg_missed_list: null, fg_blocked_list: null });
    const at = s + w / 100;
    const prev = latest.get(key);
    if (!prev || at >= prev.at) latest.set(key, { at, row: r });
  }
  for (const [key, { at, row }] of latest) {
    out.players.push(playerFact({ gsis_id: key, name: t.str(row, name) ?? key, position: t.str(row, position) ?? 'K', team: t.str(row, team), team_season: at }));
  }
  return out;
}

function zeroKicks(): Record<KickerGameColumn, number> {
  return Object.fromEntries(KICKER_GAME_COLUMNS.map((c) => [c, 0])) as Record<KickerGameColumn, number>;
}
