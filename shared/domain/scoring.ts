// Fantasy scoring: presets (standard, half-PPR, PPR) and fully custom rulesets.
//
// A score is always computed per game: season points are the sum of game scores, so
// per-game yardage bonuses and the team-defence points-allowed brackets are applied
// game by game, never to season totals. `scoreTotals` exists only for lines that have
// no game breakdown (e.g. a Sleeper season file) and applies the linear part alone.
//
// The presets reproduce nflverse's fantasy_points / fantasy_points_ppr exactly:
//   pass yd/25 + 4 pass TD - 2 INT + rush yd/10 + 6 rush TD + rec yd/10 + 6 rec TD
//   + 2 per 2-pt conversion (pass, rush, rec) - 2 per fumble lost (sack, rush, rec)
//   + 6 per special-teams TD (+ 1 or 0.5 per reception).
import { z } from 'zod';
import { STAT_KEYS, type FantasyPosition, type StatKey, type StatLine } from './stats';

const pts = z.number().finite().min(-100).max(100);
/** Yards needed for one point (25 = 0.04 a yard); 0 turns yardage scoring off. */
const ydPerPoint = z.number().finite().min(0).max(1000);

export const scoringRulesSchema = z
  .object({
    name: z.string().min(1).max(80),
    passing: z
      .object({
        ydPerPoint,
        td: pts,
        int: pts,
        twoPt: pts,
        cmp: pts.default(0),
        att: pts.default(0),
        /** Per incompletion (attempts - completions). */
        inc: pts.default(0),
        /** Per sack taken. */
        sacked: pts.default(0),
      })
      .strict(),
    rushing: z.object({ ydPerPoint, td: pts, twoPt: pts, att: pts.default(0) }).strict(),
    receiving: z
      .object({
        rec: pts,
        ydPerPoint,
        td: pts,
        twoPt: pts,
        target: pts.default(0),
        /** Extra points per reception for tight ends (TE premium). */
        tePremium: pts.default(0),
      })
      .strict(),
    misc: z.object({ fumbleLost: pts, returnTd: pts }).strict(),
    kicking: z
      .object({
        fg0_19: pts,
        fg20_29: pts,
        fg30_39: pts,
        fg40_49: pts,
        fg50_59: pts,
        fg60: pts,
        fgMissed: pts,
        patMade: pts,
        patMissed: pts,
      })
      .strict(),
    defense: z
      .object({
        sack: pts,
        int: pts,
        fumbleRecovery: pts,
        td: pts,
        safety: pts,
        blockedKick: pts,
        /**
         * Points-allowed brackets, ascending by `upTo` (inclusive); the last has
         * upTo null (anything above). A game takes the first bracket it fits.
         */
        pointsAllowed: z
          .array(z.object({ upTo: z.number().int().min(0).max(200).nullable(), points: pts }).strict())
          .min(1)
          .max(20),
      })
      .strict(),
    /** Per-game bonuses: `points` once when a game's `stat` reaches `atLeast`. */
    bonuses: z
      .array(
        z
          .object({
            stat: z.enum(STAT_KEYS),
            atLeast: z.number().finite().min(0).max(10000),
            points: pts,
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict()
  .superRefine((rules, ctx) => {
    const brackets = rules.defense.pointsAllowed;
    brackets.forEach((b, i) => {
      const last = i === brackets.length - 1;
      if (last !== (b.upTo === null)) {
        ctx.addIssue({ code: 'custom', path: ['defense', 'pointsAllowed', i, 'upTo'], message: 'only the last bracket is open-ended (upTo null)' });
      }
      const prev = brackets[i - 1];
      if (prev && prev.upTo !== null && b.upTo !== null && b.upTo <= prev.upTo) {
        ctx.addIssue({ code: 'custom', path: ['defense', 'pointsAllowed', i, 'upTo'], message: 'brackets must ascend' });
      }
    });
  });

export type ScoringRules = z.output<typeof scoringRulesSchema>;
export type ScoringPresetName = 'standard' | 'half' | 'ppr';

function preset(name: string, rec: number): ScoringRules {
  return {
    name,
    passing: { ydPerPoint: 25, td: 4, int: -2, twoPt: 2, cmp: 0, att: 0, inc: 0, sacked: 0 },
    rushing: { ydPerPoint: 10, td: 6, twoPt: 2, att: 0 },
    receiving: { rec, ydPerPoint: 10, td: 6, twoPt: 2, target: 0, tePremium: 0 },
    misc: { fumbleLost: -2, returnTd: 6 },
    // Sleeper's defaults for kickers and team defence.
    kicking: { fg0_19: 3, fg20_29: 3, fg30_39: 3, fg40_49: 4, fg50_59: 5, fg60: 5, fgMissed: -1, patMade: 1, patMissed: -1 },
    defense: {
      sack: 1,
      int: 2,
      fumbleRecovery: 2,
      td: 6,
      safety: 2,
      blockedKick: 2,
      pointsAllowed: [
        { upTo: 0, points: 10 },
        { upTo: 6, points: 7 },
        { upTo: 13, points: 4 },
        { upTo: 20, points: 1 },
        { upTo: 27, points: 0 },
        { upTo: 34, points: -1 },
        { upTo: null, points: -4 },
      ],
    },
    bonuses: [],
  };
}

export const SCORING_PRESETS: Readonly<Record<ScoringPresetName, ScoringRules>> = {
  standard: preset('Standard', 0),
  half: preset('Half PPR', 0.5),
  ppr: preset('PPR', 1),
};

export function scoringPreset(name: ScoringPresetName): ScoringRules {
  return structuredClone(SCORING_PRESETS[name]);
}

const perYard = (yd: number) => (yd > 0 ? 1 / yd : 0);

/**
 * A ruleset compiled to linear weights over STAT_KEYS (one vector for TEs, one for
 * everyone else) plus the non-linear parts (bonuses, points-allowed brackets).
 * Compile once, score many lines.
 */
export interface CompiledScoring {
  rules: ScoringRules;
  /** Weight per STAT_KEYS index, for non-TE and TE lines. */
  weights: Float64Array;
  teWeights: Float64Array;
  bonuses: { index: number; atLeast: number; points: number }[];
}

export function compileScoring(rules: ScoringRules): CompiledScoring {
  const w: Record<StatKey, number> = Object.fromEntries(STAT_KEYS.map((k) => [k, 0])) as Record<StatKey, number>;
  const { passing: p, rushing: r, receiving: c, misc: m, kicking: k, defense: d } = rules;
  w.pass_yd = perYard(p.ydPerPoint);
  w.pass_td = p.td;
  w.pass_int = p.int;
  w.pass_2pt = p.twoPt;
  w.pass_cmp = p.cmp - p.inc; // incompletions = att - cmp
  w.pass_att = p.att + p.inc;
  w.sacks = p.sacked;
  w.rush_yd = perYard(r.ydPerPoint);
  w.rush_td = r.td;
  w.rush_2pt = r.twoPt;
  w.rush_att = r.att;
  w.rec = c.rec;
  w.rec_yd = perYard(c.ydPerPoint);
  w.rec_td = c.td;
  w.rec_2pt = c.twoPt;
  w.targets = c.target;
  w.fumbles_lost = m.fumbleLost;
  w.ret_td = m.returnTd;
  w.fg_made_0_19 = k.fg0_19;
  w.fg_made_20_29 = k.fg20_29;
  w.fg_made_30_39 = k.fg30_39;
  w.fg_made_40_49 = k.fg40_49;
  w.fg_made_50_59 = k.fg50_59;
  w.fg_made_60_ = k.fg60;
  w.fg_missed = k.fgMissed;
  w.pat_made = k.patMade;
  w.pat_missed = k.patMissed;
  w.def_sacks = d.sack;
  w.def_int = d.int;
  w.def_fum_rec = d.fumbleRecovery;
  w.def_td = d.td;
  w.def_safety = d.safety;
  w.def_blk_kick = d.blockedKick;
  w.pts_allowed = 0; // bracketed, not linear
  const weights = Float64Array.from(STAT_KEYS.map((key) => w[key]));
  const teWeights = Float64Array.from(weights);
  teWeights[STAT_KEYS.indexOf('rec')] = c.rec + c.tePremium;
  const bonuses = rules.bonuses.map((b) => ({ index: STAT_KEYS.indexOf(b.stat), atLeast: b.atLeast, points: b.points }));
  return { rules, weights, teWeights, bonuses };
}

/** Points for a DST's points allowed in one game. */
export function pointsAllowedScore(rules: ScoringRules, pointsAllowed: number): number {
  for (const b of rules.defense.pointsAllowed) {
    if (b.upTo === null || pointsAllowed <= b.upTo) return b.points;
  }
  return 0;
}

const cache = new WeakMap<ScoringRules, CompiledScoring>();
function compiled(rules: ScoringRules): CompiledScoring {
  let c = cache.get(rules);
  if (!c) {
    c = compileScoring(rules);
    cache.set(rules, c);
  }
  return c;
}

function linear(line: StatLine, weights: Float64Array): number {
  let s = 0;
  for (let i = 0; i < STAT_KEYS.length; i++) s += (line[STAT_KEYS[i]!] ?? 0) * weights[i]!;
  return s;
}

/** Fantasy points of ONE GAME's line (bonuses and points-allowed brackets included). */
export function scoreLine(line: StatLine, rules: ScoringRules, position: FantasyPosition): number {
  const c = compiled(rules);
  let s = linear(line, position === 'TE' ? c.teWeights : c.weights);
  for (const b of c.bonuses) if ((line[STAT_KEYS[b.index]!] ?? 0) >= b.atLeast) s += b.points;
  if (position === 'DST') s += pointsAllowedScore(rules, line.pts_allowed);
  return s;
}

/** Season points: the sum of game scores (so bonuses and brackets apply per game). */
export function scoreGames(lines: readonly StatLine[], rules: ScoringRules, position: FantasyPosition): number {
  let s = 0;
  for (const line of lines) s += scoreLine(line, rules, position);
  return s;
}

/**
 * Linear part only, for totals without a game breakdown: no bonuses, no brackets
 * (they cannot be applied honestly to a season total).
 */
export function scoreTotals(line: StatLine, rules: ScoringRules, position: FantasyPosition): number {
  const c = compiled(rules);
  return linear(line, position === 'TE' ? c.teWeights : c.weights);
}

/**
 * Stat lines stored column-wise: one Float64Array per stat (index i = line i), plus
 * each line's position. The fast path for rescoring every game in the database.
 */
export interface StatColumns {
  length: number;
  columns: Record<StatKey, Float64Array>;
  /** 1 for TE lines (TE premium), 0 otherwise. */
  isTe: Uint8Array;
  /** 1 for DST lines (points-allowed brackets), 0 otherwise. */
  isDst: Uint8Array;
}

export function emptyStatColumns(length: number): StatColumns {
  const columns = {} as Record<StatKey, Float64Array>;
  for (const k of STAT_KEYS) columns[k] = new Float64Array(length);
  return { length, columns, isTe: new Uint8Array(length), isDst: new Uint8Array(length) };
}

/** Scores every line (each a game) of `cols` into `out`; same result as scoreLine. */
export function scoreColumns(cols: StatColumns, rules: ScoringRules, out = new Float64Array(cols.length)): Float64Array {
  const c = compiled(rules);
  const n = cols.length;
  out.fill(0, 0, n);
  STAT_KEYS.forEach((key, i) => {
    const w = c.weights[i]!;
    const teW = c.teWeights[i]!;
    const col = cols.columns[key];
    if (w === teW) {
      if (w !== 0) for (let j = 0; j < n; j++) out[j]! += col[j]! * w;
    } else {
      for (let j = 0; j < n; j++) out[j]! += col[j]! * (cols.isTe[j] ? teW : w);
    }
  });
  for (const b of c.bonuses) {
    const col = cols.columns[STAT_KEYS[b.index]!];
    for (let j = 0; j < n; j++) if (col[j]! >= b.atLeast) out[j]! += b.points;
  }
  const pa = cols.columns.pts_allowed;
  for (let j = 0; j < n; j++) if (cols.isDst[j]) out[j]! += pointsAllowedScore(rules, pa[j]!);
  return out;
}

/** Sum per-game scores into groups (e.g. player-seasons): out[group[j]] += scores[j]. */
export function sumByGroup(scores: Float64Array, group: Int32Array | Uint32Array, groups: number): Float64Array {
  const out = new Float64Array(groups);
  for (let j = 0; j < scores.length; j++) out[group[j]!]! += scores[j]!;
  return out;
}

/** Display rounding used by the API: two decimals, as nflverse publishes them. */
export const roundPoints = (x: number): number => Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
