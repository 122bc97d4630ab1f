// What every section of the league form is given: the form's state, its dispatch, and the
// problems found before sending, by field path.
import type { Dispatch } from 'react';
import type { LeagueFormAction, LeagueFormState } from './leagueFormState';

export interface SectionProps {
  form: LeagueFormState;
  dispatch: Dispatch<LeagueFormAction>;
  fieldErrs: Record<string, string>;
}

/** The draft slots a league of `teams` offers (1 to 20, whatever is typed). */
export const slotCount = (teams: number): number => Math.max(1, Math.min(20, teams || 1));
