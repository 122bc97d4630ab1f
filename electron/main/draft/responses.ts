// What the draft channels answer, made from a session: the room (board, players, clock, my
// lineup), the advice, every team's results and the CSV. The rules behind advice and grades
// are in shared/domain/draft/ (recommend, auctionAdvice, teamResults); this file only gathers
// a session's state for them and shapes their answers.
import { poolAfterPicks } from '../../../shared/domain/draft/marketEstimate';
import { maxBid } from '../../../shared/domain/draft/auction';
import { auctionAdvice } from '../../../shared/domain/draft/auctionAdvice';
import { recommend } from '../../../shared/domain/draft/recommend';
import { roundReversed, type PickOrderType } from '../../../shared/domain/draft/order';
import { onTheClock, upcomingPicks } from '../../../shared/domain/draft/state';
import { teamResults } from '../../../shared/domain/draft/teamResults';
import { draftRounds } from '../../../shared/domain/league';
import { createRng, hashSeed } from '../../../shared/domain/random';
import { bestLineup, positionCounts, unfilledStarters } from '../../../shared/domain/roster';
import type { DraftPlayer } from '../../../shared/domain/draft/pool';
import type { AuctionRoom, BoardCell, DraftAdvice, DraftAdviceItem, DraftResults, DraftRoom } from '../../../shared/ipc/types';
import { round1 } from '../../../shared/domain/format';
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
    if (c.pickClockSeconds > 0) clock = { seconds: c.pickClockSeconds, startedAt: st.clockStartedAt, serverNow: at, pausedLeft: st.pausedLeftMs };
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
    const pool = s.loaded.pool;
    const mine = rosters(s)[c.myTeam]!.map((i) => pool.players[i]!);
    const items = auctionAdvice({ state: s.engine.state, pool, dollars: s.loaded.dollars!, tiers: s.loaded.tiers, config: c, mine, limit });
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
  const items: DraftAdviceItem[] = recs.map(({ value: _value, ...r }) => ({
    ...r,
    rankKey: round1(r.rankKey),
    vor: round1(r.vor),
    lineupGain: round1(r.lineupGain),
    tierDrop: round1(r.tierDrop),
    dollars: null,
  }));
  return { version: s.seq, team: slot.team, forMe: slot.team === c.myTeam, draws, ms: Math.round(performance.now() - t0), items };
}

// ---- results -------------------------------------------------------------------------

export function resultsOf(s: Session): DraftResults {
  const c = s.row.config;
  const pool = s.loaded.pool;
  const teams = teamResults({
    rosters: rosters(s).map((idx) => idx.map((i) => pool.players[i]!)),
    rosterSlots: c.rosterSlots,
    teamNames: s.row.teamNames,
    myTeam: c.myTeam,
    auction: s.engine.kind === 'auction' ? { budget: c.auctionBudget, spent: s.engine.state.budgets.map((b) => c.auctionBudget - b) } : null,
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
