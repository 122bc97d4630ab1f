// Sleeper API files: GET /v1/players/nfl (players keyed by Sleeper id) and
// GET /v1/stats/nfl/regular/<season> (season stats keyed by Sleeper id).
// Sleeper's copy is a live snapshot, possibly dated after the data (its teams and
// ages are "now"): its facts only fill gaps left by nflverse, never overwrite them.
import { z } from 'zod';
import { heightInches } from '../../../shared/domain/players';
import { DataFormatError } from './csv';
import {
  emptyParsed,
  GAME_STAT_COLUMNS,
  NULLABLE_STAT_COLUMNS,
  playerFact,
  SEASON_EXTRA_COLUMNS,
  type GameStatColumn,
  type ParsedFile,
  type SeasonExtraColumn,
} from './records';

const idLike = z.union([z.string(), z.number()]).nullish();
const sleeperPlayer = z.looseObject({
  player_id: z.string().min(1),
  full_name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  position: z.string().nullish(),
  team: z.string().nullish(),
  number: z.number().nullish(),
  status: z.string().nullish(),
  birth_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').nullish(),
  height: z.union([z.string(), z.number()]).nullish(),
  weight: z.union([z.string(), z.number()]).nullish(),
  college: z.string().nullish(),
  years_exp: z.number().int().nullish(),
  gsis_id: z.string().nullish(),
  espn_id: idLike,
  yahoo_id: idLike,
  injury_status: z.string().nullish(),
});

/** Line and column of `"key":` in the text, so an error points into the file. */
function locate(text: string, key: string): { line: number | null; column: string | null } {
  const at = text.indexOf(JSON.stringify(key) + ':');
  if (at < 0) return { line: null, column: null };
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: String(at - before.lastIndexOf('\n')) };
}

function fail(file: string, text: string, key: string, issue: z.core.$ZodIssue): never {
  const where = locate(text, key);
  const field = issue.path.join('.');
  throw new DataFormatError(file, where.line, where.column, `player "${key}"${field ? `, field ${field}` : ''}: ${issue.message}`);
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? null : String(v).trim());

export function parseSleeperPlayers(file: string, text: string, json: unknown): ParsedFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new DataFormatError(file, 1, '1', 'expected an object of players keyed by Sleeper id (GET /v1/players/nfl)');
  }
  const entries = Object.entries(json as Record<string, unknown>);
  const out = emptyParsed(file, 'sleeper_players', 'sleeper', entries.length);
  for (const [key, value] of entries) {
    const parsed = sleeperPlayer.safeParse(value);
    if (!parsed.success) fail(file, text, key, parsed.error.issues[0]!);
    const p = parsed.data;
    const name = p.full_name ?? [p.first_name, p.last_name].filter(Boolean).join(' ');
    if (!name) fail(file, text, key, { code: 'custom', path: ['full_name'], message: 'a player needs a name', input: null } as z.core.$ZodIssue);
    const weight = str(p.weight);
    out.players.push(
      playerFact({
        sleeper_id: p.player_id,
        gsis_id: str(p.gsis_id),
        espn_id: str(p.espn_id),
        yahoo_id: str(p.yahoo_id),
        name,
        position: p.position ?? null,
        team: p.team ?? null,
        birth_date: p.birth_date ?? null,
        college: p.college ?? null,
        height: heightInches(str(p.height)),
        weight: weight !== null && Number.isFinite(Number(weight)) ? Number(weight) : null,
        jersey_number: p.number ?? null,
        years_exp: p.years_exp ?? null,
        injury_status: p.injury_status ?? null,
        fillOnly: true,
      }),
    );
  }
  return out;
}

/** Sleeper stat key -> our column (summed where several map to one). */
const SLEEPER_STATS: Record<string, GameStatColumn | SeasonExtraColumn> = {
  pass_att: 'pass_att',
  pass_cmp: 'pass_cmp',
  pass_yd: 'pass_yd',
  pass_td: 'pass_td',
  pass_int: 'pass_int',
  pass_2pt: 'pass_2pt',
  pass_sack: 'sacks',
  pass_sack_yds: 'sack_yd',
  rush_att: 'rush_att',
  rush_yd: 'rush_yd',
  rush_td: 'rush_td',
  rush_2pt: 'rush_2pt',
  rec_tgt: 'targets',
  rec: 'rec',
  rec_yd: 'rec_yd',
  rec_td: 'rec_td',
  rec_2pt: 'rec_2pt',
  fum_lost: 'fumbles_lost',
  st_td: 'ret_td',
  fgm_0_19: 'fg_made_0_19',
  fgm_20_29: 'fg_made_20_29',
  fgm_30_39: 'fg_made_30_39',
  fgm_40_49: 'fg_made_40_49',
  fgm_50p: 'fg_made_50_59',
  fgmiss: 'fg_missed',
  xpm: 'pat_made',
  xpmiss: 'pat_missed',
  sack: 'def_sacks',
  int: 'def_int',
  fum_rec: 'def_fum_rec',
  def_td: 'def_td',
  def_st_td: 'def_td',
  safe: 'def_safety',
  blk_kick: 'def_blk_kick',
  pts_allow: 'pts_allowed',
};

/** GET /v1/stats/nfl/regular/<season>: { "<sleeper id>": { gp, pass_yd, ... } }. */
export function parseSleeperStats(file: string, text: string, json: unknown, season: number): ParsedFile {
  const rows: [string, unknown][] = Array.isArray(json)
    ? json.map((e, i) => [String((e as { player_id?: unknown })?.player_id ?? `#${i}`), (e as { stats?: unknown })?.stats])
    : typeof json === 'object' && json !== null
      ? Object.entries(json)
      : [];
  if (rows.length === 0 && !(typeof json === 'object' && json !== null)) {
    throw new DataFormatError(file, 1, '1', 'expected season stats keyed by Sleeper id (GET /v1/stats/nfl/regular/<season>)');
  }
  const out = emptyParsed(file, 'sleeper_stats', 'sleeper', rows.length);
  for (const [key, stats] of rows) {
    if (typeof stats !== 'object' || stats === null || Array.isArray(stats)) {
      const where = locate(text, key);
      throw new DataFormatError(file, where.line, where.column, `player "${key}": expected an object of stats`);
    }
    const s = Object.fromEntries(GAME_STAT_COLUMNS.map((c) => [c, 0])) as Record<GameStatColumn, number>;
    const extra = Object.fromEntries(SEASON_EXTRA_COLUMNS.map((c) => [c, 0])) as Record<SeasonExtraColumn, number>;
    for (const [k, v] of Object.entries(stats as Record<string, unknown>)) {
      const col = SLEEPER_STATS[k];
      if (!col && k !== 'gp') continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        const where = locate(text, key);
        throw new DataFormatError(file, where.line, where.column, `player "${key}", stat ${k}: ${JSON.stringify(v)} is not a number`);
      }
      if (!col) continue;
      if (col in s) s[col as GameStatColumn] += v;
      else extra[col as SeasonExtraColumn] += v;
    }
    const gp = (stats as { gp?: unknown }).gp;
    out.playerSeasons.push({
      key,
      season,
      season_type: 'REG',
      team: null,
      teams: null,
      games: typeof gp === 'number' ? gp : 0,
      source: 'sleeper',
      stats: s,
      nullable: Object.fromEntries(NULLABLE_STAT_COLUMNS.map((c) => [c, null])) as ParsedFile['playerSeasons'][number]['nullable'],
      extra,
    });
  }
  return out;
}
