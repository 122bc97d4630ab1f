// A small, deterministic league for the scouting tests: a temp app context whose database
// holds players of every position with weekly games for 2018-2024 (so 2025 is the target
// season), two 2025 rookies, byes, and the fields the players table shows. Real SQLite,
// real migrations; only the rows are made up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeAppContext, createAppContext, type AppContext } from '../main/context';

export const FIRST_SEASON = 2018;
export const LAST_SEASON = 2024;
const TEAMS = ['KC', 'BUF', 'BAL', 'PHI', 'DET', 'SF', 'MIA', 'DAL', 'CIN', 'GB', 'LAR', 'MIN'];

/** Players per position and their per-game production shape (index 0 = best). */
const SHAPE = {
  QB: { n: 24, make: (q: number) => ({ pass_att: 34, pass_cmp: 22, pass_yd: 290 - 6 * q, pass_td: 2.2 - q * 0.05, pass_int: 0.7, rush_att: 4, rush_yd: 25 - q / 2, rush_td: 0.2 }) },
  RB: { n: 40, make: (q: number) => ({ rush_att: 18 - q * 0.3, rush_yd: 90 - 2 * q, rush_td: 0.7 - q * 0.015, targets: 4, rec: 3, rec_yd: 25 - q / 3, rec_td: 0.1 }) },
  WR: { n: 48, make: (q: number) => ({ targets: 9 - q * 0.12, rec: 6 - q * 0.08, rec_yd: 85 - 1.5 * q, rec_td: 0.6 - q * 0.01 }) },
  TE: { n: 20, make: (q: number) => ({ targets: 7 - q * 0.2, rec: 5 - q * 0.15, rec_yd: 60 - 2.5 * q, rec_td: 0.45 - q * 0.015 }) },
} as const;

export interface Fixture {
  ctx: AppContext;
  home: string;
  /** Ids by name, e.g. ids.get('QB 1'). */
  ids: Map<string, number>;
  close(): void;
}

export function openFixture(): Fixture {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-scouting-'));
  const ctx = createAppContext({ home, mode: 'browser', logToConsole: false });
  const db = ctx.db;
  const ids = new Map<string, number>();
  const now = '2025-06-01T00:00:00.000Z';
  const insertPlayer = db.prepare(
    `INSERT INTO players (name, name_key, fantasy_position, position, team, birth_date, college, draft_number, draft_year, rookie_year, years_exp, dst_team, in_pool, first_season, last_season, updated_at)
     VALUES (@name, @key, @pos, @pos, @team, @birth, 'State', @pick, @draftYear, @rookieYear, @exp, @dst, 1, @first, @last, @now)`,
  );
  const insertGame = db.prepare(
    `INSERT INTO player_games (player_id, season, week, season_type, team, opponent, pass_att, pass_cmp, pass_yd, pass_td, pass_int, rush_att, rush_yd, rush_td, targets, rec, rec_yd, rec_td)
     VALUES (@id, @season, @week, 'REG', @team, 'OPP', @pass_att, @pass_cmp, @pass_yd, @pass_td, @pass_int, @rush_att, @rush_yd, @rush_td, @targets, @rec, @rec_yd, @rec_td)`,
  );
  const insertKick = db.prepare(
    `INSERT INTO kicker_games (player_id, season, week, season_type, team, fg_made, fg_att, fg_made_30_39, fg_made_40_49, pat_made, pat_att)
     VALUES (?, ?, ?, 'REG', ?, 2, 2, 1, 1, 3, 3)`,
  );
  const insertDef = db.prepare(
    `INSERT INTO team_defense_games (team, season, week, season_type, opponent, pts_allowed, def_sacks, def_int) VALUES (?, ?, ?, 'REG', 'OPP', ?, ?, 1)`,
  );

  db.transaction(() => {
    let n = 0;
    for (const [pos, shape] of Object.entries(SHAPE)) {
      for (let q = 0; q < shape.n; q++) {
        const name = `${pos} ${q + 1}`;
        const team = TEAMS[(n++ * 7) % TEAMS.length]!;
        // Careers start at different seasons, so some players have one or two seasons only.
        const first = FIRST_SEASON + (q % 5);
        const id = Number(
          insertPlayer.run({ name, key: name.toLowerCase(), pos, team, birth: `${1990 + (q % 9)}-03-15`, pick: 1 + q * 7, draftYear: first, rookieYear: first, exp: LAST_SEASON - first + 1, dst: null, first, last: LAST_SEASON, now }).lastInsertRowid,
        );
        ids.set(name, id);
        for (let season = first; season <= LAST_SEASON; season++) {
          const games = 17 - ((q + season) % 4); // a few missed games
          const line = { pass_att: 0, pass_cmp: 0, pass_yd: 0, pass_td: 0, pass_int: 0, rush_att: 0, rush_yd: 0, rush_td: 0, targets: 0, rec: 0, rec_yd: 0, rec_td: 0, ...shape.make(q) };
          for (let week = 1; week <= games; week++) {
            const swing = ((week * 37 + q * 11 + season) % 9) / 9 - 0.45; // deterministic week-to-week noise
            const g = Object.fromEntries(Object.entries(line).map(([k, v]) => [k, Math.max(0, Math.round(v * (1 + swing) * 10) / 10)]));
            insertGame.run({ id, season, week, team, ...g });
          }
        }
      }
    }
    for (let q = 0; q < 14; q++) {
      const name = `K ${q + 1}`;
      const id = Number(insertPlayer.run({ name, key: name.toLowerCase(), pos: 'K', team: TEAMS[q % 12], birth: '1994-01-01', pick: null, draftYear: null, rookieYear: 2018, exp: 7, dst: null, first: 2018, last: LAST_SEASON, now }).lastInsertRowid);
      ids.set(name, id);
      for (let season = FIRST_SEASON; season <= LAST_SEASON; season++) for (let week = 1; week <= 16 - (q % 3); week++) insertKick.run(id, season, week, TEAMS[q % 12]);
    }
    for (const [i, team] of TEAMS.entries()) {
      const name = `${team} D/ST`;
      const id = Number(insertPlayer.run({ name, key: name.toLowerCase().replace('/', ''), pos: 'DST', team, birth: null, pick: null, draftYear: null, rookieYear: null, exp: null, dst: team, first: 2018, last: LAST_SEASON, now }).lastInsertRowid);
      ids.set(name, id);
      for (let season = FIRST_SEASON; season <= LAST_SEASON; season++) for (let week = 1; week <= 17; week++) insertDef.run(team, season, week, 10 + ((week + i) % 25), 2 + (i % 3));
      db.prepare('INSERT INTO byes (season, team, bye_week, bye_weeks) VALUES (2025, ?, ?, ?)').run(team, 5 + i, String(5 + i));
    }
    // Two 2025 rookies: a first-round receiver and an undrafted back.
    for (const [name, pos, pick] of [
      ['Rookie Receiver', 'WR', 9],
      ['Rookie Back', 'RB', null],
    ] as const) {
      ids.set(name, Number(insertPlayer.run({ name, key: name.toLowerCase(), pos, team: 'KC', birth: '2003-05-05', pick, draftYear: pick ? 2025 : null, rookieYear: 2025, exp: 0, dst: null, first: null, last: null, now }).lastInsertRowid));
    }
    db.prepare(
      `INSERT INTO import_runs (run_id, source, kind, file, rows, licence, started_at, finished_at) VALUES ('fixture', 'test', 'fixture', 'fixture', 1, 'CC BY 4.0', ?, ?)`,
    ).run(now, now);
  })();

  return {
    ctx,
    home,
    ids,
    close() {
      closeAppContext(ctx);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
