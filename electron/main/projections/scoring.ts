// Which ruleset a scouting request means, and the key its rankings are saved under.
import { SCORING_PRESETS, type ScoringPresetName, type ScoringRules } from '../../../shared/domain/scoring';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { targetSeason } from '../db/repos/dataStatus';

export interface ScoringChoice {
  rules: ScoringRules;
  /** 'standard' | 'half' | 'ppr', or 'custom:<name>' for a league's own rules. */
  key: string;
}

export function scoringOf(req: { scoring?: ScoringPresetName; rules?: ScoringRules }): ScoringChoice {
  if (req.rules) return { rules: req.rules, key: `custom:${req.rules.name}` };
  const preset = req.scoring ?? 'ppr';
  return { rules: SCORING_PRESETS[preset], key: preset };
}

/** The season drafts are for; a clear error before any data is loaded. */
export function requireTargetSeason(db: Db): number {
  const season = targetSeason(db);
  if (season === null) throw new AppError('not_found', 'No player data is loaded yet: import it from the Data view first.');
  return season;
}
