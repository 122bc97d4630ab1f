// Draft parties and their guests in SQLite (migration 0008). A party row exists while the
// party is open; deleting it deletes its guests, which revokes their tokens.
import type { Db } from '../db/connection';

export interface PartyRow {
  draftId: number;
  code: string;
  /** Where the desktop app's party server listened; null in browser mode. */
  address: string | null;
  port: number | null;
  openedAt: number;
}

export interface GuestRow {
  draftId: number;
  team: number;
  name: string;
  joinedAt: number;
}

interface RawParty {
  draft_id: number;
  code: string;
  address: string | null;
  port: number | null;
  opened_at: number;
}

const partyOf = (r: RawParty): PartyRow => ({ draftId: r.draft_id, code: r.code, address: r.address, port: r.port, openedAt: r.opened_at });

export function getParty(db: Db, draftId: number): PartyRow | null {
  const r = db.prepare('SELECT * FROM draft_parties WHERE draft_id = ?').get(draftId) as RawParty | undefined;
  return r ? partyOf(r) : null;
}

export function partyByCode(db: Db, code: string): PartyRow | null {
  const r = db.prepare('SELECT * FROM draft_parties WHERE code = ?').get(code) as RawParty | undefined;
  return r ? partyOf(r) : null;
}

export function openParties(db: Db): PartyRow[] {
  return (db.prepare('SELECT * FROM draft_parties ORDER BY opened_at').all() as RawParty[]).map(partyOf);
}

export function insertParty(db: Db, p: PartyRow): void {
  db.prepare('INSERT INTO draft_parties (draft_id, code, address, port, opened_at) VALUES (?, ?, ?, ?, ?)').run(p.draftId, p.code, p.address, p.port, p.openedAt);
}

export function updatePartyAddress(db: Db, draftId: number, address: string | null, port: number | null): void {
  db.prepare('UPDATE draft_parties SET address = ?, port = ? WHERE draft_id = ?').run(address, port, draftId);
}

export function deleteParty(db: Db, draftId: number): boolean {
  return db.prepare('DELETE FROM draft_parties WHERE draft_id = ?').run(draftId).changes > 0;
}

export function listGuests(db: Db, draftId: number): GuestRow[] {
  return (
    db.prepare('SELECT draft_id, team, name, joined_at FROM party_guests WHERE draft_id = ? ORDER BY team').all(draftId) as {
      draft_id: number;
      team: number;
      name: string;
      joined_at: number;
    }[]
  ).map((r) => ({ draftId: r.draft_id, team: r.team, name: r.name, joinedAt: r.joined_at }));
}

/** False when the team is already claimed (the primary key decides, so two racing joins cannot both win). */
export function insertGuest(db: Db, g: GuestRow, tokenHash: string): boolean {
  const r = db
    .prepare('INSERT INTO party_guests (draft_id, team, name, token_hash, joined_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (draft_id, team) DO NOTHING')
    .run(g.draftId, g.team, g.name, tokenHash, g.joinedAt);
  return r.changes > 0;
}

export function guestByTokenHash(db: Db, tokenHash: string): GuestRow | null {
  const r = db.prepare('SELECT draft_id, team, name, joined_at FROM party_guests WHERE token_hash = ?').get(tokenHash) as
    | { draft_id: number; team: number; name: string; joined_at: number }
    | undefined;
  return r ? { draftId: r.draft_id, team: r.team, name: r.name, joinedAt: r.joined_at } : null;
}

/** False when `toTeam` already has a guest (the primary key refuses, so nothing changes). */
export function moveGuest(db: Db, draftId: number, team: number, toTeam: number): boolean {
  return db.prepare('UPDATE OR IGNORE party_guests SET team = ? WHERE draft_id = ? AND team = ?').run(toTeam, draftId, team).changes > 0;
}

export function deleteGuest(db: Db, draftId: number, team: number): boolean {
  return db.prepare('DELETE FROM party_guests WHERE draft_id = ? AND team = ?').run(draftId, team).changes > 0;
}
