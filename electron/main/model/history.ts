// Loads the nflverse CSVs (and, for backtests only, the PFR/combine tables for ages and
// draft slots) into typed in-memory records the feature builder reads. The app later
// fills the same History from SQLite; the CSV path is what the backtest CLI and the tests use.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { emptyStatLine, type StatLine } from '../../../shared/domain/stats';
import type { ModelPosition } from '../../../shared/domain/projection';
import { canonicalName } from '../../../shared/domain/names';

export interface PlayerSeason {
  playerId: string;
  season: number;
  position: ModelPosition;
  team: string; // last team of the regular season
  teams: string[];
  games: number;
  stats: StatLine; // regular-season totals
  targetShare: number | null; // means of the weekly nflverse shares
  airYardsShare: number | null;
  wopr: number | null;
  passEpa: number;
  rushEpa: number;
  recEpa: number;
  lateGames: number; // games in the last 6 weeks of the regular season: late injuries, late role changes
}

export type DraftSlot = { kind: 'drafted'; pick: number } | { kind: 'undrafted' } | { kind: 'unknown' };

export interface PlayerBio {
  playerId: string;
  name: string;
  position: ModelPosition;
  /** Year with fraction, e.g. 1995.4; null when no source knows it. */
  birthYear: number | null;
  draft: DraftSlot;
  /** First NFL season (roster rookie_year, else first season with stats after 1999). */
  rookieSeason: number | null;
}

export interface TeamSeason {
  team: string;
  season: number;
  passAttPerGame: number;
  rushAttPerGame: number;
  pprPerGame: number; // offensive fantasy production of the whole team
  pointsPerGame: number;
}

export interface History {
  seasons: number[]; // seasons with results, ascending
  bySeason: Map<number, Map<string, PlayerSeason>>;
  byPlayer: Map<string, PlayerSeason[]>; // ascending by season
  bios: Map<string, PlayerBio>;
  teams: Map<string, TeamSeason>; // key `${season}:${team}`
  /** Regular-season games per team, known before the season (16 until 2020, 17 after). */
  scheduleGames: Map<number, number>;
  /** Roster pool for seasons whose pre-season roster exists (e.g. 2022, 2024, 2025). */
  rosters: Map<number, Map<string, { team: string; position: string }>>;
}

export const MODEL_POSITIONS: readonly ModelPosition[] = ['QB', 'RB', 'WR', 'TE', 'K'];

type Row = Record<string, string>;

