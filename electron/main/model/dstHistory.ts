// Team-defence games for the D/ST projection and its backtest, read from the data folder.
//
// What the projection may read (shippable nflverse files): points allowed from the games file,
// and, because the legacy player files carry no defensive columns, the unit's box stats
// counted from the other side of the ball: sacks and interceptions are the opposing passers'
// sacks taken and interceptions thrown (equal to the team-defence table in every game we
// checked), fumble recoveries are the opposing offence's fumbles lost (about 85% of the true
// count: special-teams fumbles are missing), and defensive plus return TDs are the team's
// points minus its offensive and kicking points, over 6 (safeties ride along as a third of a TD).
//
// What the backtest grades against (evaluation only, never shipped): the team-defence table
// in eval-only/, with points allowed from the games file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TeamDefenceGame } from '../../../shared/domain/dstProjection';
import { readCsvRows as readCsv } from './history';
import { currentFranchise } from '../../../shared/domain/players';

type Row = Record<string, string>;
const num = (v: string | undefined): number => {
  const n = v === undefined || v === '' || v === 'NA' ? 0 : Number(v);
  return Number.isFinite(n) ? n : 0;
};

/** Points allowed per (season, week, franchise) from the games file's regular-season results. */
function pointsAllowed(dataDir: string): Map<string, { opponent: string; allowed: number; scored: number }> {
  const out = new Map<string, { opponent: string; allowed: number; scored: number }>();
  for (const g of readCsv(join(dataDir, 'nflverse', 'games_1999_2025.csv'))) {
    if (g.game_type !== 'REG' || g.home_score === '' || g.away_score === '') continue;
    const home = num(g.home_score);
    const away = num(g.away_score);
    out.set(`${g.season}:${g.week}:${currentFranchise(g.home_team ?? '')}`, { opponent: g.away_team ?? '', allowed: away, scored: home });
    out.set(`${g.season}:${g.week}:${currentFranchise(g.away_team ?? '')}`, { opponent: g.home_team ?? '', allowed: home, scored: away });
  }
  return out;
}

/** The unit's games as the shippable files describe them (see the header). */
export function derivedDefenceGames(dataDir: string, weekly?: Row[]): TeamDefenceGame[] {
  const games = pointsAllowed(dataDir);
  const against = new Map<string, { sacks: number; ints: number; fumbles: number }>();
  const offence = new Map<string, number>();
  for (const r of weekly ?? readCsv(join(dataDir, 'nflverse', 'player_stats_week_1999_2024.csv'))) {
    if (r.season_type !== 'REG') continue;
    if (r.opponent_team) {
      const k = `${r.season}:${r.week}:${currentFranchise(r.opponent_team)}`;
      const a = against.get(k) ?? { sacks: 0, ints: 0, fumbles: 0 };
      a.sacks += num(r.sacks);
      a.ints += num(r.interceptions);
      a.fumbles += num(r.sack_fumbles_lost) + num(r.rushing_fumbles_lost) + num(r.receiving_fumbles_lost);
      against.set(k, a);
    }
    const k = `${r.season}:${r.week}:${currentFranchise(r.recent_team ?? '')}`;
    const twoPt = num(r.passing_2pt_conversions) + num(r.rushing_2pt_conversions) + num(r.receiving_2pt_conversions);
    offence.set(k, (offence.get(k) ?? 0) + 6 * (num(r.rushing_tds) + num(r.receiving_tds)) + 2 * twoPt);
  }
  const kicking = new Map<string, number>();
  const kickFile = join(dataDir, 'nflverse', 'kicking_week_1999_2024.csv');
  if (existsSync(kickFile)) {
    for (const r of readCsv(kickFile)) {
      if (r.season_type !== 'REG') continue;
      const k = `${r.season}:${r.week}:${currentFranchise(r.team ?? '')}`;
      kicking.set(k, (kicking.get(k) ?? 0) + 3 * num(r.fg_made) + num(r.pat_made));
    }
  }
  const out: TeamDefenceGame[] = [];
  for (const [k, g] of games) {
    const [season, week, team] = k.split(':') as [string, string, string];
    const a = against.get(k);
    if (!a) continue; // 1999 has no opponent column: no box stats to count
    const kick = kicking.get(k);
    // The kicking file has a gap (2021 weeks 10-22): no residual without it.
    const td = kick === undefined ? null : Math.max(0, g.scored - (offence.get(k) ?? 0) - kick) / 6;
    out.push({
      team,
      season: Number(season),
      week: Number(week),
      pointsAllowed: g.allowed,
      stats: { def_sacks: a.sacks, def_int: a.ints, def_fum_rec: a.fumbles, def_td: td, def_safety: null, def_blk_kick: null },
    });
  }
  return out;
}

/** The evaluation-only team-defence table (never shipped): the truth the backtest grades on. */
export function evalDefenceGames(dataDir: string): TeamDefenceGame[] | null {
  const file = join(dataDir, 'eval-only', 'team_defense_week_2012_2024.csv');
  if (!existsSync(file)) return null;
  const games = pointsAllowed(dataDir);
  const out: TeamDefenceGame[] = [];
  for (const r of readCsv(file)) {
    if (r.season_type !== 'REG') continue;
    const g = games.get(`${r.season}:${r.week}:${currentFranchise(r.team ?? '')}`);
    if (!g) continue;
    out.push({
      team: r.team ?? '',
      season: num(r.season),
      week: num(r.week),
      pointsAllowed: g.allowed,
      stats: {
        def_sacks: num(r.sack),
        def_int: num(r.interception),
        def_fum_rec: num(r.fumble_lost),
        def_td: num(r.def_touchdown),
        def_safety: num(r.safety),
        def_blk_kick: null,
      },
    });
  }
  return out;
}
