// The server side of a draft: loads a draft (its league's pool with projections under the
// draft's scoring, the action log replayed through the engine), checks each new action
// against the engine, commits it in its own transaction and only then answers. Bots,
// the pick clock and auctions run here, on the same seeded engine the tests use.
import { auctionComplete, botBids, botNomination, maxBid, settleLot, type AuctionState } from '../../../shared/domain/draft/auction';
import { assignPersonalities, PERSONALITIES, type Personality } from '../../../shared/domain/draft/bots';
import { autopick, runPicks, type TeamStrategy } from '../../../shared/domain/draft/mock';
import { DraftError, isComplete, isPaused, onTheClock, type DraftState, type SourceAction } from '../../../shared/domain/draft/state';
import { draftRounds } from '../../../shared/domain/league';
import { createRng, hashSeed } from '../../../shared/domain/random';
import { AppError } from '../../../shared/ipc/result';
import type { DraftChanged } from '../../../shared/ipc/contract';
import type { DraftMode, DraftSummary } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { actionsOf, appendAction, getDraft, insertDraft, lastSeq, type DraftRow, type StoredAction } from '../db/repos/drafts';
import { outsidePlayers } from '../db/repos/follows';
import { getLeague } from '../db/repos/leagues';
import { requireTargetSeason } from '../projections/scoring';
import { loadPool, type LoadedPool } from './pool';
import { applyAction, initialState, replay, type EngineState } from './replay';

export interface Session {
  row: DraftRow;
  /** Actions in the log (the next one gets seq + 1). */
  seq: number;
  engine: EngineState;
  loaded: LoadedPool;
}

const sessions = new WeakMap<object, Map<number, Session>>();

function cacheOf(ctx: AppContext): Map<number, Session> {
  let m = sessions.get(ctx.db);
  if (!m) sessions.set(ctx.db, (m = new Map()));
  return m;
}

const now = () => Date.now();

