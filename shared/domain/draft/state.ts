// The draft as a state machine over a log of actions (pick, trade): undo pops the last
// action onto a redo stack, redo pushes it back, and a new action clears the redo stack.
// The main side stores the action log; replayDraft() rebuilds the exact state from it, so
// killing the app mid-draft loses nothing that was acknowledged. Keepers are not actions:
// they come from the league config and sit in their picks before the first pick.
import { draftRounds, type LeagueConfig } from '../league';
import { pickOrder, type PickSlot } from './order';

export type DraftAction =
  | { type: 'pick'; overall: number; playerId: string; /** ms since epoch */ at?: number; auto?: boolean; /** Entered for a team not on the clock: its next open slot. */ outOfTurn?: boolean }
  | { type: 'trade'; overall: number; toTeam: number }
  | SourceAction;

/** A pick as a draft host reports it: the source is the truth, whatever was entered by hand. */
export interface SourcePick {
  overall: number;
  team: number;
  playerId: string;
  keeper?: boolean;
}

/**
 * What a followed draft's host says changed since the last look: picks (made, or different
 * from what was entered by hand) and the owners of picks not yet made (trades).
 */
export interface SourceAction {
  type: 'source';
  picks: SourcePick[];
  owners: { overall: number; team: number }[];
}

export interface DraftPick extends PickSlot {
  playerId: string;
  keeper: boolean;
  auto: boolean;
}

export interface DraftState {
  readonly config: LeagueConfig;
  /** Every pick slot with its current owner (trades applied). */
  readonly slots: readonly PickSlot[];
  /** By overall - 1: who was taken there, or null. */
  readonly picks: readonly (DraftPick | null)[];
  readonly taken: ReadonlySet<string>;
  readonly actions: readonly DraftAction[];
  readonly undone: readonly DraftAction[];
  /** When the pick on the clock started (ms); null when no clock runs. */
  readonly clockStartedAt: number | null;
  /**
   * While the commissioner has paused the clock: the milliseconds the pick on the clock
   * had left. Picks made while paused leave the next pick paused with a full clock.
   */
  readonly pausedLeftMs: number | null;
  /** Ids the picks are checked against, when known. */
  readonly knownPlayers: ReadonlySet<string> | null;
}

export class DraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftError';
  }
}

export interface CreateDraftOptions {
  /** When given, keepers and picks must be among these ids. */
  playerIds?: Iterable<string>;
  /** Start the pick clock now (ms). */
  now?: number;
}

export function createDraft(config: LeagueConfig, options: CreateDraftOptions = {}): DraftState {
  if (config.draftType === 'auction') throw new DraftError('auction drafts use createAuction');
  const rounds = draftRounds(config);
  const slots = pickOrder(config.teams, rounds, config.draftType);
  const picks: (DraftPick | null)[] = slots.map(() => null);
  const known = options.playerIds ? new Set(options.playerIds) : null;
  const taken = new Set<string>();
  for (const k of config.keepers) {
    if (known && !known.has(k.playerId)) throw new DraftError(`keeper ${k.playerId} is not in the player pool`);
    if (taken.has(k.playerId)) throw new DraftError(`keeper ${k.playerId} is kept twice`);
    const slot = slots.find((s) => s.team === k.team && s.round === k.round);
    if (!slot) throw new DraftError(`team ${k.team + 1} has no pick in round ${k.round} for keeper ${k.playerId}`);
    if (picks[slot.overall - 1]) throw new DraftError(`team ${k.team + 1} keeps two players in round ${k.round}`);
    picks[slot.overall - 1] = { ...slot, playerId: k.playerId, keeper: true, auto: false };
    taken.add(k.playerId);
  }
  return {
    config,
    slots,
    picks,
    taken,
    actions: [],
    undone: [],
    clockStartedAt: config.pickClockSeconds > 0 && options.now !== undefined ? options.now : null,
    pausedLeftMs: null,
    knownPlayers: known,
  };
}

/** The pick on the clock (the first empty one), or null when the draft is complete. */
export function onTheClock(state: DraftState): PickSlot | null {
  const i = state.picks.findIndex((p) => p === null);
  return i < 0 ? null : state.slots[i]!;
}

export function isComplete(state: DraftState): boolean {
  return onTheClock(state) === null;
}

/** The team's picks in draft order (keepers included). */
export function teamPicks(state: DraftState, team: number): DraftPick[] {
  return state.picks.filter((p): p is DraftPick => p !== null && p.team === team);
}

/** The team's own upcoming pick slots after the pick on the clock (not counting it). */
export function upcomingPicks(state: DraftState, team: number): PickSlot[] {
  const now = onTheClock(state);
  if (!now) return [];
  return state.slots.filter((s, i) => s.overall > now.overall && s.team === team && state.picks[i] === null);
}

