// Imports every recognised data file under a folder: parse and validate all of them
// first (nothing touches the database yet), then write them in ONE transaction, so a
// bad file anywhere leaves the database exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { JobHandle } from '../jobs';
import { readCsv, readJson } from './csv';
import { parsePlayerSeasons, parsePlayerWeeks } from './nflverseStats';
import { parseKicking } from './nflverseKicking';
import { parseByes, parseGames, parseRosters, parseTeams } from './nflverseTables';
import { parseSleeperPlayers, parseSleeperStats } from './sleeper';
import { skipReport, type FileKind, type ParsedFile } from './records';
import type { SkipReport } from '../../../shared/ipc/types';
import { targetSeason } from '../db/repos/dataStatus';
import { writeParsedFiles, type WriteSummary } from './writer';

export interface DataFile {
  file: string;
  kind: FileKind;
  /** REG/POST for season files whose rows do not say. */
  seasonType?: 'REG' | 'POST';
  /** Season for Sleeper stats files (named by season). */
  season?: number;
}

/** Which kind of file a name is, or null (not ours: ignored). */
export function recognise(file: string): DataFile | null {
  const name = path.basename(file).toLowerCase();
  let m: RegExpExecArray | null;
  if (/^(player_stats_week|stats_player_week)(_.*)?\.csv$/.test(name)) return { file, kind: 'player_week' };
  if ((m = /^(?:player_stats_season|stats_player)_(reg|post)(_.*)?\.csv$/.exec(name))) {
    return { file, kind: 'player_season', seasonType: m[1] === 'post' ? 'POST' : 'REG' };
  }
  if (/^kicking_week(_.*)?\.csv$/.test(name)) return { file, kind: 'kicking' };
  if (/^rosters?(_.*)?\.csv$/.test(name)) return { file, kind: 'rosters' };
  if (/^games(_.*)?\.csv$/.test(name)) return { file, kind: 'games' };
  if (/^bye_weeks(_.*)?\.csv$/.test(name)) return { file, kind: 'byes' };
  if (/^teams(_.*)?\.csv$/.test(name)) return { file, kind: 'teams' };
  if (/^players_nfl.*\.json$/.test(name)) return { file, kind: 'sleeper_players' };
  if ((m = /stats.*regular[_-]?(\d{4})\.json$/.exec(name))) return { file, kind: 'sleeper_stats', season: Number(m[1]) };
  return null;
}

/**
 * Recognised files under `dir`, in a stable order. Never anything under an
 * `eval-only` folder: those files may not ship and are never the app's data.
 */
export function discoverFiles(dir: string): DataFile[] {
  const found: DataFile[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'eval-only') walk(p);
      } else if (entry.isFile()) {
        const f = recognise(p);
        if (f) found.push(f);
      }
    }
  };
  walk(dir);
  return found;
}

export function parseDataFile(f: DataFile): ParsedFile {
  switch (f.kind) {
    case 'player_week':
      return parsePlayerWeeks(readCsv(f.file));
    case 'player_season':
      return parsePlayerSeasons(readCsv(f.file), f.seasonType ?? null);
    case 'kicking':
      return parseKicking(readCsv(f.file));
    case 'rosters':
      return parseRosters(readCsv(f.file));
    case 'games':
      return parseGames(readCsv(f.file));
    case 'byes':
      return parseByes(readCsv(f.file));
    case 'teams':
      return parseTeams(readCsv(f.file));
    case 'sleeper_players':
    case 'sleeper_stats': {
      const text = fs.readFileSync(f.file, 'utf8');
      const json = readJson(f.file);
      return f.kind === 'sleeper_players' ? parseSleeperPlayers(f.file, text, json) : parseSleeperStats(f.file, text, json, f.season!);
    }
  }
}

export interface ImportCounts {
  players: number;
  player_seasons: number;
  player_games: number;
  kicker_games: number;
  teams: number;
  games: number;
}

export interface ImportResult {
  runId: string;
  files: { file: string; kind: FileKind; rows: number; duplicates: number; skipped: SkipReport[] }[];
  counts: ImportCounts;
  targetSeason: number | null;
  seconds: number;
  summary: WriteSummary;
}

export interface ImportOptions {
  job?: JobHandle;
  now?: () => Date;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function importCounts(db: Db): ImportCounts {
  const n = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return {
    players: n('players'),
    player_seasons: n('player_seasons'),
    player_games: n('player_games'),
    kicker_games: n('kicker_games'),
    teams: n('teams'),
    games: n('games'),
  };
}

/** Parses the given files, then writes them all in one transaction. */
export async function importFiles(db: Db, files: DataFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const t0 = performance.now();
  const job = options.job;
  const sizes = files.map((f) => fs.statSync(f.file).size);
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  let done = 0;
  const parsed: ParsedFile[] = [];
  for (const [i, f] of files.entries()) {
    job?.throwIfCancelled();
    job?.progress(`Reading ${path.basename(f.file)}`, (0.7 * done) / total);
    await yieldToLoop();
    parsed.push(parseDataFile(f));
    done += sizes[i]!;
  }
  job?.throwIfCancelled();
  job?.progress('Writing to the database', 0.7);
  await yieldToLoop();
  const runId = randomUUID();
  const reports = parsed.map((p) => skipReport(p.skipped));
  const summary = db.transaction(() => {
    const s = writeParsedFiles(db, parsed, started.toISOString());
    const finished = now().toISOString();
    const run = db.prepare(
      `INSERT INTO import_runs (run_id, source, kind, file, rows, licence, started_at, finished_at, skipped, skipped_detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [i, p] of parsed.entries()) {
      run.run(runId, p.source, p.kind, path.basename(p.file), p.rows, p.licence, started.toISOString(), finished, p.skipped.length, JSON.stringify(reports[i]));
    }
    return s;
  })();
  return {
    runId,
    files: parsed.map((p, i) => ({ file: p.file, kind: p.kind, rows: p.rows, duplicates: p.duplicates, skipped: reports[i]! })),
    counts: importCounts(db),
    targetSeason: targetSeason(db),
    seconds: Math.round((performance.now() - t0) / 10) / 100,
    summary,
  };
}

/** Imports every recognised file under `dir` (never eval-only/). */
export async function importDirectory(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const files = discoverFiles(dir);
  if (files.length === 0) throw new Error(`no data files found under ${dir} (expected nflverse CSV or Sleeper JSON files)`);
  return importFiles(db, files, options);
}
