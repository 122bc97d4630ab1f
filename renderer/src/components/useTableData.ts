// A view's data from one channel that takes no request, reloaded whenever the main side says
// a table it reads changed (data.changed: an import, a refresh, the outbox, here or from the CLI).
import { useCallback, useEffect, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { api, onEvent } from '../api';

/** Channels whose request is empty, so the hook can call them without arguments. */
type NoRequestChannel = { [C in Channel]: Record<string, never> extends RequestOf<C> ? C : never }[Channel];

export function useTableData<C extends NoRequestChannel>(
  channel: C,
  table: string,
): { value: ResponseOf<C> | null; error: string | null; reload: () => Promise<void> } {
  const [value, setValue] = useState<ResponseOf<C> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback((r: Result<ResponseOf<C>>) => {
    if (r.ok) {
      setValue(r.value);
      setError(null);
    } else setError(r.error.message);
  }, []);

  // NoRequestChannel guarantees the empty request; TypeScript cannot see through the generic.
  const reload = useCallback(() => api.call(channel, {} as RequestOf<C>).then(apply), [channel, apply]);

  useEffect(() => {
    let live = true;
    const load = () => api.call(channel, {} as RequestOf<C>).then((r) => live && apply(r));
    void load();
    const stop = onEvent('data.changed', ({ tables }) => {
      if (tables.includes(table)) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [channel, table, apply]);

  return { value, error, reload };
}
