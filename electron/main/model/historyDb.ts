// The one History builder: read from the imported SQLite tables (players, player_seasons,
// player_games, kicker_games, games), for the app, the CLIs and the tests alike.
// Ages come from birth dates only (the PFR tables are eval-only, never shipped), so older
// training seasons often have age_known = 0: the network has that flag. Only finished
// seasons are history: a season still being played (seasonInProgress) is left out, so it
// is never trained on or evaluated as a completed season.
// Rows are read in an order that does not depend on database row ids (gsis id, then name),
// so two imports of the same data, in either schema, give the same training order.
import type { Db } from '../db/connection';
import { SCORING_PRESETS, scoreTotals } from '../../../shared/domain/scoring';
import { emptyStatLine, OFFENSE_STATS, KICKING_STATS } from '../../../shared/domain/stats';
import type { ModelPosition } from '../../../shared/domain/projection';
import type { ModelDataInfo } from '../../../shared/ipc/types';
import { seasonInProgress } from '../db/repos/dataStatus';
import { openFolderDatabase } from '../data/folderDb';
import { addEvalOnlyBios, type History, type PlayerBio, type PlayerSeason, type TeamSeason } from './history';

type Row = Record<string, number | string | null>;
const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const isModelPosition = (p: unknown): p is ModelPosition => p === 'QB' || p === 'RB' || p === 'WR' || p === 'TE' || p === 'K';

/** Changes whenever an import or refresh writes data: the saved model is stale when it differs. */
export function dataVersion(db: Db): string {
  const last = db.prepare('SELECT run_id AS runId, finished_at AS at FROM import_runs ORDER BY finished_at DESC, id DESC LIMIT 1').get() as
    | { runId: string; at: string }
    | undefined;
  const counts = db.prepare('SELECT (SELECT count(*) FROM player_seasons) || \'/\' || (SELECT count(*) FROM kicker_games)').pluck().get() as string;
  return last ? `${last.runId}@${last.at}#${counts}` : `none#${counts}`;
}

/**
 * A data version (from dataVersion()) in words for the Model view: the import it names, its
 * sources and file count, and the player-seasons it held. Null for a malformed version.
 */
export function describeDataVersion(db: Db, version: string): ModelDataInfo | null {
  const m = /^(.+)@(.+)#(\d+)\/(\d+)$/.exec(version) ?? /^(none)#(\d+)\/(\d+)$/.exec(version);
  if (!m) return null;
  if (m[1] === 'none') return { importedAt: null, sources: [], files: 0, playerSeasons: Number(m[2]) };
  const runs = db.prepare('SELECT source, count(*) AS files FROM import_runs WHERE run_id = ? GROUP BY source ORDER BY min(id)').all(m[1]) as {
    source: string;
    files: number;
  }[];
  return { importedAt: m[2]!, sources: runs.map((r) => r.source), files: runs.reduce((a, r) => a + r.files, 0), playerSeasons: Number(m[3]) };
}

