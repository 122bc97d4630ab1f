import { describe, expect, it } from 'vitest';
import { standardLeague } from '../league';
import { createRng } from '../random';
import { positionCounts, unfilledStarters } from '../roster';
import type { FantasyPosition } from '../stats';
import { assignPersonalities, botBoard, PERSONALITIES, positionCaps, type Personality } from './bots';
import { draftView, marketPick, runPicks, type TeamStrategy } from './mock';
import { createDraftPool } from './pool';
import { samplePlayers } from './samplePlayers';
import { createDraft, teamPicks, type DraftState } from './state';

const config = standardLeague();
const pool = createDraftPool(samplePlayers(createRng(77), { withoutAdp: 15 }), config);
const position = (id: string) => pool.players[pool.indexOf.get(id)!]!.position;
const mock = (seed: number, strategies: TeamStrategy[] = Array(12).fill('balanced')) => runPicks(createDraft(config), { pool, rng: createRng(seed), strategies });
const rosterOf = (s: DraftState, team: number) => teamPicks(s, team).map((p) => ({ round: p.round, overall: p.overall, pos: position(p.playerId), id: p.playerId }));

describe('bot mock drafts', () => {
  it('fill every roster legally: all starters, within caps, no K or DST before the last two rounds', () => {
    for (let seed = 0; seed < 10; seed++) {
      const s = mock(seed, assignPersonalities(12, createRng(seed)));
      expect(s.picks.every(Boolean)).toBe(true);
      expect(new Set(s.picks.map((p) => p!.playerId)).size).toBe(180);
      for (let team = 0; team < 12; team++) {
        const roster = rosterOf(s, team);
        const counts = positionCounts(roster.map((r) => r.pos));
        expect(unfilledStarters(counts, config.rosterSlots)).toEqual([]);
        positionCaps(config.rosterSlots).forEach((cap, p) => expect(counts[p]).toBeLessThanOrEqual(cap));
        for (const r of roster) if (r.pos === 'K' || r.pos === 'DST') expect(r.round).toBeGreaterThanOrEqual(14);
      }
    }
  });

  it('replay exactly from a seed and differ with another', () => {
    expect(mock(5).picks).toEqual(mock(5).picks);
    expect(mock(5).picks).not.toEqual(mock(6).picks);
  });

  it('keep every bot\'s draws when another team changes strategy (common random numbers)', () => {
    const rng = createRng(9);
    expect(botBoard(pool, rng.fork('board', 3))).toEqual(botBoard(pool, createRng(9).fork('board', 3)));
    const a = mock(9);
    const strategies: TeamStrategy[] = Array(12).fill('balanced');
    strategies[6] = marketPick;
    const b = mock(9, strategies);
    // Identical until team 6 first picks differently; every bot uses the same board in both.
    const firstDiff = a.picks.findIndex((p, i) => p!.playerId !== b.picks[i]!.playerId);
    expect(firstDiff === -1 || a.picks[firstDiff]!.team === 6).toBe(true);
    expect(a.picks.slice(0, 6)).toEqual(b.picks.slice(0, 6));
  });

  it('draft near the market: ADP order with noise, not a copy of it', () => {
    let gap = 0;
    for (let seed = 0; seed < 10; seed++) {
      const s = mock(seed);
      for (const p of s.picks.slice(0, 120)) gap += Math.abs(p!.overall - pool.marketRank[pool.indexOf.get(p!.playerId)!]!);
    }
    const mean = gap / 1200;
    expect(mean).toBeGreaterThan(2);
    expect(mean).toBeLessThan(14);
  });
});

describe('personalities behave as named', () => {
  // Team `team` plays the personality; the others are balanced. Averaged over leagues and seats.
  const stats = (personality: Personality) => {
    let leagues = 0;
    let earlyRb = 0;
    let rbRounds12 = 0;
    let rbRounds16 = 0;
    let firstQbRound = 0;
    let fallers = 0;
    for (let seed = 0; seed < 24; seed++) {
      const team = seed % 12;
      const strategies: TeamStrategy[] = Array(12).fill('balanced');
      strategies[team] = personality;
      const roster = rosterOf(mock(1000 + seed, strategies), team);
      const rbIn = (lo: number, hi: number) => roster.filter((r) => r.pos === 'RB' && r.round >= lo && r.round <= hi).length;
      leagues++;
      earlyRb += rbIn(1, 5);
      rbRounds12 += rbIn(1, 2);
      rbRounds16 += rbIn(1, 6);
      firstQbRound += roster.find((r) => r.pos === ('QB' as FantasyPosition))!.round;
      // Picks of players the market ranks well ahead of the pick (value falling to him).
      fallers += roster.slice(0, 10).reduce((a, r) => a + (r.overall - pool.marketRank[pool.indexOf.get(r.id)!]!), 0) / 10;
    }
    return { earlyRb: earlyRb / leagues, rbRounds12: rbRounds12 / leagues, rbRounds16: rbRounds16 / leagues, firstQbRound: firstQbRound / leagues, fallers: fallers / leagues };
  };
  const balanced = stats('balanced');

  it('zero-RB takes no RB in the first five rounds', () => {
    expect(stats('zero_rb').earlyRb).toBe(0);
    expect(balanced.earlyRb).toBeGreaterThan(1.5);
  });

  it('hero-RB takes one RB early, then waits', () => {
    const hero = stats('hero_rb');
    expect(hero.rbRounds12).toBeGreaterThanOrEqual(0.9);
    expect(hero.rbRounds16).toBeLessThan(balanced.rbRounds16 - 0.5);
    expect(hero.rbRounds16).toBeLessThan(1.7);
  });

  it('early-QB takes his QB rounds earlier', () => {
    expect(stats('early_qb').firstQbRound).toBeLessThan(balanced.firstQbRound - 2);
  });

  it('value takes the players who fall past their ADP more than balanced does', () => {
    expect(stats('value').fallers).toBeGreaterThan(balanced.fallers);
  });

  it('every personality is covered and assignment is mostly balanced', () => {
    const mix = assignPersonalities(12, createRng(1));
    expect(mix.filter((p) => p === 'balanced')).toHaveLength(8);
    expect(new Set(mix)).toEqual(new Set(PERSONALITIES));
  });
});

describe('market pick (ADP drafter, autopick)', () => {
  it('takes the best market rank that fits the roster', () => {
    let s = createDraft(config);
    const view = () => ({ ...draftView(s, pool), slot: s.slots[s.picks.findIndex((p) => p === null)]! });
    expect(marketPick(view())).toBe(pool.players[0]!.id);
    // Team 0 already has a QB and TE: the market's next QB or TE is not "fitting" over a starter.
    s = runPicks(s, { pool, rng: createRng(1), strategies: Array(12).fill(marketPick), stopAt: (slot) => slot.round === 14 });
    const kd = rosterOf(runPicks(s, { pool, rng: createRng(1), strategies: Array(12).fill(marketPick) }), 0).filter((r) => r.round >= 14);
    expect(kd.map((r) => r.pos).sort()).toEqual(['DST', 'K']);
  });
});
