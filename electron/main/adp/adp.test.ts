// ADP into the store on the real data: every season's FantasyPros export through the CSV
// import and name matching, the hard names, Fantasy Football Calculator through a fake server
// on 127.0.0.1 with its failures, and a match made by hand surviving a later refresh.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context';
import { closeAppContext } from '../context';
import { dataDir } from '../../test-support/testData';
import { listSnapshots, snapshotRows } from '../db/repos/adp';
import { dataHome, openHome } from '../../test-support/homes';
import { evalAdpSeasons, fantasyProsCsv } from '../simulate/evalAdp';
import { importAdpCsv, matchRowByHand, refreshAdp } from './service';
import { startFakeFfc, type FakeFfc } from '../../test-support/fakeFfc';

let home: string;
let ctx: AppContext;
let ffc: FakeFfc;
const fast = { backoffBaseMs: 5, random: () => 0.5, timeoutMs: 400 };

beforeAll(async () => {
  home = await dataHome();
  ctx = openHome(home);
  ffc = await startFakeFfc(dataDir(), { stallMs: 5_000 });
  process.env.GRIDSCOUT_FFC_API_URL = ffc.url;
}, 120_000);
afterAll(async () => {
  closeAppContext(ctx);
  await ffc.close();
  fs.rmSync(home, { recursive: true, force: true });
  delete process.env.GRIDSCOUT_FFC_API_URL;
});

const gsis = (playerId: number | null) => (playerId === null ? null : (ctx.db.prepare('SELECT gsis_id FROM players WHERE id = ?').pluck().get(playerId) as string | null));
const dstTeam = (playerId: number | null) => (playerId === null ? null : (ctx.db.prepare('SELECT dst_team FROM players WHERE id = ?').pluck().get(playerId) as string | null));
const snapshotCount = () => ctx.db.prepare('SELECT count(*) FROM adp_snapshots').pluck().get() as number;

