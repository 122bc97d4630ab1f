// The market for a season in backtests and simulations: the preferred FantasyPros ADP
// export of the season under `dataDir/eval-only` (never shipped: the app has no ADP file).
// The one place the backtest's evaluation set and the simulated drafts read ADP from, so
// another ADP source replaces this function only.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRows } from './history';

export interface AdpRow {
  name: string;
  /** As the export writes it: QB, RB, WR, TE, K, DST. */
  pos: string;
  adp: number;
  team: string | null;
}

/** Season Y's preferred ADP rows, best first; null when there is no export for Y. */
export function loadSeasonAdp(dataDir: string | null, season: number): AdpRow[] | null {
  if (dataDir === null) return null;
  const dir = join(dataDir, 'eval-only');
  if (!existsSync(dir)) return null;
  const rows = readdirSync(dir)
    .filter((f) => /^fantasypros_adp_.*\.csv$/.test(f))
    .flatMap((f) => readCsvRows(join(dir, f)))
    .filter((r) => Number(r.season) === season && r.preferred_for_season === '1' && Number.isFinite(Number(r.avg_adp)) && r.avg_adp !== '');
  if (rows.length === 0) return null;
  return rows
    .map((r) => ({ name: r.player ?? '', pos: r.pos ?? '', adp: Number(r.avg_adp), team: r.team || null }))
    .sort((a, b) => a.adp - b.adp || a.name.localeCompare(b.name));
}
