// Team-consistent projections: the network projects each player on his own, so two QBs of a
// team can each be handed a starter's season, and a team's receivers can share more targets
// than the team will throw. This step, run after the network, ties players to their team:
//
// 1. Team volume per game (pass attempts, carries, targets) is the team's last two seasons,
//    weighted 2:1, halfway back to the league average (team volume regresses hard from one
//    season to the next: coaches, quarterbacks and game scripts change).
// 2. One starting QB per team: the QB the network gives the most pass attempts over the
//    season keeps his games; the other QBs share what is left of the schedule (each keeps at
//    most his own projection), so a backup gets a backup's games.
// 3. Shares: where a team's projected players add up to more than its volume plus
//    TEAM_VOLUME_TOLERANCE, the excess comes out of the depth chart first: the players ranked
//    below the team's top CORE_PLAYERS at that volume (by projected season volume) give up
//    theirs, and only if the depth does not cover it are the top players scaled too. Where
//    they add up to less than the volume minus the tolerance, everyone is scaled up. Yards,
//    completions, receptions and TDs follow their attempts. So a team's players add up to the
//    team within 8%.
//    Why depth first: a pre-season roster is a 90-man camp roster (2025: about 30 RBs, WRs and
//    TEs a team), and the network projects each camp body as if he makes the team. Those bodies
//    added up to 1.44 times a team's targets and 1.39 times its carries; scaling everyone alike
//    cut the stars by 20-36% (2025 pool: Saquon Barkley 255 -> 164 points, Ja'Marr Chase 300 ->
//    231), while the top 8 pass catchers alone came to about the team's targets. Most of the
//    camp is cut before the season; the starters' own games already carry their injury risk.
//
// A player's team is the target season's pre-season roster; without one the step is skipped
// (see allocateTeamVolume).
import type { Projection } from '../../../shared/domain/projection';
import type { StatKey } from '../../../shared/domain/stats';
import { currentFranchise } from '../../../shared/domain/players';
import type { History } from './history';

const VOLUME_KEYS = ['pass_att', 'rush_att', 'targets'] as const;
type VolumeKey = (typeof VOLUME_KEYS)[number];
/** The stats that follow each volume when it is rescaled. */
const FOLLOWERS: Record<VolumeKey, StatKey[]> = {
  pass_att: ['pass_att', 'pass_cmp', 'pass_yd', 'pass_td', 'pass_int', 'pass_2pt', 'sacks'],
  rush_att: ['rush_att', 'rush_yd', 'rush_td', 'rush_2pt'],
  targets: ['targets', 'rec', 'rec_yd', 'rec_td', 'rec_2pt'],
};
/** Weight of the league average in a team's projected volume (see step 1). */
export const TEAM_VOLUME_REGRESSION = 0.5;

export type TeamVolume = Record<VolumeKey, number>;

/** Regular-season volume per game of every team in one season, from its players' lines. */
function seasonVolumes(h: History, season: number): Map<string, TeamVolume & { games: number }> {
  const out = new Map<string, TeamVolume & { games: number }>();
  for (const ps of h.bySeason.get(season)?.values() ?? []) {
    if (ps.position === 'K' || ps.teams.length > 1) continue; // a traded player's line cannot be split by team
    const team = currentFranchise(ps.team);
    const t = out.get(team) ?? { pass_att: 0, rush_att: 0, targets: 0, games: 0 };
    for (const k of VOLUME_KEYS) t[k] += ps.stats[k];
    out.set(team, t);
  }
  for (const [team, t] of out) {
    const ctx = h.teams.get(`${season}:${team}`);
    // Per game: the team's own pass attempts per game tell the games; else the schedule.
    const games = ctx && ctx.passAttPerGame > 0 ? (t.pass_att / ctx.passAttPerGame) : (h.scheduleGames.get(season) ?? 17);
    t.games = games > 0 ? games : (h.scheduleGames.get(season) ?? 17);
  }
  return out;
}

