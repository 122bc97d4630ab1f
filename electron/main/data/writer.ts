// Writes parsed files into the database: idempotent upserts, run by the caller inside
// ONE transaction (importer.ts), so an import lands whole or not at all.
import { currentFranchiseSql, fantasyPosition } from '../../../shared/domain/players';
import { normaliseName, playerNameKey } from '../../../shared/domain/names';
import type { Db } from '../db/connection';
import { teamNameInSeason } from '../../../shared/domain/teamNames';
import { targetSeason } from '../db/repos/dataStatus';
import {
  GAME_STAT_COLUMNS,
  KICKER_GAME_COLUMNS,
  NO_BIO,
  NO_IDS,
  NULLABLE_STAT_COLUMNS,
  SEASON_EXTRA_COLUMNS,
  type ParsedFile,
  type PlayerBio,
  type PlayerFact,
  type PlayerIds,
} from './records';

interface PlayerRow extends PlayerIds, PlayerBio {
  id: number;
  dst_team: string | null;
  name: string;
  name_key: string;
  short_name: string | null;
  position: string | null;
  fantasy_position: string | null;
  team: string | null;
  team_season: number | null;
  roster_season: number | null;
}

const PLAYER_COLUMNS = [
  'id', 'gsis_id', 'sleeper_id', 'espn_id', 'yahoo_id', 'pfr_id', 'dst_team', 'name', 'name_key', 'short_name',
  'position', 'fantasy_position', 'team', 'team_season', 'roster_season', 'birth_date', 'college', 'height', 'weight',
  'jersey_number', 'draft_club', 'draft_number', 'draft_year', 'rookie_year', 'years_exp', 'status', 'injury_status',
] as const;

/** Bio fields a later fact overwrites (or, for fill-only sources, only fills). */
const BIO = [
  'birth_date', 'college', 'height', 'weight', 'jersey_number', 'draft_club', 'draft_number', 'draft_year',
  'rookie_year', 'years_exp', 'status', 'espn_id', 'yahoo_id', 'pfr_id',
] as const;

export interface WriteSummary {
  playersMatched: number;
  playersAdded: number;
  /** Sleeper stat lines for ids no player carries (nothing to attach them to). */
  unmatchedSleeperStats: number;
  /** External ids a fact gave that already belong to another player (kept as they were). */
  idConflicts: number;
}

/** Resolves player facts to stable internal ids, in memory, then writes changed rows. */
class PlayerBook {
  rows = new Map<number, PlayerRow>();
  byGsis = new Map<string, number>();
  bySleeper = new Map<string, number>();
  byDst = new Map<string, number>();
  /** name_key|fantasy position -> ids of players without a gsis id (rookies, Sleeper-only). */
  byName = new Map<string, number[]>();
  changed = new Set<number>();
  nextId: number;
  summary: WriteSummary = { playersMatched: 0, playersAdded: 0, unmatchedSleeperStats: 0, idConflicts: 0 };

  constructor(private db: Db) {
    const all = db.prepare(`SELECT ${PLAYER_COLUMNS.join(', ')} FROM players`).all() as PlayerRow[];
    for (const r of all) this.index(r);
    this.nextId = (db.prepare('SELECT max(id) FROM players').pluck().get() as number | null) ?? 0;
  }

  private index(r: PlayerRow): void {
    this.rows.set(r.id, r);
    if (r.gsis_id) this.byGsis.set(r.gsis_id, r.id);
    if (r.sleeper_id) this.bySleeper.set(r.sleeper_id, r.id);
    if (r.dst_team) this.byDst.set(r.dst_team, r.id);
    else this.indexName(r);
  }

  private nameKeyOf(r: { name_key: string; fantasy_position: string | null; position: string | null }): string {
    return `${r.name_key}|${r.fantasy_position ?? r.position ?? ''}`;
  }

  private indexName(r: PlayerRow): void {
    const k = this.nameKeyOf(r);
    const ids = this.byName.get(k) ?? [];
    if (!ids.includes(r.id)) this.byName.set(k, [...ids, r.id]);
  }

  private unindexName(r: PlayerRow): void {
    const k = this.nameKeyOf(r);
    const ids = (this.byName.get(k) ?? []).filter((i) => i !== r.id);
    if (ids.length) this.byName.set(k, ids);
    else this.byName.delete(k);
  }

