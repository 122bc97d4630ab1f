// One ADP row as every source (Fantasy Football Calculator, Sleeper, a CSV) hands it to the
// matcher and the store: the source's own spelling, position in our six fantasy positions.
import type { FantasyPosition } from '../../../shared/domain/stats';

export type AdpSource = 'ffc' | 'sleeper' | 'csv';
export type AdpFormat = 'ppr' | 'half' | 'standard' | '2qb';
export const ADP_FORMATS: readonly AdpFormat[] = ['ppr', 'half', 'standard', '2qb'];

export interface AdpSourceRow {
  name: string;
  position: FantasyPosition;
  /** Team abbreviation as the source writes it (JAC, WSH, LAR...), null when not given. */
  team: string | null;
  /** Average draft position (overall pick). */
  adp: number;
  /** The source's own player id (FFC, Sleeper), null for a CSV. */
  sourceId: string | null;
}

/** The source's position label in ours: FFC says PK and DEF, FantasyPros "RB12" and "DST". */
export function fantasyPosition(raw: string): FantasyPosition | null {
  const p = raw.trim().toUpperCase().replace(/\d+$/, '');
  if (p === 'QB' || p === 'RB' || p === 'WR' || p === 'TE' || p === 'K' || p === 'DST') return p;
  if (p === 'PK') return 'K';
  if (p === 'FB') return 'RB';
  if (p === 'DEF' || p === 'D/ST' || p === 'DS' || p === 'D') return 'DST';
  return null;
}
