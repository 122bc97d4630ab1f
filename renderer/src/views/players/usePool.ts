// The pool for the current scoring, fetched once per scoring and data change and shared
// by the views that show it (players table, compare, rankings' side panel).
import { useEffect, useState } from 'react';
import type { PlayerPool, ScoringPreset } from '../../../../shared/ipc/types';
import { api, onEvent } from '../../api';
import { useStore } from '../../stores/store';

const cache = new Map<string, PlayerPool>();

// A training that ends swaps the projections under the same data, also while no table is
// open: one listener for the app's life empties the cache then.
let listening = false;
function forgetPoolsAfterTraining(): void {
  if (listening) return;
  listening = true;
  onEvent('job.progress', (job) => {
    if (job.kind === 'train' && job.done) cache.clear();
  });
}

export interface PoolState {
  pool: PlayerPool | null;
  error: string | null;
  loading: boolean;
}

export function usePool(scoring: ScoringPreset): PoolState {
  forgetPoolsAfterTraining();
  // An import changes the row counts; the key follows them.
  const version = useStore((s) => (s.status ? Object.values(s.status.counts).join(',') : ''));
  const key = `${scoring}|${version}`;
  const [fetched, setFetched] = useState<{ key: string; tick: number; pool: PlayerPool | null; error: string | null } | null>(null);
  const [tick, setTick] = useState(0);
  const cached = tick === 0 || fetched?.tick === tick ? cache.get(key) : undefined;

  useEffect(() => {
    if (cached) return;
    let live = true;
    void api.call('players.pool', { scoring }).then((r) => {
      if (!live) return;
      if (r.ok) cache.set(key, r.value);
      setFetched({ key, tick, pool: r.ok ? r.value : null, error: r.ok ? null : r.error.message });
    });
    return () => {
      live = false;
    };
  }, [key, scoring, tick, cached]);

  const current = fetched?.key === key ? fetched : null;
  const state: PoolState = {
    pool: cached ?? current?.pool ?? null,
    error: cached ? null : (current?.error ?? null),
    loading: !cached && (!current || current.tick !== tick),
  };

  // A mounted table fetches again at once after a training.
  useEffect(() => onEvent('job.progress', (job) => job.kind === 'train' && job.done && setTick((t) => t + 1)), []);
  useEffect(
    () =>
      onEvent('data.changed', ({ tables }) => {
        if (tables.includes('watchlist') || tables.includes('players')) {
          cache.clear();
          setTick((t) => t + 1);
        }
      }),
    [],
  );
  return state;
}
