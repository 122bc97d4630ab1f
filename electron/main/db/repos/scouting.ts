// What the scouting views read in bulk (season points of every player, the pool with its
// bio columns) and the user's own marks on players (notes, tags, watchlist).
//
// Season points are scored game by game from the stored lines (so per-game bonuses and the
// team-defence brackets apply as they do in a league), for every player at once: the
// projection service needs all of them, and one pass over ~60k games is quicker than a
// query per player.
import { emptyStatColumns, scoreColumns, type ScoringRules } from '../../../../shared/domain/scoring';
import { OFFENSE_STATS, STAT_KEYS, type FantasyPosition, type StatKey } from '../../../../shared/domain/stats';
import type { Db } from '../connection';
import { scoringPosition } from './statLines';

export interface SeasonPoints {
  points: number;
  games: number;
}

/** player id -> season -> regular-season points and games, from `fromSeason` on. */
export type SeasonPointsTable = Map<number, Map<number, SeasonPoints>>;

const KICK_COLS = ['fg_made_0_19', 'fg_made_20_29', 'fg_made_30_39', 'fg_made_40_49', 'fg_made_50_59', 'fg_made_60_'] as const;
const DEF_COLS = ['def_sacks', 'def_int', 'def_fum_rec', 'def_td', 'def_safety', 'def_blk_kick', 'pts_allowed'] as const;

/** A change here invalidates cached projections: the latest import run and the pool size. */
export function dataVersion(db: Db): string {
  const run = db.prepare('SELECT coalesce(max(id), 0) FROM import_runs').pluck().get() as number;
  const pool = db.prepare('SELECT count(*) FROM players WHERE in_pool = 1').pluck().get() as number;
  return `${run}:${pool}`;
}

/** Fantasy position of every player that has one. */
export function fantasyPositions(db: Db): Map<number, FantasyPosition> {
  const out = new Map<number, FantasyPosition>();
  for (const r of db.prepare('SELECT id, fantasy_position FROM players WHERE fantasy_position IS NOT NULL').all() as { id: number; fantasy_position: string }[]) {
    const pos = scoringPosition(r.fantasy_position);
    if (pos) out.set(r.id, pos);
  }
  return out;
}

/**
 * Regular-season points per player and season, each game scored under `rules`. SQLite
 * merges a week's offence, kicks and team-defence rows into one line per game; the lines
 * are then scored column-wise (scoreColumns), the fast path for tens of thousands of games.
 */
export function seasonPointsTable(db: Db, rules: ScoringRules, fromSeason: number): SeasonPointsTable {
  const positions = fantasyPositions(db);
  // UNION ALL matches columns by position: every inner select lists STAT_KEYS in order.
  const select = (own: Partial<Record<StatKey, string>>) => STAT_KEYS.map((k) => `${own[k] ?? '0'} AS ${k}`).join(', ');
  const offence = Object.fromEntries(OFFENSE_STATS.map((k) => [k, k]));
  const kicks: Partial<Record<StatKey, string>> = {
    ...Object.fromEntries(KICK_COLS.map((k) => [k, k])),
    fg_missed: 'fg_missed + fg_blocked',
    pat_made: 'pat_made',
    pat_missed: 'pat_missed + pat_blocked',
  };
  const defence = Object.fromEntries(DEF_COLS.map((k) => [k, `coalesce(d.${k}, 0)`]));
  // Three plain scans (no GROUP BY: it costs more than it saves). A week with both an
  // offence and a kicking row is scored as two lines; the week counts once as a game.
  const from = { from: fromSeason };
  const rows = [
    ...(db.prepare(`SELECT player_id, season, week, ${select(offence)} FROM player_games WHERE season_type = 'REG' AND season >= @from`).raw().all(from) as number[][]),
    ...(db.prepare(`SELECT player_id, season, week, ${select(kicks)} FROM kicker_games WHERE season_type = 'REG' AND season >= @from`).raw().all(from) as number[][]),
    ...(db
      .prepare(
        `SELECT p.id AS player_id, d.season, d.week, ${select(defence)}
         FROM team_defense_games d JOIN players p ON p.dst_team = d.team WHERE d.season_type = 'REG' AND d.season >= @from`,
      )
      .raw()
      .all(from) as number[][]),
  ];
  const cols = emptyStatColumns(rows.length);
  const keys = STAT_KEYS.map((k) => cols.columns[k]);
  const player = new Int32Array(rows.length);
  const season = new Int32Array(rows.length);
  const week = new Int32Array(rows.length);
  rows.forEach((r, j) => {
    player[j] = r[0]!;
    season[j] = r[1]!;
    week[j] = r[2]!;
    for (let i = 0; i < keys.length; i++) keys[i]![j] = r[i + 3] ?? 0;
    const pos = positions.get(r[0]!);
    cols.isTe[j] = pos === 'TE' ? 1 : 0;
    cols.isDst[j] = pos === 'DST' ? 1 : 0;
  });
  const scores = scoreColumns(cols, rules);

  const table: SeasonPointsTable = new Map();
  const seenGames = new Set<number>();
  for (let j = 0; j < rows.length; j++) {
    if (!positions.has(player[j]!)) continue;
    const game = (player[j]! * 10000 + season[j]!) * 100 + week[j]!;
    const firstLine = !seenGames.has(game);
    seenGames.add(game);
    let seasons = table.get(player[j]!);
    if (!seasons) table.set(player[j]!, (seasons = new Map()));
    const s = seasons.get(season[j]!);
    if (s) {
      s.points += scores[j]!;
      if (firstLine) s.games += 1;
    } else seasons.set(season[j]!, { points: scores[j]!, games: 1 });
  }
  return table;
}

