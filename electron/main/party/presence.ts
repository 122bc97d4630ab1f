// Which guests hold their draft's event stream right now (the host's guest list shows it).
// In memory: after a restart nobody is connected until their phone reconnects.
import type { AppContext } from '../context';

const streams = new WeakMap<object, Map<string, number>>();

const key = (draftId: number, team: number) => `${draftId}:${team}`;

function countsOf(ctx: AppContext): Map<string, number> {
  let m = streams.get(ctx.db);
  if (!m) streams.set(ctx.db, (m = new Map()));
  return m;
}

/** A guest's stream opened; the returned function closes it. The host hears of both. */
export function guestConnected(ctx: AppContext, draftId: number, team: number): () => void {
  const counts = countsOf(ctx);
  const k = key(draftId, team);
  counts.set(k, (counts.get(k) ?? 0) + 1);
  if (counts.get(k) === 1) ctx.events.emit('party.changed', { draftId });
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (counts.get(k) ?? 1) - 1;
    if (left > 0) counts.set(k, left);
    else {
      counts.delete(k);
      ctx.events.emit('party.changed', { draftId });
    }
  };
}

export function isConnected(ctx: AppContext, draftId: number, team: number): boolean {
  return (countsOf(ctx).get(key(draftId, team)) ?? 0) > 0;
}
