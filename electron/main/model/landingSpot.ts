// Where a rookie lands, and how much of the work there is up for grabs. A rookie's landing
// team is the team that drafted him: known at the draft, months before the season, so reading
// it is no leak in any backtest season. An undrafted rookie's team is known only from the
// season's own pre-season roster (the app's target season), else it stays unknown.
//
// What the rookie can take is read from the landing team's season Y-1 alone:
// - its team context (pass attempts, PPR and points per game), as for veterans;
// - the vacated share: the part of the team's Y-1 volume at his position (QB pass attempts;
//   RB carries + targets; WR and TE targets) held by players VACATING_AGE or older at the end
//   of Y. Who is really gone (free agency, cuts, retirements) is known only from a pre-season
//   roster, and the data has one for 2022, 2024 and 2025 only; a feature that meant "really
//   gone" in those seasons and "probably gone" in the other twenty would be learned as the
//   latter, and the backtests could not tell the two apart. Age is the part of "not back" that
//   is known before the season in every season, so the same definition trains and projects.
// - the room's lead: the largest share of that volume held by one player younger than that,
//   i.e. how firmly the job is already taken by someone likely to stay.
import type { ModelPosition } from '../../../shared/domain/projection';
import { currentFranchise, FRANCHISE_FORMER_ABBRS } from '../../../shared/domain/players';
import type { History, PlayerSeason, TeamSeason } from './history';
import { ageIn } from './history';

/** At this age (end of the target season) a player's volume counts as vacated. */
export const VACATING_AGE = 30;

export interface LandingSpot {
  team: string; // current franchise abbreviation
  context: TeamSeason | undefined; // the team's season Y-1
  vacatedShare: number;
  roomLead: number;
}

/** The team a rookie lands on: his drafting team, else (undrafted) the season's roster team. */
export function landingTeam(h: History, playerId: string, season: number): string | null {
  const drafted = h.bios.get(playerId)?.draftTeam;
  if (drafted) return currentFranchise(drafted);
  const roster = h.rosters.get(season)?.get(playerId)?.team;
  return roster ? currentFranchise(roster) : null;
}

/** A team's season context under whichever abbreviation the data used that season. */
export function teamSeason(h: History, team: string, season: number): TeamSeason | undefined {
  for (const abbr of [team, ...(FRANCHISE_FORMER_ABBRS[team] ?? [])]) {
    const t = h.teams.get(`${season}:${abbr}`);
    if (t) return t;
  }
  return undefined;
}

function positionVolume(ps: PlayerSeason): number {
  if (ps.position === 'QB') return ps.stats.pass_att;
  if (ps.position === 'RB') return ps.stats.rush_att + ps.stats.targets;
  return ps.stats.targets;
}

/** The landing spot of a rookie at `position` for `season`, or null when his team is unknown. */
export function landingSpot(h: History, playerId: string, season: number, position: ModelPosition): LandingSpot | null {
  const team = landingTeam(h, playerId, season);
  if (!team) return null;
  let total = 0;
  let vacated = 0;
  let lead = 0;
  const room: { volume: number; staying: boolean }[] = [];
  for (const ps of h.bySeason.get(season - 1)?.values() ?? []) {
    if (ps.position !== position || currentFranchise(ps.team) !== team) continue;
    const volume = positionVolume(ps);
    if (volume <= 0) continue;
    const bio = h.bios.get(ps.playerId);
    const age = bio ? ageIn(bio, season) : null;
    room.push({ volume, staying: age === null || age < VACATING_AGE });
    total += volume;
  }
  for (const r of room) {
    if (!r.staying) vacated += r.volume;
    else lead = Math.max(lead, r.volume);
  }
  return {
    team,
    context: teamSeason(h, team, season - 1),
    // An empty room (a new position group, or no data) leaves everything to take.
    vacatedShare: total > 0 ? vacated / total : 1,
    roomLead: total > 0 ? lead / total : 0,
  };
}

/**
 * A team's abbreviation from its full name as Pro-Football-Reference writes it in a season
 * ("Tennessee Titans", "Washington Redskins"), given the teams table's abbreviation -> name:
 * the exact name, else the one team of the same city (a renamed franchise), else null. Where
 * the table lists one franchise under two abbreviations (LA and LAR), the one the stats use
 * (`inStats`) wins.
 */
export function teamFromName(name: string, teamNames: ReadonlyMap<string, string>, inStats: (abbr: string) => boolean): string | null {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return null;
  const city = `${wanted.split(/\s+/).slice(0, -1).join(' ')} `;
  const pick = (abbrs: Set<string>) => {
    const used = [...abbrs].filter(inStats);
    return abbrs.size === 1 ? [...abbrs][0]! : used.length === 1 ? used[0]! : null;
  };
  const exact = new Set([...teamNames].filter(([, n]) => n.toLowerCase() === wanted).map(([abbr]) => currentFranchise(abbr)));
  if (exact.size > 0) return pick(exact);
  return pick(new Set([...teamNames].filter(([, n]) => n.toLowerCase().startsWith(city)).map(([abbr]) => currentFranchise(abbr))));
}
