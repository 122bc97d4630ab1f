// Feature rows for (player, target season). Only seasons BEFORE the target are read (the
// leakage test mutates target-season rows and checks every feature is unchanged); bios hold
// static facts known before any season (birth date, draft slot, first season).
//
// Rookies and players without history: every history feature is 0, `rookie` is 1 and the
// draft features carry the prior (draft slot -> opportunity), the landing-spot features
// (landingSpot.ts) where he lands: his team's context and the volume there to take, and
// draft_prior (draftPrior.ts) what earlier rookies drafted near his slot scored. Draft slots come from the
// rosters' draft_number (draftees active in 2022+) and the combine table (draft classes
// 2000-2019); a rookie with neither gets draftUnknown = 1 (the network learns what an
// unknown slot is worth from earlier such rookies: roughly a mid-round pick). Undrafted
// players get undrafted = 1 and the slot of pick 262.
//
// Players back from a lost season (fewer than HEALTHY_GAMES in Y-1): their rates come from the
// most recent seasons with enough games (the window of three seasons ending at the latest
// healthy one in Y-1..Y-3), and `healthy_gap` says how many seasons back that is. Four games of
// a season cut short are a noisy rate, often played hurt; his last full season says more about
// what he does when he plays. Availability (games in each of the last three seasons, late
// games) stays as it happened, so the network still sees the lost season as a games risk.
import { PREDICTED_STATS, type ModelPosition } from '../../../shared/domain/projection';
import type { History, PlayerBio } from './history';
import { ageIn } from './history';
import { landingSpot } from './landingSpot';
import { draftPrior, draftValue } from './draftPrior';
import { incomingRookie } from './incomingRookie';
import { positionMeans, priorSeasons, seasonPoints, SEASON_WEIGHTS, weighted3yr } from './baselines';

/** Typical per-game size of each predicted stat: features and targets are divided by these. */
export const STAT_SCALE: Record<(typeof PREDICTED_STATS)[number], number> = {
  pass_att: 35,
  pass_cmp: 22,
  pass_yd: 250,
  pass_td: 1.6,
  pass_int: 0.9,
  rush_att: 15,
  rush_yd: 65,
  rush_td: 0.5,
  targets: 7,
  rec: 5,
  rec_yd: 60,
  rec_td: 0.4,
  fumbles_lost: 0.3,
};

const SKILL: readonly ModelPosition[] = ['QB', 'RB', 'WR', 'TE'];

export const FEATURE_NAMES: string[] = [
  ...SKILL.map((p) => `pos_${p}`),
  ...PREDICTED_STATS.map((s) => `last_${s}`),
  ...PREDICTED_STATS.map((s) => `w3_${s}`),
  'last_ppg',
  'w3_ppg',
  'baseline_points',
  'healthy_gap',
  'games_1',
  'games_2',
  'games_3',
  'w3_games',
  'w3_total_games',
  'late_games_1',
  'played_1',
  'played_2',
  'target_share_1',
  'air_yards_share_1',
  'wopr_1',
  'pass_epa_1',
  'rush_epa_1',
  'rec_epa_1',
  'team_pass_1',
  'team_ppr_1',
  'team_points_1',
  'ppr_share_1',
  'traded_1',
  'age',
  'age_sq',
  'age_known',
  'experience',
  'rookie',
  'draft_value',
  'undrafted',
  'draft_unknown',
  'landing_known',
  'vacated_share',
  'room_lead',
  'draft_prior',
  'incoming_rookie',
];
export const FEATURE_COUNT = FEATURE_NAMES.length;

export interface FeatureContext {
  means: Record<ModelPosition, number>; // position means of season Y-1 (PPR per game)
}

export function featureContext(h: History, season: number): FeatureContext {
  return { means: positionMeans(h, season - 1) };
}

/** Position the player is projected at: the latest before the season, else the bio's. */
export function positionBefore(h: History, playerId: string, season: number): ModelPosition | null {
  const list = h.byPlayer.get(playerId) ?? [];
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.season < season) return list[i]!.position;
  return h.bios.get(playerId)?.position ?? null;
}

