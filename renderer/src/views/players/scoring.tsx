// The scoring the scouting views show: the Settings default, switchable from any of them
// (the choice is saved, so Players, profiles, Compare and Rankings always agree).
import type { ScoringPreset } from '../../../../shared/ipc/types';
import { useStore } from '../../stores/store';
import './shared.css';

export const SCORING_LABELS: Record<ScoringPreset, string> = { standard: 'Standard', half: 'Half PPR', ppr: 'PPR' };

export function useScoring(): ScoringPreset {
  return useStore((s) => s.settings?.defaultScoring ?? 'ppr');
}

export function ScoringSwitch() {
  const scoring = useScoring();
  const update = useStore((s) => s.updateSettings);
  return (
    <fieldset className="segmented" aria-label="Scoring">
      {(Object.keys(SCORING_LABELS) as ScoringPreset[]).map((s) => (
        <label key={s}>
          <input type="radio" name="scoring" value={s} checked={scoring === s} onChange={() => void update({ defaultScoring: s })} />
          {SCORING_LABELS[s]}
        </label>
      ))}
    </fieldset>
  );
}

/** The credit shown wherever NFL data appears. */
export function DataCredit() {
  return <span className="data-credit">Data: nflverse, CC BY 4.0</span>;
}
