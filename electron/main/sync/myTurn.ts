// My turn in a followed draft, for the desktop app's system notification: when a host's pick
// puts the user's team on the clock, `announce` is called once for that pick. Plain Node (the
// Electron glue in ../index.ts only decides whether to show it: not when the window has focus,
// where the room's tone and title already say it). The browser's own page announces itself.
import { onTheClock } from '../../../shared/domain/draft/state';
import type { EventMap } from '../../../shared/ipc/contract';
import type { AppContext } from '../context';
import { getFollow } from '../db/repos/follows';
import { openSession } from '../draft/service';

export interface MyTurn {
  draftId: number;
  overall: number;
  /** "Your pick: 3.05 (pick 29)". */
  title: string;
  body: string;
}

export function watchMyTurn(ctx: AppContext, announce: (turn: MyTurn) => void): () => void {
  const announced = new Map<number, number>();
  return ctx.events.subscribe((name, payload) => {
    if (name !== 'draft.changed') return;
    const { draftId, last } = payload as EventMap['draft.changed'];
    if (getFollow(ctx.db, draftId)?.state !== 'following') return;
    const s = openSession(ctx, draftId);
    if (s.engine.kind !== 'picks') return; // an auction has no turn to wait for
    const slot = onTheClock(s.engine.state);
    if (!slot || slot.team !== s.row.config.myTeam || announced.get(draftId) === slot.overall) return;
    announced.set(draftId, slot.overall);
    const label = `${slot.round}.${String(slot.pickInRound).padStart(2, '0')}`;
    const lastName = last ? s.loaded.rows[s.loaded.pool.indexOf.get(last.playerId) ?? -1]?.name : undefined;
    announce({
      draftId,
      overall: slot.overall,
      title: `Your pick: ${label} (pick ${slot.overall})`,
      body: `${s.row.leagueName}: ${lastName ? `${lastName} just went. ` : ''}Your recommendations are ready.`,
    });
  });
}