/** Projected per-game volume of every team for the season (step 1). */
export function projectTeamVolumes(h: History, season: number): Map<string, TeamVolume> {
  const last = seasonVolumes(h, season - 1);
  const before = seasonVolumes(h, season - 2);
  const league: TeamVolume = { pass_att: 0, rush_att: 0, targets: 0 };
  for (const t of last.values()) for (const k of VOLUME_KEYS) league[k] += t[k] / t.games / last.size;
  const out = new Map<string, TeamVolume>();
  for (const [team, t] of last) {
    const b = before.get(team);
    const v = {} as TeamVolume;
    for (const k of VOLUME_KEYS) {
      const recent = b ? (2 * (t[k] / t.games) + b[k] / b.games) / 3 : t[k] / t.games;
      v[k] = (1 - TEAM_VOLUME_REGRESSION) * recent + TEAM_VOLUME_REGRESSION * league[k];
    }
    out.set(team, v);
  }
  return out;
}

/** The team a player is projected on: the season's roster where it exists, else his last team the season before. */
export function projectedTeam(h: History, playerId: string, season: number): string | null {
  const roster = h.rosters.get(season);
  // With a pre-season roster, a player not on it (cut, retired, unsigned) is on no team.
  if (roster) {
    const r = roster.get(playerId)?.team;
    return r ? currentFranchise(r) : null;
  }
  const last = h.bySeason.get(season - 1)?.get(playerId)?.team;
  return last ? currentFranchise(last) : null;
}

const seasonOf = (p: Projection, k: StatKey) => p.perGame[k] * p.games;

/**
 * Steps 2 and 3 on a season's projections (mutated in place; a reason is added where a player
 * changed). `projections` should hold the whole pool: a team's totals are over its players.
 */
/**
 * How far a team's players may add up above or below its projected volume before they are
 * scaled (to the edge of the band, not to the middle). A team's volume itself is uncertain by
 * about this much from one season to the next; scaling every team exactly to its projected
 * volume cost accuracy in the 2022 and 2024 backtests (MAE +3 to +6 points) for no gain in
 * ranking, the band about half of that (see the model README).
 */
export const TEAM_VOLUME_TOLERANCE = 0.08;

/**
 * The players of a team who hold nearly all of a volume in a season: in 2019-2024 a team's top
 * 8 pass catchers took 89% of its targets (the top 7 85%), its top 3 runners other than QBs 91%
 * of those carries, and two QBs nearly all of its passes (season totals by team). Below them is
 * the depth chart.
 */
export const CORE_PLAYERS: Record<VolumeKey, number> = { pass_att: 2, rush_att: 3, targets: 8 };

export interface AllocationOptions {
  /** Receives each team's players-to-team ratio per volume key (diagnostics). */
  onScale?: (team: string, key: VolumeKey, scale: number) => void;
}

export function allocateTeamVolume(h: History, season: number, projections: Projection[], options: AllocationOptions = {}): void {
  // Without the season's pre-season roster nobody knows who plays where (free agency, trades,
  // rookies): tying players to last season's team then made the 2023 backtest worse on every
  // measure, so the step runs only where the data has the roster (2022, 2024, 2025 here).
  if (!h.rosters.has(season)) return;
  const schedule = h.scheduleGames.get(season) ?? 17;
  const volumes = projectTeamVolumes(h, season);
  const byTeam = new Map<string, Projection[]>();
  for (const p of projections) {
    if (p.position === 'K') continue;
    const team = projectedTeam(h, p.playerId, season);
    if (!team || !volumes.has(team)) continue;
    byTeam.set(team, [...(byTeam.get(team) ?? []), p]);
  }
  for (const [team, players] of byTeam) {
    startingQuarterback(players, schedule);
    const v = volumes.get(team)!;
    for (const k of VOLUME_KEYS) {
      // A QB's own runs are his, not a share of the backfield: carries are shared among the
      // others after the QBs' projected runs are taken off the team's total.
      const sharing = k === 'rush_att' ? players.filter((p) => p.position !== 'QB') : players;
      const taken = k === 'rush_att' ? players.filter((p) => p.position === 'QB').reduce((s, p) => s + seasonOf(p, k), 0) : 0;
      const sum = sharing.reduce((s, p) => s + seasonOf(p, k), 0);
      const target = Math.max(0, v[k] * schedule - taken);
      if (sum <= 0 || target <= 0) continue;
      const full = target / sum;
      options.onScale?.(team, k, full);
      const scales = shareScales(sharing, k, target);
      const what = k === 'pass_att' ? 'pass attempts' : k === 'rush_att' ? 'carries' : 'targets';
      sharing.forEach((p, i) => {
        const { scale, depth } = scales[i]!;
        const volume = seasonOf(p, k);
        if (p.perGame[k] <= 0 || scale === 1) return;
        for (const f of FOLLOWERS[k]) p.perGame[f] *= scale;
        if (Math.abs(scale - 1) < 0.1 || volume < 20) return;
        p.reasons.push(
          depth && scale < 1
            ? `${team} ${what}: below the team's top ${CORE_PLAYERS[k]}, ${volume.toFixed(0)} projected cut to ${(volume * scale).toFixed(0)} (its camp roster adds up to more than the team's ${target.toFixed(0)})`
            : `${team} ${what}: projected players' shares scaled x${scale.toFixed(2)} to the team's ${target.toFixed(0)}`,
        );
      });
    }
  }
}

