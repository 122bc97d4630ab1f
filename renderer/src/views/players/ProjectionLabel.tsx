// Says which projections the table shows: the model with its training date, or the
// weighted 3-season baseline and why the model is not in use. D/ST always come from the
// team-defence rates (the model projects players only).
import { useEffect, useState } from 'react';
import type { ModelStatus, PoolRow } from '../../../../shared/ipc/types';
import { api } from '../../api';

export function ProjectionLabel({ rows, dataVersion }: { rows: readonly PoolRow[]; dataVersion: string }) {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('model.status', {}).then((r) => live && setStatus(r.ok ? r.value : null));
    return () => {
      live = false;
    };
  }, [dataVersion]);
  const fromModel = rows.some((r) => r.source === 'model');
  if (fromModel && status?.trainedAt) {
    const date = new Date(status.trainedAt).toLocaleDateString('en-US', { dateStyle: 'medium' });
    return <span data-testid="projection-label">projections: GridScout model trained {date} (D/ST: team-defence rates)</span>;
  }
  const why = !status
    ? ''
    : status.training
      ? ' (the model is training)'
      : !status.trained
        ? ' (no model trained yet: Model view)'
        : !status.current
          ? ' (the model was trained on older data: retrain in the Model view)'
          : '';
  return <span data-testid="projection-label">projections: weighted 3-season baseline with its historical range{why}; D/ST: team-defence rates</span>;
}
