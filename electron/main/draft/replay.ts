// Folds a stored action log through the pure engine. The log holds every user action
// (pick, trade, sale, undo, redo, clock start, pause and resume), so replaying it gives the exact state,
// redo stack included, that the app had when it last answered.
import { recordSale, redoSale, undoSale, createAuction, type AuctionState } from '../../../shared/domain/draft/auction';
import { applySource, createDraft, makePick, makePickFor, pauseClock, redo, resumeClock, startClock, tradePick, undo, type DraftState, type SourceAction } from '../../../shared/domain/draft/state';
import type { LeagueConfig } from '../../../shared/domain/league';
import type { StoredAction } from '../db/repos/drafts';

export type EngineState = { kind: 'picks'; state: DraftState } | { kind: 'auction'; state: AuctionState };

export function initialState(config: LeagueConfig, playerIds: Iterable<string>): EngineState {
  return config.draftType === 'auction'
    ? { kind: 'auction', state: createAuction(config, { playerIds }) }
    : { kind: 'picks', state: createDraft(config, { playerIds }) };
}

/** One action applied; throws DraftError (and changes nothing) when it does not fit. */
export function applyAction(s: EngineState, a: Omit<StoredAction, 'seq'>): EngineState {
  const p = a.payload;
  if (s.kind === 'auction') {
    switch (a.kind) {
      case 'sale':
        return { kind: 'auction', state: recordSale(s.state, String(p.playerId), Number(p.team), Number(p.price), a.at) };
      case 'undo':
        return { kind: 'auction', state: undoSale(s.state) };
      case 'redo':
        return { kind: 'auction', state: redoSale(s.state) };
      case 'clock':
        return s;
      default:
        throw new Error(`an auction has no ${a.kind} action`);
    }
  }
  switch (a.kind) {
    case 'pick':
      // A pick with a team was entered out of turn: it goes into that team's next open slot.
      if (typeof p.team === 'number') return { kind: 'picks', state: makePickFor(s.state, p.team, String(p.playerId), a.at) };
      return { kind: 'picks', state: makePick(s.state, String(p.playerId), a.at, p.auto === true) };
    case 'source':
      return { kind: 'picks', state: applySource(s.state, (p.picks ?? []) as SourceAction['picks'], (p.owners ?? []) as SourceAction['owners']) };
    case 'trade':
      return { kind: 'picks', state: tradePick(s.state, Number(p.overall), Number(p.toTeam)) };
    case 'undo':
      return { kind: 'picks', state: undo(s.state, a.at) };
    case 'redo':
      return { kind: 'picks', state: redo(s.state, a.at) };
    case 'clock':
      // The commissioner's pause and resume are clock actions too ({op}); a bare one (re)starts the clock.
      if (p.op === 'pause') return { kind: 'picks', state: pauseClock(s.state, a.at) };
      if (p.op === 'resume') return { kind: 'picks', state: resumeClock(s.state, a.at) };
      return { kind: 'picks', state: startClock(s.state, a.at) };
    default:
      throw new Error(`a ${s.state.config.draftType} draft has no ${a.kind} action`);
  }
}

export function replay(config: LeagueConfig, playerIds: Iterable<string>, actions: readonly Omit<StoredAction, 'seq'>[]): EngineState {
  let s = initialState(config, playerIds);
  for (const a of actions) s = applyAction(s, a);
  return s;
}
