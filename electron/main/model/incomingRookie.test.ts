// Real data: the spring's drafted competition at a veteran's position, and players who have not
// played yet projected as rookies (Travis Etienne 2022, a first-round pick whose first season
// was lost).
import { describe, it, expect, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import type { History } from './history';
import { loadHistoryFromFolder } from './historyDb';
import { buildFeatures, featureContext, FEATURE_NAMES, yetToPlay } from './features';
import { incomingRookie } from './incomingRookie';
import { draftValue } from './draftPrior';
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