/** Players in depth order for a volume: most projected first, ties by id (deterministic). */
function depthOrder(players: Projection[], k: VolumeKey): Projection[] {
  return [...players].sort((a, b) => seasonOf(b, k) - seasonOf(a, k) || a.playerId.localeCompare(b.playerId));
}

export interface ShareScale {
  scale: number;
  /** Below the team's top CORE_PLAYERS at this volume. */
  depth: boolean;
}

/**
 * Step 3 for one volume of one team: what each player's volume is multiplied by (in the
 * players' order). Inside the band nothing changes; under it everyone is scaled up alike to
 * its lower edge; over it the players come down to its upper edge, the excess taken out of
 * the depth first (in proportion to each one's volume) and out of the top players alike only
 * when the depth's whole volume does not cover it.
 */
export function shareScales(players: Projection[], k: VolumeKey, target: number): ShareScale[] {
  const tol = TEAM_VOLUME_TOLERANCE;
  const ordered = depthOrder(players, k);
  const core = new Set(ordered.slice(0, CORE_PLAYERS[k]));
  const sum = players.reduce((t, p) => t + seasonOf(p, k), 0);
  const full = target / sum;
  if (full >= 1 - tol) {
    const scale = full > 1 + tol ? full / (1 + tol) : 1;
    return players.map((p) => ({ scale, depth: !core.has(p) }));
  }
  const edge = target / (1 - tol);
  const excess = sum - edge;
  const coreSum = ordered.slice(0, CORE_PLAYERS[k]).reduce((t, p) => t + seasonOf(p, k), 0);
  const depthSum = sum - coreSum;
  const depthScale = depthSum > excess ? (depthSum - excess) / depthSum : 0;
  const coreScale = depthSum >= excess ? 1 : edge / coreSum;
  return players.map((p) => (core.has(p) ? { scale: coreScale, depth: false } : { scale: depthScale, depth: true }));
}

/** Step 2: the starter keeps his games; the other QBs share the rest of the schedule. */
function startingQuarterback(players: Projection[], schedule: number): void {
  // The starter is the QB the network expects to play the most games: games carry its view of
  // the job (history, age, draft capital); per-game volume alone favours a backup's one start.
  const qbs = players.filter((p) => p.position === 'QB').sort((a, b) => b.games - a.games || seasonOf(b, 'pass_att') - seasonOf(a, 'pass_att') || a.playerId.localeCompare(b.playerId));
  if (qbs.length < 2) return;
  const starter = qbs[0]!;
  const left = Math.max(0, schedule - starter.games);
  const backups = qbs.slice(1);
  const wanted = backups.reduce((s, p) => s + p.games, 0);
  if (wanted <= left) return;
  const scale = wanted > 0 ? left / wanted : 0;
  for (const p of backups) {
    const before = p.games;
    p.games *= scale;
    p.reasons.push(`backup QB behind the projected starter: ${p.games.toFixed(1)} games, not ${before.toFixed(1)}`);
  }
}
