// The simulated league on a synthetic pool (no data needed): lineup scoring, seeded
// determinism, and the paired runs' shared bot draws.
import { describe, expect, it } from 'vitest';
import { marketPick, type DraftView } from '../../../shared/domain/draft/mock';
import { createDraftPool } from '../../../shared/domain/draft/pool';
import { samplePlayers } from '../../../shared/domain/draft/samplePlayers';
import { standardLeague } from '../../../shared/domain/league';
import { createRng } from '../../../shared/domain/random';
import { draftLeague, rosterPointsPerWeek, runLeague, type LeagueSetup } from './league';

const config = standardLeague();
const players = samplePlayers(createRng(7), { withoutAdp: 10 });
const pool = createDraftPool(players, config);
// "Actual" points: the projection bent by a seeded factor, so actual != projected.
const noise = createRng(99);
const actual = new Map(players.map((p) => [p.id, Math.round(p.projection * (0.4 + 1.2 * noise.next()))]));
const setup: LeagueSetup = { config, pool, actual, recommend: { draws: 60, scenarios: 8, limit: 12 } };

/** The slot takes the k-th from last available player: far below anything a bot looks at. */
const tailPicker = (k: number) => (view: DraftView) => {
  const left = pool.players.filter((_, i) => view.ctx.available[i] === 1);
  return left[left.length - 1 - k]!.id;
};

describe('best-lineup scoring on actual points', () => {
  it('starts QB, 2 RB, 2 WR, TE and the best remaining RB/WR/TE; K and DST do not count; divides by 17', () => {
    const pts = new Map<string, number>([
      ['qb1', 340], ['qb2', 400], // the better QB starts, the other sits
      ['rb1', 200], ['rb2', 150], ['rb3', 100],
      ['wr1', 250], ['wr2', 180], ['wr3', 120],
      ['te1', 170], ['te2', 130], // te2 beats rb3/wr3 for FLEX
      ['k1', 500], ['dst1', 500],
    ]);
    const ids = [...pts.keys()];
    const expected = (400 + 200 + 150 + 250 + 180 + 170 + 130) / 17;
    expect(rosterPointsPerWeek(ids, pts, pool)).toBeCloseTo(expected, 9);
    // A player without actual points (did not play) scores 0; an empty roster scores 0.
    expect(rosterPointsPerWeek(['qb1'], new Map(), pool)).toBe(0);
    expect(rosterPointsPerWeek([], pts, pool)).toBe(0);
  });
});

describe('simulated league', () => {
  it('is deterministic for a seed and differs for another', () => {
    const a = runLeague(setup, 3, createRng(1).fork('league', 0));
    const b = runLeague(setup, 3, createRng(1).fork('league', 0));
    const c = runLeague(setup, 3, createRng(1).fork('league', 1));
    expect(b.recommenderState.picks).toEqual(a.recommenderState.picks);
    expect(b.adpState.picks).toEqual(a.adpState.picks);
    expect(b.recommenderRun).toEqual(a.recommenderRun);
    expect(c.recommenderState.picks.map((p) => p!.playerId)).not.toEqual(a.recommenderState.picks.map((p) => p!.playerId));
  });

  it('gives both runs the same bot draws: identical picks until the slot chooses differently', () => {
    for (let league = 0; league < 4; league++) {
      const slot = (league * 5) % 12;
      const r = runLeague(setup, slot, createRng(5).fork('league', league));
      const rec = r.recommenderState.picks.map((p) => p!.playerId);
      const adp = r.adpState.picks.map((p) => p!.playerId);
      const firstDiff = rec.findIndex((id, i) => id !== adp[i]);
      expect(firstDiff).toBeGreaterThanOrEqual(0); // the recommender is not the ADP drafter
      expect(r.recommenderState.picks[firstDiff]!.team).toBe(slot); // divergence starts at the slot
      expect(rec.slice(0, firstDiff)).toEqual(adp.slice(0, firstDiff));
    }
  });

  it('keys bot noise by league and team: a slot that takes players no bot wants changes no bot pick', () => {
    const rng = () => createRng(11).fork('league', 2);
    const a = draftLeague(setup, 4, rng(), tailPicker(0));
    const b = draftLeague(setup, 4, rng(), tailPicker(1));
    const bots = (s: typeof a) => s.picks.filter((p) => p!.team !== 4).map((p) => p!.playerId);
    expect(a.picks.filter((p) => p!.team === 4)).not.toEqual(b.picks.filter((p) => p!.team === 4));
    expect(bots(b)).toEqual(bots(a));
    // ...and a slot that drafts by ADP does change them (the check can fail).
    const c = draftLeague(setup, 4, rng(), marketPick);
    expect(bots(c)).not.toEqual(bots(a));
  });
});
