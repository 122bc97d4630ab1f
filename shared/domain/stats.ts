// A fantasy-relevant stat line: one game, or a season total. Every importer (nflverse
// legacy and current schemas, Sleeper) maps its columns to these names, the scoring
// ruleset prices them, and the projection model predicts them per game. Missing
// counts are 0, never undefined, so sums and scores need no guards.

export const OFFENSE_STATS = [
  'pass_att',
  'pass_cmp',
  'pass_yd',
  'pass_td',
  'pass_int',
  'pass_2pt',
  'sacks',
  'rush_att',
  'rush_yd',
  'rush_td',
  'rush_2pt',
  'targets',
  'rec',
  'rec_yd',
  'rec_td',
  'rec_2pt',
  'fumbles_lost',
  'ret_td', // special-teams (return) touchdowns
] as const;

export const KICKING_STATS = [
  'fg_made_0_19',
  'fg_made_20_29',
  'fg_made_30_39',
  'fg_made_40_49',
  'fg_made_50_59',
  'fg_made_60_',
  'fg_missed',
  'pat_made',
  'pat_missed',
] as const;

// Team defence / special teams (DST) per game. pts_allowed is priced by brackets, game by
// game; the others are linear. Zero on every player line.
export const DEFENSE_STATS = [
  'def_sacks',
  'def_int',
  'def_fum_rec',
  'def_td', // defensive and return TDs by the unit
  'def_safety',
  'def_blk_kick',
  'pts_allowed',
] as const;

/** Every stat key, in a fixed order (column order of the fast scoring path). */
export const STAT_KEYS = [...OFFENSE_STATS, ...KICKING_STATS, ...DEFENSE_STATS] as const;

export type OffenseStat = (typeof OFFENSE_STATS)[number];
export type KickingStat = (typeof KICKING_STATS)[number];
export type DefenseStat = (typeof DEFENSE_STATS)[number];
export type StatKey = OffenseStat | KickingStat | DefenseStat;

export type StatLine = Record<StatKey, number>;

export const FANTASY_POSITIONS = ['QB', 'RB', 'WR', 'TE', 'K', 'DST'] as const;
export type FantasyPosition = (typeof FANTASY_POSITIONS)[number];

export function emptyStatLine(): StatLine {
  const line = {} as StatLine;
  for (const k of OFFENSE_STATS) line[k] = 0;
  for (const k of KICKING_STATS) line[k] = 0;
  for (const k of DEFENSE_STATS) line[k] = 0;
  return line;
}

export function addStatLines(a: StatLine, b: StatLine): StatLine {
  const sum = emptyStatLine();
  for (const k of Object.keys(sum) as StatKey[]) sum[k] = a[k] + b[k];
  return sum;
}
