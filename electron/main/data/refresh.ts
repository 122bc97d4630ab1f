// Online refresh: download the nflverse release files and the Sleeper players file,
// then validate and import them in ONE transaction (importer.ts). Any failure, while
// downloading or importing, leaves the data the user had. Partial downloads stay in
// <home>/downloads and resume on the next try.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { targetSeason } from '../db/repos/dataStatus';
import type { JobHandle } from '../jobs';
import { download, type DownloadOptions } from './download';
import { importFiles, recognise, type DataFile, type ImportResult } from './importer';

export interface RefreshSources {
  /** nflverse-data release downloads: <base>/<tag>/<file>. */
  nflverseBase: string;
  /** Sleeper API root: <base>/v1/... */
  sleeperBase: string;
}

export const DEFAULT_SOURCES: RefreshSources = {
  nflverseBase: 'https://github.com/nflverse/nflverse-data/releases/download',
  sleeperBase: 'https://api.sleeper.app',
};

/** Base URLs, overridable for tests and mirrors (never from a request: no fetching for others). */
export function refreshSources(env: NodeJS.ProcessEnv = process.env): RefreshSources {
  return {
    nflverseBase: (env.GRIDSCOUT_NFLVERSE_URL ?? DEFAULT_SOURCES.nflverseBase).replace(/\/+$/, ''),
    sleeperBase: (env.GRIDSCOUT_SLEEPER_URL ?? DEFAULT_SOURCES.sleeperBase).replace(/\/+$/, ''),
  };
}

export interface PlannedFile {
  url: string;
  /** Local name: also what the importer recognises. */
  name: string;
  /** A 404 is fine (a season not published yet). */
  optional: boolean;
}

/** What to download for `seasons` (stats) with rosters of the last two of them. */
export function refreshPlan(sources: RefreshSources, seasons: number[], currentSeason: number): PlannedFile[] {
  const n = sources.nflverseBase;
  const files: PlannedFile[] = [];
  for (const s of seasons) {
    // The current season has no stats before week 1: optional.
    const optional = s >= currentSeason;
    files.push({ url: `${n}/stats_player/stats_player_week_${s}.csv`, name: `stats_player_week_${s}.csv`, optional });
    files.push({ url: `${n}/stats_player/stats_player_reg_${s}.csv`, name: `stats_player_reg_${s}.csv`, optional });
  }
  // Rosters give the pool and the ids; a season's roster may not be published (yet), and
  // the import still stands without it.
  for (const s of [currentSeason - 1, currentSeason]) {
    files.push({ url: `${n}/rosters/roster_${s}.csv`, name: `roster_${s}.csv`, optional: true });
  }
  files.push({ url: `${n}/schedules/games.csv`, name: 'games.csv', optional: false });
  files.push({ url: `${n}/teams/teams_colors_logos.csv`, name: 'teams_colors_logos.csv', optional: true });
  files.push({ url: `${sources.sleeperBase}/v1/players/nfl`, name: 'players_nfl.json', optional: false });
  return files;
}

export interface RefreshOptions {
  home: string;
  sources: RefreshSources;
  /** Seasons of stats to fetch; default: from the target season (or 1999) to the current one. */
  seasons?: number[];
  now: () => Date;
  job?: JobHandle;
  download?: Pick<DownloadOptions, 'idleTimeoutMs' | 'retries' | 'backoffMs'>;
}

export interface RefreshResult extends ImportResult {
  downloaded: { name: string; bytes: number; resumedFrom: number; attempts: number }[];
  missing: string[];
  reusedSleeper: boolean;
}

const SLEEPER_MAX_AGE_MS = 24 * 60 * 60 * 1000; // Sleeper asks for the players file at most daily

/** The NFL season now, from Sleeper's state (falls back to the calendar: March starts a new league year). */
async function currentSeason(sources: RefreshSources, now: Date, signal?: AbortSignal): Promise<number> {
  try {
    const res = await fetch(`${sources.sleeperBase}/v1/state/nfl`, { signal: AbortSignal.any([AbortSignal.timeout(15_000), ...(signal ? [signal] : [])]) });
    if (res.ok) {
      const state = (await res.json()) as { season?: unknown; league_season?: unknown };
      const s = Number(state.league_season ?? state.season);
      if (Number.isInteger(s) && s > 1990) return s;
    }
  } catch {
    // fall through to the calendar
  }
  return now.getUTCMonth() >= 2 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

export async function refreshOnline(db: Db, options: RefreshOptions): Promise<RefreshResult> {
  const { job, sources } = options;
  const dir = path.join(options.home, 'downloads');
  fs.mkdirSync(dir, { recursive: true });
  job?.progress('Checking the current season', null);
  const current = await currentSeason(sources, options.now(), job?.signal);
  // Every season the data does not have finished: from the target season (the season in
  // progress, or the one after the latest finished season) to the current one. Seasons the
  // legacy files cover are never fetched again.
  const from = targetSeason(db) ?? 1999;
  const seasons = options.seasons ?? Array.from({ length: Math.max(1, current - from + 1) }, (_, i) => from + i);
  const plan = refreshPlan(sources, seasons, current);

  const downloaded: RefreshResult['downloaded'] = [];
  const missing: string[] = [];
  let reusedSleeper = false;
  const files: DataFile[] = [];
  for (const [i, f] of plan.entries()) {
    job?.throwIfCancelled();
    const dest = path.join(dir, f.name);
    const base = (0.6 * i) / plan.length;
    job?.progress(`Downloading ${f.name}`, base);
    if (f.name === 'players_nfl.json' && fs.existsSync(dest) && options.now().getTime() - fs.statSync(dest).mtimeMs < SLEEPER_MAX_AGE_MS) {
      reusedSleeper = true;
    } else {
      if (fs.existsSync(dest)) fs.rmSync(dest); // a finished file from an earlier run: fetch it fresh
      const outcome = await download(f.url, dest, {
        ...options.download,
        signal: job?.signal,
        headers: { 'User-Agent': 'GridScout (fantasy football desktop app)' },
        onBytes: (got, total) => {
          if (total) job?.progress(`Downloading ${f.name}`, base + (0.6 / plan.length) * (got / total));
        },
      });
      if (outcome.status === 'missing') {
        if (!f.optional) throw new AppError('unavailable', `${f.url} was not found (404). Your data was not changed.`);
        missing.push(f.name);
        continue;
      }
      downloaded.push({ name: f.name, bytes: outcome.bytes, resumedFrom: outcome.resumedFrom, attempts: outcome.attempts });
    }
    const recognised = recognise(dest);
    if (recognised) files.push(recognised);
  }

  // Validate and import in one transaction; map the importer's progress onto 60-100%.
  const scaled: JobHandle | undefined = job && {
    ...job,
    progress: (phase, fraction) => job.progress(phase, fraction === null ? null : 0.6 + 0.4 * fraction),
  };
  const result = await importFiles(db, files, { job: scaled, now: options.now });
  // Stats and rosters are in the database now; keep only the Sleeper file (its age
  // decides the next fetch).
  for (const f of plan) if (f.name !== 'players_nfl.json') fs.rmSync(path.join(dir, f.name), { force: true });
  return { ...result, downloaded, missing, reusedSleeper };
}
