// The model's view of the data: typed in-memory records the feature builder reads. One
// builder fills them from SQLite (historyDb.ts) for the app, the CLIs and the tests; for
// backtests only, addEvalOnlyBios adds the PFR/combine ages and draft slots.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { StatLine } from '../../../shared/domain/stats';
import type { ModelPosition } from '../../../shared/domain/projection';
import { canonicalName } from '../../../shared/domain/names';
import { teamFromName } from './landingSpot';

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
  /** The team that drafted him (an abbreviation as its source spells it), or null. */
  draftTeam: string | null;
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
  /** Team abbreviation -> full name (the teams table): reads team names in eval-only tables. */
  teamNames: Map<string, string>;
}

type Row = Record<string, string>;

/** Rows of an eval-only CSV table by header name (PFR, combine, ADP exports). */
export function readCsvRows(path: string): Row[] {
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

/**
 * Backtests only: ages and draft slots the shipped data lacks for older players, from the
 * eval-only Pro-Football-Reference tables under `dataDir/eval-only` (never in the app).
 * Fills gaps in the bios; never overwrites what the imported data knows.
 */
export function addEvalOnlyBios(h: History, dataDir: string): void {
  addPfrAges(dataDir, h.byPlayer, h.bios);
  addCombine(dataDir, h);
}

// PFR season tables: age by name + position + season (ages as of the season), used where no
// birth date is known. Ambiguous names are skipped rather than guessed.
function addPfrAges(dataDir: string, byPlayer: Map<string, PlayerSeason[]>, bios: Map<string, PlayerBio>) {
  const path = join(dataDir, 'eval-only', 'pfr_season_1970_2021.csv');
  if (!existsSync(path)) return;
  const byKey = new Map<string, number[]>();
  for (const r of readCsvRows(path)) {
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

// Combine results: draft slot and drafting team ("Team / 1st / 12th pick / 2015") and age for
// draft classes 2000-2019, joined by normalised name + position + the player's first season.
function addCombine(dataDir: string, h: History) {
  const bios = h.bios;
  const inStats = new Set([...h.teams.values()].map((t) => t.team));
  const path = join(dataDir, 'eval-only', 'pfr_combine_2000_2020.csv');
  if (!existsSync(path)) return;
  const byKey = new Map<string, Row[]>();
  for (const r of readCsvRows(path)) {
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
    if (m && bio.draftTeam === null) bio.draftTeam = teamFromName(drafted.split(' / ')[0] ?? '', h.teamNames, (abbr) => inStats.has(abbr));
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