  private find(f: PlayerFact): number | undefined {
    // A source's own id first: Sleeper's gsis ids are sometimes another player's.
    const byId: [string | null, Map<string, number>][] = [
      [f.gsis_id, this.byGsis],
      [f.sleeper_id, this.bySleeper],
    ];
    if (f.fillOnly) byId.reverse();
    for (const [value, map] of byId) {
      const id = value ? map.get(value) : undefined;
      if (id !== undefined) return id;
    }
    // No id in common (a rookie before his gsis id is published, a Sleeper entry without
    // a gsis id): the same normalised name and position, and no contradicting id.
    // Several candidates: the one on the newest roster, then the oldest id, so a
    // re-import always picks the same player.
    const pos = fantasyPosition(f.position) ?? f.position ?? '';
    const candidates = (this.byName.get(`${normaliseName(f.name)}|${pos}`) ?? [])
      .map((id) => this.rows.get(id)!)
      .filter((r) => !(f.gsis_id && r.gsis_id) && !(f.sleeper_id && r.sleeper_id))
      // A live-snapshot entry (Sleeper) only joins a player on a recent roster, never a
      // namesake who retired years ago.
      .filter((r) => !f.fillOnly || r.roster_season !== null)
      .sort((a, b) => (b.roster_season ?? 0) - (a.roster_season ?? 0) || a.id - b.id);
    if (candidates.length === 1 || (candidates.length > 1 && !f.gsis_id && !f.sleeper_id)) return candidates[0]!.id;
    return undefined;
  }

  apply(f: PlayerFact, now: string): number {
    let id = this.find(f);
    if (id === undefined) {
      id = ++this.nextId;
      this.summary.playersAdded++;
      const row: PlayerRow = {
        id,
        ...NO_IDS,
        ...NO_BIO,
        dst_team: null,
        name: f.name,
        name_key: playerNameKey(f.name, null),
        short_name: f.short_name,
        position: f.position,
        fantasy_position: fantasyPosition(f.position),
        team: null,
        team_season: null,
        roster_season: null,
      };
      this.index(row);
    } else {
      this.summary.playersMatched++;
    }
    const r = this.rows.get(id)!;
    this.claim(r, 'gsis_id', f.gsis_id, this.byGsis);
    this.claim(r, 'sleeper_id', f.sleeper_id, this.bySleeper);
    // Names and positions: rosters are authoritative; stat files and Sleeper fill gaps.
    const authoritative = f.roster_season !== null;
    this.unindexName(r);
    if ((authoritative || !r.name) && r.name !== f.name) {
      r.name = f.name;
      r.name_key = playerNameKey(f.name, null);
    }
    if (f.short_name && (!r.short_name || !f.fillOnly)) r.short_name = f.short_name;
    if (f.position && (authoritative || !r.position)) {
      r.position = f.position;
      r.fantasy_position = fantasyPosition(f.position);
    }
    this.indexName(r);
    for (const k of BIO) {
      const v = f[k];
      if (v === null || v === undefined) continue;
      if (f.fillOnly && r[k] !== null) continue;
      (r as unknown as Record<string, unknown>)[k] = v;
    }
    if (f.injury_status !== null || f.sleeper_id) r.injury_status = f.injury_status ?? r.injury_status;
    if (f.team && (r.team === null || (f.team_season !== null && (r.team_season === null || f.team_season >= r.team_season)))) {
      r.team = f.team;
      r.team_season = f.team_season ?? r.team_season;
    }
    if (f.roster_season !== null && (r.roster_season === null || f.roster_season > r.roster_season)) r.roster_season = f.roster_season;
    void now;
    this.changed.add(id);
    return id;
  }

  private claim(r: PlayerRow, field: 'gsis_id' | 'sleeper_id', value: string | null, map: Map<string, number>): void {
    if (!value || r[field] === value) return;
    const owner = map.get(value);
    if (owner !== undefined && owner !== r.id) {
      this.summary.idConflicts++;
      return;
    }
    if (r[field] && r[field] !== value) {
      // Two sources disagree on a player's id (Sleeper gives Tyler Conklin another
      // player's gsis id): keep the one we have; stats are keyed by it.
      this.summary.idConflicts++;
      return;
    }
    r[field] = value;
    map.set(value, r.id);
  }