function asAppError(err: unknown): never {
  if (err instanceof DraftError) throw new AppError('invalid_input', capitalise(err.message) + '.');
  throw err;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The draft with its state rebuilt from the log (cached while no other process writes). */
export function openSession(ctx: AppContext, draftId: number): Session {
  const cache = cacheOf(ctx);
  const row = getDraft(ctx.db, draftId);
  if (!row) {
    cache.delete(draftId);
    throw new AppError('not_found', `No draft with id ${draftId}.`);
  }
  const seq = lastSeq(ctx.db, draftId);
  const hit = cache.get(draftId);
  if (hit && hit.seq === seq && hit.row.createdAt === row.createdAt) return hit;
  const loaded = loadPool(ctx, row.config, row.scoring, row.season, outsidePlayers(ctx.db, draftId));
  let engine: EngineState;
  try {
    engine = replay(row.config, loaded.pool.indexOf.keys(), actionsOf(ctx.db, draftId));
  } catch (err) {
    if (err instanceof DraftError)
      throw new AppError('conflict', `Draft ${draftId} no longer fits the player data (${err.message}). Re-import the data it was drafted with, or start a new draft.`);
    throw err;
  }
  const session = { row, seq, engine, loaded };
  cache.set(draftId, session);
  return session;
}

/** Drops the cached state, e.g. after players joined the draft's pool. */
export function forgetSession(ctx: AppContext, draftId: number): void {
  cacheOf(ctx).delete(draftId);
}

export function picksMadeOf(e: EngineState): number {
  return e.kind === 'auction' ? e.state.sales.length : e.state.picks.filter(Boolean).length;
}

export function engineComplete(e: EngineState): boolean {
  return e.kind === 'auction' ? auctionComplete(e.state) : isComplete(e.state);
}

/** Checks the action against the engine, commits it, then updates the cached session. */
function commit(ctx: AppContext, s: Session, kind: StoredAction['kind'], payload: Record<string, unknown>, at = now()): Session {
  let engine: EngineState;
  try {
    engine = applyAction(s.engine, { kind, payload, at });
  } catch (err) {
    asAppError(err);
  }
  const status = engineComplete(engine) ? 'complete' : 'active';
  if (!appendAction(ctx.db, s.row.id, s.seq + 1, { kind, payload, at }, status, picksMadeOf(engine))) {
    cacheOf(ctx).delete(s.row.id);
    throw new AppError('conflict', 'The draft was changed elsewhere (another window?): it has been reloaded, try again.');
  }
  const next: Session = { ...s, row: { ...s.row, status, updatedAt: at }, seq: s.seq + 1, engine };
  cacheOf(ctx).set(s.row.id, next);
  // Stored first, announced second: a room (or a party guest's phone) that hears of it can reload.
  ctx.events.emit('draft.changed', draftChangedOf(next));
  return next;
}

/** The event a change of the draft's log sends: its version and the newest pick on the board. */
export function draftChangedOf(s: Session): DraftChanged {
  let last: DraftChanged['last'] = null;
  if (s.engine.kind === 'picks') {
    const st = s.engine.state;
    const a = st.actions.findLast((x) => x.type === 'pick' || (x.type === 'source' && x.picks.length > 0));
    if (a?.type === 'pick') last = { overall: a.overall, team: st.slots[a.overall - 1]!.team, playerId: a.playerId };
    // A followed host's report: its latest pick.
    if (a?.type === 'source') {
      const p = a.picks.reduce((x, y) => (y.overall > x.overall ? y : x));
      last = { overall: p.overall, team: p.team, playerId: p.playerId };
    }
  }
  return { draftId: s.row.id, version: s.seq, picksMade: picksMadeOf(s.engine), last };
}

// ---- creating ------------------------------------------------------------------------

/**
 * A new draft. A mock draft's bots pick for every team but mine and the `humanTeams`
 * (league mates who join it as a draft party, 0-based).
 */
export function createDraftFor(ctx: AppContext, leagueId: number, mode: DraftMode, seed?: number, humanTeams: readonly number[] = []): Session {
  const league = getLeague(ctx.db, leagueId);
  if (!league) throw new AppError('not_found', `No league with id ${leagueId}.`);
  const season = requireTargetSeason(ctx.db);
  const config = league.config;
  if (humanTeams.length > 0 && mode !== 'mock') throw new AppError('invalid_input', 'Every team in a live draft is a person already: human teams are chosen for mock drafts.');
  const outside = humanTeams.find((t) => t >= config.teams);
  if (outside !== undefined) throw new AppError('invalid_input', `Team ${outside + 1} is not in this ${config.teams}-team league.`);
  const human = new Set([config.myTeam, ...humanTeams]);
  const loaded = loadPool(ctx, config, league.scoring, season);
  let start: EngineState;
  try {
    start = initialState(config, loaded.pool.indexOf.keys()); // keepers must be in the pool
  } catch (err) {
    asAppError(err);
  }
  const draftSeed = seed ?? (Math.floor(Math.random() * 2 ** 31) >>> 0);
  const personalities: (Personality | null)[] =
    mode === 'mock'
      ? assignPersonalities(config.teams, createRng(hashSeed(draftSeed, 'personalities'))).map((p, t) => (human.has(t) ? null : p))
      : Array.from({ length: config.teams }, () => null);
  const at = now();
  const first = config.pickClockSeconds > 0 && config.draftType !== 'auction' ? [{ kind: 'clock' as const, payload: {}, at }] : [];
  const teamNames = Array.from({ length: config.teams }, (_, t) => league.teamNames[t]?.trim() || (t === config.myTeam ? 'You' : `Team ${t + 1}`));
  const id = insertDraft(ctx.db, { leagueId, mode, seed: draftSeed, season, config, scoring: league.scoring, teamNames, personalities }, first, at, picksMadeOf(start));
  return openSession(ctx, id);
}

// ---- snake / linear / 3RR ------------------------------------------------------------

function picksState(s: Session): DraftState {
  if (s.engine.kind !== 'picks') throw new AppError('invalid_input', 'This is an auction: record sales or bids instead of picks.');
  return s.engine.state;
}

function botRng(s: Session) {
  return createRng(hashSeed(s.row.seed, 'bots'));
}

function strategies(s: Session): TeamStrategy[] {
  return s.row.personalities.map((p) => (p && (PERSONALITIES as readonly string[]).includes(p) ? (p as Personality) : 'balanced'));
}

/**
 * Mock drafts with a clock: every pick whose clock ran out is made automatically (the
 * best-ranked player that fits the roster), each saved like any other pick.
 */
export function expireClock(ctx: AppContext, s: Session, at = now()): Session {
  if (s.row.mode !== 'mock' || s.engine.kind !== 'picks') return s;
  const ms = s.row.config.pickClockSeconds * 1000;
  const choose = autopick(s.loaded.pool);
  for (;;) {
    const state = picksState(s);
    const slot = onTheClock(state);
    if (!slot || ms <= 0 || state.clockStartedAt === null || isPaused(state)) return s;
    const deadline = state.clockStartedAt + ms;
    if (at < deadline) return s;
    s = commit(ctx, s, 'pick', { playerId: choose(state, slot), auto: true }, deadline);
  }
}

/** Opening a mock draft whose clock ran out while no room was open restarts the clock. */
export function resumeClock(ctx: AppContext, s: Session, at = now()): Session {
  if (s.row.mode !== 'mock' || s.engine.kind !== 'picks') return s;
  const state = s.engine.state;
  const ms = s.row.config.pickClockSeconds * 1000;
  if (ms <= 0 || state.clockStartedAt === null || isPaused(state) || !onTheClock(state) || at < state.clockStartedAt + ms) return s;
  return commit(ctx, s, 'clock', {}, at);
}

/** The commissioner stops the pick clock (saved like a pick, so a restart stays paused). */
export function pausePickClock(ctx: AppContext, s: Session): Session {
  picksState(s);
  return commit(ctx, s, 'clock', { op: 'pause' });
}

/** The paused pick clock runs again with the time the pick on the clock had left. */
export function resumePickClock(ctx: AppContext, s: Session): Session {
  picksState(s);
  return commit(ctx, s, 'clock', { op: 'resume' });
}

/** A team a person drafts for: every team in a live draft; mine and the party's in a mock. */
export function isHumanTeam(row: DraftRow, team: number): boolean {
  return row.mode === 'live' || row.personalities[team] === null;
}

/**
 * A pick for the team on the clock; or, in a live draft, for `team` when it is not on the
 * clock (entered out of turn: the pick goes into that team's next open slot). A pick made
 * after the clock ran out still counts (the room's timer asks for the autopick).
 */
export function pick(ctx: AppContext, s: Session, playerId: string, team?: number): Session {
  const state = picksState(s);
  if (!s.loaded.pool.indexOf.has(playerId)) throw new AppError('invalid_input', `Player ${playerId} is not in this draft's player pool.`);
  const clock = onTheClock(state);
  if (!clock) throw new AppError('invalid_input', 'The draft is complete.');
  const taken = state.picks.find((p) => p?.playerId === playerId);
  if (taken) throw new AppError('invalid_input', `${nameOf(s, playerId)} was already drafted by ${teamName(s, taken.team)} at ${taken.round}.${String(taken.pickInRound).padStart(2, '0')}.`);
  if (team === undefined || team === clock.team) return commit(ctx, s, 'pick', { playerId });
  if (s.row.mode !== 'live') throw new AppError('invalid_input', 'In a mock draft only the team on the clock can pick.');
  if (team < 0 || team >= s.row.config.teams) throw new AppError('invalid_input', `Team must be 1 to ${s.row.config.teams}.`);
  return commit(ctx, s, 'pick', { playerId, team });
}

export function teamName(s: Session, team: number): string {
  return s.row.teamNames[team] ?? `Team ${team + 1}`;
}

/** What a followed draft host reports changed (see SourceAction), saved as one action. */
export function recordSourcePicks(ctx: AppContext, s: Session, picks: SourceAction['picks'], owners: SourceAction['owners']): Session {
  picksState(s);
  return commit(ctx, s, 'source', { picks, owners });
}

export function trade(ctx: AppContext, s: Session, overall: number, toTeam: number): Session {
  picksState(s);
  return commit(ctx, s, 'trade', { overall, toTeam });
}

const lastAction = (e: EngineState) => e.state.actions[e.state.actions.length - 1];
const nextRedo = (e: EngineState) => e.state.undone[e.state.undone.length - 1];

/** A person's pick (mine, or a party guest's in a mock draft with several human teams). */
function isMine(s: Session, a: ReturnType<typeof lastAction>): boolean {
  if (!a) return false;
  if (a.type === 'sale') return a.team === s.row.config.myTeam;
  if (a.type !== 'pick') return false;
  if (s.engine.kind !== 'picks') return false;
  const team = s.engine.state.slots[a.overall - 1]?.team;
  return team !== undefined && isHumanTeam(s.row, team);
}

/**
 * Undo. In a live draft it takes back the last pick entered. In a mock draft it takes back
 * the bots' picks since the last person's pick and that pick too, so they are on the clock again.
 */
export function undoAction(ctx: AppContext, s: Session): Session {
  if (!lastAction(s.engine)) throw new AppError('invalid_input', 'Nothing to undo.');
  if (s.row.mode === 'live') return commit(ctx, s, 'undo', {});
  if (!s.engine.state.actions.some((a) => isMine(s, a))) {
    while (lastAction(s.engine)) s = commit(ctx, s, 'undo', {});
    return s;
  }
  for (;;) {
    const mine = isMine(s, lastAction(s.engine));
    s = commit(ctx, s, 'undo', {});
    if (mine || !lastAction(s.engine)) return s;
  }
}

/** Redo: one action in a live draft; in a mock draft my pick and the bots' picks after it. */
export function redoAction(ctx: AppContext, s: Session): Session {
  if (!nextRedo(s.engine)) throw new AppError('invalid_input', 'Nothing to redo.');
  if (s.row.mode === 'live') return commit(ctx, s, 'redo', {});
  s = commit(ctx, s, 'redo', {});
  while (nextRedo(s.engine) && !isRedoMine(s)) s = commit(ctx, s, 'redo', {});
  return s;
}

function isRedoMine(s: Session): boolean {
  const a = nextRedo(s.engine);
  if (!a) return false;
  if (a.type === 'sale') return a.team === s.row.config.myTeam;
  if (a.type !== 'pick' || s.engine.kind !== 'picks') return false;
  const team = s.engine.state.slots[a.overall - 1]?.team;
  return team !== undefined && isHumanTeam(s.row, team);
}

/** Mock drafts: bots pick (each pick saved) until a person (me or a party guest) is on the clock, or `limit` picks/lots. */
export function advanceBots(ctx: AppContext, s: Session, limit = 1000): Session {
  if (s.row.mode !== 'mock') throw new AppError('invalid_input', 'A live draft has no bots: enter each pick as it is made.');
  if (s.engine.kind === 'auction') return advanceAuctionBots(ctx, s, limit);
  s = expireClock(ctx, s);
  const state = picksState(s);
  let count = 0;
  const row = s.row;
  const planned = runPicks(state, {
    pool: s.loaded.pool,
    rng: botRng(s),
    strategies: strategies(s),
    stopAt: (slot) => isHumanTeam(row, slot.team) || count++ >= limit,
  });
  // Commit the bots' picks one by one, in order: each is acknowledged only once stored.
  const made = planned.actions.slice(state.actions.length);
  for (const a of made) if (a.type === 'pick') s = commit(ctx, s, 'pick', { playerId: a.playerId });
  return s;
}

// ---- auctions ------------------------------------------------------------------------

function auctionState(s: Session): AuctionState {
  if (s.engine.kind !== 'auction') throw new AppError('invalid_input', 'This is not an auction draft.');
  return s.engine.state;
}

function auctionRng(s: Session) {
  return createRng(hashSeed(s.row.seed, 'auction'));
}

/** In a mock auction with a bot to nominate, the player it puts up. */
export function botNominationOf(s: Session): string | null {
  if (s.row.mode !== 'mock' || s.engine.kind !== 'auction') return null;
  const st = s.engine.state;
  if (st.nominator === null || st.nominator === s.row.config.myTeam) return null;
  const values = s.loaded.botDollars!;
  return botNomination(st, s.loaded.pool, st.nominator, values, auctionRng(s).fork('nominate', st.sales.length));
}

export function sale(ctx: AppContext, s: Session, playerId: string, team: number, price: number): Session {
  auctionState(s);
  if (!s.loaded.pool.indexOf.has(playerId)) throw new AppError('invalid_input', `Player ${playerId} is not in this draft's player pool.`);
  return commit(ctx, s, 'sale', { playerId, team, price });
}

/** Mock auctions: my top bid on the lot (0 passes); bots bid, the lot is settled and saved. */
export function bid(ctx: AppContext, s: Session, playerId: string, myMax: number): Session {
  if (s.row.mode !== 'mock') throw new AppError('invalid_input', 'Bids are for mock auctions; in a live auction record the sale.');
  const st = auctionState(s);
  if (st.nominator === null) throw new AppError('invalid_input', 'The auction is complete.');
  const lot = botNominationOf(s);
  if (lot !== null && lot !== playerId) throw new AppError('invalid_input', `The player up for bids is ${nameOf(s, lot)}, not ${nameOf(s, playerId)}.`);
  if (!s.loaded.pool.indexOf.has(playerId)) throw new AppError('invalid_input', `Player ${playerId} is not in this draft's player pool.`);
  if (st.taken.has(playerId)) throw new AppError('invalid_input', `${nameOf(s, playerId)} has already been bought.`);
  const my = s.row.config.myTeam;
  const limit = maxBid(st, my);
  if (myMax > limit) throw new AppError('invalid_input', `You can bid at most $${limit}.`);
  return settle(ctx, s, playerId, myMax);
}

function settle(ctx: AppContext, s: Session, playerId: string, myMax: number): Session {
  const st = auctionState(s);
  const personalities = strategies(s).map((x) => (typeof x === 'string' ? x : 'balanced'));
  const bids = botBids(st, s.loaded.pool, playerId, s.loaded.botDollars!, auctionRng(s), personalities);
  bids[s.row.config.myTeam] = myMax;
  let result: { team: number; price: number };
  try {
    result = settleLot(st, bids, st.nominator!);
  } catch (err) {
    asAppError(err);
  }
  return commit(ctx, s, 'sale', { playerId, team: result.team, price: result.price, nominator: st.nominator, bids });
}

/** Bot lots (I pass on each) until it is my turn to nominate or every roster is full. */
function advanceAuctionBots(ctx: AppContext, s: Session, limit: number): Session {
  for (let n = 0; n < limit; n++) {
    const st = auctionState(s);
    if (st.nominator === null || st.nominator === s.row.config.myTeam) return s;
    s = settle(ctx, s, botNominationOf(s)!, 0);
  }
  return s;
}

function nameOf(s: Session, id: string): string {
  const i = s.loaded.pool.indexOf.get(id);
  return i === undefined ? id : s.loaded.pool.players[i]!.name;
}

// ---- summaries -----------------------------------------------------------------------

export function summaryOf(s: Session): DraftSummary {
  return summaryFromRow(s.row, picksMadeOf(s.engine));
}

/** A draft's summary from its row alone (lists need no replay). */
export function summaryFromRow(row: DraftRow, made = row.picksMade): DraftSummary {
  const c = row.config;
  const s = { row };
  const total = c.teams * draftRounds(c);
  return {
    id: s.row.id,
    leagueId: s.row.leagueId,
    leagueName: s.row.leagueName,
    mode: s.row.mode,
    draftType: c.draftType,
    status: s.row.status,
    season: s.row.season,
    teams: c.teams,
    myTeam: c.myTeam,
    picksMade: made,
    picksTotal: total,
    createdAt: s.row.createdAt,
    updatedAt: s.row.updatedAt,
  };
}

/** The players each team has (keepers included), as pool indexes. */
export function rosters(s: Session): number[][] {
  const out: number[][] = Array.from({ length: s.row.config.teams }, () => []);
  const idx = s.loaded.pool.indexOf;
  if (s.engine.kind === 'auction') for (const sale of s.engine.state.sales) out[sale.team]!.push(idx.get(sale.playerId)!);
  else for (const p of s.engine.state.picks) if (p) out[p.team]!.push(idx.get(p.playerId)!);
  return out.map((l) => l.filter((i) => i !== undefined));
}