/** Drafts a player with the pick on the clock. Throws DraftError and changes nothing on bad input. */
export function makePick(state: DraftState, playerId: string, now?: number, auto = false): DraftState {
  const slot = onTheClock(state);
  if (!slot) throw new DraftError('the draft is complete');
  const action: DraftAction = { type: 'pick', overall: slot.overall, playerId, ...(now !== undefined ? { at: now } : {}), ...(auto ? { auto } : {}) };
  return { ...apply(state, action), undone: [] };
}

/**
 * Drafts a player for a team that is not (necessarily) on the clock: he goes into that
 * team's next open slot, as draft hosts do when a pick is entered out of turn.
 */
export function makePickFor(state: DraftState, team: number, playerId: string, now?: number): DraftState {
  const slot = onTheClock(state);
  if (!slot) throw new DraftError('the draft is complete');
  if (slot.team === team) return makePick(state, playerId, now);
  const open = state.slots.find((s, i) => s.team === team && state.picks[i] === null);
  if (!open) throw new DraftError(`team ${team + 1} has no open pick left`);
  const action: DraftAction = { type: 'pick', overall: open.overall, playerId, outOfTurn: true, ...(now !== undefined ? { at: now } : {}) };
  return { ...apply(state, action), undone: [] };
}

/** Applies what a followed draft's host reports (see SourceAction). */
export function applySource(state: DraftState, picks: SourcePick[], owners: SourceAction['owners'] = []): DraftState {
  return { ...apply(state, { type: 'source', picks, owners }), undone: [] };
}

/** Gives a pick that has not been made yet to another team. */
export function tradePick(state: DraftState, overall: number, toTeam: number): DraftState {
  return { ...apply(state, { type: 'trade', overall, toTeam }), undone: [] };
}

export function canUndo(state: DraftState): boolean {
  return state.actions.length > 0;
}

export function canRedo(state: DraftState): boolean {
  return state.undone.length > 0;
}

/** Takes back the last pick or trade. The clock restarts from `now` when given. */
export function undo(state: DraftState, now?: number): DraftState {
  const last = state.actions[state.actions.length - 1];
  if (!last) throw new DraftError('nothing to undo');
  const rebuilt = replayDraft(state.config, state.actions.slice(0, -1), state.knownPlayers ?? undefined);
  // Pausing is not a pick: taking a pick back while paused keeps the clock paused (full time).
  const pausedLeftMs = state.pausedLeftMs === null ? null : clockMs(state);
  return { ...rebuilt, undone: [...state.undone, last], clockStartedAt: clockAfterUndo(state, rebuilt, now), pausedLeftMs };
}

export function redo(state: DraftState, now?: number): DraftState {
  const next = state.undone[state.undone.length - 1];
  if (!next) throw new DraftError('nothing to redo');
  const redone = next.type === 'pick' && now !== undefined ? { ...next, at: now } : next;
  return { ...apply(state, redone), undone: state.undone.slice(0, -1) };
}

function clockAfterUndo(before: DraftState, rebuilt: DraftState, now: number | undefined): number | null {
  if (before.config.pickClockSeconds <= 0) return null;
  return now ?? rebuilt.clockStartedAt ?? before.clockStartedAt;
}

/** Rebuilds the state from a stored action log (throws DraftError if the log does not fit the league). */
export function replayDraft(config: LeagueConfig, actions: readonly DraftAction[], playerIds?: Iterable<string>, startedAt?: number): DraftState {
  let state = createDraft(config, { ...(playerIds ? { playerIds } : {}), ...(startedAt !== undefined ? { now: startedAt } : {}) });
  for (const a of actions) state = apply(state, a);
  return state;
}

function apply(state: DraftState, action: DraftAction): DraftState {
  if (action.type === 'source') return applySourceAction(state, action);
  if (action.type === 'trade') {
    const i = action.overall - 1;
    const slot = state.slots[i];
    if (!slot) throw new DraftError(`there is no pick ${action.overall}`);
    if (state.picks[i]) throw new DraftError(`pick ${action.overall} has already been made`);
    if (!Number.isInteger(action.toTeam) || action.toTeam < 0 || action.toTeam >= state.config.teams)
      throw new DraftError(`team must be 0 to ${state.config.teams - 1}`);
    const slots = [...state.slots];
    slots[i] = { ...slot, team: action.toTeam };
    return { ...state, slots, actions: [...state.actions, action] };
  }
  const clock = onTheClock(state);
  if (!clock) throw new DraftError('the draft is complete');
  const slot = action.outOfTurn ? state.slots[action.overall - 1] : clock;
  if (!slot) throw new DraftError(`there is no pick ${action.overall}`);
  if (action.outOfTurn && state.picks[slot.overall - 1]) throw new DraftError(`pick ${action.overall} has already been made`);
  if (action.overall !== slot.overall) throw new DraftError(`pick ${action.overall} is not on the clock (pick ${slot.overall} is)`);
  if (state.taken.has(action.playerId)) throw new DraftError(`player ${action.playerId} has already been drafted`);
  if (state.knownPlayers && !state.knownPlayers.has(action.playerId)) throw new DraftError(`player ${action.playerId} is not in the player pool`);
  const picks = [...state.picks];
  picks[slot.overall - 1] = { ...slot, playerId: action.playerId, keeper: false, auto: action.auto ?? false };
  const taken = new Set(state.taken);
  taken.add(action.playerId);
  const clockStartedAt = state.config.pickClockSeconds > 0 ? (action.at ?? state.clockStartedAt) : null;
  const pausedLeftMs = state.pausedLeftMs === null ? null : clockMs(state);
  return { ...state, picks, taken, actions: [...state.actions, action], clockStartedAt, pausedLeftMs };
}

