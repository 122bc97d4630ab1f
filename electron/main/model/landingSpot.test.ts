// Real data: where rookies land (the drafting team, from the rosters' draft_club or the
// combine table's "Drafted" column), the volume vacated there, and the draft prior; the other
// side of the same drafts (the competition a veteran's team drafted at his position), and
// draftees who have not played yet projected as rookies (Travis Etienne 2022).
import { describe, it, expect, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import type { History } from './history';
import { ageIn } from './history';
import { loadHistoryFromFolder } from './historyDb';
import { buildFeatures, featureContext, FEATURE_NAMES, STAT_SCALE, yetToPlay } from './features';
import { landingSpot, landingTeam, teamFromName, VACATING_AGE } from './landingSpot';
import { draftPrior, draftValue } from './draftPrior';
import { incomingRookie } from './incomingRookie';
import { buildTrainingSet } from './dataset';

const DATA = resolve(process.env.GRIDSCOUT_DATA ?? '../shared/data');
let h: History;

beforeAll(async () => {
  h = await loadHistoryFromFolder(DATA);
}, 180_000);

function playerId(name: string, rookieSeason: number): string {
  const ids = [...h.bios.values()].filter((b) => b.name === name && b.rookieSeason === rookieSeason).map((b) => b.playerId);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

const feature = (x: Float32Array, name: string) => x[FEATURE_NAMES.indexOf(name)]!;

describe('landing team', () => {
  it("is the drafting team under its current abbreviation: rosters' draft_club (OAK) and the combine table's names", () => {
    expect(landingTeam(h, playerId('Josh Jacobs', 2019), 2019)).toBe('LV'); // drafted by Oakland
    expect(landingTeam(h, playerId('Adrian Peterson', 2007), 2007)).toBe('MIN'); // combine table only
    expect(landingTeam(h, playerId('LaDainian Tomlinson', 2001), 2001)).toBe('LAC'); // San Diego Chargers
    expect(landingTeam(h, playerId('Tavon Austin', 2013), 2013)).toBe('LA'); // St. Louis Rams
  });

  it('reads team names as Pro-Football-Reference wrote them in their season', () => {
    const inStats = (abbr: string) => abbr !== 'LAR';
    expect(teamFromName('Washington Redskins', h.teamNames, inStats)).toBe('WAS'); // renamed: the one team of that city
    expect(teamFromName('Los Angeles Rams', h.teamNames, inStats)).toBe('LA');
    expect(teamFromName('Oakland Raiders', h.teamNames, inStats)).toBe('LV');
    expect(teamFromName('New York Knicks', h.teamNames, inStats)).toBeNull(); // two teams in that city, neither named so
    expect(teamFromName('', h.teamNames, inStats)).toBeNull();
  });

  it("is unknown for an undrafted rookie in a season without a roster, the roster's team where there is one", () => {
    const undrafted = [...h.bySeason.get(2019)!.values()].find((ps) => ps.position !== 'K' && h.bios.get(ps.playerId)?.rookieSeason === 2019 && h.bios.get(ps.playerId)?.draft.kind === 'undrafted');
    expect(undrafted).toBeDefined();
    expect(landingTeam(h, undrafted!.playerId, 2019)).toBeNull();
    const [season, roster] = [...h.rosters][0]!;
    const rookie = [...roster].find(([id]) => h.bios.get(id)?.draftTeam === null && h.bios.get(id)?.rookieSeason === season);
    expect(rookie).toBeDefined();
    expect(landingTeam(h, rookie![0], season)).toBe(rookie![1].team);
  });
});

describe('landing spot', () => {
  it("takes the landing team's season before: its context and the room's volume held by players at the vacating age", () => {
    const id = playerId('Josh Jacobs', 2019);
    const spot = landingSpot(h, id, 2019, 'RB')!;
    expect(spot.context).toBe(h.teams.get('2018:LV'));
    // By hand: Raiders RBs of 2018, carries + targets, the share of those VACATING_AGE or older.
    let total = 0;
    let old = 0;
    for (const ps of h.bySeason.get(2018)!.values()) {
      if (ps.position !== 'RB' || ps.team !== 'LV') continue;
      const age = ageIn(h.bios.get(ps.playerId)!, 2019);
      total += ps.stats.rush_att + ps.stats.targets;
      if (age !== null && age >= VACATING_AGE) old += ps.stats.rush_att + ps.stats.targets;
    }
    expect(old).toBeGreaterThan(0); // Marshawn Lynch, Doug Martin
    expect(spot.vacatedShare).toBeCloseTo(old / total, 6);
    expect(spot.roomLead).toBeGreaterThan(0);
    expect(spot.roomLead).toBeLessThanOrEqual(1 - spot.vacatedShare);
    const x = buildFeatures(h, id, 2019, 'RB', featureContext(h, 2019));
    expect(feature(x, 'landing_known')).toBe(1);
    expect(feature(x, 'vacated_share')).toBeCloseTo(spot.vacatedShare, 6);
    expect(feature(x, 'team_pass_1')).toBeCloseTo(spot.context!.passAttPerGame / 35, 5);
  });

  it('is no feature of a veteran: his team context stays his own last team', () => {
    const id = playerId('Josh Jacobs', 2019);
    const x = buildFeatures(h, id, 2020, 'RB', featureContext(h, 2020));
    expect(feature(x, 'landing_known')).toBe(0);
    expect(feature(x, 'draft_prior')).toBe(0);
    expect(feature(x, 'team_pass_1')).toBeCloseTo(h.teams.get('2019:LV')!.passAttPerGame / 35, 5);
  });
});

describe('draft prior', () => {
  it('rises with draft capital, from earlier rookies only', () => {
    const early = draftPrior(h, 2023, 'RB', { kind: 'drafted', pick: 8 }).points;
    const day3 = draftPrior(h, 2023, 'RB', { kind: 'drafted', pick: 180 }).points;
    const undrafted = draftPrior(h, 2023, 'RB', { kind: 'undrafted' }).points;
    expect(early).toBeGreaterThan(2 * day3);
    expect(day3).toBeGreaterThan(0);
    expect(undrafted).toBeLessThan(early);
    // The feature is the prior (model.test.ts checks it reads no season from the target on).
    const bijan = playerId('Bijan Robinson', 2023);
    const x = buildFeatures(h, bijan, 2023, 'RB', featureContext(h, 2023));
    expect(feature(x, 'draft_prior')).toBeCloseTo(draftPrior(h, 2023, 'RB', h.bios.get(bijan)!.draft).points, 6);
    expect(draftPrior(h, 2024, 'RB', { kind: 'drafted', pick: 8 }).points).not.toBe(early); // 2023's class moves the 2024 prior
  });

  it("gives a rookie his position's per-game line as his rate features: an RB runs and catches, and does not pass", () => {
    const bijan = playerId('Bijan Robinson', 2023);
    const line = draftPrior(h, 2023, 'RB', h.bios.get(bijan)!.draft).perGame;
    expect(line.rush_att).toBeGreaterThan(8);
    expect(line.targets).toBeGreaterThan(1.5);
    expect(line.pass_att).toBeLessThan(0.1);
    const x = buildFeatures(h, bijan, 2023, 'RB', featureContext(h, 2023));
    expect(feature(x, 'last_rush_att')).toBeCloseTo(line.rush_att / STAT_SCALE.rush_att, 5);
    expect(feature(x, 'w3_targets')).toBeCloseTo(line.targets / STAT_SCALE.targets, 5);
    const qb = draftPrior(h, 2023, 'QB', { kind: 'drafted', pick: 2 }).perGame;
    expect(qb.pass_att).toBeGreaterThan(15);
  });
});

describe('incoming rookie', () => {
  it("is the draft value of the best rookie his team took at his position that spring (Atlanta's Bijan Robinson, 2023)", () => {
    const allgeier = playerId('Tyler Allgeier', 2022);
    const bijan = h.bios.get(playerId('Bijan Robinson', 2023))!;
    expect(bijan.draft).toEqual({ kind: 'drafted', pick: 8 });
    expect(incomingRookie(h, allgeier, 'ATL', 2023, 'RB')).toBeCloseTo(draftValue(bijan.draft), 6);
    const x = buildFeatures(h, allgeier, 2023, 'RB', featureContext(h, 2023));
    expect(feature(x, 'incoming_rookie')).toBeCloseTo(draftValue(bijan.draft), 6);
    // Not the season before (nobody arrived at RB in the first round), not another position.
    expect(incomingRookie(h, allgeier, 'ATL', 2023, 'WR')).toBeLessThan(0.3);
  });

  it('reads a renamed franchise under its current abbreviation and never counts the rookie himself', () => {
    // Oakland drafted Josh Jacobs 24th in 2019: the Raiders' 2018 backs read it under LV and OAK.
    const jacobs = playerId('Josh Jacobs', 2019);
    const value = draftValue({ kind: 'drafted', pick: 24 });
    expect(incomingRookie(h, 'someone-else', 'OAK', 2019, 'RB')).toBeCloseTo(value, 6);
    expect(incomingRookie(h, 'someone-else', 'LV', 2019, 'RB')).toBeCloseTo(value, 6);
    expect(incomingRookie(h, jacobs, 'LV', 2019, 'RB')).toBeLessThan(value);
    expect(incomingRookie(h, 'someone-else', null, 2019, 'RB')).toBe(0);
  });
});

describe('a draftee who has not played yet', () => {
  it('is projected from the rookie prior (Travis Etienne 2022: first-round pick, first season lost)', () => {
    const etienne = playerId('Travis Etienne', 2021);
    expect(h.byPlayer.get(etienne)?.some((ps) => ps.season === 2021 && ps.games > 0) ?? false).toBe(false);
    expect(yetToPlay(h, etienne, 2022)).toBe(true);
    expect(yetToPlay(h, etienne, 2023)).toBe(false);
    const x = buildFeatures(h, etienne, 2022, 'RB', featureContext(h, 2022));
    expect(feature(x, 'rookie')).toBe(1);
    expect(feature(x, 'draft_prior')).toBeGreaterThan(0.5); // a late first-round RB's rookie season, in 250s
    expect(feature(x, 'last_rush_att')).toBeGreaterThan(0.5); // an RB's line from the draft prior, not zeros
    expect(feature(x, 'landing_known')).toBe(1);
  });

  it('enters training in the season he first plays, next to the first-year rookies', () => {
    const etienne = playerId('Travis Etienne', 2021);
    const set = buildTrainingSet(h, 2023, 2022, 30);
    const row = set.examples.find((e) => e.playerId === etienne && e.season === 2022);
    expect(row).toBeDefined();
    expect(feature(row!.x, 'rookie')).toBe(1);
  });
});
