// The league form's state in one reducer, shared by its sections (league, scoring, roster,
// draft, keepers), and the payload it sends. Pure, so its rules are unit-tested without a
// browser: what a loaded league fills in, what a keeper row holds, how team names are read.
import type { AdpSourceChoice, LeagueConfigInput } from '../../../../../shared/domain/league';
import { STANDARD_ROSTER, type RosterSlots } from '../../../../../shared/domain/roster';
import { SCORING_PRESETS, type ScoringRules } from '../../../../../shared/domain/scoring';
import type { League, LeagueScoringPreset } from '../../../../../shared/ipc/types';

export type DraftType = LeagueConfigInput['draftType'];

export interface KeeperRow {
  team: number;
  playerId: string;
  name: string;
  position: string | null;
  /** As typed: checked by the league schema when the form is sent. */
  round: string;
  price: string;
}

export interface LeagueFormState {
  name: string;
  teams: number;
  myTeam: number;
  /** One per line, in draft-slot order. */
  teamNames: string;
  preset: LeagueScoringPreset;
  custom: ScoringRules;
  slots: RosterSlots;
  draftType: DraftType;
  budget: number;
  minBid: number;
  clock: number;
  adpSource: AdpSourceChoice;
  keepers: KeeperRow[];
}

/** The settings a form field edits directly (keepers have their own actions). */
type Setting = Exclude<keyof LeagueFormState, 'keepers'>;

export type LeagueFormAction =
  | { [K in Setting]: { type: 'set'; field: K; value: LeagueFormState[K] } }[Setting]
  | { type: 'loaded'; league: League; keepers: KeeperRow[] }
  | { type: 'addKeeper'; keeper: KeeperRow }
  | { type: 'editKeeper'; index: number; change: Partial<Pick<KeeperRow, 'team' | 'round' | 'price'>> }
  | { type: 'removeKeeper'; index: number };

export const SLOT_KEYS: (keyof RosterSlots)[] = ['QB', 'RB', 'WR', 'TE', 'FLEX', 'SUPERFLEX', 'K', 'DST', 'BENCH'];

export const newLeagueForm = (): LeagueFormState => ({
  name: 'My league',
  teams: 12,
  myTeam: 0,
  teamNames: '',
  preset: 'ppr',
  custom: { ...SCORING_PRESETS.ppr, name: 'Custom' },
  slots: { ...STANDARD_ROSTER },
  draftType: 'snake',
  budget: 200,
  minBid: 1,
  clock: 0,
  adpSource: 'auto',
  keepers: [],
});

export function leagueForm(state: LeagueFormState, action: LeagueFormAction): LeagueFormState {
  switch (action.type) {
    case 'set':
      return { ...state, [action.field]: action.value };
    case 'loaded': {
      const { league: l } = action;
      return {
        name: l.name,
        teams: l.config.teams,
        myTeam: l.config.myTeam,
        teamNames: l.teamNames.join('\n'),
        preset: l.scoringPreset,
        // A preset league keeps the form's custom rules as a starting point.
        custom: l.scoringPreset === 'custom' ? l.scoring : state.custom,
        slots: l.config.rosterSlots,
        draftType: l.config.draftType,
        budget: l.config.auctionBudget,
        minBid: l.config.minBid,
        clock: l.config.pickClockSeconds,
        adpSource: l.config.adpSource ?? 'auto',
        keepers: action.keepers,
      };
    }
    case 'addKeeper':
      // A player is kept once.
      return state.keepers.some((k) => k.playerId === action.keeper.playerId) ? state : { ...state, keepers: [...state.keepers, action.keeper] };
    case 'editKeeper':
      return { ...state, keepers: state.keepers.map((k, i) => (i === action.index ? { ...k, ...action.change } : k)) };
    case 'removeKeeper':
      return { ...state, keepers: state.keepers.filter((_, i) => i !== action.index) };
  }
}

/** Players per team: the roster's slots added up (rounds in a pick draft). */
export const rosterRounds = (slots: RosterSlots): number => SLOT_KEYS.reduce((n, k) => n + (slots[k] || 0), 0);

/** The name a team goes by in the form: its typed name, else Team N (you). */
export function teamLabel(state: Pick<LeagueFormState, 'teamNames' | 'myTeam'>, team: number): string {
  return state.teamNames.split('\n')[team]?.trim() || (team === state.myTeam ? `Team ${team + 1} (you)` : `Team ${team + 1}`);
}

/** What leagues.create / leagues.update is sent: trailing blank team names dropped, keepers by round or price. */
export function leaguePayload(s: LeagueFormState) {
  const names = s.teamNames.split('\n').map((x) => x.trim());
  while (names.length && !names[names.length - 1]) names.pop();
  const auction = s.draftType === 'auction';
  return {
    name: s.name,
    scoringPreset: s.preset,
    ...(s.preset === 'custom' ? { scoring: s.custom } : {}),
    teamNames: names,
    config: {
      teams: s.teams,
      myTeam: s.myTeam,
      rosterSlots: s.slots,
      draftType: s.draftType,
      auctionBudget: s.budget,
      minBid: s.minBid,
      pickClockSeconds: s.clock,
      adpSource: s.adpSource,
      keepers: s.keepers.map((k) => ({ team: k.team, playerId: k.playerId, ...(auction ? { price: Number(k.price) } : { round: Number(k.round) }) })),
    },
  };
}