function applySourceAction(state: DraftState, action: SourceAction): DraftState {
  const slots = [...state.slots];
  const picks = [...state.picks];
  const taken = new Set(state.taken);
  const teamOk = (t: number) => Number.isInteger(t) && t >= 0 && t < state.config.teams;
  for (const o of action.owners) {
    const i = o.overall - 1;
    if (!slots[i]) throw new DraftError(`there is no pick ${o.overall}`);
    if (!teamOk(o.team)) throw new DraftError(`team must be 0 to ${state.config.teams - 1}`);
    if (!picks[i]) slots[i] = { ...slots[i], team: o.team };
  }
  for (const p of action.picks) {
    const i = p.overall - 1;
    if (!slots[i]) throw new DraftError(`there is no pick ${p.overall}`);
    if (!teamOk(p.team)) throw new DraftError(`team must be 0 to ${state.config.teams - 1}`);
    if (state.knownPlayers && !state.knownPlayers.has(p.playerId)) throw new DraftError(`player ${p.playerId} is not in the player pool`);
    // The host's pick wins: a different player entered here by hand, or this player entered
    // by hand in another slot, gives way.
    const elsewhere = picks.findIndex((x, j) => j !== i && x?.playerId === p.playerId);
    if (elsewhere >= 0) picks[elsewhere] = null;
    const before = picks[i];
    if (before && before.playerId !== p.playerId) taken.delete(before.playerId);
    slots[i] = { ...slots[i], team: p.team };
    picks[i] = { ...slots[i], playerId: p.playerId, keeper: p.keeper ?? false, auto: false };
    taken.add(p.playerId);
  }
  return { ...state, slots, picks, taken, actions: [...state.actions, action] };
}

const clockMs = (state: DraftState) => state.config.pickClockSeconds * 1000;

/** Milliseconds left on the clock at `now` (frozen while paused); null when there is no clock or it has not started. */
export function timeLeft(state: DraftState, now: number): number | null {
  if (state.config.pickClockSeconds <= 0 || state.clockStartedAt === null || isComplete(state)) return null;
  if (state.pausedLeftMs !== null) return state.pausedLeftMs;
  return Math.max(0, state.clockStartedAt + clockMs(state) - now);
}

/** Starts (or restarts) the clock for the pick on the clock. A paused clock stays paused, with full time. */
export function startClock(state: DraftState, now: number): DraftState {
  if (state.config.pickClockSeconds <= 0) return state;
  return { ...state, clockStartedAt: now, pausedLeftMs: state.pausedLeftMs === null ? null : clockMs(state) };
}

export const isPaused = (state: DraftState): boolean => state.pausedLeftMs !== null;

/**
 * The commissioner stops the pick clock: the time the pick on the clock has left is kept
 * and nothing is autopicked until the clock is resumed.
 */
export function pauseClock(state: DraftState, now: number): DraftState {
  if (state.config.pickClockSeconds <= 0) throw new DraftError('this draft has no pick clock to pause');
  if (isComplete(state)) throw new DraftError('the draft is complete');
  if (isPaused(state)) throw new DraftError('the clock is already paused');
  const left = timeLeft(state, now) ?? clockMs(state);
  return { ...state, clockStartedAt: state.clockStartedAt ?? now, pausedLeftMs: left };
}

/** Restarts a paused clock with the time the pick on the clock had left when it was paused. */
export function resumeClock(state: DraftState, now: number): DraftState {
  if (!isPaused(state)) throw new DraftError('the clock is not paused');
  return { ...state, clockStartedAt: now - (clockMs(state) - state.pausedLeftMs!), pausedLeftMs: null };
}

/**
 * Makes the automatic pick for every pick whose clock ran out by `now` (each expired pick
 * is stamped with the moment its clock ran out, so the next clock starts from there).
 * `choose` names the player for the team on the clock (e.g. the bots' pick or the queue).
 */
export function expireClock(state: DraftState, now: number, choose: (state: DraftState, slot: PickSlot) => string): DraftState {
  const ms = clockMs(state);
  let s = state;
  for (;;) {
    const slot = onTheClock(s);
    if (!slot || ms <= 0 || s.clockStartedAt === null || isPaused(s)) return s;
    const deadline = s.clockStartedAt + ms;
    if (now < deadline) return s;
    s = makePick(s, choose(s, slot), deadline, true);
  }
}
