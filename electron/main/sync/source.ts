// What a draft host says, in one shape for every host (Sleeper, ESPN): the league it sets up
// and, at each look, its status, the picks made and the owners of traded picks. Teams are
// 0-based draft slots (the host's draft slot 1 is our team 0), as in BoardCell.team.
import type { DraftType } from '../../../shared/domain/league';
import type { RosterSlots } from '../../../shared/domain/roster';

export type HostStatus = 'pre_draft' | 'drafting' | 'paused' | 'complete';

export interface HostPlayer {
  /** The host's own id ("4034"; ESPN defences are negative, "-16012"). */
  hostId: string;
  name: string;
  /** As the host writes it (DEF, D/ST ...); mapped to ours by fantasyPosition(). */
  position: string;
  team: string | null;
}

export interface HostPick {
  overall: number;
  round: number;
  /** 0-based draft slot of the team that made the pick (after trades). */
  team: number;
  player: HostPlayer;
  keeper: boolean;
  /** Auctions: the winning bid. */
  price: number | null;
}

export interface HostSetup {
  name: string;
  teams: number;
  rounds: number;
  draftType: DraftType;
  rosterSlots: RosterSlots;
  scoring: 'standard' | 'half' | 'ppr';
  teamNames: string[];
  auctionBudget: number | null;
  /** The user's own slot when the host told us (their username), else null. */
  myTeam: number | null;
  season: number | null;
}

export interface HostSnapshot {
  status: HostStatus;
  picks: HostPick[];
  /** Picks not yet made that belong to another team than the draft order says. */
  owners: { overall: number; team: number }[];
}

/** The host said something we cannot read (a changed API, a proxy's error page). */
export class HostFormatError extends Error {}

/** A failed request: the status (0 for a network error or stall) and how long the host asked us to wait. */
export class HostRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

const POSITIONS: Record<string, 'QB' | 'RB' | 'WR' | 'TE' | 'K' | 'DST'> = {
  QB: 'QB',
  RB: 'RB',
  WR: 'WR',
  TE: 'TE',
  K: 'K',
  PK: 'K',
  DEF: 'DST',
  DST: 'DST',
  'D/ST': 'DST',
};

/** The fantasy position we draft him at, or null for one we do not (IDP: LB, DL, DB). */
export function fantasyPosition(hostPosition: string): 'QB' | 'RB' | 'WR' | 'TE' | 'K' | 'DST' | null {
  return POSITIONS[hostPosition.trim().toUpperCase()] ?? null;
}

/** Retry-After in ms: seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const s = Number(header);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
