// ADP into the store: fetch (or read a CSV), match rows to players, store one snapshot in one
// transaction. A failed fetch or a malformed file stores nothing and keeps earlier snapshots.
// The CLI (adp:refresh, adp:import), the Data view's channels and the online refresh all come
// through here.
import type { AdpLoadResult } from '../../../shared/ipc/types';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { targetSeason } from '../db/repos/dataStatus';
import { allRows, getSnapshot, insertSnapshot, latestFrom, manualMatches, matchCandidates, saveManualMatch, snapshotRows, type SnapshotMeta } from '../db/repos/adp';
import { parseAdpCsv } from './csv';
import { FFC_ATTRIBUTION, fetchFfcAdp } from './ffc';
import type { FetchJsonOptions } from './http';
import { adpRowKey, matchAdpRows, rowLabel } from './match';
import { ADP_FORMATS, type AdpFormat, type AdpSourceRow } from './rows';
import { SLEEPER_ATTRIBUTION, fetchSleeperAdp } from './sleeperAdp';


/** A source is asked at most once a day per season, format and team count unless forced. */
const REFRESH_INTERVAL_MS = 24 * 3600 * 1000;

export interface RefreshRequest {
  source: 'ffc' | 'sleeper';
  season: number;
  format: AdpFormat;
  teams: number;
  force?: boolean;
  now?: () => Date;
  http?: FetchJsonOptions;
}

export async function refreshAdp(db: Db, req: RefreshRequest): Promise<AdpLoadResult> {
  const t0 = performance.now();
  const now = (req.now ?? (() => new Date()))();
  const teams = req.source === 'ffc' ? req.teams : null;
  const recent = latestFrom(db, req.source, req.season, req.format, teams);
  if (recent && !req.force && now.getTime() - Date.parse(recent.fetchedAt) < REFRESH_INTERVAL_MS) {
    return { ...summarise(db, recent.id, t0), reused: true };
  }
  if (req.source === 'ffc') {
    const got = await fetchFfcAdp({ season: req.season, format: req.format, teams: req.teams }, req.http);
    const meta: SnapshotMeta = { source: 'ffc', season: req.season, format: req.format, teams: got.teams, origin: got.url, fetchedAt: now.toISOString(), startDate: got.startDate, endDate: got.endDate, totalDrafts: got.totalDrafts, attribution: FFC_ATTRIBUTION };
    return { ...store(db, meta, got.rows, false, t0), reused: false };
  }
  const got = await fetchSleeperAdp({ season: req.season, format: req.format }, req.http);
  const meta: SnapshotMeta = { source: 'sleeper', season: req.season, format: req.format, teams: null, origin: got.url, fetchedAt: now.toISOString(), startDate: null, endDate: null, totalDrafts: null, attribution: SLEEPER_ATTRIBUTION };
  return { ...store(db, meta, got.rows, true, t0), reused: false };
}

const FORMAT_NAME: Record<AdpFormat, string> = { ppr: 'PPR', half: 'half PPR', standard: 'standard', '2qb': '2QB' };

/**
 * The ADP an online data refresh fetches too: Fantasy Football Calculator's 12-team ADP of
 * the target season in every format (each asked at most once a day). One line per format
 * says what came or, for a failure ("No ADP data found" before drafting season, a network
 * error), why nothing changed; a failure never fails the data refresh.
 */
export async function refreshMarkets(db: Db, season: number, onFormat: (format: AdpFormat) => void = () => {}, http?: FetchJsonOptions): Promise<string[]> {
  const lines: string[] = [];
  for (const format of ADP_FORMATS) {
    onFormat(format);
    try {
      const r = await refreshAdp(db, { source: 'ffc', season, format, teams: 12, ...(http ? { http } : {}) });
      lines.push(`${FORMAT_NAME[format]}: ${r.matched} of ${r.rows} players matched${r.reused ? ' (fetched in the last day already)' : ''}`);
    } catch (err) {
      if (http?.signal?.aborted) throw err;
      lines.push(`${FORMAT_NAME[format]}: ${(err as Error).message}`);
    }
  }
  return lines;
}

/** Imports an ADP CSV; a malformed file throws (DataFormatError, with the line) and stores nothing. */
export function importAdpCsv(db: Db, req: { file: string; season: number; format: AdpFormat; now?: () => Date; text?: string }): AdpLoadResult {
  const t0 = performance.now();
  if (req.text === undefined && !fs.existsSync(req.file)) throw new AppError('not_found', `${req.file} does not exist.`);
  const rows = parseAdpCsv(req.file, req.text ?? fs.readFileSync(req.file, 'utf8'));
  const now = (req.now ?? (() => new Date()))();
  const meta: SnapshotMeta = { source: 'csv', season: req.season, format: req.format, teams: null, origin: path.basename(req.file), fetchedAt: now.toISOString(), startDate: null, endDate: null, totalDrafts: null, attribution: `ADP: imported from ${path.basename(req.file)}` };
  return { ...store(db, meta, rows, false, t0), reused: false };
}

function store(db: Db, meta: SnapshotMeta, rows: AdpSourceRow[], sleeperIds: boolean, t0: number): Omit<AdpLoadResult, 'reused'> {
  if (rows.length === 0) throw new AppError('not_found', `The ${meta.source} answer has no ADP rows. Your stored ADP is unchanged.`);
  const ids = matchAdpRows(rows, matchCandidates(db), { season: meta.season, targetSeason: targetSeason(db) ?? meta.season, manual: manualMatches(db), sleeperIds });
  const id = insertSnapshot(db, meta, rows, ids);
  return summarise(db, id, t0);
}

function summarise(db: Db, snapshotId: number, t0: number): Omit<AdpLoadResult, 'reused'> {
  const s = getSnapshot(db, snapshotId)!;
  const rows = snapshotRows(db, snapshotId);
  return {
    source: s.source,
    season: s.season,
    format: s.format,
    rows: rows.length,
    matched: rows.filter((r) => r.playerId !== null).length,
    unmatched: rows.filter((r) => r.playerId === null).map(rowLabel),
    seconds: Math.round(performance.now() - t0) / 1000,
    snapshotId,
  };
}

/**
 * The user's match for an unmatched row: kept by the row's key, applied to that row in every
 * snapshot now and to every later refresh or import.
 */
export function matchRowByHand(db: Db, snapshotId: number, ord: number, playerId: number, now: Date): void {
  const row = snapshotRows(db, snapshotId).find((r) => r.ord === ord);
  if (!row) throw new AppError('not_found', `ADP row ${ord} of snapshot ${snapshotId} does not exist.`);
  const player = db.prepare('SELECT fantasy_position AS position FROM players WHERE id = ?').get(playerId) as { position: string | null } | undefined;
  if (!player) throw new AppError('not_found', `Player ${playerId} does not exist.`);
  if (player.position !== row.position) throw new AppError('invalid_input', `${row.name} is a ${row.position} in the ADP; that player is a ${player.position ?? 'non-fantasy position'}.`);
  const key = adpRowKey(row);
  const same = allRows(db).filter((r) => adpRowKey(r) === key).map((r) => ({ snapshotId: r.snapshotId, ord: r.ord }));
  saveManualMatch(db, key, playerId, same, now.toISOString());
}