export function readCsv(path: string): Row[] {
  if (!existsSync(path)) throw new Error(`missing data file: ${path}`);
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0 && parsed.data.length === 0) throw new Error(`cannot parse ${path}: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

const num = (v: string | undefined): number => {
  if (v === undefined || v === '' || v === 'NA') return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
};
const numOrNull = (v: string | undefined): number | null => {
  if (v === undefined || v === '' || v === 'NA') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

function toPosition(p: string | undefined): ModelPosition | null {
  if (p === 'QB' || p === 'RB' || p === 'WR' || p === 'TE' || p === 'K') return p;
  if (p === 'FB' || p === 'HB') return 'RB';
  return null;
}

function offenseLine(r: Row): StatLine {
  const s = emptyStatLine();
  s.pass_att = num(r.attempts);
  s.pass_cmp = num(r.completions);
  s.pass_yd = num(r.passing_yards);
  s.pass_td = num(r.passing_tds);
  s.pass_int = num(r.interceptions);
  s.pass_2pt = num(r.passing_2pt_conversions);
  s.sacks = num(r.sacks);
  s.rush_att = num(r.carries);
  s.rush_yd = num(r.rushing_yards);
  s.rush_td = num(r.rushing_tds);
  s.rush_2pt = num(r.rushing_2pt_conversions);
  s.targets = num(r.targets);
  s.rec = num(r.receptions);
  s.rec_yd = num(r.receiving_yards);
  s.rec_td = num(r.receiving_tds);
  s.rec_2pt = num(r.receiving_2pt_conversions);
  s.fumbles_lost = num(r.sack_fumbles_lost) + num(r.rushing_fumbles_lost) + num(r.receiving_fumbles_lost);
  s.ret_td = num(r.special_teams_tds);
  return s;
}

/** Reads every file the model needs from an nflverse-shaped data folder. */
export function loadHistoryFromCsv(dataDir: string): History {
  const nfl = (f: string) => join(dataDir, 'nflverse', f);
  const scheduleGames = new Map<number, number>();
  const teamPoints = new Map<string, { pts: number; g: number }>();
  for (const g of readCsv(nfl('games_1999_2025.csv'))) {
    if (g.game_type !== 'REG') continue;
    const season = num(g.season);
    scheduleGames.set(season, Math.max(scheduleGames.get(season) ?? 0, num(g.week) - 1));
    if (g.home_score === '' || g.away_score === '') continue;
    for (const [team, pts] of [[g.home_team, g.home_score], [g.away_team, g.away_score]] as const) {
      const k = `${season}:${team}`;
      const t = teamPoints.get(k) ?? { pts: 0, g: 0 };
      t.pts += num(pts);
      t.g += 1;
      teamPoints.set(k, t);
    }
  }
  // Weeks per season minus one bye = games per team (16 before 2021, 17 after).
  for (const [s, weeks] of scheduleGames) scheduleGames.set(s, weeks);

  // Weekly rows: shares, late-season presence, team context.
  const weekAgg = new Map<string, { ts: number[]; ays: number[]; wo: number[]; late: number }>();
  const teamAgg = new Map<string, { pass: number; rush: number; ppr: number; weeks: Set<number> }>();
  const lastRegWeek = new Map<number, number>();
  const weekly = readCsv(nfl('player_stats_week_1999_2024.csv')).filter((r) => r.season_type === 'REG');
  for (const r of weekly) {
    const s = num(r.season);
    lastRegWeek.set(s, Math.max(lastRegWeek.get(s) ?? 0, num(r.week)));
  }
  for (const r of weekly) {
    const s = num(r.season);
    const k = `${s}:${r.player_id}`;
    const a = weekAgg.get(k) ?? { ts: [], ays: [], wo: [], late: 0 };
    const ts = numOrNull(r.target_share);
    const ay = numOrNull(r.air_yards_share);
    const wo = numOrNull(r.wopr);
    if (ts !== null) a.ts.push(ts);
    if (ay !== null) a.ays.push(ay);
    if (wo !== null) a.wo.push(wo);
    if (num(r.week) > (lastRegWeek.get(s) ?? 17) - 6) a.late += 1;
    weekAgg.set(k, a);
    const tk = `${s}:${r.recent_team}`;
    const t = teamAgg.get(tk) ?? { pass: 0, rush: 0, ppr: 0, weeks: new Set<number>() };
    t.pass += num(r.attempts);
    t.rush += num(r.carries);
    t.ppr += num(r.fantasy_points_ppr);
    t.weeks.add(num(r.week));
    teamAgg.set(tk, t);
  }
  const teams = new Map<string, TeamSeason>();
  for (const [k, t] of teamAgg) {
    const [season, team] = k.split(':') as [string, string];
    const g = Math.max(1, t.weeks.size);
    const p = teamPoints.get(k);
    teams.set(k, {
      team,
      season: Number(season),
      passAttPerGame: t.pass / g,
      rushAttPerGame: t.rush / g,
      pprPerGame: t.ppr / g,
      pointsPerGame: p && p.g > 0 ? p.pts / p.g : 21,
    });
  }

  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const bySeason = new Map<number, Map<string, PlayerSeason>>();
  const byPlayer = new Map<string, PlayerSeason[]>();
  const names = new Map<string, string>();
  const positionVotes = new Map<string, Map<ModelPosition, number>>();
  const add = (ps: PlayerSeason) => {
    let m = bySeason.get(ps.season);
    if (!m) bySeason.set(ps.season, (m = new Map()));
    m.set(ps.playerId, ps);
    const list = byPlayer.get(ps.playerId) ?? [];
    list.push(ps);
    byPlayer.set(ps.playerId, list);
  };
  for (const r of readCsv(nfl('player_stats_season_reg_1999_2024.csv'))) {
    const id = r.player_id ?? '';
    if (!id) continue;
    names.set(id, r.player_display_name || r.player_name || id);
    const pos = toPosition(r.position);
    if (pos) {
      const v = positionVotes.get(id) ?? new Map<ModelPosition, number>();
      v.set(pos, (v.get(pos) ?? 0) + num(r.games));
      positionVotes.set(id, v);
    }
  }
  const mainPosition = (id: string): ModelPosition | null => {
    const v = positionVotes.get(id);
    if (!v) return null;
    return [...v.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  for (const r of readCsv(nfl('player_stats_season_reg_1999_2024.csv'))) {
    const id = r.player_id ?? '';
    const pos = toPosition(r.position) ?? mainPosition(id);
    if (!id || !pos || pos === 'K') continue;
    const season = num(r.season);
    const w = weekAgg.get(`${season}:${id}`);
    add({
      playerId: id,
      season,
      position: pos,
      team: r.recent_team ?? '',
      teams: (r.teams ?? '').split(';').filter(Boolean),
      games: num(r.games),
      stats: offenseLine(r),
      targetShare: w ? mean(w.ts) : null,
      airYardsShare: w ? mean(w.ays) : null,
      wopr: w ? mean(w.wo) : null,
      passEpa: num(r.passing_epa),
      rushEpa: num(r.rushing_epa),
      recEpa: num(r.receiving_epa),
      lateGames: w ? w.late : 0,
    });
  }
  loadKickers(nfl('kicking_week_1999_2024.csv'), names, add, lastRegWeek);
  for (const list of byPlayer.values()) list.sort((a, b) => a.season - b.season);

  const rosters = new Map<number, Map<string, { team: string; position: string }>>();
  const bios = buildBios(dataDir, byPlayer, names, mainPosition, rosters);
  return { seasons: [...bySeason.keys()].sort((a, b) => a - b), bySeason, byPlayer, bios, teams, scheduleGames, rosters };
}

function loadKickers(
  path: string,
  names: Map<string, string>,
  add: (ps: PlayerSeason) => void,
  lastRegWeek: Map<number, number>,
) {
  const agg = new Map<string, PlayerSeason>();
  for (const r of readCsv(path)) {
    if (r.season_type !== 'REG' || !r.player_id) continue;
    const season = num(r.season);
    const k = `${season}:${r.player_id}`;
    names.set(r.player_id, r.player_display_name || r.player_name || r.player_id);
    let ps = agg.get(k);
    if (!ps) {
      ps = {
        playerId: r.player_id, season, position: 'K', team: r.team ?? '', teams: [], games: 0, stats: emptyStatLine(),
        targetShare: null, airYardsShare: null, wopr: null, passEpa: 0, rushEpa: 0, recEpa: 0, lateGames: 0,
      };
      agg.set(k, ps);
    }
    ps.games += 1;
    ps.team = r.team ?? ps.team;
    if (r.team && !ps.teams.includes(r.team)) ps.teams.push(r.team);
    if (num(r.week) > (lastRegWeek.get(season) ?? 17) - 6) ps.lateGames += 1;
    const s = ps.stats;
    s.fg_made_0_19 += num(r.fg_made_0_19);
    s.fg_made_20_29 += num(r.fg_made_20_29);
    s.fg_made_30_39 += num(r.fg_made_30_39);
    s.fg_made_40_49 += num(r.fg_made_40_49);
    s.fg_made_50_59 += num(r.fg_made_50_59);
    s.fg_made_60_ += num(r.fg_made_60_);
    s.fg_missed += num(r.fg_missed);
    s.pat_made += num(r.pat_made);
    s.pat_missed += num(r.pat_missed);
  }
  for (const ps of agg.values()) add(ps);
}

function buildBios(
  dataDir: string,
  byPlayer: Map<string, PlayerSeason[]>,
  names: Map<string, string>,
  mainPosition: (id: string) => ModelPosition | null,
  rosters: History['rosters'],
): Map<string, PlayerBio> {
  const bios = new Map<string, PlayerBio>();
  for (const [id, list] of byPlayer) {
    const first = list[0]!.season;
    bios.set(id, {
      playerId: id,
      name: names.get(id) ?? id,
      position: mainPosition(id) ?? list[list.length - 1]!.position,
      birthYear: null,
      draft: { kind: 'unknown' },
      rookieSeason: first > 1999 ? first : null,
    });
  }
  // Rosters: birth dates, draft slots and rookie years (static facts, known before any season).
  const rosterPath = join(dataDir, 'nflverse', 'rosters_2022_2024_2025.csv');
  if (existsSync(rosterPath)) {
    for (const r of readCsv(rosterPath)) {
      const id = r.gsis_id;
      if (!id) continue;
      const season = num(r.season);
      let pool = rosters.get(season);
      if (!pool) rosters.set(season, (pool = new Map()));
      pool.set(id, { team: r.team ?? '', position: r.position ?? '' });
      let bio = bios.get(id);
      const pos = toPosition(r.position);
      if (!bio) {
        if (!pos) continue;
        bio = { playerId: id, name: r.full_name || id, position: pos, birthYear: null, draft: { kind: 'unknown' }, rookieSeason: null };
        bios.set(id, bio);
      }
      if (r.birth_date) {
        const d = new Date(`${r.birth_date}T00:00:00Z`);
        if (!Number.isNaN(d.getTime())) bio.birthYear = d.getUTCFullYear() + d.getUTCMonth() / 12 + d.getUTCDate() / 365;
      }
      const pick = numOrNull(r.draft_number);
      if (pick !== null && pick > 0) bio.draft = { kind: 'drafted', pick };
      else if (bio.draft.kind === 'unknown' && r.entry_year) bio.draft = { kind: 'undrafted' };
      const rookieYear = numOrNull(r.rookie_year) ?? numOrNull(r.entry_year);
      if (rookieYear !== null) bio.rookieSeason = rookieYear;
    }
  }
  addPfrAges(dataDir, byPlayer, bios);
  addCombine(dataDir, bios);
  return bios;
}

// PFR season tables: age by name + position + season (ages as of the season), used where no
// birth date is known. Ambiguous names are skipped rather than guessed.
function addPfrAges(dataDir: string, byPlayer: Map<string, PlayerSeason[]>, bios: Map<string, PlayerBio>) {
  const path = join(dataDir, 'eval-only', 'pfr_season_1970_2021.csv');
  if (!existsSync(path)) return;
  const byKey = new Map<string, number[]>();
  for (const r of readCsv(path)) {
    const age = numOrNull(r.age);
    const pos = toPosition((r.pos ?? '').toUpperCase());
    if (age === null || !pos) continue;
    const k = `${canonicalName(r.player ?? '')}|${pos}|${num(r.season)}`;
    const list = byKey.get(k) ?? [];
    list.push(num(r.season) - age);
    byKey.set(k, list);
  }
  for (const [id, list] of byPlayer) {
    const bio = bios.get(id)!;
    if (bio.birthYear !== null) continue;
    for (const ps of list) {
      const k = `${canonicalName(bio.name)}|${ps.position}|${ps.season}`;
      const hits = byKey.get(k);
      if (hits && hits.length === 1) {
        // PFR ages are as of December 31: born somewhere in (S - age, S + 1 - age], take the middle.
        bio.birthYear = hits[0]! + 0.5;
        break;
      }
    }
  }
}

// Combine results: draft slot ("Team / 1st / 12th pick / 2015") and age for draft classes
// 2000-2019, joined by normalised name + position + the player's first season.
function addCombine(dataDir: string, bios: Map<string, PlayerBio>) {
  const path = join(dataDir, 'eval-only', 'pfr_combine_2000_2020.csv');
  if (!existsSync(path)) return;
  const byKey = new Map<string, Row[]>();
  for (const r of readCsv(path)) {
    const pos = toPosition(r.Pos);
    if (!pos) continue;
    const k = `${canonicalName(r.Player ?? '')}|${pos}`;
    byKey.set(k, [...(byKey.get(k) ?? []), r]);
  }
  for (const bio of bios.values()) {
    const rows = byKey.get(`${canonicalName(bio.name)}|${bio.position}`);
    if (!rows || bio.rookieSeason === null) continue;
    const row = rows.find((r) => num(r.Year) === bio.rookieSeason);
    if (!row) continue;
    const drafted = row['Drafted (tm/rnd/yr)'] ?? '';
    const m = /(\d+)(?:st|nd|rd|th) pick/.exec(drafted);
    if (bio.draft.kind === 'unknown') bio.draft = m ? { kind: 'drafted', pick: Number(m[1]) } : { kind: 'undrafted' };
    const age = numOrNull(row.Age);
    if (bio.birthYear === null && age !== null) bio.birthYear = num(row.Year) - age - 0.35; // combine ages are taken in February
  }
}

/** Age at the end of `season` (PFR convention), or null. */
/** Plausible ages of an NFL player in a season; outside it a birth date is a data error. */
const PLAUSIBLE_AGE = { min: 19, max: 48 } as const;

export function ageIn(bio: PlayerBio, season: number): number | null {
  if (bio.birthYear === null) return null;
  const age = season + 1 - bio.birthYear;
  // The data has wrong birth dates (a 2025 rookie born in 1945): treat them as unknown, or
  // the age features would extrapolate far outside anything the model was trained on.
  return age >= PLAUSIBLE_AGE.min && age <= PLAUSIBLE_AGE.max ? age : null;
}
