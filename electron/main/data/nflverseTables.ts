// nflverse rosters (the id crosswalk), schedules, byes and teams.
import { heightInches } from '../../../shared/domain/players';
import type { CsvTable } from './csv';
import { emptyParsed, playerFact, type ParsedFile } from './records';

/** rosters_*.csv / roster_<season>.csv: who is who, with birth dates and draft slots. */
export function parseRosters(t: CsvTable): ParsedFile {
  const c = {
    season: t.require('season'),
    team: t.require('team'),
    position: t.require('position'),
    status: t.find('status'),
    name: t.require('full_name'),
    birth: t.find('birth_date'),
    height: t.find('height'),
    weight: t.find('weight'),
    college: t.find('college'),
    gsis: t.require('gsis_id'),
    espn: t.find('espn_id'),
    yahoo: t.find('yahoo_id'),
    pfr: t.find('pfr_id'),
    sleeper: t.find('sleeper_id'),
    yearsExp: t.find('years_exp'),
    jersey: t.find('jersey_number'),
    entry: t.find('entry_year'),
    rookie: t.find('rookie_year'),
    draftClub: t.find('draft_club'),
    draftNumber: t.find('draft_number'),
    football: t.find('football_name'),
  };
  const out = emptyParsed(t.file, 'rosters', 'nflverse', t.rows.length);
  for (let r = 0; r < t.rows.length; r++) {
    const season = t.int(r, c.season);
    const birth = t.str(r, c.birth);
    if (birth !== null && !/^\d{4}-\d{2}-\d{2}$/.test(birth)) t.bad(r, c.birth, `"${birth}" is not a date (YYYY-MM-DD)`);
    const height = t.str(r, c.height);
    out.players.push(
      playerFact({
        gsis_id: t.str(r, c.gsis),
        sleeper_id: t.str(r, c.sleeper),
        espn_id: t.str(r, c.espn),
        yahoo_id: t.str(r, c.yahoo),
        pfr_id: t.str(r, c.pfr),
        name: t.text(r, c.name),
        position: t.str(r, c.position),
        team: t.str(r, c.team),
        team_season: season + 0.99,
        roster_season: season,
        birth_date: birth,
        college: t.str(r, c.college),
        height: height === null ? null : heightInches(height),
        weight: t.optInt(r, c.weight),
        jersey_number: t.optInt(r, c.jersey),
        draft_club: t.str(r, c.draftClub),
        draft_number: t.optInt(r, c.draftNumber),
        draft_year: t.optInt(r, c.entry),
        rookie_year: t.optInt(r, c.rookie),
        years_exp: t.optInt(r, c.yearsExp),
        status: t.str(r, c.status),
      }),
    );
  }
  // Oldest season first, so the newest roster's facts are applied last and win.
  out.players.sort((a, b) => (a.roster_season ?? 0) - (b.roster_season ?? 0));
  return out;
}

/** games_*.csv / games.csv: schedule and scores (blank until played). */
export function parseGames(t: CsvTable): ParsedFile {
  const col = (n: string) => t.find(n);
  const c = {
    id: t.require('game_id'),
    season: t.require('season'),
    type: t.require('game_type'),
    week: t.require('week'),
    away: t.require('away_team'),
    awayScore: t.require('away_score'),
    home: t.require('home_team'),
    homeScore: t.require('home_score'),
  };
  const out = emptyParsed(t.file, 'games', 'nflverse', t.rows.length);
  const seen = new Set<string>();
  for (let r = 0; r < t.rows.length; r++) {
    const id = t.text(r, c.id);
    if (seen.has(id)) t.bad(r, c.id, `game ${id} appears twice`);
    seen.add(id);
    out.games.push({
      game_id: id,
      season: t.int(r, c.season),
      game_type: t.oneOf(r, c.type, ['REG', 'WC', 'DIV', 'CON', 'SB'] as const),
      week: t.int(r, c.week),
      gameday: t.str(r, col('gameday')),
      weekday: t.str(r, col('weekday')),
      gametime: t.str(r, col('gametime')),
      away_team: t.text(r, c.away),
      away_score: t.optInt(r, c.awayScore),
      home_team: t.text(r, c.home),
      home_score: t.optInt(r, c.homeScore),
      location: t.str(r, col('location')),
      overtime: t.optInt(r, col('overtime')),
      div_game: t.optInt(r, col('div_game')),
      away_rest: t.optInt(r, col('away_rest')),
      home_rest: t.optInt(r, col('home_rest')),
      roof: t.str(r, col('roof')),
      surface: t.str(r, col('surface')),
      temp: t.optNum(r, col('temp')),
      wind: t.optNum(r, col('wind')),
      away_qb_name: t.str(r, col('away_qb_name')),
      home_qb_name: t.str(r, col('home_qb_name')),
      away_coach: t.str(r, col('away_coach')),
      home_coach: t.str(r, col('home_coach')),
      stadium: t.str(r, col('stadium')),
    });
  }
  return out;
}

/** bye_weeks_*.csv: season, team, bye_weeks (';'-separated), reg_season_weeks, games_scheduled. */
export function parseByes(t: CsvTable): ParsedFile {
  const c = { season: t.require('season'), team: t.require('team'), byes: t.require('bye_weeks'), weeks: t.find('reg_season_weeks'), games: t.find('games_scheduled') };
  const out = emptyParsed(t.file, 'byes', 'nflverse', t.rows.length);
  for (let r = 0; r < t.rows.length; r++) {
    const raw = t.str(r, c.byes) ?? '';
    const weeks = raw === '' ? [] : raw.split(';').map((w) => Number(w));
    if (weeks.some((w) => !Number.isInteger(w) || w < 1 || w > 22)) t.bad(r, c.byes, `"${raw}" is not a list of weeks`);
    out.byes.push({
      season: t.int(r, c.season),
      team: t.text(r, c.team),
      bye_week: weeks[0] ?? null,
      bye_weeks: raw,
      reg_season_weeks: t.optInt(r, c.weeks),
      games_scheduled: t.optInt(r, c.games),
    });
  }
  return out;
}

/** teams_colors_logos.csv: names and colours (the logo images are trademarks: not stored). */
export function parseTeams(t: CsvTable): ParsedFile {
  const c = {
    abbr: t.require('team_abbr'),
    name: t.require('team_name'),
    nick: t.find('team_nick'),
    conf: t.find('team_conf'),
    division: t.find('team_division'),
    colors: ['team_color', 'team_color2', 'team_color3', 'team_color4'].map((n) => t.find(n)),
  };
  const out = emptyParsed(t.file, 'teams', 'nflverse', t.rows.length);
  for (let r = 0; r < t.rows.length; r++) {
    const [c1, c2, c3, c4] = c.colors.map((i) => t.str(r, i ?? -1));
    out.teams.push({
      abbr: t.text(r, c.abbr),
      name: t.text(r, c.name),
      nick: t.str(r, c.nick),
      conference: t.str(r, c.conf),
      division: t.str(r, c.division),
      color: c1 ?? null,
      color2: c2 ?? null,
      color3: c3 ?? null,
      color4: c4 ?? null,
    });
  }
  return out;
}