  ensureDst(team: string, name: string): number {
    let id = this.byDst.get(team);
    if (id === undefined) {
      id = ++this.nextId;
      this.summary.playersAdded++;
      const row: PlayerRow = {
        ...Object.fromEntries(PLAYER_COLUMNS.map((c) => [c, null])),
        id,
        dst_team: team,
        name: `${name} D/ST`,
        name_key: playerNameKey(`${name} D/ST`, team),
        position: 'DST',
        fantasy_position: 'DST',
        team,
      } as PlayerRow;
      this.index(row);
      this.changed.add(id);
    } else {
      const r = this.rows.get(id)!;
      if (r.name !== `${name} D/ST`) {
        r.name = `${name} D/ST`;
        r.name_key = playerNameKey(r.name, team);
        this.changed.add(id);
      }
    }
    return id;
  }

  attachSleeperDst(team: string, sleeperId: string): void {
    const id = this.byDst.get(team);
    if (id === undefined) return;
    this.claim(this.rows.get(id)!, 'sleeper_id', sleeperId, this.bySleeper);
    this.changed.add(id);
  }

  flush(now: string): void {
    const cols = PLAYER_COLUMNS.filter((c) => c !== 'id');
    const stmt = this.db.prepare(
      `INSERT INTO players (${PLAYER_COLUMNS.join(', ')}, updated_at) VALUES (${PLAYER_COLUMNS.map((c) => '@' + c).join(', ')}, @updated_at)
       ON CONFLICT(id) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at`,
    );
    // Free unique ids first: a re-keyed player could otherwise collide mid-update.
    for (const id of this.changed) {
      const r = this.rows.get(id)!;
      stmt.run({ ...r, updated_at: now });
    }
    this.changed.clear();
  }
}

function statUpsert(db: Db, table: string, keys: string[], columns: readonly string[], conflict: string[], conflictWhere = '') {
  const all = [...keys, ...columns];
  return db.prepare(
    `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})
     ON CONFLICT(${conflict.join(', ')})
     DO UPDATE SET ${all.filter((c) => !conflict.includes(c)).map((c) => `${c} = excluded.${c}`).join(', ')}${conflictWhere}`,
  );
}

