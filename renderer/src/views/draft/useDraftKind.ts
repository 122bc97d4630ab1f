import { useEffect, useState } from 'react';
import { api } from '../../api';

/** Whether a draft is an auction (its own room) or a pick draft; null while asking. */
export function useDraftKind(draftId: number): 'auction' | 'picks' | { error: string } | null {
  const [kind, setKind] = useState<{ id: number; kind: 'auction' | 'picks' | { error: string } } | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('drafts.list', {}).then((r) => {
      if (!live) return;
      if (!r.ok) return setKind({ id: draftId, kind: { error: r.error.message } });
      const d = r.value.find((x) => x.id === draftId);
      setKind({ id: draftId, kind: d ? (d.draftType === 'auction' ? 'auction' : 'picks') : { error: `There is no draft ${draftId}: it may have been deleted with its league.` } });
    });
    return () => {
      live = false;
    };
  }, [draftId]);
  return kind?.id === draftId ? kind.kind : null;
}
