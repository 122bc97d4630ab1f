// A league chooses its ADP source: `auto` drafts against the freshest snapshot for its
// format and team count, a named source against that source's only (else the estimate, and
// the room says whose ADP is missing). Real data home, the fake Fantasy Football Calculator
// on 127.0.0.1, the real dispatch.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftRoom, League } from '../../../shared/ipc/types';
import { closeAppContext, type AppContext } from '../context';
import { dataDir } from '../../test-support/testData';
import { dispatch } from '../dispatch';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';
import { handlers } from '../handlers/index';
import { fantasyProsCsv } from '../simulate/evalAdp';
import { ESTIMATE_WARNING } from './market';
import { importAdpCsv, refreshAdp } from './service';
import { startFakeFfc, type FakeFfc } from '../../test-support/fakeFfc';

let home: string;
let ctx: AppContext;
let ffc: FakeFfc;
const CSV = 'FantasyPros_2025_Overall_ADP_Rankings.csv';

beforeAll(async () => {
  home = await dataHome();
  ctx = openHome(home);
  ffc = await startFakeFfc(dataDir());
  process.env.GRIDSCOUT_FFC_API_URL = ffc.url;
  // 2024 from a CSV (history for an estimate), then 2025 from a CSV a day before 2025 from FFC.
  importAdpCsv(ctx.db, { file: 'FantasyPros_2024_Overall_ADP_Rankings.csv', text: fantasyProsCsv(dataDir(), 2024)!, season: 2024, format: 'ppr', now: () => new Date('2025-08-01T12:00:00Z') });
  importAdpCsv(ctx.db, { file: CSV, text: fantasyProsCsv(dataDir(), 2025)!, season: 2025, format: 'ppr', now: () => new Date('2025-08-20T12:00:00Z') });
  await refreshAdp(ctx.db, { source: 'ffc', season: 2025, format: 'ppr', teams: 12, now: () => new Date('2025-08-21T12:00:00Z') });
}, 120_000);
afterAll(async () => {
  closeAppContext(ctx);
  await ffc.close();
  delete process.env.GRIDSCOUT_FFC_API_URL;
  fs.rmSync(home, { recursive: true, force: true });
});

async function roomFor(adpSource?: string): Promise<DraftRoom> {
  const league = await call<League>(ctx, 'leagues.create', leagueInput(adpSource ? { adpSource } : {}));
  return call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'mock', seed: 3 });
}
const priced = (room: DraftRoom) => room.players.filter((p) => p.adp !== null).length;

describe("a league's ADP source", () => {
  it('auto (and a league saved before the choice existed) drafts against the freshest: Fantasy Football Calculator', async () => {
    const room = await roomFor();
    expect(room.config.adpSource).toBeUndefined();
    expect(room.market.kind).toBe('adp');
    expect(room.market.label).toBe('ADP: Fantasy Football Calculator, 2025 PPR, 12 teams, as of 2025-08-21');
    expect(room.market.link).toBe('https://fantasyfootballcalculator.com/adp');
    // The fake serves 15 rounds of 12 teams.
    expect(priced(room)).toBe(180);
    expect((await roomFor('auto')).market.label).toBe(room.market.label);
  }, 60_000);

  it('csv drafts against the imported file though a fresher FFC snapshot exists, and the room says it is the league\'s choice', async () => {
    const room = await roomFor('csv');
    expect(room.config.adpSource).toBe('csv');
    expect(room.market.label).toBe(`ADP: imported from ${CSV} (this league's choice), 2025 PPR, as of 2025-08-20`);
    expect(priced(room)).toBeGreaterThan(180);
  }, 60_000);

  it('sleeper with no Sleeper ADP stored: the estimate, and the room says whose ADP is missing', async () => {
    const room = await roomFor('sleeper');
    expect(room.market.kind).toBe('estimate');
    expect(room.market.label).toBe("No 2025 ADP from Sleeper (this league's choice) yet: draft positions are estimated from 2024 ADP and our projections. " + ESTIMATE_WARNING);
  }, 60_000);

  it('an unknown source is refused with the field named, and nothing is saved', async () => {
    const before = (await call<League[]>(ctx, 'leagues.list')).length;
    const r = await dispatch(handlers, ctx, 'leagues.create', leagueInput({ adpSource: 'espn' }));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toMatch(/adpSource/);
    expect((await call<League[]>(ctx, 'leagues.list')).length).toBe(before);
  });

  it('editing the league changes the market of drafts started afterwards', async () => {
    const league = await call<League>(ctx, 'leagues.create', leagueInput({ adpSource: 'csv' }));
    const updated = await call<League>(ctx, 'leagues.update', { id: league.id, ...leagueInput({ adpSource: 'ffc' }) });
    expect(updated.config.adpSource).toBe('ffc');
    const room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'mock', seed: 3 });
    expect(room.market.label).toBe("ADP: Fantasy Football Calculator (this league's choice), 2025 PPR, 12 teams, as of 2025-08-21");
  }, 60_000);
});