/** Writes every parsed file. Call inside a transaction. */
export function writeParsedFiles(db: Db, files: readonly ParsedFile[], now: string): WriteSummary {
  const book = new PlayerBook(db);

  // Teams, schedule, byes.
  const teamStmt = db.prepare(
    `INSERT INTO teams (abbr, name, nick, conference, division, color, color2, color3, color4)
     VALUES (@abbr, @name, @nick, @conference, @division, @color, @color2, @color3, @color4)
     ON CONFLICT(abbr) DO UPDATE SET name = excluded.name, nick = excluded.nick, conference = excluded.conference,
       division = excluded.division, color = excluded.color, color2 = excluded.color2, color3 = excluded.color3, color4 = excluded.color4`,
  );
  const gameCols = [
    'game_id', 'season', 'game_type', 'week', 'gameday', 'weekday', 'gametime', 'away_team', 'away_score', 'home_team', 'home_score',
    'location', 'overtime', 'div_game', 'away_rest', 'home_rest', 'roof', 'surface', 'temp', 'wind', 'away_qb_name', 'home_qb_name',
    'away_coach', 'home_coach', 'stadium',
  ];
  const gameStmt = db.prepare(
    `INSERT INTO games (${gameCols.join(', ')}) VALUES (${gameCols.map((c) => '@' + c).join(', ')})
     ON CONFLICT(game_id) DO UPDATE SET ${gameCols.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  const byeStmt = db.prepare(
    `INSERT INTO byes (season, team, bye_week, bye_weeks, reg_season_weeks, games_scheduled)
     VALUES (@season, @team, @bye_week, @bye_weeks, @reg_season_weeks, @games_scheduled)
     ON CONFLICT(season, team) DO UPDATE SET bye_week = excluded.bye_week, bye_weeks = excluded.bye_weeks,
       reg_season_weeks = excluded.reg_season_weeks, games_scheduled = excluded.games_scheduled`,
  );
  for (const f of files) {
    for (const t of f.teams) teamStmt.run(t);
    for (const g of f.games) gameStmt.run(g);
    for (const b of f.byes) byeStmt.run(b);
  }

  // Players: nflverse stat files first, then rosters (authoritative), then Sleeper (fills gaps).
  const order = (f: ParsedFile) => (f.kind === 'rosters' ? 1 : f.kind === 'sleeper_players' ? 2 : 0);
  const sorted = [...files].sort((a, b) => order(a) - order(b));
  for (const f of sorted) {
    for (const fact of f.players) {
      if (f.kind === 'sleeper_players' && fact.position === 'DEF') continue; // team defences: below
      book.apply(fact, now);
    }
  }
  // One team-defence "player" per team that has a team name, named as in the latest season
  // (the teams file is a snapshot: it can predate a rename).
  const latestSeason = db.prepare('SELECT max(season) FROM games').pluck().get() as number | null;
  for (const t of db.prepare('SELECT abbr, name FROM teams').all() as { abbr: string; name: string }[]) {
    if (isCurrentTeam(db, t.abbr)) book.ensureDst(t.abbr, teamNameInSeason(t.abbr, latestSeason, t.name));
  }
  for (const f of files) {
    if (f.kind !== 'sleeper_players') continue;
    for (const fact of f.players) if (fact.position === 'DEF' && fact.sleeper_id && fact.team) book.attachSleeperDst(fact.team, fact.sleeper_id);
  }
  book.flush(now);

  // Stat lines.
  const gsisId = (key: string) => {
    const id = book.byGsis.get(key);
    if (id === undefined) throw new Error(`internal: no player for ${key}`);
    return id;
  };
  const pg = statUpsert(db, 'player_games', ['player_id', 'season', 'week', 'season_type', 'team', 'opponent'], [...GAME_STAT_COLUMNS, ...NULLABLE_STAT_COLUMNS], ['player_id', 'season', 'week']);
  const ps = statUpsert(
    db,
    'player_seasons',
    ['player_id', 'season', 'season_type', 'team', 'teams', 'games', 'source'],
    [...GAME_STAT_COLUMNS, ...SEASON_EXTRA_COLUMNS, ...NULLABLE_STAT_COLUMNS],
    ['player_id', 'season', 'season_type'],
    // Sleeper season totals never replace nflverse's.
    ` WHERE player_seasons.source = 'sleeper' OR excluded.source <> 'sleeper'`,
  );
  const kg = statUpsert(db, 'kicker_games', ['player_id', 'season', 'week', 'season_type', 'team'], [...KICKER_GAME_COLUMNS, 'fg_made_list', 'fg_missed_list', 'fg_blocked_list'], ['player_id', 'season', 'week']);
  for (const f of files) {
    for (const g of f.playerGames) {
      pg.run(gsisId(g.key), g.season, g.week, g.season_type, g.team, g.opponent, ...GAME_STAT_COLUMNS.map((c) => g.stats[c]), ...NULLABLE_STAT_COLUMNS.map((c) => g.nullable[c]));
    }
    for (const s of f.playerSeasons) {
      let id: number | undefined;
      if (s.source === 'sleeper') id = book.bySleeper.get(s.key) ?? book.byDst.get(s.key);
      else id = gsisId(s.key);
      if (id === undefined) {
        book.summary.unmatchedSleeperStats++;
        continue;
      }
      ps.run(
        id, s.season, s.season_type, s.team, s.teams, s.games, s.source,
        ...GAME_STAT_COLUMNS.map((c) => s.stats[c]),
        ...SEASON_EXTRA_COLUMNS.map((c) => s.extra[c]),
        ...NULLABLE_STAT_COLUMNS.map((c) => s.nullable[c]),
      );
    }
    for (const k of f.kickerGames) {
      kg.run(gsisId(k.key), k.season, k.week, k.season_type, k.team, ...KICKER_GAME_COLUMNS.map((c) => k.stats[c]), k.fg_made_list, k.fg_missed_list, k.fg_blocked_list);
    }
  }

  // Team defence: points allowed from every played game, box stats where a file has them.
  db.exec(`
    INSERT INTO team_defense_games (team, season, week, season_type, game_id, opponent, pts_allowed)
    SELECT home_team, season, week, CASE game_type WHEN 'REG' THEN 'REG' ELSE 'POST' END, game_id, away_team, away_score
      FROM games WHERE home_score IS NOT NULL AND away_score IS NOT NULL
    UNION ALL
    SELECT away_team, season, week, CASE game_type WHEN 'REG' THEN 'REG' ELSE 'POST' END, game_id, home_team, home_score
      FROM games WHERE home_score IS NOT NULL AND away_score IS NOT NULL
    ON CONFLICT(team, season, week) DO UPDATE SET game_id = excluded.game_id, opponent = excluded.opponent,
      pts_allowed = excluded.pts_allowed, season_type = excluded.season_type;
  `);
  const tdStmt = db.prepare(
    `UPDATE team_defense_games SET def_sacks = @def_sacks, def_int = @def_int, def_fum_rec = @def_fum_rec, def_td = @def_td, def_safety = @def_safety
     WHERE team = @team AND season = @season AND week = @week`,
  );
  for (const f of files) for (const t of f.teamDefense) tdStmt.run(t);

  refreshDerived(db);
  return book.summary;
}

/** A team abbreviation still in use: it appears in the newest season's schedule (or there is none). */
function isCurrentTeam(db: Db, abbr: string): boolean {
  const latest = db.prepare('SELECT max(season) FROM games').pluck().get() as number | null;
  if (latest === null) return true;
  return db.prepare('SELECT 1 FROM games WHERE season = ? AND (home_team = ? OR away_team = ?) LIMIT 1').get(latest, abbr, abbr) !== undefined;
}

/**
 * First/last season of each player and the draft pool: the target season's roster
 * where the data has one, else everyone with a line in the latest season or on the
 * latest roster. Retired and cut players are never in the pool.
 */
export function refreshDerived(db: Db): void {
  db.exec(`
    UPDATE players SET first_season = s.first, last_season = s.last
    FROM (SELECT player_id, min(season) AS first, max(season) AS last FROM (
            SELECT player_id, season FROM player_seasons UNION ALL
            SELECT player_id, season FROM player_games UNION ALL
            SELECT player_id, season FROM kicker_games)
          GROUP BY player_id) AS s
    WHERE players.id = s.player_id;
    UPDATE players SET first_season = s.first, last_season = s.last
    FROM (SELECT ${currentFranchiseSql('team')} AS team, min(season) AS first, max(season) AS last FROM team_defense_games GROUP BY 1) AS s
    WHERE players.dst_team = s.team;
  `);
  const target = targetSeason(db);
  if (target === null) {
    db.exec('UPDATE players SET in_pool = 0');
    return;
  }
  const hasRoster = db.prepare('SELECT 1 FROM players WHERE roster_season = ? LIMIT 1').get(target) !== undefined;
  const notGone = `coalesce(status, '') NOT IN ('RET', 'CUT', 'Inactive')`;
  if (hasRoster) {
    db.prepare(
      `UPDATE players SET in_pool = CASE WHEN fantasy_position IS NOT NULL AND fantasy_position <> 'DST'
         AND roster_season = @target AND ${notGone} THEN 1 ELSE 0 END`,
    ).run({ target });
  } else {
    db.prepare(
      `UPDATE players SET in_pool = CASE WHEN fantasy_position IS NOT NULL AND fantasy_position <> 'DST'
         AND (last_season >= @prev OR roster_season >= @prev) AND ${notGone} THEN 1 ELSE 0 END`,
    ).run({ prev: target - 1 });
  }
  const scheduled = db.prepare('SELECT 1 FROM games WHERE season = ? LIMIT 1').get(target) !== undefined;
  db.prepare(
    `UPDATE players SET in_pool = CASE WHEN @scheduled = 0 OR EXISTS (
       SELECT 1 FROM games g WHERE g.season = @target AND (g.home_team = players.dst_team OR g.away_team = players.dst_team)) THEN 1 ELSE 0 END
     WHERE dst_team IS NOT NULL`,
  ).run({ target, scheduled: scheduled ? 1 : 0 });
}
