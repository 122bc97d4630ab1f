// My turn in a live draft, announced: the page title (seen from another tab or window) and a
// short tone. In a followed draft the desktop app also shows a system notification when its
// window is not in front (electron/main/sync/myTurn.ts, from the main process).
import { useEffect, useRef } from 'react';
import type { DraftRoom } from '../../../../shared/ipc/types';

const TITLE = 'GridScout';

function tone(): void {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.4);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.4);
    osc.onended = () => void ctx.close();
  } catch {
    // No audio device (or autoplay blocked): the title still says it.
  }
}

export function useMyTurnAnnounced(room: DraftRoom | null): void {
  const onClock = room?.onClock ?? null;
  const mine = !!room && room.draft.mode === 'live' && onClock !== null && onClock.team === room.draft.myTeam;
  const announced = useRef<number | null>(null);
  useEffect(() => {
    if (!mine || !onClock) {
      document.title = TITLE;
      return;
    }
    document.title = `Your pick (${onClock.round}.${String(onClock.pickInRound).padStart(2, '0')}) · ${TITLE}`;
    if (announced.current !== onClock.overall) {
      announced.current = onClock.overall;
      tone();
    }
    return () => {
      document.title = TITLE;
    };
  }, [mine, onClock]);
}
