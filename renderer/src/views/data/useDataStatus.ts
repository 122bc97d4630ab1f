// data.status (counts, target season, import runs, sources), reloaded whenever the main
// side says the data changed (an import or refresh finished, here or from the CLI).
import { useCallback, useEffect, useState } from 'react';
import type { DataStatus } from '../../../../shared/ipc/types';
import type { Result } from '../../../../shared/ipc/result';
import { api, onEvent } from '../../api';

export function useDataStatus(): { status: DataStatus | null; error: string | null; reload: () => Promise<void> } {
  const [status, setStatus] = useState<DataStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback((r: Result<DataStatus>) => {
    if (r.ok) {
      setStatus(r.value);
      setError(null);
    } else setError(r.error.message);
  }, []);

  const reload = useCallback(() => api.call('data.status', {}).then(apply), [apply]);

  useEffect(() => {
    let live = true;
    const load = () => api.call('data.status', {}).then((r) => live && apply(r));
    void load();
    const stop = onEvent('data.changed', ({ tables }) => {
      if (tables.includes('players')) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [apply]);

  return { status, error, reload };
}
