// Test homes with the real NFL data imported. The import runs once per test process into
// a template home; each test gets a copy of its database file (a few ms, not 10 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeAppContext, createAppContext, type AppContext } from '../main/context';
import { importDirectory } from '../main/data/importer';
import { dataDir } from './testData';
import { dispatch } from '../main/dispatch';
import { handlers } from '../main/handlers/index';
import { databaseFile } from '../main/paths';

let template: Promise<string> | null = null;

async function buildTemplate(): Promise<string> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-draft-template-'));
  const ctx = createAppContext({ home, mode: 'browser', logToConsole: false });
  try {
    await importDirectory(ctx.db, dataDir());
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    closeAppContext(ctx);
  }
  return home;
}

/** A fresh temp home whose database holds the imported data. */
export async function dataHome(): Promise<string> {
  template ??= buildTemplate();
  const from = await template;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-draft-'));
  fs.copyFileSync(databaseFile(from), databaseFile(home));
  return home;
}

export function openHome(home: string): AppContext {
  return createAppContext({ home, mode: 'browser', logToConsole: false });
}

/** Calls a channel through the real dispatch; throws with the error message on failure. */
export async function call<T>(ctx: AppContext, channel: string, payload: unknown = {}): Promise<T> {
  const r = await dispatch(handlers, ctx, channel, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

/** A league input: 12-team PPR snake with the standard roster unless overridden. */
export function leagueInput(config: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    name: 'Office league',
    scoringPreset: 'ppr',
    config: {
      teams: 12,
      myTeam: 4,
      draftType: 'snake',
      rosterSlots: { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 1, DST: 1, BENCH: 6 },
      ...config,
    },
    ...extra,
  };
}
