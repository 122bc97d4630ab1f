// Personal rankings per scoring ruleset: the computed default until the first edit, then
// the saved list (merged with today's pool). Every edit rewrites the list in one
// transaction; an edit naming a player not in the list changes nothing.
import fs from 'node:fs';
import { AppError } from '../../../shared/ipc/result';
import type { PoolRow, Rankings } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { clearRankings, saveRankings, savedRankings } from '../db/repos/rankings';
import { playerPool } from '../projections/pool';
import { defaultList, mergeSaved, movePlayer, setDoNotDraft, setTierBreak, type ListEntry } from '../projections/rankingList';
import { rankingsFromCsv, rankingsToCsv } from '../projections/rankingsCsv';
import { requireTargetSeason, scoringOf } from '../projections/scoring';
import type { HandlersOf } from './types';

interface Loaded {
  key: string;
  season: number;
  pool: PoolRow[];
  list: ListEntry[];
  custom: boolean;
  tiersEdited: boolean;
}

function load(ctx: AppContext, req: Parameters<typeof scoringOf>[0]): Loaded {
  const season = requireTargetSeason(ctx.db);
  const { rules, key } = scoringOf(req);
  const pool = playerPool(ctx, rules, key, season).rows;
  const saved = savedRankings(ctx.db, key);
  if (saved.length === 0) return { key, season, pool, list: defaultList(pool), custom: false, tiersEdited: false };
  return { key, season, pool, list: mergeSaved(saved, pool), custom: true, tiersEdited: saved.some((s) => s.tierEdited) };
}

function view(l: Loaded): Rankings {
  const byId = new Map(l.pool.map((r) => [r.id, r]));
  return {
    ruleset: l.key,
    season: l.season,
    custom: l.custom,
    tiersEdited: l.tiersEdited,
    rows: l.list.map((e, i) => {
      const p = byId.get(e.playerId)!;
      return {
        playerId: e.playerId,
        rank: i + 1,
        tier: e.tier,
        doNotDraft: e.doNotDraft,
        name: p.name,
        position: p.position,
        team: p.team,
        bye: p.bye,
        projection: p.projection,
        low: p.low,
        high: p.high,
        vor: p.vor,
        positionRank: p.positionRank,
      };
    }),
  };
}

function save(ctx: AppContext, l: Loaded, list: ListEntry[] | null, playerId: number, tiersEdited = l.tiersEdited): Rankings {
  if (!list) throw new AppError('not_found', `Player ${playerId} is not in the ${l.season} rankings.`);
  saveRankings(ctx.db, l.key, list, tiersEdited, new Date().toISOString());
  ctx.events.emit('data.changed', { tables: ['rankings', 'tiers'] });
  return view({ ...l, list, custom: true, tiersEdited });
}

export const rankingsHandlers: HandlersOf<
  'rankings.get' | 'rankings.reorder' | 'rankings.set' | 'rankings.tierBreak' | 'rankings.reset' | 'rankings.import' | 'rankings.checkImport' | 'rankings.export' | 'rankings.savePdf'
> = {
  'rankings.get': (ctx, req) => view(load(ctx, req)),
  'rankings.reorder': (ctx, req) => {
    const l = load(ctx, req);
    return save(ctx, l, movePlayer(l.list, req.playerId, req.toRank), req.playerId);
  },
  'rankings.set': (ctx, req) => {
    const l = load(ctx, req);
    return save(ctx, l, setDoNotDraft(l.list, req.playerId, req.doNotDraft), req.playerId);
  },
  'rankings.tierBreak': (ctx, req) => {
    const l = load(ctx, req);
    return save(ctx, l, setTierBreak(l.list, req.playerId, req.on), req.playerId, true);
  },
  'rankings.reset': (ctx, req) => {
    const { key } = scoringOf(req);
    clearRankings(ctx.db, key);
    ctx.events.emit('data.changed', { tables: ['rankings', 'tiers'] });
    return view(load(ctx, req));
  },
  'rankings.import': (ctx, req) => {
    const l = load(ctx, req);
    const { list, unknown, matched } = rankingsFromCsv(req.csv, l.pool, l.season); // throws before anything is written
    if (unknown.length > 0 && !req.skipUnknown) {
      const names = unknown.map((u) => `"${u.name}" (line ${u.line})`).join(', ');
      throw new AppError('invalid_input', `Rankings CSV: ${unknown.length} ${unknown.length === 1 ? 'name matches' : 'names match'} no player in the ${l.season} pool: ${names}. Fix ${unknown.length === 1 ? 'it' : 'them'} in the file, or import the other ${matched} rows. Nothing was changed.`);
    }
    return save(ctx, l, list, 0, true);
  },
  'rankings.checkImport': (ctx, req) => {
    const l = load(ctx, req);
    const { unknown, matched } = rankingsFromCsv(req.csv, l.pool, l.season);
    return { matched, unknown };
  },
  'rankings.export': (ctx, req) => {
    const l = load(ctx, req);
    return { csv: rankingsToCsv(view(l).rows), filename: `gridscout-rankings-${l.season}-${l.key.replace(/[^a-z0-9]+/gi, '-')}.csv` };
  },
  'rankings.savePdf': async (ctx, req) => {
    if (ctx.mode !== 'electron') {
      throw new AppError('unavailable', 'Saving a PDF directly is in the desktop app; here, use Print cheat sheet and choose "Save as PDF".');
    }
    const season = requireTargetSeason(ctx.db);
    const { key } = scoringOf(req);
    // Loaded only in the desktop app: the browser mode runs in plain Node, without Electron.
    const { BrowserWindow, dialog } = await import('electron');
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (!win) throw new AppError('unavailable', 'There is no window to print.');
    const choice = await dialog.showSaveDialog(win, {
      defaultPath: `gridscout-cheatsheet-${season}-${key.replace(/[^a-z0-9]+/gi, '-')}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { path: null };
    // The print stylesheet (rankings.css @media print) turns the view into the cheat sheet.
    const pdf = await win.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true });
    await fs.promises.writeFile(choice.filePath, pdf);
    return { path: choice.filePath };
  },
};

/** A player's place in the ruleset's list (saved or default); null when not in the pool. */
export function rankingOf(ctx: AppContext, req: Parameters<typeof scoringOf>[0], playerId: number): { rank: number; doNotDraft: boolean } | null {
  const l = load(ctx, req);
  const at = l.list.findIndex((e) => e.playerId === playerId);
  return at < 0 ? null : { rank: at + 1, doNotDraft: l.list[at]!.doNotDraft };
}
