// Auction advice for my team: the best values my roster can still use, what each is worth to
// me (his league dollar value if he would start for me, a share of it as depth) and the most
// I may bid on him, with the reasons in words.
import type { DraftAdviceItem } from '../../ipc/types';
import { round1 } from '../format';
import { draftRounds, type LeagueConfig } from '../league';
import { checkPick, lineupGain, positionCounts } from '../roster';
import { maxBid, type AuctionState } from './auction';
import { pickRules } from './bots';
import type { DraftPlayer, DraftPool } from './pool';

/** What a bench player is worth to a team, as a share of his league dollar value. */
export const DEPTH_SHARE = 0.35;

export interface AuctionAdviceInput {
  state: AuctionState;
  pool: DraftPool;
  /** League dollar values by pool index (auctionValues). */
  dollars: Float64Array;
  tiers: ReadonlyMap<string, number>;
  config: LeagueConfig;
  /** The players I have bought so far. */
  mine: readonly DraftPlayer[];
  limit: number;
}

export function auctionAdvice({ state, pool, dollars, tiers, config: c, mine, limit }: AuctionAdviceInput): DraftAdviceItem[] {
  const counts = positionCounts(mine.map((p) => p.position));
  const rules = pickRules(counts, mine.length + 1, draftRounds(c), c.rosterSlots);
  const cap = maxBid(state, c.myTeam);
  const order = [...dollars.keys()].filter((i) => !state.taken.has(pool.players[i]!.id) && rules.allowed[pool.pos[i]!]).sort((a, b) => dollars[b]! - dollars[a]! || a - b);
  // A player who would start for me is worth his league value; depth is worth a fraction of it.
  const scored = order.slice(0, limit * 3).map((i) => {
    const p = pool.players[i]!;
    const gain = lineupGain(mine, p, c.rosterSlots);
    const worth = Math.round(dollars[i]!);
    const toMe = gain > 0 ? worth : Math.round(worth * DEPTH_SHARE);
    return { i, p, gain, worth, toMe };
  });
  scored.sort((a, b) => Number(b.gain > 0) - Number(a.gain > 0) || b.toMe - a.toMe || a.i - b.i);
  return scored.slice(0, limit).map(({ i, p, gain, worth, toMe }) => {
    const check = checkPick(mine, p, c.rosterSlots);
    const vor = pool.vor[i]!;
    const reasons = [
      `Worth $${worth} in this league (value over replacement ${vor >= 0 ? '+' : ''}${round1(vor)})`,
      gain > 0 ? `Adds ${round1(gain)} pts to your starting lineup` : `Depth: would not start for you now, so worth about $${toMe} to you`,
      `You can bid up to $${cap}${toMe > cap ? ' (less than he is worth to you)' : ''}`,
    ];
    return {
      playerId: p.id,
      name: p.name,
      position: p.position,
      rankKey: -toMe,
      vor: round1(vor),
      lineupGain: round1(gain),
      startsNow: gain > 0,
      tier: tiers.get(p.id) ?? 99,
      tierLeft: 0,
      tierDrop: 0,
      availability: null,
      nextPick: null,
      byeClashes: [],
      adp: p.adp,
      valueRank: pool.valueRank[i]!,
      dollars: Math.max(c.minBid, Math.min(toMe, cap)),
      warnings: check.legal ? check.warnings : [check.reason!, ...check.warnings],
      reasons,
    };
  });
}
