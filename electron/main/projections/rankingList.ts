// Rankings as a list: the computed default, merging a saved list with today's pool, and
// the edits (move, tier break, do-not-draft). Pure functions over arrays; the handler
// loads and saves.
import { naturalBreaks } from '../../../shared/domain/values';
import type { PoolRow } from '../../../shared/ipc/types';
import type { SavedRank } from '../db/repos/rankings';

export interface ListEntry {
  playerId: number;
  tier: number;
  doNotDraft: boolean;
}

/** Players the default tiers are computed for; the rest share the tier after the last. */
export const TIERED = 240;
const MAX_TIERS = 20;
const FIT = 0.97;

/**
 * Default tiers of a list sorted best first: Jenks natural breaks of value over replacement
 * (projected points made comparable across positions), the fewest tiers that explain 97% of
 * the variance of the top 240.
 */
export function defaultTiers(valuesDesc: readonly number[]): number[] {
  const top = valuesDesc.slice(0, TIERED);
  if (top.length === 0) return [];
  const mean = top.reduce((a, b) => a + b, 0) / top.length;
  const total = top.reduce((a, v) => a + (v - mean) ** 2, 0);
  let tiers = top.map(() => 0);
  if (total > 0) {
    for (let k = 2; k <= Math.min(MAX_TIERS, top.length); k++) {
      tiers = naturalBreaks(top, k);
      if (1 - withinError(top, tiers) / total >= FIT) break;
    }
  }
  const last = (tiers.at(-1) ?? 0) + 1;
  return valuesDesc.map((_, i) => (i < tiers.length ? tiers[i]! : last) + 1);
}

function withinError(values: readonly number[], tiers: readonly number[]): number {
  const groups = new Map<number, number[]>();
  values.forEach((v, i) => groups.set(tiers[i]!, [...(groups.get(tiers[i]!) ?? []), v]));
  let err = 0;
  for (const g of groups.values()) {
    const m = g.reduce((a, b) => a + b, 0) / g.length;
    err += g.reduce((a, v) => a + (v - m) ** 2, 0);
  }
  return err;
}

/** The default list: the pool by value over replacement, tiers clustered. */
export function defaultList(pool: readonly PoolRow[]): ListEntry[] {
  const sorted = [...pool].sort((a, b) => a.overallRank - b.overallRank);
  const tiers = defaultTiers(sorted.map((r) => r.vor));
  return sorted.map((r, i) => ({ playerId: r.id, tier: tiers[i]!, doNotDraft: false }));
}

/**
 * A saved list against today's pool: players no longer in the pool drop out, new pool
 * players join at the end (by value, in a tier after the last), missing tiers follow
 * the row above.
 */
export function mergeSaved(saved: readonly SavedRank[], pool: readonly PoolRow[]): ListEntry[] {
  const inPool = new Set(pool.map((r) => r.id));
  const out: ListEntry[] = [];
  const listed = new Set<number>();
  for (const s of saved) {
    if (!inPool.has(s.playerId) || listed.has(s.playerId)) continue;
    listed.add(s.playerId);
    out.push({ playerId: s.playerId, tier: s.tier ?? out.at(-1)?.tier ?? 1, doNotDraft: s.doNotDraft });
  }
  const lastTier = (out.at(-1)?.tier ?? 0) + 1;
  for (const r of [...pool].sort((a, b) => a.overallRank - b.overallRank)) {
    if (!listed.has(r.id)) out.push({ playerId: r.id, tier: lastTier, doNotDraft: false });
  }
  return normaliseTiers(out);
}

/** Tiers never go down the list and are numbered 1, 2, 3... without gaps. */
export function normaliseTiers(list: ListEntry[]): ListEntry[] {
  let prevRaw = -Infinity;
  let current = 0;
  return list.map((e) => {
    const raw = Math.max(e.tier, prevRaw);
    if (raw !== prevRaw) current++;
    prevRaw = raw;
    return { ...e, tier: current };
  });
}

/** Moves a player to a 1-based rank; it joins the tier of the row it lands below. */
export function movePlayer(list: readonly ListEntry[], playerId: number, toRank: number): ListEntry[] | null {
  const from = list.findIndex((e) => e.playerId === playerId);
  if (from < 0) return null;
  const next = list.filter((e) => e.playerId !== playerId);
  const at = Math.max(0, Math.min(next.length, toRank - 1));
  const above = next[at - 1];
  const below = next[at];
  next.splice(at, 0, { ...list[from]!, tier: above?.tier ?? below?.tier ?? 1 });
  return normaliseTiers(next);
}

/** Starts (on) or removes (off) a tier break just above a player's row. */
export function setTierBreak(list: readonly ListEntry[], playerId: number, on: boolean): ListEntry[] | null {
  const at = list.findIndex((e) => e.playerId === playerId);
  if (at < 0) return null;
  if (at === 0) return [...list]; // the first row always starts tier 1
  const isBreak = list[at]!.tier > list[at - 1]!.tier;
  if (isBreak === on) return [...list];
  const shift = on ? 1 : -1;
  return normaliseTiers(list.map((e, i) => (i >= at ? { ...e, tier: e.tier + shift } : e)));
}

export function setDoNotDraft(list: readonly ListEntry[], playerId: number, on: boolean): ListEntry[] | null {
  if (!list.some((e) => e.playerId === playerId)) return null;
  return list.map((e) => (e.playerId === playerId ? { ...e, doNotDraft: on } : e));
}
