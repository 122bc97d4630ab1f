// What data is loaded: counts, the target season, and import provenance.
import { DATA_SOURCES } from '../../../../shared/domain/dataSources';
import type { DataStatus, ImportRunInfo } from '../../../../shared/ipc/types';
import type { Db } from '../connection';

/** The season drafts are for: the latest season with player results, plus one. */
export function targetSeason(db: Db): number | null {
  const latest = db
    .prepare(
      `SELECT max(s) FROM (
         SELECT max(season) AS s FROM player_games UNION ALL
         SELECT max(season) FROM player_seasons UNION ALL
         SELECT max(season) FROM kicker_games)`,
    )
    .pluck()
    .get() as number | null;
  if (latest !== null) return latest + 1;
  const played = db.prepare('SELECT max(season) FROM games WHERE home_score IS NOT NULL').pluck().get() as number | null;
  return played === null ? null : played + 1;
}

export function latestResultsSeason(db: Db): number | null {
  const t = targetSeason(db);
  return t === null ? null : t - 1;
}

export function dataCounts(db: Db): DataStatus['counts'] {
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    players: n('SELECT count(*) FROM players'),
    player_seasons: n('SELECT count(*) FROM player_seasons'),
    player_games: n('SELECT count(*) FROM player_games'),
    kicker_games: n('SELECT count(*) FROM kicker_games'),
    team_defense_games: n('SELECT count(*) FROM team_defense_games'),
    teams: n('SELECT count(*) FROM teams'),
    games: n('SELECT count(*) FROM games'),
    pool: n('SELECT count(*) FROM players WHERE in_pool = 1'),
  };
}

/** The latest import runs (one row per file), newest first. */
export function importRuns(db: Db, limit = 50): ImportRunInfo[] {
  return db
    .prepare(
      `SELECT run_id AS runId, source, kind, file, rows, licence, started_at AS startedAt, finished_at AS finishedAt
       FROM import_runs ORDER BY finished_at DESC, id DESC LIMIT ?`,
    )
    .all(limit) as ImportRunInfo[];
}

export function dataStatus(db: Db): DataStatus {
  const runs = importRuns(db);
  return {
    counts: dataCounts(db),
    targetSeason: targetSeason(db),
    latestResultsSeason: latestResultsSeason(db),
    lastImport: runs[0]?.finishedAt ?? null,
    runs,
    sources: DATA_SOURCES,
  };
}
