// The desktop app's guest-only party server, in plain Node: it listens where asked, never
// serves the app's page (not even to this machine), serves the guest page and the join
// route, stops when the last party closes, and a restart listens on the saved address.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppContext, createAppContext, type AppContext } from '../context';
import { handlers } from '../handlers/index';
import { rawRequest } from '../../test-support/server';
import { makeTempDir, writeRendererStandIn } from '../../test-support/tempDirs';
import { desktopNetwork, resumeParties } from './desktopServer';
import { insertParty, updatePartyAddress } from './repo';

let ctx: AppContext | null = null;
let dir = '';
afterEach(async () => {
  await ctx?.party?.idle?.();
  if (ctx) closeAppContext(ctx);
  ctx = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the desktop party server', () => {
  it('serves guests only, on the address asked; stops when idle; resumes on the saved address', async () => {
    dir = makeTempDir('gridscout-desktop-party-');
    const rendererDir = writeRendererStandIn(dir);
    fs.writeFileSync(path.join(rendererDir, 'party.html'), '<!doctype html><title>GridScout party</title>\n');
    ctx = createAppContext({ home: path.join(dir, 'home'), mode: 'electron', logToConsole: false });
    ctx.party = desktopNetwork(ctx, handlers, rendererDir);
    const at = await ctx.party.serve('127.0.0.1');
    expect(at.address).toBe('127.0.0.1');
    expect(at.url).toBe(`http://127.0.0.1:${at.port}`);
    // Not even this machine gets the app's page (the desktop app uses IPC).
    const page = await rawRequest(at.port!, { path: '/' });
    expect(page.status).toBe(302);
    expect(page.headers.location).toBe('/party');
    expect((await rawRequest(at.port!, { path: '/party' })).text).toContain('GridScout party');
    const join = await rawRequest(at.port!, { method: 'POST', path: '/party/join', chunks: [JSON.stringify({ code: 'NOPE22', team: 1 })] });
    expect(join.status).toBe(403);
    // Asking again for the same address keeps the same server.
    expect(await ctx.party.serve('127.0.0.1')).toEqual(at);
    await ctx.party.idle!();
    await expect(rawRequest(at.port!, { path: '/party' })).rejects.toThrow();

    // A restarted app with an open party listens where the party was.
    ctx.db.prepare("INSERT INTO leagues (id, name, config, scoring_preset, scoring, created_at, updated_at) VALUES (1, 'L', '{}', 'ppr', '{}', 0, 0)").run();
    ctx.db.prepare("INSERT INTO drafts (id, league_id, mode, seed, season, config, scoring, team_names, personalities, status, created_at, updated_at) VALUES (1, 1, 'live', 1, 2025, '{}', '{}', '[]', '[]', 'active', 0, 0)").run();
    insertParty(ctx.db, { draftId: 1, code: 'K7P2QX', address: null, port: null, openedAt: 0 });
    updatePartyAddress(ctx.db, 1, '127.0.0.1', at.port);
    await resumeParties(ctx);
    expect((await rawRequest(at.port!, { path: '/party' })).status).toBe(200);
  });
});