export function buildFeatures(
  h: History,
  playerId: string,
  season: number,
  position: ModelPosition,
  ctx: FeatureContext,
): Float32Array {
  const x = new Float32Array(FEATURE_COUNT);
  let i = 0;
  const put = (v: number) => {
    x[i++] = Number.isFinite(v) ? v : 0;
  };
  for (const p of SKILL) put(position === p ? 1 : 0);
  const prior = priorSeasons(h, playerId, season);
  const gap = healthyGap(h, playerId, season);
  // The seasons his rates are read from: the last three, or for a player back from a lost
  // season the three ending at his latest healthy one.
  const rated = gap === 0 ? prior : priorSeasons(h, playerId, season - gap);
  const last = rated[0];
  const sched = (s: number) => h.scheduleGames.get(s) ?? 17;
  const bio = h.bios.get(playerId);
  const draft = bio?.draft ?? { kind: 'unknown' as const };
  // A player who has not played an NFL game yet is projected as a rookie, whatever his
  // experience says: a first-round pick who lost his first season (Travis Etienne 2022) has no
  // line of his own, and with all-zero history and rookie = 0 he read as a deep backup (33 points).
  const rookie = yetToPlay(h, playerId, season);
  // A rookie has no line of his own: his rate features are the per-game line of earlier rookies
  // at his position drafted near him (draftPrior.ts), so a rookie RB starts from an RB's line.
  const rookiePrior = rookie ? draftPrior(h, season, position, draft) : null;
  const lastRate = (s: (typeof PREDICTED_STATS)[number]) => (last && last.games > 0 ? last.stats[s] / last.games : (rookiePrior?.perGame[s] ?? 0));
  for (const s of PREDICTED_STATS) put(lastRate(s) / STAT_SCALE[s]);
  // Multi-season rates: totals weighted 5/4/3 over weighted games (no shrinkage here: the
  // network sees the weighted games and learns how far to trust the rate).
  let wg = 0;
  const wsum: Record<string, number> = {};
  rated.forEach((ps, k) => {
    if (!ps) return;
    const w = SEASON_WEIGHTS[k]!;
    wg += w * ps.games;
    for (const s of PREDICTED_STATS) wsum[s] = (wsum[s] ?? 0) + w * ps.stats[s];
    wsum.ppr = (wsum.ppr ?? 0) + w * seasonPoints(ps);
  });
  for (const s of PREDICTED_STATS) put(wg > 0 ? (wsum[s] ?? 0) / wg / STAT_SCALE[s] : (rookiePrior?.perGame[s] ?? 0) / STAT_SCALE[s]);
  put(last && last.games > 0 ? seasonPoints(last) / last.games / 20 : 0);
  put(wg > 0 ? (wsum.ppr ?? 0) / wg / 20 : 0);
  put(weighted3yr(h, playerId, season, position, ctx.means).points / 250);
  put(gap / 2);
  // Availability as it happened (the lost season included).
  let availGames = 0;
  let totalGames = 0;
  prior.forEach((ps, k) => {
    put(ps ? ps.games / sched(season - 1 - k) : 0);
    availGames += ps ? SEASON_WEIGHTS[k]! * ps.games : 0;
    totalGames += ps?.games ?? 0;
  });
  put(availGames / 12 / 17);
  put(totalGames / 51);
  put(prior[0] ? prior[0].lateGames / 6 : 0);
  put(prior[0] && prior[0].games > 0 ? 1 : 0);
  put(prior[1] && prior[1].games > 0 ? 1 : 0);
  put(last?.targetShare ?? 0);
  put(last?.airYardsShare ?? 0);
  put(last?.wopr ?? 0);
  put(last && last.stats.pass_att > 0 ? clamp(last.passEpa / (last.stats.pass_att + 20), -1, 1) : 0);
  put(last && last.stats.rush_att > 0 ? clamp(last.rushEpa / (last.stats.rush_att + 20), -1, 1) : 0);
  put(last && last.stats.targets > 0 ? clamp(last.recEpa / (last.stats.targets + 20), -1, 1) : 0);
  // A rookie's team context is his landing team's (landingSpot.ts); a veteran's, last season's team.
  const landing = rookie ? landingSpot(h, playerId, season, position) : null;
  const team = last ? h.teams.get(`${last.season}:${last.team}`) : landing?.context;
  put(team ? team.passAttPerGame / 35 : 1);
  put(team ? team.pprPerGame / 80 : 1);
  put(team ? team.pointsPerGame / 22 : 1);
  put(team && last && last.games > 0 ? seasonPoints(last) / last.games / Math.max(1, team.pprPerGame) : 0);
  put(prior[0] && prior[0].teams.length > 1 ? 1 : 0);
  const exp = experience(bio, h, playerId, season);
  const age = bio ? ageIn(bio, season) : null;
  const a = ((age ?? 22.5 + exp) - 27) / 5;
  put(a);
  put(a * a);
  put(age === null ? 0 : 1);
  put(Math.min(exp, 15) / 5);
  put(rookie ? 1 : 0);
  put(draftValue(draft));
  put(draft.kind === 'undrafted' ? 1 : 0);
  put(draft.kind === 'unknown' ? 1 : 0);
  put(landing ? 1 : 0);
  put(landing?.vacatedShare ?? 0);
  put(landing?.roomLead ?? 0);
  put(rookiePrior?.points ?? 0);
  put(incomingRookie(h, playerId, last?.team ?? landing?.team ?? null, season, position));
  if (i !== FEATURE_COUNT) throw new Error(`feature count mismatch: ${i} != ${FEATURE_COUNT}`);
  return x;
}

/** Fewer games than this in a season and it is a lost season (injury, suspension, benching). */
export const HEALTHY_GAMES = 6;

/**
 * How many seasons before Y-1 a player's latest healthy season is: 0 when Y-1 was healthy (or
 * none of Y-1..Y-3 was: a young or fringe player's short seasons are all there is), 1 when Y-2
 * was, 2 when only Y-3 was.
 */
export function healthyGap(h: History, playerId: string, season: number): number {
  const prior = priorSeasons(h, playerId, season);
  const k = prior.findIndex((ps) => ps !== undefined && ps.games >= HEALTHY_GAMES);
  return k < 0 ? 0 : k;
}

/** No NFL game before `season`: a rookie, or a draftee whose first seasons were lost. */
export function yetToPlay(h: History, playerId: string, season: number): boolean {
  return !(h.byPlayer.get(playerId) ?? []).some((ps) => ps.season < season && ps.games > 0);
}

/** Seasons in the league before `season` (0 for a rookie). */
export function experience(bio: PlayerBio | undefined, h: History, playerId: string, season: number): number {
  if (bio?.rookieSeason != null) return Math.max(0, season - bio.rookieSeason);
  const first = h.byPlayer.get(playerId)?.[0]?.season;
  return first !== undefined && first < season ? season - first : 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
