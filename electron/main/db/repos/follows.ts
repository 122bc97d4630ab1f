// Which drafts follow a draft host, and where each follower is: saved with the draft so a
// restart resumes following (electron/main/sync/follower.ts). Also the players a host drafted
// whom our data does not know, which join that draft's pool.
import type { OutsidePlayer } from '../../draft/pool';
import type { Db } from '../connection';

export type SyncProvider = 'sleeper' | 'espn';
export type FollowState = 'following' | 'paused' | 'done';

export interface FollowRow {
  draftId: number;
  provider: SyncProvider;
  sourceId: string;
  sourceSeason: number | null;
  state: FollowState;
  sourceStatus: string | null;
  etag: string | null;
  lastUpdateAt: number | null;
  lastError: string | null;
  notices: string[];
  createdAt: number;
}

interface Raw {
  draft_id: number;
  provider: SyncProvider;
  source_id: string;
  source_season: number | null;
  state: FollowState;
  source_status: string | null;
  etag: string | null;
  last_update_at: number | null;
  last_error: string | null;
  notices: string;
  created_at: number;
}

const fromRaw = (r: Raw): FollowRow => ({
  draftId: r.draft_id,
  provider: r.provider,
  sourceId: r.source_id,
  sourceSeason: r.source_season,
  state: r.state,
  sourceStatus: r.source_status,
  etag: r.etag,
  lastUpdateAt: r.last_update_at,
  lastError: r.last_error,
  notices: JSON.parse(r.notices) as string[],
  createdAt: r.created_at,
});

export function getFollow(db: Db, draftId: number): FollowRow | null {
  const r = db.prepare('SELECT * FROM draft_follows WHERE draft_id = ?').get(draftId) as Raw | undefined;
  return r ? fromRaw(r) : null;
}

/** Drafts whose follower should run (a restart starts one for each). */
export function activeFollows(db: Db): FollowRow[] {
  return (db.prepare(`SELECT * FROM draft_follows WHERE state = 'following' ORDER BY draft_id`).all() as Raw[]).map(fromRaw);
}

export function insertFollow(db: Db, f: { draftId: number; provider: SyncProvider; sourceId: string; sourceSeason: number | null; at: number }): void {
  db.prepare(`INSERT INTO draft_follows (draft_id, provider, source_id, source_season, state, created_at) VALUES (?, ?, ?, ?, 'following', ?)`).run(
    f.draftId,
    f.provider,
    f.sourceId,
    f.sourceSeason,
    f.at,
  );
}

export type FollowPatch = Partial<Pick<FollowRow, 'state' | 'sourceStatus' | 'etag' | 'lastUpdateAt' | 'lastError'>>;

const COLUMNS: Record<keyof FollowPatch, string> = {
  state: 'state',
  sourceStatus: 'source_status',
  etag: 'etag',
  lastUpdateAt: 'last_update_at',
  lastError: 'last_error',
};

export function updateFollow(db: Db, draftId: number, patch: FollowPatch): void {
  const keys = (Object.keys(patch) as (keyof FollowPatch)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return;
  db.prepare(`UPDATE draft_follows SET ${keys.map((k) => `${COLUMNS[k]} = ?`).join(', ')} WHERE draft_id = ?`).run(...keys.map((k) => patch[k] ?? null), draftId);
}

/** Notices for the user, newest last (one already there is not repeated); the last `keep` are kept. */
export function addNotices(db: Db, draftId: number, notices: string[], keep = 20): string[] {
  const row = getFollow(db, draftId);
  if (!row) return [];
  const added = [...new Set(notices)].filter((n) => !row.notices.includes(n));
  if (added.length === 0) return [];
  const next = [...row.notices, ...added].slice(-keep);
  db.prepare('UPDATE draft_follows SET notices = ? WHERE draft_id = ?').run(JSON.stringify(next), draftId);
  return added;
}

export function outsidePlayers(db: Db, draftId: number): OutsidePlayer[] {
  return db.prepare('SELECT player_id AS id, name, position, team FROM draft_outside_players WHERE draft_id = ? ORDER BY player_id').all(draftId) as OutsidePlayer[];
}

export function addOutsidePlayers(db: Db, draftId: number, players: readonly OutsidePlayer[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO draft_outside_players (draft_id, player_id, name, position, team) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const p of players) insert.run(draftId, p.id, p.name, p.position, p.team);
  })();
}
