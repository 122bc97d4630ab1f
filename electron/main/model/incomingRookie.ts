// Competition that arrives in the spring: the best draft slot his team spent on a rookie at his
// position in the target season's draft. The market reacts to it at once (a team that drafts a
// running back in the first round is not handing the job back to last season's starter); the
// stats of seasons before Y cannot show it. Known at the draft, months before the season, so no
// leak in any backtest season. His team is his team of Y-1 (the one known before every season:
// pre-season rosters exist only for 2022, 2024 and 2025, see landingSpot.ts); a veteran who
// moved in the spring reads his old team's draft, which is noise the network learns to price.
// Rookies are those the data knows: drafted players in the players table with that rookie
// season (a pick who never played and was never on a 2022+ roster is missing; for the early
// rounds at RB, WR and TE that is rare).
import type { ModelPosition } from '../../../shared/domain/projection';
import { currentFranchise } from '../../../shared/domain/players';
import type { History } from './history';
import { draftValue } from './draftPrior';

interface Draftee {
  playerId: string;
  value: number;
}

const cache = new WeakMap<History, Map<string, Draftee[]>>();

/** season:team:position -> drafted rookies, best slot first. */
function drafteesByTeam(h: History): Map<string, Draftee[]> {
  let index = cache.get(h);
  if (index) return index;
  index = new Map();
  for (const bio of h.bios.values()) {
    if (bio.draft.kind !== 'drafted' || !bio.draftTeam || bio.rookieSeason === null) continue;
    const key = `${bio.rookieSeason}:${currentFranchise(bio.draftTeam)}:${bio.position}`;
    const list = index.get(key) ?? [];
    list.push({ playerId: bio.playerId, value: draftValue(bio.draft) });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.value - a.value);
  cache.set(h, index);
  return index;
}

/**
 * The draft value (1 = first pick, 0 = last) of the highest-drafted rookie at `position` that
 * `team` drafted for `season`, other than the player himself; 0 when none.
 */
export function incomingRookie(h: History, playerId: string, team: string | null, season: number, position: ModelPosition): number {
  if (!team) return 0;
  const list = drafteesByTeam(h).get(`${season}:${currentFranchise(team)}:${position}`) ?? [];
  return list.find((d) => d.playerId !== playerId)?.value ?? 0;
}
