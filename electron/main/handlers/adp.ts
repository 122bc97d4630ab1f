// The Data view's ADP section: snapshots, refresh from a source, CSV import, unmatched rows
// and matching one by hand. Everything goes through adp/service.ts, as the CLI does.
import { AppError } from '../../../shared/ipc/result';
import type { AdpStatus, AdpUnmatchedRow } from '../../../shared/ipc/types';
import { loadMarket } from '../adp/market';
import { ADP_FORMATS } from '../adp/rows';
import { importAdpCsv, matchRowByHand, refreshAdp } from '../adp/service';
import type { Db } from '../db/connection';
import { listSnapshots, snapshotRows } from '../db/repos/adp';
import { targetSeason } from '../db/repos/dataStatus';
import { LEAGUE_TEAMS } from '../projections/pool';
import type { HandlersOf } from './types';

const CHANGED = ['adp_snapshots'];

export const adpHandlers: HandlersOf<'adp.status' | 'adp.refresh' | 'adp.import' | 'adp.match'> = {
  'adp.status': (ctx) => adpStatus(ctx.db),
  'adp.refresh': async (ctx, req) => {
    const season = req.season ?? requireSeason(ctx.db);
    const result = await ctx.jobs.run('adp', (job) => {
      job.progress(`Fetching ${season} ADP from ${req.source === 'ffc' ? 'Fantasy Football Calculator' : 'Sleeper'}`, null);
      return refreshAdp(ctx.db, { source: req.source, season, format: req.format, teams: req.teams ?? LEAGUE_TEAMS, force: req.force ?? false, http: { signal: job.signal } });
    });
    ctx.log.info(`adp refresh ${req.source} ${season} ${req.format}: ${result.matched}/${result.rows} matched${result.reused ? ' (reused)' : ''}`);
    ctx.events.emit('data.changed', { tables: CHANGED });
    return result;
  },
  'adp.import': (ctx, req) => {
    const season = req.season ?? requireSeason(ctx.db);
    const result = importAdpCsv(ctx.db, { file: req.fileName, text: req.text, season, format: req.format });
    ctx.log.info(`adp import ${req.fileName} ${season} ${req.format}: ${result.matched}/${result.rows} matched`);
    ctx.events.emit('data.changed', { tables: CHANGED });
    return result;
  },
  'adp.match': (ctx, req) => {
    matchRowByHand(ctx.db, req.snapshotId, req.ord, req.playerId, new Date());
    ctx.events.emit('data.changed', { tables: CHANGED });
    return adpStatus(ctx.db);
  },
};

function requireSeason(db: Db): number {
  const season = targetSeason(db);
  if (season === null) throw new AppError('not_found', 'Load the NFL data first (Data > Import): ADP is matched to its players.');
  return season;
}

function adpStatus(db: Db): AdpStatus {
  const snapshots = listSnapshots(db);
  const season = targetSeason(db);
  const newest = new Map<string, number>();
  for (const s of snapshots) {
    const k = `${s.season}|${s.format}|${s.source}`;
    if (!newest.has(k)) newest.set(k, s.id);
  }
  const unmatched: AdpUnmatchedRow[] = [...newest.values()].flatMap((id) =>
    snapshotRows(db, id)
      .filter((r) => r.playerId === null)
      .map((r) => ({ snapshotId: id, ord: r.ord, name: r.name, position: r.position, team: r.team, adp: r.adp })),
  );
  unmatched.sort((a, b) => a.adp - b.adp || a.snapshotId - b.snapshotId);
  // The market with no projections handy: an estimate needs the pool's projections, so only say which kind it will be.
  const markets = season === null ? [] : ADP_FORMATS.map((format) => ({ format, market: loadMarket(db, season, format, LEAGUE_TEAMS, []).info }));
  return { targetSeason: season, snapshots, unmatched: unmatched.slice(0, 200), markets };
}
