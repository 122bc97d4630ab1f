// What data is loaded: counts, the target season, and import provenance.
import { DATA_SOURCES } from '../../../../shared/domain/dataSources';
import type { DataStatus, ImportRunInfo, SeasonProgress } from '../../../../shared/ipc/types';
import type { Db } from '../connection';

/** The latest season with player results (stats), or null. */
function latestStatsSeason(db: Db): number | null {
  return db
    .prepare(
      `SELECT max(s) FROM (
         SELECT max(season) AS s FROM player_games UNION ALL
         SELECT max(season) FROM player_seasons UNION ALL
         SELECT max(season) FROM kicker_games)`,
    )
    .pluck()
    .get() as number | null;
}

/**
 * The latest season with results while its regular season is not over: the schedule
 * (games) still has regular-season games of it without a score. A December refresh
 * brings weeks 1-13 of the season being played; that season is not a finished one.
 * `week` is the last regular-season week with results.
 */
export function seasonInProgress(db: Db): SeasonProgress | null {
  const latest = latestStatsSeason(db);
  if (latest === null) return null;
  const g = db
    .prepare(
      `SELECT count(*) AS games, coalesce(sum(home_score IS NULL OR away_score IS NULL), 0) AS unplayed,
              max(CASE WHEN home_score IS NOT NULL AND away_score IS NOT NULL THEN week END) AS lastPlayed
       FROM games WHERE season = ? AND game_type = 'REG'`,
    )
    .get(latest) as { games: number; unplayed: number; lastPlayed: number | null };
  if (g.games === 0 || g.unplayed === 0) return null;
  const statsWeek = db.prepare(`SELECT max(week) FROM player_games WHERE season = ? AND season_type = 'REG'`).pluck().get(latest) as number | null;
  return { season: latest, week: statsWeek ?? g.lastPlayed ?? 0 };
}

/** The latest season with player results (finished or in progress). */
export function latestResultsSeason(db: Db): number | null {
  return latestStatsSeason(db) ?? (db.prepare('SELECT max(season) FROM games WHERE home_score IS NOT NULL').pluck().get() as number | null);
}

/**
 * The season drafts are for: the season after the latest one with results, or that
 * season itself while its regular season is still being played.
 */
export function targetSeason(db: Db): number | null {
  const latest = latestResultsSeason(db);
  if (latest === null) return null;
  return seasonInProgress(db) ? latest : latest + 1;
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
  const rows = db
    .prepare(
      `SELECT run_id AS runId, source, kind, file, rows, licence, started_at AS startedAt, finished_at AS finishedAt,
              skipped, skipped_detail AS detail
       FROM import_runs ORDER BY finished_at DESC, id DESC LIMIT ?`,
    )
    .all(limit) as (Omit<ImportRunInfo, 'skippedDetail'> & { detail: string })[];
  return rows.map(({ detail, ...r }) => ({ ...r, skippedDetail: JSON.parse(detail) as ImportRunInfo['skippedDetail'] }));
}

export function dataStatus(db: Db): DataStatus {
  const runs = importRuns(db);
  return {
    counts: dataCounts(db),
    targetSeason: targetSeason(db),
    latestResultsSeason: latestResultsSeason(db),
    seasonInProgress: seasonInProgress(db),
    lastImport: runs[0]?.finishedAt ?? null,
    runs,
    sources: DATA_SOURCES,
  };
}
