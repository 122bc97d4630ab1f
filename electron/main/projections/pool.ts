// The players table's rows: the pool with projections, value over replacement in a
// standard 12-team league, tiers by position, last season's line, age and bye.
import { seasonAge } from '../../../shared/domain/players';
import { STANDARD_ROSTER } from '../../../shared/domain/roster';
import type { ScoringRules } from '../../../shared/domain/scoring';
import { FANTASY_POSITIONS, type FantasyPosition } from '../../../shared/domain/stats';
import { replacementLevels, tiersByPosition } from '../../../shared/domain/values';
import type { PlayerPool, PoolRow } from '../../../shared/ipc/types';
import type { Db } from '../db/connection';
import { seasonPointsTable } from '../db/repos/scouting';
import { projectPool } from './service';
import { round1 } from '../../../shared/domain/format';
import { loadMarket, marketFormat, marketVersion } from '../adp/market';

export const LEAGUE_TEAMS = 12;


interface Assembled {
  projected: ReturnType<typeof projectPool>;
  marketVersion: string;
  pool: PlayerPool;
}
let last: Assembled | null = null;

/** The pool for a ruleset; watched flags are read fresh on every call. */
export function playerPool(ctx: { db: Db }, rules: ScoringRules, scoringName: string, season: number): PlayerPool {
  const projected = projectPool(ctx, rules, season);
  // Same projections object = same data, ruleset and sources, same ADP: the rows can be reused.
  const version = marketVersion(ctx.db);
  let pool: PlayerPool;
  if (last?.projected === projected && last.marketVersion === version) pool = last.pool;
  else {
    pool = assemble(ctx.db, rules, scoringName, season, projected);
    last = { projected, marketVersion: version, pool };
  }
  const watched = new Set(ctx.db.prepare('SELECT player_id FROM watchlist').pluck().all() as number[]);
  return { ...pool, scoring: scoringName, rows: pool.rows.map((r) => (r.watched === watched.has(r.id) ? r : { ...r, watched: !r.watched })) };
}

function assemble(db: Db, rules: ScoringRules, scoringName: string, season: number, projected: ReturnType<typeof projectPool>): PlayerPool {
  const lastSeason = seasonPointsTable(db, rules, season - 1);
  const roster = projected.pool.map((p) => ({ id: String(p.id), position: p.position, projection: projected.projections.get(p.id)?.points ?? 0 }));
  const { level } = replacementLevels(roster, STANDARD_ROSTER, LEAGUE_TEAMS);
  const tiers = tiersByPosition(roster);
  const market = loadMarket(db, season, marketFormat(rules, STANDARD_ROSTER), LEAGUE_TEAMS, projected.pool.map((p) => ({ id: p.id, position: p.position, projection: projected.projections.get(p.id)?.points ?? 0 })));

  const rows: PoolRow[] = projected.pool.map((p) => {
    const proj = projected.projections.get(p.id);
    const points = proj?.points ?? 0;
    const ls = lastSeason.get(p.id)?.get(season - 1);
    return {
      id: p.id,
      name: p.name,
      position: p.position,
      team: p.team,
      bye: p.bye,
      age: seasonAge(p.birthDate, season),
      rookie: p.rookieYear === season || p.draftYear === season,
      injuryStatus: p.injuryStatus,
      watched: p.watched,
      college: p.college,
      draftNumber: p.draftNumber,
      yearsExp: p.yearsExp,
      projection: round1(points),
      // A range never runs backwards, whatever a source answers (a negative mean times a ratio would).
      low: round1(Math.min(proj?.low ?? 0, proj?.high ?? 0, points)),
      high: round1(Math.max(proj?.low ?? 0, proj?.high ?? 0, points)),
      perGame: round1(proj?.perGame ?? 0),
      games: round1(proj?.games ?? 0),
      source: proj?.source ?? 'baseline',
      vor: round1(points - level[p.position]),
      tier: tiers.get(String(p.id)) ?? 99,
      positionRank: 0,
      overallRank: 0,
      adp: market.adp.get(p.id) ?? null,
      valueVsAdp: null,
      lastSeason: ls && ls.games > 0 ? { season: season - 1, points: round1(ls.points), games: ls.games, perGame: round1(ls.points / ls.games) } : null,
    };
  });
  // Ranks by VOR overall and by projection within the position; ties by name for stability.
  rows.sort((a, b) => b.vor - a.vor || b.projection - a.projection || a.name.localeCompare(b.name));
  rows.forEach((r, i) => (r.overallRank = i + 1));
  const seen: Partial<Record<FantasyPosition, number>> = {};
  for (const r of [...rows].sort((a, b) => b.projection - a.projection || a.name.localeCompare(b.name))) {
    r.positionRank = seen[r.position] = (seen[r.position] ?? 0) + 1;
  }
  assignValueVsAdp(rows);
  const replacement = Object.fromEntries(FANTASY_POSITIONS.map((p) => [p, round1(level[p])])) as PlayerPool['replacement'];
  return { market: market.info, season, scoring: scoringName, dataVersion: projected.dataVersion, replacement, rows };
}

/**
 * Value vs ADP, within the position: his rank at his position by the market's ADP minus his rank
 * at the position by our projection (+6: the market takes him as the 28th WR, we rank him 22nd).
 * Within the position because drafters price positions by convention (kickers and defences
 * last, quarterbacks late in one-QB leagues): against an overall rank by value over
 * replacement every kicker looked like a bargain. Players without ADP keep null.
 */
export function assignValueVsAdp(rows: Pick<PoolRow, 'position' | 'adp' | 'positionRank' | 'valueVsAdp'>[]): void {
  for (const pos of FANTASY_POSITIONS) {
    rows
      .filter((r) => r.position === pos && r.adp !== null)
      .sort((a, b) => a.adp! - b.adp! || a.positionRank - b.positionRank)
      .forEach((r, i) => (r.valueVsAdp = i + 1 - r.positionRank));
  }
}
