// A 12-team, 15-round Sleeper draft built from real players of a test home's pool (their
// Sleeper ids from the crosswalk), with a traded pick, a keeper, a player our data does not
// know, and (optionally) auction prices. Built in the test from the imported data, never stored.
import type { Db } from '../../main/db/connection';
import type { ScriptedDraft } from './fakeSleeper';

export const TEAMS = 12;
export const ROUNDS = 15;
export const DRAFT_ID = '1048576000000000001';
/** Slot i+1's roster id: a permutation, so roster ids and slots differ as on Sleeper. */
export const rosterOfSlot = (slot: number) => ((slot - 1) * 7) % TEAMS + 1;
export const UNKNOWN = { player_id: '9999001', first_name: 'Late', last_name: 'Signing', position: 'WR', team: 'KC' };
/** Round 2's pick of slot 3 belongs to slot 10; pick 20 is a keeper; pick 100 is the unknown player. */
export const TRADED = { round: 2, fromSlot: 3, toSlot: 10 };
export const KEEPER_PICK = 20;
export const UNKNOWN_PICK = 100;

export interface Expected {
  overall: number;
  /** 0-based team (draft slot - 1). */
  team: number;
  /** Our pool id, or 'sleeper:<id>' for the unknown player. */
  playerId: string;
  keeper: boolean;
}

interface PoolPlayer {
  id: number;
  sleeperId: string | null;
  dstTeam: string | null;
  name: string;
  position: string;
  team: string | null;
}

/** Pool players Sleeper can name: by their Sleeper id, defences by team. `order` is the room's player order (ids). */
function draftable(db: Db, order: string[]): PoolPlayer[] {
  const rows = db.prepare('SELECT id, sleeper_id AS sleeperId, dst_team AS dstTeam, name, position, team FROM players WHERE in_pool = 1').all() as PoolPlayer[];
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return order.map((id) => byId.get(id)).filter((p): p is PoolPlayer => !!p && (p.sleeperId !== null || p.dstTeam !== null));
}

export function buildScript(db: Db, order: string[], auction = false): { script: ScriptedDraft; expected: Expected[] } {
  const players = draftable(db, order);
  const slotOrder = (round: number, k: number) => (auction || round % 2 === 1 ? k + 1 : TEAMS - k);
  const picks: ScriptedDraft['picks'] = [];
  const expected: Expected[] = [];
  let next = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    for (let k = 0; k < TEAMS; k++) {
      const overall = (round - 1) * TEAMS + k + 1;
      const draftSlot = slotOrder(round, k);
      const ownerSlot = !auction && round === TRADED.round && draftSlot === TRADED.fromSlot ? TRADED.toSlot : draftSlot;
      let meta: Record<string, unknown>;
      let playerId: string;
      let expectId: string;
      if (overall === UNKNOWN_PICK) {
        playerId = UNKNOWN.player_id;
        meta = { first_name: UNKNOWN.first_name, last_name: UNKNOWN.last_name, position: UNKNOWN.position, team: UNKNOWN.team };
        expectId = `sleeper:${UNKNOWN.player_id}`;
      } else {
        const p = players[next++]!;
        const dst = p.position === 'DST';
        playerId = dst ? p.dstTeam! : p.sleeperId!;
        const [first, ...last] = p.name.split(' ');
        meta = { first_name: first, last_name: last.join(' '), position: dst ? 'DEF' : p.position, team: p.team };
        expectId = String(p.id);
      }
      if (auction) meta.amount = String(Math.max(1, 20 - round));
      const keeper = !auction && overall === KEEPER_PICK;
      picks.push({ pick_no: overall, round, draft_slot: draftSlot, roster_id: rosterOfSlot(ownerSlot), player_id: playerId, picked_by: `u${ownerSlot}`, is_keeper: keeper, metadata: meta });
      expected.push({ overall, team: ownerSlot - 1, playerId: expectId, keeper });
    }
  }
  const slotToRoster = Object.fromEntries(Array.from({ length: TEAMS }, (_, i) => [String(i + 1), rosterOfSlot(i + 1)]));
  const draftOrder = Object.fromEntries(Array.from({ length: TEAMS }, (_, i) => [`u${i + 1}`, i + 1]));
  const script: ScriptedDraft = {
    draft: {
      draft_id: DRAFT_ID,
      league_id: '990000000000000001',
      type: auction ? 'auction' : 'snake',
      season: '2025',
      status: 'pre_draft',
      settings: { teams: TEAMS, rounds: ROUNDS, slots_qb: 1, slots_rb: 2, slots_wr: 2, slots_te: 1, slots_flex: 1, slots_k: 1, slots_def: 1, slots_bn: 6, ...(auction ? { budget: 200 } : {}) },
      metadata: { scoring_type: 'ppr', name: 'Office league on Sleeper' },
      draft_order: draftOrder,
      slot_to_roster_id: slotToRoster,
    },
    picks,
    traded: auction ? [] : [{ season: '2025', round: TRADED.round, roster_id: rosterOfSlot(TRADED.fromSlot), previous_owner_id: rosterOfSlot(TRADED.fromSlot), owner_id: rosterOfSlot(TRADED.toSlot) }],
    users: [{ user_id: 'u5', username: 'scout_five', display_name: 'Scout Five' }],
    leagueUsers: Array.from({ length: TEAMS }, (_, i) => ({ user_id: `u${i + 1}`, display_name: `drafter${i + 1}`, metadata: i === 4 ? { team_name: 'Fifth Down' } : {} })),
  };
  return { script, expected };
}
