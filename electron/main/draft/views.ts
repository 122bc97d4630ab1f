// What the draft channels answer: the room (board, players, clock, my lineup), the
// recommendations with their reasons, every team's results and grades, and the CSV.
import { poolAfterPicks } from '../../../shared/domain/draft/marketEstimate';
import { maxBid } from '../../../shared/domain/draft/auction';
import { pickRules } from '../../../shared/domain/draft/bots';
import { gradeLineup, gradeReason } from '../../../shared/domain/draft/grades';
import { recommend } from '../../../shared/domain/draft/recommend';
import { roundReversed, type PickOrderType } from '../../../shared/domain/draft/order';
import { onTheClock, upcomingPicks } from '../../../shared/domain/draft/state';
import { draftRounds } from '../../../shared/domain/league';
import { createRng, hashSeed } from '../../../shared/domain/random';
import { bestLineup, checkPick, lineupGain, positionCounts, unfilledStarters } from '../../../shared/domain/roster';
import type { DraftPlayer } from '../../../shared/domain/draft/pool';
import type { AuctionRoom, BoardCell, DraftAdvice, DraftAdviceItem, DraftResults, DraftRoom, TeamResult } from '../../../shared/ipc/types';
import { ordinal, round1 } from '../../../shared/domain/format';
import { writeCsv, type CsvCell } from '../data/csvWrite';
import { botNominationOf, engineComplete, rosters, summaryOf, type Session } from './service';


function scoringName(s: Session): string {
  return s.row.scoring.name;
}

export function roomOf(s: Session, at = Date.now()): DraftRoom {
  const c = s.row.config;
  const pool = s.loaded.pool;
  const takenBy: Record<string, number> = {};
  rosters(s).forEach((list, team) => list.forEach((i) => (takenBy[pool.players[i]!.id] = team)));
  let board: BoardCell[] = [];
  let onClock: BoardCell | null = null;
  let myNextPick: number | null = null;
  let clock: DraftRoom['clock'] = null;
  let auction: AuctionRoom | null = null;
  if (s.engine.kind === 'picks') {
    const st = s.engine.state;
    board = st.slots.map((slot, i) => {
      const p = st.picks[i];
      return {
        overall: slot.overall,
        round: slot.round,
        pickInRound: slot.pickInRound,
        team: slot.team,
        originalTeam: originalTeam(c.draftType as PickOrderType, c.teams, slot.round, slot.pickInRound),
        playerId: p?.playerId ?? null,
        keeper: p?.keeper ?? false,
        auto: p?.auto ?? false,
      };
    });
    const now = onTheClock(st);
    onClock = now ? board[now.overall - 1]! : null;
    const mine = upcomingPicks(st, c.myTeam);
    myNextPick = mine[0]?.overall ?? null;
    if (c.pickClockSeconds > 0) clock = { seconds: c.pickClockSeconds, startedAt: st.clockStartedAt, serverNow: at };
  } else {
    const st = s.engine.state;
    auction = {
      budget: c.auctionBudget,
      minBid: c.minBid,
      budgets: [...st.budgets],
      maxBids: Array.from({ length: c.teams }, (_, t) => Math.max(0, maxBid(st, t))),
      rosterCounts: [...st.rosterCounts],
      nominator: st.nominator,
      botNomination: botNominationOf(s),
      sales: st.sales.map((x) => ({ ...x })),
    };
  }
  const myPlayers = rosters(s)[c.myTeam]!.map((i) => pool.players[i]!);
  const lineup = bestLineup<DraftPlayer>(myPlayers, c.rosterSlots);
  const size = draftRounds(c);
  const open = unfilledStarters(positionCounts(myPlayers.map((p) => p.position)), c.rosterSlots);
  const left = size - myPlayers.length;
  const warnings: string[] = [];
  if (open.length > left) warnings.push(`${open.length} starting slots open (${open.join(', ')}) but only ${left} picks left`);
  return {
    draft: summaryOf(s),
    market: s.loaded.market,
    version: s.seq,
    config: c,
    scoringName: scoringName(s),
    teamNames: s.row.teamNames,
    personalities: s.row.personalities,
    rounds: size,
    board,
    onClock,
    myNextPick,
    clock,
    canUndo: s.engine.state.actions.length > 0,
    canRedo: s.engine.state.undone.length > 0,
    auction,
    players: s.loaded.rows,
    takenBy,
    myLineup: {
      starters: lineup.starters.map((x) => ({ slot: x.slot, playerId: x.player.id })),
      bench: lineup.bench.map((p) => p.id),
      open: lineup.open,
      points: round1(lineup.points),
    },
    warnings,
  };
}

