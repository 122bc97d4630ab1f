// Rankings and scouting channels through the real dispatch on a real SQLite file: the
// default list, drag/keyboard reorders, tier breaks, do-not-draft, CSV round trip, and
// bad input (payloads and CSV files) that changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { PlayerMarks, PlayerPool, Rankings } from '../../../shared/ipc/types';
import { dispatch } from '../dispatch';
import { clearProjectionCache } from '../projections/service';
import { openFixture, type Fixture } from '../../test-support/projections';
import { rankingsHandlers } from './rankings';
import { scoutingHandlers } from './scouting';
import type { HandlerTable } from './types';

const table = { ...rankingsHandlers, ...scoutingHandlers } as unknown as HandlerTable;
let fx: Fixture;
afterEach(() => {
  fx?.close();
  clearProjectionCache();
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await dispatch(table, fx.ctx, channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}
async function refused(channel: string, payload: unknown): Promise<string> {
  const r = await dispatch(table, fx.ctx, channel, payload);
  expect(r.ok, `${channel} should refuse ${JSON.stringify(payload).slice(0, 80)}`).toBe(false);
  return r.ok ? '' : `${r.error.code}: ${r.error.message}`;
}
const stored = () => JSON.stringify([fx.ctx.db.prepare('SELECT * FROM rankings ORDER BY ruleset, rank').all(), fx.ctx.db.prepare('SELECT * FROM tiers ORDER BY ruleset, player_id').all()]);
const order = (r: Rankings) => r.rows.map((x) => x.playerId);

describe('players.pool', () => {
  it('rows with projection, VOR, tier, bye, age, last season; position filter; watchlist flag', async () => {
    fx = openFixture();
    const pool = await call<PlayerPool>('players.pool', { scoring: 'ppr' });
    expect(pool.season).toBe(2025);
    expect(pool.rows).toHaveLength(fx.ids.size);
    const qb = pool.rows.find((r) => r.name === 'QB 1')!;
    expect(qb).toMatchObject({ position: 'QB', tier: 1, adp: null, rookie: false, watched: false });
    const qbs = pool.rows.filter((r) => r.position === 'QB').sort((a, b) => a.positionRank - b.positionRank);
    expect(qbs.map((r) => r.positionRank)).toEqual(qbs.map((_, i) => i + 1));
    for (let i = 1; i < qbs.length; i++) expect(qbs[i]!.projection).toBeLessThanOrEqual(qbs[i - 1]!.projection);
    expect(qb.bye).toBeGreaterThanOrEqual(5);
    expect(qb.age).toBe(2025 - 1990 - 1 + 1); // born 1990-03-15: 35 on 2025-09-01
    expect(qb.lastSeason?.season).toBe(2024);
    expect(qb.vor).toBeGreaterThan(0);
    expect(pool.rows.find((r) => r.name === 'Rookie Receiver')!.rookie).toBe(true);
    // Ranks follow VOR.
    expect(pool.rows.map((r) => r.overallRank)).toEqual(pool.rows.map((_, i) => i + 1));

    const flex = await call<PlayerPool>('players.pool', { position: 'FLEX' });
    expect(new Set(flex.rows.map((r) => r.position))).toEqual(new Set(['RB', 'WR', 'TE']));

    await call<PlayerMarks>('scouting.watch', { playerId: qb.id, on: true });
    expect((await call<PlayerPool>('players.pool', {})).rows.find((r) => r.id === qb.id)!.watched).toBe(true);
  });

  it('refuses bad payloads', async () => {
    fx = openFixture();
    expect(await refused('players.pool', { scoring: 'superflex' })).toMatch(/invalid_input/);
    expect(await refused('players.pool', { position: 'LB' })).toMatch(/invalid_input/);
    expect(await refused('players.projection', { id: 999999 })).toMatch(/not_found/);
  });
});

describe('rankings', () => {
  it('starts from the computed default and saves edits', async () => {
    fx = openFixture();
    const def = await call<Rankings>('rankings.get', { scoring: 'half' });
    expect(def.custom).toBe(false);
    expect(def.rows[0]!.tier).toBe(1);
    for (let i = 1; i < def.rows.length; i++) expect(def.rows[i]!.tier - def.rows[i - 1]!.tier).toBeGreaterThanOrEqual(0);
    expect(new Set(def.rows.map((r) => r.tier)).size).toBeGreaterThan(2);

    const tenth = def.rows[9]!;
    const moved = await call<Rankings>('rankings.reorder', { scoring: 'half', playerId: tenth.playerId, toRank: 1 });
    expect(moved.custom).toBe(true);
    expect(order(moved)).toEqual([tenth.playerId, ...order(def).filter((id) => id !== tenth.playerId)]);
    expect(moved.rows[0]!.tier).toBe(1);
    // Saved per ruleset: PPR is untouched, half PPR keeps the move.
    expect((await call<Rankings>('rankings.get', { scoring: 'ppr' })).custom).toBe(false);
    expect(order(await call<Rankings>('rankings.get', { scoring: 'half' }))).toEqual(order(moved));

    // Down again: to rank 5 lands fifth.
    const down = await call<Rankings>('rankings.reorder', { scoring: 'half', playerId: tenth.playerId, toRank: 5 });
    expect(down.rows[4]!.playerId).toBe(tenth.playerId);

    const dnd = await call<Rankings>('rankings.set', { scoring: 'half', playerId: tenth.playerId, doNotDraft: true });
    expect(dnd.rows.find((r) => r.playerId === tenth.playerId)!.doNotDraft).toBe(true);
    const marks = await call<PlayerMarks>('scouting.marks', { id: tenth.playerId, scoring: 'half' });
    expect(marks).toMatchObject({ rank: 5, doNotDraft: true });

    const reset = await call<Rankings>('rankings.reset', { scoring: 'half' });
    expect(reset.custom).toBe(false);
    expect(order(reset)).toEqual(order(def));
  });

  it('adds and removes tier breaks', async () => {
    fx = openFixture();
    const def = await call<Rankings>('rankings.get', {});
    const third = def.rows[2]!;
    const broke = await call<Rankings>('rankings.tierBreak', { playerId: third.playerId, on: true });
    expect(broke.tiersEdited).toBe(true);
    expect(broke.rows[2]!.tier).toBe(broke.rows[1]!.tier + 1);
    const joined = await call<Rankings>('rankings.tierBreak', { playerId: third.playerId, on: false });
    expect(joined.rows[2]!.tier).toBe(joined.rows[1]!.tier);
  });

  it('exports CSV and imports it back to the same list', async () => {
    fx = openFixture();
    const def = await call<Rankings>('rankings.get', {});
    await call('rankings.reorder', { playerId: def.rows[30]!.playerId, toRank: 2 });
    await call('rankings.set', { playerId: def.rows[0]!.playerId, doNotDraft: true });
    const before = await call<Rankings>('rankings.get', {});
    const { csv, filename } = await call<{ csv: string; filename: string }>('rankings.export', {});
    expect(filename).toBe('gridscout-rankings-2025-ppr.csv');
    expect(csv.split('\r\n')[0]).toBe('rank,tier,player_id,name,position,team,do_not_draft');

    await call('rankings.reset', {});
    const back = await call<Rankings>('rankings.import', { csv });
    expect(back.rows.map((r) => [r.playerId, r.tier, r.doNotDraft])).toEqual(before.rows.map((r) => [r.playerId, r.tier, r.doNotDraft]));

    // A sheet with names only: listed players first, in its order; the rest follow.
    const named = await call<Rankings>('rankings.import', { csv: 'Name,Position\nTE 3,TE\nQB 2,QB\n' });
    expect(named.rows.slice(0, 2).map((r) => r.name)).toEqual(['TE 3', 'QB 2']);
    expect(named.rows).toHaveLength(before.rows.length);
  });

  it('reads common headers (Player, Pos, Team, Rank in any case) and position ranks like WR1', async () => {
    fx = openFixture();
    const def = await call<Rankings>('rankings.get', {});
    const csv = 'RANK,Player,POS,Team\n2,QB 2,QB2,\n1,te 3,TE1,\n';
    const r = await call<Rankings>('rankings.import', { csv });
    expect(r.rows.slice(0, 2).map((x) => x.name)).toEqual(['TE 3', 'QB 2']);
    expect(r.rows).toHaveLength(def.rows.length);
  });

  it('lists the names that match no player; nothing changes until the user imports the rest', async () => {
    fx = openFixture();
    const before = stored();
    const csv = 'Player,Pos\nQB 2,QB\nJosh Nobody,QB\nTE 3,TE\nRB 1,RB\nWR Typo,WR\n';
    const check = await call<{ matched: number; unknown: unknown[] }>('rankings.checkImport', { csv });
    expect(check).toEqual({ matched: 3, unknown: [{ line: 3, name: 'Josh Nobody', position: 'QB' }, { line: 6, name: 'WR Typo', position: 'WR' }] });
    expect(stored()).toBe(before);
    expect(await refused('rankings.import', { csv })).toMatch(/2 names match no player in the 2025 pool: "Josh Nobody" \(line 3\), "WR Typo" \(line 6\)\. Fix them in the file, or import the other 3 rows\. Nothing was changed\.$/);
    expect(stored()).toBe(before);
    const rest = await call<Rankings>('rankings.import', { csv, skipUnknown: true });
    expect(rest.rows.slice(0, 3).map((x) => x.name)).toEqual(['QB 2', 'TE 3', 'RB 1']);
    expect(stored()).not.toBe(before);
  });

  it.each([
    ['', /empty/],
    ['foo,bar\n1,2', /line 1: the header needs a "player_id", "name" or "player" column/],
    ['name,position\nNobody,QB', /1 of 1 names match no player in the 2025 pool, for example "Nobody" \(line 2\)/],
    ['name\nNobody\nNo One\nQB 1', /2 of 3 names match no player/],
    ['name\nQB 1\nQB 2\nNobody', /1 name matches no player in the 2025 pool: "Nobody" \(line 4\)\. Fix it in the file, or import the other 2 rows/],
    ['name\nQB 1\nqb 1', /line 3, column "name": QB 1 is already on line 2/],
    ['rank,name\nfirst,QB 1', /line 2, column "rank": "first" is not a rank/],
    ['name,do_not_draft\nQB 1,maybe', /line 2, column "do_not_draft"/],
    ['name,position\nQB 1,QB,extra', /line 2: 3 fields where the header has 2/],
    ['player_id,name\nabc,QB 1', /line 2, column "player_id": "abc" is not a player id/],
    ['name,position\n"QB 1,QB', /line \d+: .*quote/i],
    ['name\n', /no player rows/],
  ])('a malformed CSV (%j) is refused with its place and changes nothing', async (csv, message) => {
    fx = openFixture();
    const def = await call<Rankings>('rankings.get', {});
    await call('rankings.reorder', { playerId: def.rows[5]!.playerId, toRank: 1 });
    const before = stored();
    const error = await refused('rankings.import', { csv });
    expect(error).toMatch(/^invalid_input: Rankings CSV/);
    expect(error).toMatch(message);
    expect(error).toMatch(/Nothing was changed\.$/);
    expect(stored()).toBe(before);
  });

  it('refuses bad payloads and unknown players without writing', async () => {
    fx = openFixture();
    const before = stored();
    expect(await refused('rankings.reorder', { playerId: 'x', toRank: 1 })).toMatch(/invalid_input: .*playerId/);
    expect(await refused('rankings.reorder', { playerId: 1, toRank: 0 })).toMatch(/invalid_input: .*toRank/);
    expect(await refused('rankings.reorder', { playerId: 999999, toRank: 1 })).toMatch(/not_found/);
    expect(await refused('rankings.set', { playerId: 1 })).toMatch(/invalid_input/);
    expect(await refused('rankings.import', { csv: 'x'.repeat(2_000_001) })).toMatch(/invalid_input/);
    expect(await refused('rankings.savePdf', {})).toMatch(/^unavailable: .*Save as PDF/);
    expect(stored()).toBe(before);
  });
});

describe('notes, tags, watchlist', () => {
  it('adds, lists and deletes; bad input changes nothing', async () => {
    fx = openFixture();
    const id = fx.ids.get('WR 1')!;
    let m = await call<PlayerMarks>('scouting.note.add', { playerId: id, body: '  Target share up  ' });
    expect(m.notes.map((n) => n.body)).toEqual(['Target share up']);
    m = await call<PlayerMarks>('scouting.tags.set', { playerId: id, tags: ['sleeper', 'breakout', 'sleeper'] });
    expect(m.tags).toEqual(['breakout', 'sleeper']);
    m = await call<PlayerMarks>('scouting.watch', { playerId: id, on: true });
    expect(m.watched).toBe(true);

    expect(await refused('scouting.note.add', { playerId: id, body: '   ' })).toMatch(/the note is empty/);
    expect(await refused('scouting.tags.set', { playerId: id, tags: ['a,b'] })).toMatch(/commas/);
    expect(await refused('scouting.note.add', { playerId: 999999, body: 'x' })).toMatch(/not_found/);
    m = await call<PlayerMarks>('scouting.marks', { id });
    expect(m.notes).toHaveLength(1);
    expect(m.tags).toEqual(['breakout', 'sleeper']);

    m = await call<PlayerMarks>('scouting.note.delete', { id: m.notes[0]!.id });
    expect(m.notes).toEqual([]);
    expect(await refused('scouting.note.delete', { id: 12345 })).toMatch(/not_found/);
  });
});