describe('FantasyPros exports through the CSV import', () => {
  const imported = new Map<number, number>();
  beforeAll(() => {
    for (const season of evalAdpSeasons(dataDir()).filter((y) => y >= 2019)) {
      const r = importAdpCsv(ctx.db, { file: `FantasyPros_${season}_Overall_ADP_Rankings.csv`, text: fantasyProsCsv(dataDir(), season)!, season, format: 'ppr' });
      imported.set(season, r.snapshotId);
    }
  });

  it('matches at least 98% of the top 200 every season 2019-2025', () => {
    expect([...imported.keys()]).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const [season, id] of imported) {
      const top = snapshotRows(ctx.db, id)
        .sort((a, b) => a.adp - b.adp || a.ord - b.ord)
        .slice(0, 200);
      const matched = top.filter((r) => r.playerId !== null).length;
      expect(matched, `${season}: unmatched ${top.filter((r) => r.playerId === null).map((r) => r.name).join(', ')}`).toBeGreaterThanOrEqual(196);
    }
  });

  it('puts the hard names on the right players and no one else', () => {
    const row = (season: number, name: RegExp, position: string) => {
      const rows = snapshotRows(ctx.db, imported.get(season)!).filter((r) => name.test(r.name) && r.position === position);
      expect(rows.length, `${season} ${name}`).toBeGreaterThan(0);
      return rows[0]!;
    };
    expect(gsis(row(2023, /^Amon-Ra St\. Brown$/, 'WR').playerId)).toBe('00-0036963');
    expect(gsis(row(2022, /^Ken(neth)? Walker/, 'RB').playerId)).toBe('00-0038134');
    expect(gsis(row(2024, /^Kenneth Walker III$/, 'RB').playerId)).toBe('00-0038134');
    expect(gsis(row(2024, /^Marvin Harrison Jr\.$/, 'WR').playerId)).toBe('00-0039849'); // not the 1999-2008 Colt
    expect(gsis(row(2024, /^Josh Allen$/, 'QB').playerId)).toBe('00-0034857');
    expect(gsis(row(2019, /^Mike Williams$/, 'WR').playerId)).toBe('00-0033536'); // not the 2005-2014 namesakes
    expect(gsis(row(2025, /^Ashton Jeanty$/, 'RB').playerId)).toBe('00-0040122'); // a rookie without a game
    expect(dstTeam(row(2024, /^Denver Broncos$/, 'DST').playerId)).toBe('DEN');
    expect(dstTeam(row(2021, /^Washington Football Team$/, 'DST').playerId)).toBe('WAS');
    expect(dstTeam(row(2024, /^Washington Commanders$/, 'DST').playerId)).toBe('WAS');
    // The defender once called Josh Allen (Josh Hines-Allen) has no fantasy position: never an ADP row's player.
    const hinesAllen = ctx.db.prepare(`SELECT id FROM players WHERE name = 'Josh Hines-Allen'`).pluck().get() as number;
    expect(ctx.db.prepare('SELECT count(*) FROM adp_rows WHERE player_id = ?').pluck().get(hinesAllen)).toBe(0);
    // The old Mike Williamses and Marvin Harrison are never matched.
    const old = ctx.db.prepare(`SELECT id FROM players WHERE name IN ('Mike Williams', 'Marvin Harrison') AND last_season < 2015`).pluck().all() as number[];
    expect(old.length).toBe(3);
    for (const id of old) expect(ctx.db.prepare('SELECT count(*) FROM adp_rows WHERE player_id = ?').pluck().get(id)).toBe(0);
  });

  it('refuses a malformed file with its line and stores nothing', () => {
    const before = snapshotCount();
    const text = 'Rank,Player,Team,POS,AVG\n1,Josh Allen,BUF,QB,12.5\n2,Saquon Barkley,PHI,RB,abc\n';
    expect(() => importAdpCsv(ctx.db, { file: 'adp.csv', text, season: 2025, format: 'ppr' })).toThrow(/adp\.csv \(line 3, column AVG\): "abc" is not an ADP/);
    expect(() => importAdpCsv(ctx.db, { file: 'adp.csv', text: 'Rank,Player,Team\n1,Josh Allen,BUF\n', season: 2025, format: 'ppr' })).toThrow(/no POS \(or Position\), ADP/);
    expect(snapshotCount()).toBe(before);
  });

  it('reads any CSV with name, position, team and ADP columns in any case', () => {
    const r = importAdpCsv(ctx.db, { file: 'mine.csv', text: 'name,Position,TEAM,Average\nJosh Allen,QB,BUF,20.1\nBijan Robinson,RB,ATL,2.2\nKansas City Chiefs,DEF,KC,150\n', season: 2025, format: 'half' });
    expect(r).toMatchObject({ source: 'csv', rows: 3, matched: 3, unmatched: [] });
  });
});