/** The team that held the pick in the draft order, before any trade. */
function originalTeam(type: PickOrderType, teams: number, round: number, pickInRound: number): number {
  return roundReversed(type, round) ? teams - pickInRound : pickInRound - 1;
}

// ---- recommendations -----------------------------------------------------------------

export function adviceOf(s: Session, limit = 20): DraftAdvice {
  const t0 = performance.now();
  const c = s.row.config;
  if (s.engine.kind === 'auction') {
    const items = auctionAdvice(s, limit);
    return { version: s.seq, team: c.myTeam, forMe: true, draws: 0, ms: Math.round(performance.now() - t0), items };
  }
  const st = s.engine.state;
  const slot = onTheClock(st);
  if (!slot) return { version: s.seq, team: c.myTeam, forMe: false, draws: 0, ms: 0, items: [] };
  const personalities = s.row.mode === 'mock' ? s.row.personalities.map((p) => (p ?? 'balanced') as 'balanced') : undefined;
  const rng = createRng(hashSeed(s.row.seed, 'recommend', st.actions.length, slot.overall));
  const draws = 1000;
  // An estimated market is re-priced after every pick, exactly as simulated (marketEstimate.ts).
  const estimate = s.loaded.estimate;
  const pool = estimate ? poolAfterPicks(estimate, s.loaded.pool, new Set(st.picks.flatMap((p) => (p ? [p.playerId] : []))), c) : s.loaded.pool;
  const recs = recommend(st, pool, rng, { draws, limit, tiers: s.loaded.tiers, ...(personalities ? { personalities } : {}) });
  const items: DraftAdviceItem[] = recs.map((r) => ({
    playerId: r.playerId,
    name: r.name,
    position: r.position,
    rankKey: round1(r.rankKey),
    vor: round1(r.vor),
    lineupGain: round1(r.lineupGain),
    startsNow: r.startsNow,
    tier: r.tier,
    tierLeft: r.tierLeft,
    tierDrop: round1(r.tierDrop),
    availability: r.availability,
    nextPick: r.nextPick,
    byeClashes: r.byeClashes,
    adp: r.adp,
    valueRank: r.valueRank,
    dollars: null,
    warnings: r.warnings,
    reasons: r.reasons,
  }));
  return { version: s.seq, team: slot.team, forMe: slot.team === c.myTeam, draws, ms: Math.round(performance.now() - t0), items };
}

/** Auctions: the best values my roster can still use, with the most I may bid. */
function auctionAdvice(s: Session, limit: number): DraftAdviceItem[] {
  const c = s.row.config;
  if (s.engine.kind !== 'auction') return [];
  const st = s.engine.state;
  const pool = s.loaded.pool;
  const dollars = s.loaded.dollars!;
  const mine = rosters(s)[c.myTeam]!.map((i) => pool.players[i]!);
  const counts = positionCounts(mine.map((p) => p.position));
  const rules = pickRules(counts, mine.length + 1, draftRounds(c), c.rosterSlots);
  const cap = maxBid(st, c.myTeam);
  const order = [...dollars.keys()].filter((i) => !st.taken.has(pool.players[i]!.id) && rules.allowed[pool.pos[i]!]).sort((a, b) => dollars[b]! - dollars[a]! || a - b);
  // A player who would start for me is worth his league value; depth is worth a fraction of it.
  const scored = order.slice(0, limit * 3).map((i) => {
    const p = pool.players[i]!;
    const gain = lineupGain(mine, p, c.rosterSlots);
    const worth = Math.round(dollars[i]!);
    const toMe = gain > 0 ? worth : Math.round(worth * DEPTH_SHARE);
    return { i, p, gain, worth, toMe };
  });
  scored.sort((a, b) => Number(b.gain > 0) - Number(a.gain > 0) || b.toMe - a.toMe || a.i - b.i);
  return scored.slice(0, limit).map(({ i, p, gain, worth, toMe }) => {
    const check = checkPick(mine, p, c.rosterSlots);
    const reasons = [
      `Worth $${worth} in this league (value over replacement ${pool.vor[i]! >= 0 ? '+' : ''}${round1(pool.vor[i]!)})`,
      gain > 0 ? `Adds ${round1(gain)} pts to your starting lineup` : `Depth: would not start for you now, so worth about $${toMe} to you`,
      `You can bid up to $${cap}${toMe > cap ? ' (less than he is worth to you)' : ''}`,
    ];
    return {
      playerId: p.id,
      name: p.name,
      position: p.position,
      rankKey: -toMe,
      vor: round1(pool.vor[i]!),
      lineupGain: round1(gain),
      startsNow: gain > 0,
      tier: s.loaded.tiers.get(p.id) ?? 99,
      tierLeft: 0,
      tierDrop: 0,
      availability: null,
      nextPick: null,
      byeClashes: [],
      adp: p.adp,
      valueRank: pool.valueRank[i]!,
      dollars: Math.max(c.minBid, Math.min(toMe, cap)),
      warnings: check.legal ? check.warnings : [check.reason!, ...check.warnings],
      reasons,
    };
  });
}

