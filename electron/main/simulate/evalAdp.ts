// The evaluation-only FantasyPros ADP (../shared/data/eval-only, never shipped) written back
// as the FantasyPros ADP export it came from (Rank, Player, Team, Bye, POS with the position
// rank, one column per site, AVG), so simulations and tests feed it through the app's own
// CSV import and name matching: how well names match is part of what they measure.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readCsvRows } from '../model/history';

/** Seasons with a preferred export in the data folder, ascending. */
export function evalAdpSeasons(dataDir: string): number[] {
  return [...new Set(evalRows(dataDir).map((r) => Number(r.season)))].sort((a, b) => a - b);
}

/** Season Y's preferred export as FantasyPros CSV text, or null when the folder has none. */
export function fantasyProsCsv(dataDir: string, season: number): string | null {
  const rows = evalRows(dataDir)
    .filter((r) => Number(r.season) === season)
    .sort((a, b) => Number(a.rank) - Number(b.rank));
  if (rows.length === 0) return null;
  const sites = [...new Set(rows.flatMap((r) => (r.platform_values ?? '').split(';').map((kv) => kv.split('=')[0]!).filter(Boolean)))];
  const table = rows.map((r) => {
    const values = new Map((r.platform_values ?? '').split(';').map((kv) => kv.split('=') as [string, string]));
    return [r.rank, r.player, r.team, r.bye, r.pos_rank || r.pos, ...sites.map((s) => values.get(s) ?? ''), r.avg_adp];
  });
  return Papa.unparse({ fields: ['Rank', 'Player', 'Team', 'Bye', 'POS', ...sites, 'AVG'], data: table });
}

function evalRows(dataDir: string): Record<string, string>[] {
  const dir = join(dataDir, 'eval-only');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^fantasypros_adp_.*\.csv$/.test(f))
    .flatMap((f) => readCsvRows(join(dir, f)))
    .filter((r) => r.preferred_for_season === '1' && r.avg_adp !== '' && Number.isFinite(Number(r.avg_adp)));
}
