// The draft room's state: the room as the main side last answered it, the advice for the
// pick on the clock, and the actions. Every action answers with the whole room (saved
// before the answer), so the screen never shows a pick that is not stored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestOf } from '../../../../shared/ipc/contract';
import type { DraftAdvice, DraftRoom } from '../../../../shared/ipc/types';
import { api, onEvent } from '../../api';

type RoomChannel = 'drafts.pick' | 'drafts.undo' | 'drafts.redo' | 'drafts.trade' | 'drafts.advanceBots' | 'drafts.sale' | 'drafts.bid' | 'party.autopick' | 'party.pause' | 'party.resume' | 'drafts.followPause' | 'drafts.followResume' | 'drafts.setMyTeam';

export interface DraftRoomApi {
  room: DraftRoom | null;
  /** When the room arrived (ms, this machine's clock): the pick clock corrects for the server's. */
  receivedAt: number;
  advice: DraftAdvice | null;
  error: string | null;
  busy: boolean;
  /** A message about the last action (refusals, auto picks). */
  message: string | null;
  act<C extends RoomChannel>(channel: C, payload: Omit<RequestOf<C>, 'draftId'>): Promise<DraftRoom | null>;
  /** Reloads the room; `expire` asks the main side to make the picks whose clock ran out. */
  reload(expire?: boolean): Promise<void>;
  clearMessage(): void;
}

export function useDraftRoom(draftId: number, botDelayMs: number): DraftRoomApi {
  const [state, setState] = useState<{ room: DraftRoom; receivedAt: number } | null>(null);
  const room = state?.room ?? null;
  const [fetchedAdvice, setAdvice] = useState<DraftAdvice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useRef(Promise.resolve() as Promise<unknown>);
  const latest = useRef<DraftRoom | null>(null);

  const accept = useCallback((r: DraftRoom) => {
    latest.current = r;
    setState({ room: r, receivedAt: Date.now() });
  }, []);

  const reload = useCallback(async (expire = false) => {
    const r = await api.call('drafts.get', { draftId, ...(expire ? { expire } : {}) });
    if (r.ok) {
      accept(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [draftId, accept]);

  // A followed draft's sync state (following, reconnecting, last update) arrives with every
  // look at the host; its picks reload the room through draft.changed (below).
  useEffect(
    () =>
      onEvent('draft.sync', (e) => {
        if (e.draftId !== draftId) return;
        if (e.version >= 0 && e.version !== latest.current?.version) return void reload();
        const r = latest.current;
        if (r) accept({ ...r, sync: e.sync });
      }),
    [draftId, reload, accept],
  );

  useEffect(() => {
    let live = true;
    void api.call('drafts.get', { draftId }).then((r) => {
      if (!live) return;
      if (r.ok) accept(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [draftId, accept]);

  // Picks made elsewhere (a draft party's guests on their phones) arrive as events: reload.
  useEffect(
    () =>
      api.onEvent((name, payload) => {
        if (name !== 'draft.changed') return;
        const change = payload as { draftId: number; version: number };
        if (change.draftId === draftId && change.version !== latest.current?.version) void reload();
      }),
    [draftId, reload],
  );

  // Actions run one at a time, in order (a fast typist's Enters never overtake each other).
  const act = useCallback(
    <C extends RoomChannel>(channel: C, payload: Omit<RequestOf<C>, 'draftId'>) => {
      const run = async (): Promise<DraftRoom | null> => {
        setBusy(true);
        try {
          const r = await api.call(channel, { draftId, ...payload } as RequestOf<C>);
          if (!r.ok) {
            setMessage(r.error.message);
            return null;
          }
          setMessage(null);
          accept(r.value as DraftRoom);
          return r.value as DraftRoom;
        } finally {
          setBusy(false);
        }
      };
      const p = queue.current.then(run, run);
      queue.current = p;
      return p;
    },
    [draftId, accept],
  );

  // Mock drafts: the bots pick as soon as (or, paced, one by one while) a bot is on the clock.
  useEffect(() => {
    if (!room || room.draft.mode !== 'mock' || room.draft.status === 'complete') return;
    // Auction lots wait for my bid or pass, so only pick drafts run the bots by themselves.
    // A team with no bot personality is a person's (mine, or a party guest's): bots wait for them.
    const botsTurn = room.auction === null && room.onClock !== null && room.personalities[room.onClock.team] !== null;
    if (!botsTurn) return;
    const t = setTimeout(() => void act('drafts.advanceBots', botDelayMs > 0 ? { limit: 1 } : {}), botDelayMs);
    return () => clearTimeout(t);
  }, [room, act, botDelayMs]);

  // Advice for the pick on the clock (mine, or in a live draft whoever is on the clock).
  // Only advice computed for this very state is shown: Enter right after a pick must never
  // draft from the previous pick's list.
  const wantsAdvice = !!room && ((room.auction !== null && room.auction.nominator !== null) || (room.onClock !== null && (room.onClock.team === room.draft.myTeam || room.draft.mode === 'live')));
  const advice = wantsAdvice && fetchedAdvice?.version === room?.version ? fetchedAdvice : null;
  useEffect(() => {
    if (!room || !wantsAdvice) return;
    let cancelled = false;
    const t = setTimeout(async () => {
      const r = await api.call('drafts.recommend', { draftId, limit: 25 });
      if (!cancelled && r.ok) setAdvice(r.value);
    }, 30);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [room, draftId, wantsAdvice]);

  return { room, receivedAt: state?.receivedAt ?? 0, advice, error, busy, message, act, reload, clearMessage: () => setMessage(null) };
}
