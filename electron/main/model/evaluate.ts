// The backtest's evaluation set, baselines and metrics. The set never depends on
// the model: Y's preferred ADP export (top 200 QB/RB/WR/TE) joined by normalised name +
// position, or without ADP the top 200 by the weighted_3yr baseline.
import type { ModelPosition } from '../../../shared/domain/projection';
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { History } from './history';
import { loadSeasonAdp } from './adp';
import { canonicalName } from '../../../shared/domain/names';
import { positionMeans, seasonPoints, veteranCandidatesFor, weighted3yr } from './baselines';

export interface EvalPlayer {
  key: string; // playerId, or `adp:<name>` when the ADP name matches no player
  playerId: string | null;
  name: string;
  position: ModelPosition;
  adpRank: number | null;
}

export interface EvalSet {
  kind: 'adp_top200' | 'baseline_top200';
  players: EvalPlayer[];
  /** ADP's top POSITION_SETS at each position (some beyond the top 200); empty without ADP. */
  byPosition: EvalPlayer[];
  unmatched: string[];
}

/** How deep the within-position comparison goes: two starters' worth in a 12-team league (WR: 5 per team). */
export const POSITION_SETS: Record<'QB' | 'RB' | 'WR' | 'TE', number> = { QB: 24, RB: 48, WR: 60, TE: 24 };
const TOP = 200;

export interface Metrics {
  mae: number;
  rmse: number;
  r2: number;
  spearman: number;
}

const SKILL = new Set(['QB', 'RB', 'WR', 'TE']);

export function loadAdp(dataDir: string | null, season: number): { rank: number; name: string; pos: ModelPosition }[] | null {
  // The app has no ADP exports (eval-only data is never shipped): dataDir null. All of the
  // season's rows in ADP order: the top 200 and each position's set are taken from them.
  const rows = loadSeasonAdp(dataDir, season)?.filter((r) => SKILL.has(r.pos));
  if (!rows?.length) return null;
  return rows.map((r) => ({ rank: r.adp, name: r.name, pos: r.pos as ModelPosition }));
}

/** Name index over players active in the three seasons before Y, Y itself, or Y's roster. */
function nameIndex(h: History, season: number): Map<string, string[]> {
  const idx = new Map<string, string[]>();
  const active = new Set<string>();
  for (let s = season - 3; s <= season; s++) for (const id of h.bySeason.get(s)?.keys() ?? []) active.add(id);
  for (const id of h.rosters.get(season)?.keys() ?? []) active.add(id);
  for (const id of active) {
    const bio = h.bios.get(id);
    if (!bio) continue;
    const positions = new Set<string>([bio.position]);
    for (const ps of h.byPlayer.get(id) ?? []) if (ps.season >= season - 3 && ps.season <= season) positions.add(ps.position);
    for (const pos of positions) {
      const k = `${canonicalName(bio.name)}|${pos}`;
      idx.set(k, [...(idx.get(k) ?? []), id]);
    }
  }
  return idx;
}

export function buildEvalSet(h: History, dataDir: string | null, season: number): EvalSet {
  const adp = loadAdp(dataDir, season);
  if (adp) {
    const idx = nameIndex(h, season);
    const used = new Set<string>();
    // The top 200 plus whoever reaches a position's set further down, matched in ADP order.
    const seen: Record<string, number> = {};
    const wanted = adp.map((a, i) => {
      seen[a.pos] = (seen[a.pos] ?? 0) + 1;
      return { a, top: i < TOP, positional: a.pos !== 'K' && seen[a.pos]! <= POSITION_SETS[a.pos as keyof typeof POSITION_SETS] };
    }).filter((w) => w.top || w.positional);
    const matched = wanted.map(({ a }): EvalPlayer => {
      // Same name and position; else the same name at any position if only one player has it
      // (position labels differ between the ADP export and the stat files, e.g. Ty Montgomery).
      const name = canonicalName(a.name);
      let ids = (idx.get(`${name}|${a.pos}`) ?? []).filter((id) => !used.has(id));
      if (ids.length === 0) {
        const any = new Set(['QB', 'RB', 'WR', 'TE'].flatMap((pos) => idx.get(`${name}|${pos}`) ?? []));
        if (any.size === 1) ids = [...any].filter((id) => !used.has(id));
      }
      // Several players share the name: the one with the most games in the last two seasons.
      const gamesRecent = (id: string) => (h.bySeason.get(season - 1)?.get(id)?.games ?? 0) + (h.bySeason.get(season - 2)?.get(id)?.games ?? 0);
      const id = ids.sort((x, y) => gamesRecent(y) - gamesRecent(x) || x.localeCompare(y))[0] ?? null;
      if (id) used.add(id);
      return { key: id ?? `adp:${a.name}|${a.pos}`, playerId: id, name: a.name, position: a.pos, adpRank: a.rank };
    });
    const players = matched.filter((_, i) => wanted[i]!.top);
    return {
      kind: 'adp_top200',
      players,
      byPosition: matched.filter((_, i) => wanted[i]!.positional),
      unmatched: players.filter((p) => p.playerId === null).map((p) => `${p.name} ${p.position}`),
    };
  }
  const means = positionMeans(h, season - 1);
  const ranked = veteranCandidatesFor(h, season)
    .map((id) => ({ id, pos: h.bios.get(id)!.position, pts: weighted3yr(h, id, season, h.bios.get(id)!.position, means).points }))
    .filter((p) => SKILL.has(p.pos))
    .sort((a, b) => b.pts - a.pts || a.id.localeCompare(b.id))
    .slice(0, 200);
  return {
    kind: 'baseline_top200',
    players: ranked.map((p) => ({ key: p.id, playerId: p.id, name: h.bios.get(p.id)!.name, position: p.pos, adpRank: null })),
    byPosition: [],
    unmatched: [],
  };
}

/** Regular-season points of Y under the scoring; 0 for a player who did not play. */
export function actualPoints(h: History, p: EvalPlayer, season: number, rules: ScoringRules): number {
  const ps = p.playerId ? h.bySeason.get(season)?.get(p.playerId) : undefined;
  return ps ? seasonPoints(ps, rules) : 0;
}

export function lastSeasonBaseline(h: History, p: EvalPlayer, season: number, rules: ScoringRules): number {
  const ps = p.playerId ? h.bySeason.get(season - 1)?.get(p.playerId) : undefined;
  return ps ? seasonPoints(ps, rules) : 0;
}

export function metrics(pred: number[], actual: number[]): Metrics {
  const n = pred.length;
  let ae = 0;
  let se = 0;
  for (let i = 0; i < n; i++) {
    ae += Math.abs(pred[i]! - actual[i]!);
    se += (pred[i]! - actual[i]!) ** 2;
  }
  const mean = actual.reduce((a, b) => a + b, 0) / n;
  const ss = actual.reduce((a, b) => a + (b - mean) ** 2, 0);
  return { mae: ae / n, rmse: Math.sqrt(se / n), r2: ss > 0 ? 1 - se / ss : 0, spearman: spearman(pred, actual) };
}

/** Average ranks (ties share their mean rank). */
export function ranks(xs: number[]): number[] {
  const order = xs.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

export function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const ma = ra.reduce((s, v) => s + v, 0) / n;
  const mb = rb.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return da > 0 && db > 0 ? num / Math.sqrt(da * db) : 0;
}

export const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