export function loadHistoryFromDb(db: Db): History {
  // Seasons before this one are finished (no in-progress season: every season).
  const upTo = seasonInProgress(db)?.season ?? 1e9;
  const scheduleGames = new Map<number, number>();
  const teamPoints = new Map<string, { pts: number; g: number }>();
  for (const g of db.prepare(`SELECT season, week, home_team, away_team, home_score, away_score FROM games WHERE game_type = 'REG' ORDER BY game_id`).all() as Row[]) {
    const season = n(g.season);
    scheduleGames.set(season, Math.max(scheduleGames.get(season) ?? 0, n(g.week) - 1));
    if (g.home_score === null || g.away_score === null) continue;
    for (const [team, pts] of [[g.home_team, g.home_score], [g.away_team, g.away_score]] as const) {
      const k = `${season}:${String(team)}`;
      const t = teamPoints.get(k) ?? { pts: 0, g: 0 };
      t.pts += n(pts);
      t.g += 1;
      teamPoints.set(k, t);
    }
  }

  const lastWeek = new Map<number, number>();
  for (const r of db.prepare(`SELECT season, max(week) AS w FROM player_games WHERE season_type = 'REG' AND season < ? GROUP BY season`).all(upTo) as Row[]) {
    lastWeek.set(n(r.season), n(r.w));
  }
  const weekAgg = new Map<string, { ts: number[]; ays: number[]; wo: number[]; late: number }>();
  const teamAgg = new Map<string, { pass: number; rush: number; ppr: number; weeks: Set<number> }>();
  // A team's PPR points per game (a model input) are its players' game lines scored by the
  // one scoring module, under the PPR preset (only a TE scores differently: the TE premium).
  const ppr = SCORING_PRESETS.ppr;
  const line = emptyStatLine();
  const weekly = db.prepare(
    `SELECT g.player_id, g.season, g.week, g.team, g.target_share, g.air_yards_share, g.wopr, p.fantasy_position,
            ${OFFENSE_STATS.map((k) => `g.${k}`).join(', ')}
     FROM player_games g LEFT JOIN players p ON p.id = g.player_id WHERE g.season_type = 'REG' AND g.season < ?
     ORDER BY g.season, g.week, coalesce(p.gsis_id, '') || '|' || p.name_key`,
  );
  for (const r of weekly.iterate(upTo) as Iterable<Row>) {
    for (const k of OFFENSE_STATS) line[k] = n(r[k]);
    const s = n(r.season);
    const k = `${s}:${r.player_id}`;
    const a = weekAgg.get(k) ?? { ts: [], ays: [], wo: [], late: 0 };
    if (typeof r.target_share === 'number') a.ts.push(r.target_share);
    if (typeof r.air_yards_share === 'number') a.ays.push(r.air_yards_share);
    if (typeof r.wopr === 'number') a.wo.push(r.wopr);
    if (n(r.week) > (lastWeek.get(s) ?? 17) - 6) a.late += 1;
    weekAgg.set(k, a);
    const tk = `${s}:${r.team ?? ''}`;
    const t = teamAgg.get(tk) ?? { pass: 0, rush: 0, ppr: 0, weeks: new Set<number>() };
    t.pass += n(r.pass_att);
    t.rush += n(r.rush_att);
    t.ppr += scoreTotals(line, ppr, r.fantasy_position === 'TE' ? 'TE' : 'WR');
    t.weeks.add(n(r.week));
    teamAgg.set(tk, t);
  }
  const teams = new Map<string, TeamSeason>();
  for (const [k, t] of teamAgg) {
    const [season, team] = k.split(':') as [string, string];
    const g = Math.max(1, t.weeks.size);
    const p = teamPoints.get(k);
    teams.set(k, { team, season: Number(season), passAttPerGame: t.pass / g, rushAttPerGame: t.rush / g, pprPerGame: t.ppr / g, pointsPerGame: p && p.g > 0 ? p.pts / p.g : 21 });
  }

  const players = db
    .prepare(`SELECT id, name, fantasy_position, birth_date, draft_club, draft_number, draft_year, rookie_year, first_season, roster_season, team, status FROM players ORDER BY coalesce(gsis_id, ''), name_key, id`)
    .all() as Row[];
  const position = new Map<string, ModelPosition>();
  const bios = new Map<string, PlayerBio>();
  const rosters: History['rosters'] = new Map();
  for (const p of players) {
    if (!isModelPosition(p.fantasy_position)) continue;
    const id = String(p.id);
    position.set(id, p.fantasy_position);
    let birthYear: number | null = null;
    if (typeof p.birth_date === 'string' && p.birth_date) {
      const d = new Date(`${p.birth_date.slice(0, 10)}T00:00:00Z`);
      if (!Number.isNaN(d.getTime())) birthYear = d.getUTCFullYear() + d.getUTCMonth() / 12 + d.getUTCDate() / 365;
    }
    const pick = n(p.draft_number);
    const rookieSeason = typeof p.rookie_year === 'number' ? p.rookie_year : typeof p.first_season === 'number' && p.first_season > 1999 ? p.first_season : null;
    bios.set(id, {
      playerId: id,
      name: String(p.name ?? id),
      position: p.fantasy_position,
      birthYear,
      draft: pick > 0 ? { kind: 'drafted', pick } : typeof p.draft_year === 'number' || typeof p.rookie_year === 'number' ? { kind: 'undrafted' } : { kind: 'unknown' },
      draftTeam: pick > 0 && typeof p.draft_club === 'string' && p.draft_club ? p.draft_club : null,
      rookieSeason,
    });
    if (typeof p.roster_season === 'number') {
      let pool = rosters.get(p.roster_season);
      if (!pool) rosters.set(p.roster_season, (pool = new Map()));
      pool.set(id, { team: String(p.team ?? ''), position: p.fantasy_position });
    }
  }
  // The database keeps each player's latest roster only (players.roster_season), so only the
  // newest roster season is complete: an older one holds just the players who are on no later
  // roster, and treating it as that season's roster put nearly everyone "on no team" (the 2022
  // backtest's MAE went from 56 to 80 with the team step). Keep the complete one only; earlier
  // seasons are then projected like every season without a roster.
  const newestRoster = Math.max(...rosters.keys());
  for (const season of [...rosters.keys()]) if (season !== newestRoster) rosters.delete(season);

  const bySeason = new Map<number, Map<string, PlayerSeason>>();
  const byPlayer = new Map<string, PlayerSeason[]>();
  const add = (ps: PlayerSeason) => {
    let m = bySeason.get(ps.season);
    if (!m) bySeason.set(ps.season, (m = new Map()));
    m.set(ps.playerId, ps);
    byPlayer.set(ps.playerId, [...(byPlayer.get(ps.playerId) ?? []), ps]);
  };
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const seasonRows = db.prepare(
    `SELECT s.* FROM player_seasons s JOIN players p ON p.id = s.player_id
     WHERE s.season_type = 'REG' AND s.season < ? ORDER BY s.season, coalesce(p.gsis_id, ''), p.name_key`,
  );
  for (const r of seasonRows.iterate(upTo) as Iterable<Row>) {
    const id = String(r.player_id);
    const pos = position.get(id);
    if (!pos || pos === 'K') continue;
    const stats = emptyStatLine();
    for (const k of OFFENSE_STATS) stats[k] = n(r[k]);
    const w = weekAgg.get(`${n(r.season)}:${id}`);
    add({
      playerId: id,
      season: n(r.season),
      position: pos,
      team: String(r.team ?? ''),
      teams: String(r.teams ?? '').split(';').filter(Boolean),
      games: n(r.games),
      stats,
      targetShare: w ? mean(w.ts) : null,
      airYardsShare: w ? mean(w.ays) : null,
      wopr: w ? mean(w.wo) : null,
      passEpa: n(r.pass_epa),
      rushEpa: n(r.rush_epa),
      recEpa: n(r.rec_epa),
      lateGames: w?.late ?? 0,
    });
  }
  const kickers = new Map<string, PlayerSeason>();
  const kickerRows = db.prepare(
    `SELECT k.* FROM kicker_games k JOIN players p ON p.id = k.player_id
     WHERE k.season_type = 'REG' AND k.season < ? ORDER BY k.season, coalesce(p.gsis_id, ''), p.name_key, k.week`,
  );
  for (const r of kickerRows.iterate(upTo) as Iterable<Row>) {
    const id = String(r.player_id);
    const season = n(r.season);
    const k = `${season}:${id}`;
    let ps = kickers.get(k);
    if (!ps) {
      ps = { playerId: id, season, position: 'K', team: '', teams: [], games: 0, stats: emptyStatLine(), targetShare: null, airYardsShare: null, wopr: null, passEpa: 0, rushEpa: 0, recEpa: 0, lateGames: 0 };
      kickers.set(k, ps);
    }
    ps.games += 1;
    ps.team = String(r.team ?? ps.team);
    if (r.team && !ps.teams.includes(String(r.team))) ps.teams.push(String(r.team));
    if (n(r.week) > (lastWeek.get(season) ?? 17) - 6) ps.lateGames += 1;
    for (const s of KICKING_STATS) ps.stats[s] += n(r[s]);
  }
  for (const ps of kickers.values()) {
    add(ps);
    if (!bios.has(ps.playerId)) bios.set(ps.playerId, { playerId: ps.playerId, name: ps.playerId, position: 'K', birthYear: null, draft: { kind: 'unknown' }, draftTeam: null, rookieSeason: null });
  }
  for (const list of byPlayer.values()) list.sort((a, b) => a.season - b.season);
  const teamNames = new Map((db.prepare('SELECT abbr, name FROM teams ORDER BY abbr').all() as { abbr: string; name: string }[]).map((t) => [t.abbr, t.name]));
  return { seasons: [...bySeason.keys()].sort((a, b) => a - b), bySeason, byPlayer, bios, teams, scheduleGames, rosters, teamNames };
}

/**
 * A data folder's History, as the app would build it: every recognised file through the
 * importer into a cached database (folderDb.ts), then the one builder above; plus, for
 * backtests, the eval-only ages and draft slots found under the folder.
 */
export async function loadHistoryFromFolder(
  dir: string,
  options: { cacheDir?: string; onProgress?: (phase: string) => void; onOpened?: (info: { cached: boolean; file: string }) => void } = {},
): Promise<History> {
  const opened = await openFolderDatabase(dir, options);
  try {
    options.onOpened?.({ cached: opened.cached, file: opened.file });
    const h = loadHistoryFromDb(opened.db);
    addEvalOnlyBios(h, dir);
    return h;
  } finally {
    opened.db.close();
  }
}
