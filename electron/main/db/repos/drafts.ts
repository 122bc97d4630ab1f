// Drafts and their action logs. appendAction commits one action in its own transaction;
// the caller has already checked it against the engine, so what is stored always replays.
import type { LeagueConfig } from '../../../../shared/domain/league';
import type { ScoringRules } from '../../../../shared/domain/scoring';
import type { DraftMode } from '../../../../shared/ipc/types';
import type { Db } from '../connection';

export type ActionKind = 'pick' | 'trade' | 'sale' | 'undo' | 'redo' | 'clock' | 'source';

export interface StoredAction {
  seq: number;
  kind: ActionKind;
  payload: Record<string, unknown>;
  at: number;
}

export interface DraftRow extends NewDraft {
  id: number;
  leagueName: string;
  status: 'active' | 'complete';
  picksMade: number;
  createdAt: number;
  updatedAt: number;
}

interface Raw {
  id: number;
  league_id: number;
  league_name: string;
  mode: DraftMode;
  seed: number;
  season: number;
  config: string;
  scoring: string;
  team_names: string;
  personalities: string;
  status: 'active' | 'complete';
  picks_made: number;
  created_at: number;
  updated_at: number;
}

const SELECT = 'SELECT d.*, l.name AS league_name FROM drafts d JOIN leagues l ON l.id = d.league_id';

const fromRaw = (r: Raw): DraftRow => ({
  id: r.id,
  leagueId: r.league_id,
  leagueName: r.league_name,
  mode: r.mode,
  seed: r.seed,
  season: r.season,
  config: JSON.parse(r.config) as LeagueConfig,
  scoring: JSON.parse(r.scoring) as ScoringRules,
  teamNames: JSON.parse(r.team_names) as string[],
  personalities: JSON.parse(r.personalities) as (string | null)[],
  status: r.status,
  picksMade: r.picks_made,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function getDraft(db: Db, id: number): DraftRow | null {
  const r = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as Raw | undefined;
  return r ? fromRaw(r) : null;
}

export function listDrafts(db: Db, leagueId?: number): DraftRow[] {
  const rows = (leagueId === undefined
    ? db.prepare(`${SELECT} ORDER BY d.updated_at DESC, d.id DESC`).all()
    : db.prepare(`${SELECT} WHERE d.league_id = ? ORDER BY d.updated_at DESC, d.id DESC`).all(leagueId)) as Raw[];
  return rows.map(fromRaw);
}

export interface NewDraft {
  leagueId: number;
  mode: DraftMode;
  seed: number;
  season: number;
  config: LeagueConfig;
  scoring: ScoringRules;
  teamNames: string[];
  personalities: (string | null)[];
}

/** Creates the draft and its first actions (e.g. the clock start) in one transaction. */
export function insertDraft(db: Db, d: NewDraft, first: Omit<StoredAction, 'seq'>[], now: number, picksMade = 0): number {
  return db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO drafts (league_id, mode, seed, season, config, scoring, team_names, personalities, status, picks_made, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
      )
      .run(d.leagueId, d.mode, d.seed, d.season, JSON.stringify(d.config), JSON.stringify(d.scoring), JSON.stringify(d.teamNames), JSON.stringify(d.personalities), picksMade, now, now);
    const id = Number(info.lastInsertRowid);
    first.forEach((a, i) => insertAction(db, id, i + 1, a));
    return id;
  })();
}

function insertAction(db: Db, draftId: number, seq: number, a: Omit<StoredAction, 'seq'>): void {
  db.prepare('INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (?, ?, ?, ?, ?)').run(draftId, seq, a.kind, JSON.stringify(a.payload), a.at);
}

/**
 * Appends one action as the next in the log, in its own transaction. `expectedSeq` is the
 * seq the caller's state was built to; a different count means another process wrote
 * meanwhile, and nothing is written (the caller reloads).
 */
export function appendAction(db: Db, draftId: number, expectedSeq: number, a: Omit<StoredAction, 'seq'>, status: 'active' | 'complete', picksMade: number): boolean {
  return db.transaction(() => {
    const last = lastSeq(db, draftId);
    if (last !== expectedSeq - 1) return false;
    insertAction(db, draftId, expectedSeq, a);
    db.prepare('UPDATE drafts SET status = ?, picks_made = ?, updated_at = ? WHERE id = ?').run(status, picksMade, a.at, draftId);
    return true;
  }).immediate();
}

export function lastSeq(db: Db, draftId: number): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) FROM draft_actions WHERE draft_id = ?').pluck().get(draftId) as number) ?? 0;
}

export function actionsOf(db: Db, draftId: number): StoredAction[] {
  const rows = db.prepare('SELECT seq, kind, payload, at FROM draft_actions WHERE draft_id = ? ORDER BY seq').all(draftId) as {
    seq: number;
    kind: ActionKind;
    payload: string;
    at: number;
  }[];
  return rows.map((r) => ({ seq: r.seq, kind: r.kind, payload: JSON.parse(r.payload) as Record<string, unknown>, at: r.at }));
}

export function deleteDraft(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes === 1;
}

/** Which team is mine, in the draft's own copy of its league settings. */
export function setDraftMyTeam(db: Db, id: number, team: number): void {
  db.prepare(`UPDATE drafts SET config = json_set(config, '$.myTeam', ?) WHERE id = ?`).run(team, id);
}
