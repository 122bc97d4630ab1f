// Every team's draft result: the best starting lineup its roster makes, its grade against
// the league's average lineup, and the reasons in words (rank, strongest and weakest
// position group, depth, open slots, bye clashes, money spent in auctions).
import type { TeamResult } from '../../ipc/types';
import { ordinal, round1 } from '../format';
import { bestLineup, type RosterSlots } from '../roster';
import { gradeLineup, gradeReason } from './grades';
import type { DraftPlayer } from './pool';

const GROUPS = ['QB', 'RB', 'WR', 'TE'] as const;

export interface TeamResultsInput {
  /** Each team's players, by team index. */
  rosters: readonly (readonly DraftPlayer[])[];
  rosterSlots: RosterSlots;
  teamNames: readonly string[];
  myTeam: number;
  /** Auctions: the budget and what each team spent; null in pick drafts. */
  auction: { budget: number; spent: readonly number[] } | null;
}

export function teamResults({ rosters, rosterSlots, teamNames, myTeam, auction }: TeamResultsInput): TeamResult[] {
  const lineups = rosters.map((players) => bestLineup<DraftPlayer>(players, rosterSlots));
  const points = lineups.map((l) => l.points);
  const mean = points.reduce((a, b) => a + b, 0) / points.length;
  const rankOf = (values: number[], t: number) => 1 + values.filter((v) => v > values[t]!).length;
  // Starter points by position group (flex starters count at their own position).
  const group = lineups.map((l) => GROUPS.map((g) => l.starters.filter((x) => x.player.position === g).reduce((a, x) => a + x.player.projection, 0)));
  const bench = lineups.map((l) => l.bench.reduce((a, p) => a + p.projection, 0));
  const n = rosters.length;
  return lineups.map((l, t) => {
    const graded = gradeLineup(points[t]!, mean);
    const rank = rankOf(points, t);
    const diff = points[t]! - mean;
    const reasons = [
      gradeReason(graded),
      `Starting lineup projects ${Math.round(points[t]!)} pts, ${ordinal(rank)} of ${n} (${diff >= 0 ? '+' : ''}${Math.round(diff)} vs the league average)`,
    ];
    const groupRanks = GROUPS.map((_, g) => rankOf(group.map((x) => x[g]!), t));
    const best = groupRanks.indexOf(Math.min(...groupRanks));
    const worst = groupRanks.indexOf(Math.max(...groupRanks));
    reasons.push(`Strongest at ${GROUPS[best]} (${ordinal(groupRanks[best]!)} in the league)`);
    if (worst !== best) reasons.push(`Weakest at ${GROUPS[worst]} (${ordinal(groupRanks[worst]!)})`);
    reasons.push(`Bench projects ${Math.round(bench[t]!)} pts (${ordinal(rankOf(bench, t))} for depth)`);
    if (l.open.length) reasons.push(`Open starting slots: ${l.open.join(', ')}`);
    const byes = new Map<number, number>();
    for (const x of l.starters) if (x.player.bye !== null && x.slot !== 'K' && x.slot !== 'DST') byes.set(x.player.bye, (byes.get(x.player.bye) ?? 0) + 1);
    const [clashWeek, clash] = [...byes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (clash >= 3) reasons.push(`${clash} starters share the week ${clashWeek} bye`);
    if (auction) reasons.push(`Spent $${auction.spent[t]} of $${auction.budget}`);
    return {
      team: t,
      name: teamNames[t] ?? `Team ${t + 1}`,
      mine: t === myTeam,
      points: round1(points[t]!),
      rank,
      benchPoints: round1(bench[t]!),
      grade: graded.grade,
      reasons,
      starters: l.starters.map((x) => ({ slot: x.slot, playerId: x.player.id, name: x.player.name, position: x.player.position, projection: round1(x.player.projection) })),
      bench: l.bench.map((p) => ({ playerId: p.id, name: p.name, position: p.position, projection: round1(p.projection) })),
      spent: auction ? auction.spent[t]! : null,
    };
  });
}