export interface PoolPlayerRow {
  id: number;
  name: string;
  position: FantasyPosition;
  team: string | null;
  birthDate: string | null;
  college: string | null;
  draftNumber: number | null;
  draftYear: number | null;
  rookieYear: number | null;
  yearsExp: number | null;
  injuryStatus: string | null;
  firstSeason: number | null;
  bye: number | null;
  watched: boolean;
}

/** The target season's draft pool with the columns the players table shows. */
export function poolPlayers(db: Db, season: number): PoolPlayerRow[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.fantasy_position AS position, p.team, p.birth_date AS birthDate, p.college,
         p.draft_number AS draftNumber, p.draft_year AS draftYear, p.rookie_year AS rookieYear,
         p.years_exp AS yearsExp, p.injury_status AS injuryStatus, p.first_season AS firstSeason,
         b.bye_week AS bye, w.player_id IS NOT NULL AS watched
       FROM players p
       LEFT JOIN byes b ON b.season = @season AND b.team = p.team
       LEFT JOIN watchlist w ON w.player_id = p.id
       WHERE p.in_pool = 1 AND p.fantasy_position IS NOT NULL
       ORDER BY p.id`,
    )
    .all({ season }) as (Omit<PoolPlayerRow, 'watched'> & { watched: number })[];
  return rows.map((r) => ({ ...r, watched: r.watched === 1 }));
}

/** Draft slot and rookie year of players who entered the league in a range of seasons (rookie priors). */
export function rookieClasses(db: Db, from: number, to: number): { id: number; position: FantasyPosition; season: number; draftNumber: number | null }[] {
  const rows = db
    .prepare(
      `SELECT id, fantasy_position AS position, coalesce(rookie_year, draft_year) AS season, draft_number AS draftNumber
       FROM players
       WHERE fantasy_position IN ('QB', 'RB', 'WR', 'TE', 'K') AND coalesce(rookie_year, draft_year) BETWEEN ? AND ?`,
    )
    .all(from, to) as { id: number; position: FantasyPosition; season: number; draftNumber: number | null }[];
  return rows;
}

export function playerExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM players WHERE id = ?').get(id) !== undefined;
}

// ---- the user's marks -------------------------------------------------------------

export interface NoteRow {
  id: number;
  playerId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export function notesFor(db: Db, playerId: number): NoteRow[] {
  return db
    .prepare(
      `SELECT id, player_id AS playerId, body, created_at AS createdAt, updated_at AS updatedAt
       FROM notes WHERE player_id = ? ORDER BY created_at DESC, id DESC`,
    )
    .all(playerId) as NoteRow[];
}

export function addNote(db: Db, playerId: number, body: string, now: string): number {
  return Number(db.prepare('INSERT INTO notes (player_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(playerId, body, now, now).lastInsertRowid);
}

export function deleteNote(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM notes WHERE id = ?').run(id).changes > 0;
}

export function tagsFor(db: Db, playerId: number): string[] {
  return db.prepare('SELECT tag FROM tags WHERE player_id = ? ORDER BY tag').pluck().all(playerId) as string[];
}

/** Replaces a player's tags (one transaction: all or nothing). */
export function setTags(db: Db, playerId: number, tags: readonly string[], now: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM tags WHERE player_id = ?').run(playerId);
    const insert = db.prepare('INSERT OR IGNORE INTO tags (player_id, tag, created_at) VALUES (?, ?, ?)');
    for (const t of tags) insert.run(playerId, t, now);
  })();
}

export function isWatched(db: Db, playerId: number): boolean {
  return db.prepare('SELECT 1 FROM watchlist WHERE player_id = ?').get(playerId) !== undefined;
}

export function setWatched(db: Db, playerId: number, on: boolean, now: string): void {
  if (on) db.prepare('INSERT OR IGNORE INTO watchlist (player_id, added_at) VALUES (?, ?)').run(playerId, now);
  else db.prepare('DELETE FROM watchlist WHERE player_id = ?').run(playerId);
}
