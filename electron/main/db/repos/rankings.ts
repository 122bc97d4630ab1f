// The user's rankings and tiers per scoring ruleset. A ruleset with no saved rows shows
// the computed default (handlers/rankings.ts); the first edit saves the whole list, and
// every later edit rewrites it in one transaction, so a list is never half saved.
import type { Db } from '../connection';

export interface SavedRank {
  playerId: number;
  rank: number;
  tier: number | null;
  doNotDraft: boolean;
  tierEdited: boolean;
}

export function savedRankings(db: Db, ruleset: string): SavedRank[] {
  const rows = db
    .prepare(
      `SELECT r.player_id AS playerId, r.rank, t.tier, r.do_not_draft AS dnd, coalesce(t.edited, 0) AS edited
       FROM rankings r LEFT JOIN tiers t ON t.ruleset = r.ruleset AND t.player_id = r.player_id
       WHERE r.ruleset = ? ORDER BY r.rank, r.player_id`,
    )
    .all(ruleset) as { playerId: number; rank: number; tier: number | null; dnd: number; edited: number }[];
  return rows.map((r) => ({ playerId: r.playerId, rank: r.rank, tier: r.tier, doNotDraft: r.dnd === 1, tierEdited: r.edited === 1 }));
}

export interface RankToSave {
  playerId: number;
  tier: number;
  doNotDraft: boolean;
}

/** Replaces a ruleset's list: ranks follow the array order (1 = first). */
export function saveRankings(db: Db, ruleset: string, rows: readonly RankToSave[], tiersEdited: boolean, now: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM rankings WHERE ruleset = ?').run(ruleset);
    db.prepare('DELETE FROM tiers WHERE ruleset = ?').run(ruleset);
    const rank = db.prepare('INSERT INTO rankings (ruleset, player_id, rank, do_not_draft, updated_at) VALUES (?, ?, ?, ?, ?)');
    const tier = db.prepare('INSERT INTO tiers (ruleset, player_id, tier, edited) VALUES (?, ?, ?, ?)');
    rows.forEach((r, i) => {
      rank.run(ruleset, r.playerId, i + 1, r.doNotDraft ? 1 : 0, now);
      tier.run(ruleset, r.playerId, r.tier, tiersEdited ? 1 : 0);
    });
  })();
}

export function clearRankings(db: Db, ruleset: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM rankings WHERE ruleset = ?').run(ruleset);
    db.prepare('DELETE FROM tiers WHERE ruleset = ?').run(ruleset);
  })();
}