/** What a bench player is worth to a team, as a share of his league dollar value. */
const DEPTH_SHARE = 0.35;

// ---- results -------------------------------------------------------------------------

const GROUPS = ['QB', 'RB', 'WR', 'TE'] as const;

export function resultsOf(s: Session): DraftResults {
  const c = s.row.config;
  const pool = s.loaded.pool;
  const all = rosters(s);
  const spent = s.engine.kind === 'auction' ? s.engine.state.budgets.map((b) => c.auctionBudget - b) : null;
  const lineups = all.map((idx) => bestLineup<DraftPlayer>(idx.map((i) => pool.players[i]!), c.rosterSlots));
  const points = lineups.map((l) => l.points);
  const mean = points.reduce((a, b) => a + b, 0) / points.length;
  const rankOf = (values: number[], t: number) => 1 + values.filter((v) => v > values[t]!).length;
  // Starter points by position group (flex starters count at their own position).
  const group = lineups.map((l) => GROUPS.map((g) => l.starters.filter((x) => x.player.position === g).reduce((a, x) => a + x.player.projection, 0)));
  const bench = lineups.map((l) => l.bench.reduce((a, p) => a + p.projection, 0));
  const n = c.teams;
  const teams: TeamResult[] = lineups.map((l, t) => {
    const graded = gradeLineup(points[t]!, mean);
    const grade = graded.grade;
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
    if (spent) reasons.push(`Spent $${spent[t]} of $${c.auctionBudget}`);
    return {
      team: t,
      name: s.row.teamNames[t] ?? `Team ${t + 1}`,
      mine: t === c.myTeam,
      points: round1(points[t]!),
      rank,
      benchPoints: round1(bench[t]!),
      grade,
      reasons,
      starters: l.starters.map((x) => ({ slot: x.slot, playerId: x.player.id, name: x.player.name, position: x.player.position, projection: round1(x.player.projection) })),
      bench: l.bench.map((p) => ({ playerId: p.id, name: p.name, position: p.position, projection: round1(p.projection) })),
      spent: spent ? spent[t]! : null,
    };
  });
  return { draft: summaryOf(s), scoringName: scoringName(s), teams, complete: engineComplete(s.engine) };
}


// ---- CSV -----------------------------------------------------------------------------

export function csvOf(s: Session): { csv: string; filename: string } {
  const pool = s.loaded.pool;
  const name = (id: string) => pool.players[pool.indexOf.get(id)!]!;
  const team = (t: number) => s.row.teamNames[t] ?? `Team ${t + 1}`;
  let header: string[];
  const rows: CsvCell[][] = [];
  if (s.engine.kind === 'auction') {
    header = ['order', 'team', 'player', 'position', 'nfl_team', 'bye', 'projection', 'price', 'keeper'];
    s.engine.state.sales.forEach((x, i) => {
      const p = name(x.playerId);
      rows.push([i + 1, team(x.team), p.name, p.position, p.team, p.bye, round1(p.projection), x.price, x.keeper ? 'yes' : '']);
    });
  } else {
    header = ['overall', 'round', 'pick', 'team', 'player', 'position', 'nfl_team', 'bye', 'projection', 'keeper', 'auto'];
    for (const p of s.engine.state.picks) {
      if (!p) continue;
      const pl = name(p.playerId);
      rows.push([p.overall, p.round, p.pickInRound, team(p.team), pl.name, pl.position, pl.team, pl.bye, round1(pl.projection), p.keeper ? 'yes' : '', p.auto ? 'yes' : '']);
    }
  }
  const slug = s.row.leagueName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft';
  return { csv: writeCsv(header, rows), filename: `${slug}-draft-${s.row.id}.csv` };
}
