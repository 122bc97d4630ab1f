export const DRAFT_TYPE_LABELS = {
  snake: 'Snake',
  linear: 'Linear',
  third_round_reversal: 'Third-round reversal',
  auction: 'Auction',
} as const;

export const PERSONALITY_LABELS: Record<string, string> = {
  balanced: 'Balanced',
  zero_rb: 'Zero RB',
  hero_rb: 'Hero RB',
  early_qb: 'Early QB',
  value: 'Value',
};

/** "2.08": round and pick in round, as draft boards write it. */
export const pickLabel = (round: number, pickInRound: number) => `${round}.${String(pickInRound).padStart(2, '0')}`;

/** "J. Jefferson" for tight board cells; team defences keep their name. */
export function shortName(name: string, position: string): string {
  if (position === 'DST') return name;
  const parts = name.split(' ');
  if (parts.length < 2) return name;
  return `${parts[0]![0]}. ${parts.slice(1).join(' ')}`;
}

/** The pick clock as m:ss, rounded up (a clock showing 0:00 has run out). */
export function fmtClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