describe('Fantasy Football Calculator', () => {
  it('stores a snapshot with its provenance, sending a descriptive User-Agent', async () => {
    const r = await refreshAdp(ctx.db, { source: 'ffc', season: 2024, format: 'ppr', teams: 12, http: fast });
    expect(r.reused).toBe(false);
    expect(r.rows).toBe(180);
    expect(r.matched).toBeGreaterThanOrEqual(177);
    const s = listSnapshots(ctx.db).find((x) => x.id === r.snapshotId)!;
    expect(s).toMatchObject({ source: 'ffc', season: 2024, format: 'ppr', teams: 12, totalDrafts: 1234, startDate: '2024-08-01', endDate: '2024-08-31' });
    expect(s.origin).toBe(`${ffc.url}/api/v1/adp/ppr?teams=12&year=2024`);
    expect(s.attribution).toMatch(/Fantasy Football Calculator/);
    expect(ffc.requests.at(-1)!.userAgent).toMatch(/^GridScout\/.+ADP/);
    // Kickers (PK) and defences (DEF, "... Defense") are read as K and DST.
    const rows = snapshotRows(ctx.db, r.snapshotId);
    expect(rows.some((x) => x.position === 'K' && x.playerId !== null)).toBe(true);
    expect(rows.filter((x) => x.position === 'DST').every((x) => x.playerId !== null)).toBe(true);
  });

  it('asks at most once a day per format unless forced', async () => {
    const asked = ffc.requests.length;
    const again = await refreshAdp(ctx.db, { source: 'ffc', season: 2024, format: 'ppr', teams: 12, http: fast });
    expect(again.reused).toBe(true);
    expect(ffc.requests.length).toBe(asked);
    const forced = await refreshAdp(ctx.db, { source: 'ffc', season: 2024, format: 'ppr', teams: 12, force: true, http: fast });
    expect(forced.reused).toBe(false);
    expect(ffc.requests.length).toBe(asked + 1);
  });

  it('says when there is no ADP yet and keeps what it has', async () => {
    const before = snapshotCount();
    ffc.queue.push('no_data');
    await expect(refreshAdp(ctx.db, { source: 'ffc', season: 2026, format: 'ppr', teams: 12, http: fast })).rejects.toThrow(/no 2026 ppr ADP for 12 teams yet \("No ADP data found\."\)/);
    expect(snapshotCount()).toBe(before);
  });

  it('retries 500s and obeys Retry-After on a 429', async () => {
    ffc.queue.push('error_500', 'rate_limited');
    const t0 = performance.now();
    const r = await refreshAdp(ctx.db, { source: 'ffc', season: 2023, format: 'half', teams: 10, http: fast });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(950); // the 429 said one second
    expect(r.rows).toBe(150);
    expect(ffc.requests.slice(-3).map((q) => q.path)).toEqual(Array(3).fill('/api/v1/adp/half-ppr?teams=10&year=2023'));
  });

  it('gives up on a stalled answer, a malformed body and ignored teams without storing anything', async () => {
    const before = snapshotCount();
    ffc.queue.push('stall', 'stall');
    await expect(refreshAdp(ctx.db, { source: 'ffc', season: 2022, format: 'ppr', teams: 12, http: { ...fast, retries: 1 } })).rejects.toThrow(/Could not reach Fantasy Football Calculator \(no answer in 0 s\)/);
    ffc.queue.push('malformed');
    await expect(refreshAdp(ctx.db, { source: 'ffc', season: 2022, format: 'ppr', teams: 12, http: fast })).rejects.toThrow(/not JSON/);
    ffc.queue.push('wrong_teams');
    await expect(refreshAdp(ctx.db, { source: 'ffc', season: 2022, format: 'ppr', teams: 12, http: fast })).rejects.toThrow(/answered with 10-team ADP when asked for 12 teams/);
    expect(snapshotCount()).toBe(before);
  });
});

describe('matching by hand', () => {
  it('keeps the choice for later imports of the same row', () => {
    const text = 'Player,POS,Team,ADP\nJosh Allen,QB,BUF,20\n';
    const first = importAdpCsv(ctx.db, { file: path.join('x', 'hand.csv'), text, season: 2025, format: 'standard' });
    const row = snapshotRows(ctx.db, first.snapshotId).find((r) => r.name === 'Josh Allen')!;
    // Pretend the user disagreed with the automatic match: the hand-made one wins and is kept.
    const other = ctx.db.prepare(`SELECT id FROM players WHERE fantasy_position = 'QB' AND name = 'Patrick Mahomes'`).pluck().get() as number;
    matchRowByHand(ctx.db, first.snapshotId, row.ord, other, new Date());
    expect(snapshotRows(ctx.db, first.snapshotId).find((r) => r.ord === row.ord)!.playerId).toBe(other);
    const second = importAdpCsv(ctx.db, { file: 'hand.csv', text, season: 2025, format: 'standard' });
    expect(snapshotRows(ctx.db, second.snapshotId).find((r) => r.name === 'Josh Allen')!.playerId).toBe(other);
    expect(() => matchRowByHand(ctx.db, first.snapshotId, row.ord, hinesAllenId(), new Date())).toThrow(/is a QB in the ADP/);
  });
});

const hinesAllenId = () => ctx.db.prepare(`SELECT id FROM players WHERE name = 'Josh Hines-Allen'`).pluck().get() as number;
