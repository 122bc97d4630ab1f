// Malformed input is refused with the file, line and column, and the database keeps
// exactly the content it had (fingerprint of every table before and after).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection';
import { databaseFingerprint } from '../../test-support/fingerprint';
import { makeTempDir } from '../../test-support/tempDirs';
import { DataFormatError } from './csv';
import { importDirectory } from './importer';
import { dataDir, nflverseFile } from '../../test-support/testData';

let root: string;
let good: string;
let db: Db;

/** The first `lines` lines of a real file (header included). */
const head = (file: string, lines: number) => fs.readFileSync(file, 'utf8').split('\n').slice(0, lines).join('\n') + '\n';

function writeGoodFiles(dir: string): void {
  fs.mkdirSync(path.join(dir, 'nflverse'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'sleeper'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'nflverse', 'player_stats_week_1999_2024.csv'), head(nflverseFile('player_stats_week_1999_2024.csv'), 400));
  fs.writeFileSync(path.join(dir, 'nflverse', 'kicking_week_1999_2024.csv'), head(nflverseFile('kicking_week_1999_2024.csv'), 100));
  fs.copyFileSync(nflverseFile('teams_colors_logos.csv'), path.join(dir, 'nflverse', 'teams_colors_logos.csv'));
  fs.writeFileSync(path.join(dir, 'nflverse', 'games_1999_2025.csv'), head(nflverseFile('games_1999_2025.csv'), 300));
  fs.copyFileSync(path.join(dataDir(), 'sleeper', 'players_nfl_2026-04-20.json'), path.join(dir, 'sleeper', 'players_nfl_2026-04-20.json'));
}

/** A copy of the good folder with one file replaced by `mutate(its text)`. */
function variant(name: string, rel: string, mutate: (text: string) => string): string {
  const dir = path.join(root, name);
  writeGoodFiles(dir);
  const file = path.join(dir, rel);
  const text = fs.readFileSync(file, 'utf8');
  const changed = mutate(text);
  if (name !== 'unchanged' && changed === text) throw new Error(`the mutation "${name}" changed nothing`);
  fs.writeFileSync(file, changed);
  return dir;
}

beforeAll(async () => {
  root = makeTempDir('gridscout-malformed-');
  good = path.join(root, 'good');
  writeGoodFiles(good);
  db = openDatabase(path.join(root, 'home', 'gridscout.db')).db;
  await importDirectory(db, good);
});
afterAll(() => {
  db?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const WEEK = 'nflverse/player_stats_week_1999_2024.csv';
const SLEEPER = 'sleeper/players_nfl_2026-04-20.json';

const cases: { name: string; rel: string; mutate: (t: string) => string; message: RegExp }[] = [
  {
    name: 'a truncated CSV (cut in the middle of a row)',
    rel: WEEK,
    mutate: (t) => t.slice(0, Math.floor(t.length * 0.6)),
    message: /player_stats_week_1999_2024\.csv \(line \d+\): expected 52 fields, found \d+ \(is the file truncated\?\)/,
  },
  {
    name: 'a wrong header (a renamed column)',
    rel: WEEK,
    mutate: (t) => t.replace('rushing_yards,', 'rush_yards_total,'),
    message: /player_stats_week_1999_2024\.csv \(line 1, column rushing_yards\): the header has no "rushing_yards" column/,
  },
  {
    name: 'a bad number',
    rel: WEEK,
    mutate: (t) => {
      const lines = t.split('\n');
      const cols = lines[9]!.split(',');
      cols[27] = 'lots'; // rushing_yards
      lines[9] = cols.join(',');
      return lines.join('\n');
    },
    message: /player_stats_week_1999_2024\.csv \(line 10, column rushing_yards\): "lots" is not a number/,
  },
  {
    name: 'a bad season type',
    rel: WEEK,
    mutate: (t) => t.replace(',1999,2,REG,', ',1999,2,PRE,'),
    message: /player_stats_week_1999_2024\.csv \(line \d+, column season_type\): "PRE" is not one of REG, POST/,
  },
  {
    name: 'a CSV that is not CSV at all',
    rel: 'nflverse/kicking_week_1999_2024.csv',
    mutate: () => '{"this": "is json"}\n',
    message: /kicking_week_1999_2024\.csv \(line 1\): the first line is not a CSV header/,
  },
  {
    name: 'a truncated JSON file',
    rel: SLEEPER,
    mutate: (t) => t.slice(0, 5000),
    message: /players_nfl_2026-04-20\.json \(line \d+, column \d+\): the JSON ends too early \(is the file truncated\?\)/,
  },
  {
    name: 'a JSON player with a wrong field type',
    rel: SLEEPER,
    mutate: (t) => t.replace(/"birth_date":\s*"1985-01-16"/, '"birth_date": 1985'),
    message: /players_nfl_2026-04-20\.json \(line \d+, column \d+\): player "19", field birth_date: /,
  },
];

describe('malformed input', () => {
  it('the good folder imports (so the failures below are the mutations)', () => {
    expect(db.prepare('SELECT count(*) FROM player_games').pluck().get()).toBe(399);
  });

  for (const c of cases) {
    it(`refuses ${c.name}, naming file, line and column, and changes nothing`, async () => {
      const before = databaseFingerprint(db);
      const dir = variant(c.name.replace(/\W+/g, '-'), c.rel, c.mutate);
      const err = await importDirectory(db, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataFormatError);
      expect((err as Error).message).toMatch(c.message);
      expect((err as Error).message).toMatch(/Nothing was imported\.$/);
      expect(databaseFingerprint(db)).toBe(before);
    });
  }

  it('rolls back a failure in the middle of writing: nothing of the import stays', async () => {
    // A real failure half-way through the transaction: kicker_games refuses rows.
    db.exec(`CREATE TRIGGER no_kicks BEFORE INSERT ON kicker_games BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    try {
      const before = databaseFingerprint(db);
      const dir = variant('more-weeks', WEEK, () => head(nflverseFile('player_stats_week_1999_2024.csv'), 900));
      await expect(importDirectory(db, dir)).rejects.toThrow(/disk on fire/);
      expect(databaseFingerprint(db)).toBe(before);
    } finally {
      db.exec('DROP TRIGGER no_kicks');
    }
  });

  it('never reads files under eval-only/ (a broken one there does not matter)', async () => {
    const dir = variant('unchanged', WEEK, (t) => t);
    fs.mkdirSync(path.join(dir, 'eval-only'));
    fs.writeFileSync(path.join(dir, 'eval-only', 'player_stats_week_broken.csv'), 'not,a,valid\nfile');
    const result = await importDirectory(db, dir);
    expect(result.files.length).toBe(5);
    expect(result.files.some((f) => f.file.includes(`${path.sep}eval-only${path.sep}`))).toBe(false);
  });
});
