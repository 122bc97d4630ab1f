// ADP snapshots and their rows (migration 0006), the matches users made by hand, and the
// choice of a league's market: the freshest snapshot for its season, format and team count,
// else the nearest.
import type { MatchCandidate } from '../../adp/match';
import type { AdpFormat, AdpSource, AdpSourceRow } from '../../adp/rows';
import type { AdpSourceChoice } from '../../../../shared/domain/league';
import type { FantasyPosition } from '../../../../shared/domain/stats';
import type { AdpSnapshotView } from '../../../../shared/ipc/types';
import type { Db } from '../connection';

/** A stored snapshot: the contract's shape, so the Data view shows what the repo returns. */
export type SnapshotSummary = AdpSnapshotView;

/** What a load knows before storing: the snapshot without its id and row counts. */
export type SnapshotMeta = Omit<AdpSnapshotView, 'id' | 'rows' | 'matched'>;

export interface StoredAdpRow extends AdpSourceRow {
  ord: number;
  playerId: number | null;
}

/** Stores a snapshot and its rows (player ids already matched) in one transaction. */
export function insertSnapshot(db: Db, meta: SnapshotMeta, rows: readonly AdpSourceRow[], playerIds: readonly (string | null)[]): number {
  return db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO adp_snapshots (source, season, format, teams, origin, fetched_at, start_date, end_date, total_drafts, attribution)
         VALUES (@source, @season, @format, @teams, @origin, @fetchedAt, @startDate, @endDate, @totalDrafts, @attribution)`,
      )
      .run(meta);
    const id = Number(info.lastInsertRowid);
    const insert = db.prepare('INSERT INTO adp_rows (snapshot_id, ord, name, position, team, adp, source_id, player_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    rows.forEach((r, i) => insert.run(id, i + 1, r.name, r.position, r.team, r.adp, r.sourceId, playerIds[i] === null || playerIds[i] === undefined ? null : Number(playerIds[i])));
    return id;
  })();
}

interface RawSnapshot {
  id: number;
  source: AdpSource;
  season: number;
  format: AdpFormat;
  teams: number | null;
  origin: string;
  fetched_at: string;
  start_date: string | null;
  end_date: string | null;
  total_drafts: number | null;
  attribution: string;
  rows: number;
  matched: number;
}

const SUMMARY_SQL = `SELECT s.*, count(r.ord) AS rows, count(p.id) AS matched
  FROM adp_snapshots s LEFT JOIN adp_rows r ON r.snapshot_id = s.id LEFT JOIN players p ON p.id = r.player_id`;

const fromRaw = (r: RawSnapshot): SnapshotSummary => ({
  id: r.id,
  source: r.source,
  season: r.season,
  format: r.format,
  teams: r.teams,
  origin: r.origin,
  fetchedAt: r.fetched_at,
  startDate: r.start_date,
  endDate: r.end_date,
  totalDrafts: r.total_drafts,
  attribution: r.attribution,
  rows: r.rows,
  matched: r.matched,
});

/** Every snapshot, newest first. */
export function listSnapshots(db: Db): SnapshotSummary[] {
  return (db.prepare(`${SUMMARY_SQL} GROUP BY s.id ORDER BY s.fetched_at DESC, s.id DESC`).all() as RawSnapshot[]).map(fromRaw);
}

export function getSnapshot(db: Db, id: number): SnapshotSummary | null {
  const r = db.prepare(`${SUMMARY_SQL} WHERE s.id = ? GROUP BY s.id`).get(id) as RawSnapshot | undefined;
  return r ? fromRaw(r) : null;
}

/** A snapshot's rows in source order; a row whose player no longer exists reads as unmatched. */
export function snapshotRows(db: Db, id: number): StoredAdpRow[] {
  const rows = db
    .prepare(
      `SELECT r.ord, r.name, r.position, r.team, r.adp, r.source_id AS sourceId, p.id AS playerId
       FROM adp_rows r LEFT JOIN players p ON p.id = r.player_id WHERE r.snapshot_id = ? ORDER BY r.ord`,
    )
    .all(id) as { ord: number; name: string; position: FantasyPosition; team: string | null; adp: number; sourceId: string | null; playerId: number | null }[];
  return rows;
}

/** ADP by player id of one snapshot (a player's first row when a source lists him twice). */
export function snapshotAdp(db: Db, id: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of snapshotRows(db, id)) if (r.playerId !== null && !out.has(r.playerId)) out.set(r.playerId, r.adp);
  return out;
}

/**
 * The market a league drafts against: same season (and the league's source, when it chose
 * one); the same format before another; the nearest team count (a CSV's unknown count counts
 * as two away); then the freshest.
 */
export function chooseSnapshot(db: Db, season: number, format: AdpFormat, teams: number, source: AdpSourceChoice = 'auto'): SnapshotSummary | null {
  const all = listSnapshots(db).filter((s) => s.season === season && s.matched > 0 && (source === 'auto' || s.source === source));
  const distance = (s: SnapshotSummary) => (s.format === format ? 0 : 100) + (s.teams === null ? 2 : Math.abs(s.teams - teams));
  all.sort((a, b) => distance(a) - distance(b) || (a.fetchedAt < b.fetchedAt ? 1 : a.fetchedAt > b.fetchedAt ? -1 : b.id - a.id));
  return all[0] ?? null;
}

/** The latest snapshot of a source for this season, format and team count (the once-a-day rule). */
export function latestFrom(db: Db, source: AdpSource, season: number, format: AdpFormat, teams: number | null): SnapshotSummary | null {
  return listSnapshots(db).find((s) => s.source === source && s.season === season && s.format === format && s.teams === teams) ?? null;
}

export function manualMatches(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT row_key AS k, player_id AS p FROM adp_manual_matches').all() as { k: string; p: number }[];
  return new Map(rows.map((r) => [r.k, String(r.p)]));
}

/** Keeps a hand-made match and applies it to the given rows (of every snapshot with that row key). */
export function saveManualMatch(db: Db, rowKey: string, playerId: number, rows: readonly { snapshotId: number; ord: number }[], now: string): void {
  db.transaction(() => {
    db.prepare('INSERT INTO adp_manual_matches (row_key, player_id, created_at) VALUES (?, ?, ?) ON CONFLICT (row_key) DO UPDATE SET player_id = excluded.player_id, created_at = excluded.created_at').run(rowKey, playerId, now);
    const update = db.prepare('UPDATE adp_rows SET player_id = ? WHERE snapshot_id = ? AND ord = ?');
    for (const r of rows) {
      // The player may hold another row of the same snapshot (a wrong automatic match): the hand-made one wins.
      db.prepare('UPDATE adp_rows SET player_id = NULL WHERE snapshot_id = ? AND player_id = ?').run(r.snapshotId, playerId);
      update.run(playerId, r.snapshotId, r.ord);
    }
  })();
}

/** Every row of every snapshot, for applying a hand-made match by key. */
export function allRows(db: Db): (StoredAdpRow & { snapshotId: number })[] {
  return db
    .prepare(`SELECT snapshot_id AS snapshotId, ord, name, position, team, adp, source_id AS sourceId, player_id AS playerId FROM adp_rows ORDER BY snapshot_id, ord`)
    .all() as (StoredAdpRow & { snapshotId: number })[];
}

/** Players an ADP row may be: everyone with a fantasy position. */
export function matchCandidates(db: Db): MatchCandidate[] {
  const rows = db
    .prepare(
      `SELECT id, name, fantasy_position AS position, team, dst_team AS dstTeam, sleeper_id AS sleeperId,
              first_season AS firstSeason, last_season AS lastSeason, rookie_year AS rookieYear, in_pool AS inPool
       FROM players WHERE fantasy_position IS NOT NULL`,
    )
    .all() as (Omit<MatchCandidate, 'id' | 'inPool'> & { id: number; inPool: number })[];
  return rows.map((r) => ({ ...r, id: String(r.id), inPool: r.inPool === 1 }));
}
