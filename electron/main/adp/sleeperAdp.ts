// Sleeper's ADP (opt-in: its API terms allow non-commercial use only, and the app says so).
// GET {base}/projections/nfl/{season}?season_type=regular&position[]=QB..DEF: rows with a
// Sleeper player_id (an exact match through our id crosswalk) and stats.adp_ppr, adp_half_ppr,
// adp_std, adp_2qb, where 999 or 1000 means nobody drafts him.
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import { fetchJson, type FetchJsonOptions } from './http';
import { fantasyPosition, type AdpFormat, type AdpSourceRow } from './rows';

export const SLEEPER_ATTRIBUTION = 'ADP: Sleeper (API terms: non-commercial use only)';
const STAT: Record<AdpFormat, string> = { ppr: 'adp_ppr', half: 'adp_half_ppr', standard: 'adp_std', '2qb': 'adp_2qb' };
const UNDRAFTED = 999;

export function sleeperBaseUrl(): string {
  return (process.env.GRIDSCOUT_SLEEPER_API_URL ?? 'https://api.sleeper.app').replace(/\/+$/, '');
}

const Row = z.object({
  player_id: z.union([z.string(), z.number()]),
  team: z.string().nullable().optional(),
  stats: z.record(z.string(), z.unknown()).nullable().optional(),
  player: z
    .object({ first_name: z.string().optional(), last_name: z.string().optional(), position: z.string().optional(), team: z.string().nullable().optional() })
    .nullable()
    .optional(),
});

export async function fetchSleeperAdp(q: { season: number; format: AdpFormat; baseUrl?: string }, options: FetchJsonOptions = {}): Promise<{ url: string; rows: AdpSourceRow[] }> {
  const positions = ['QB', 'RB', 'WR', 'TE', 'K', 'DEF'].map((p) => `position[]=${p}`).join('&');
  const url = `${q.baseUrl ?? sleeperBaseUrl()}/projections/nfl/${q.season}?season_type=regular&${positions}`;
  const parsed = z.array(Row).safeParse(await fetchJson(url, 'Sleeper', options));
  if (!parsed.success) throw new AppError('unavailable', `Sleeper's answer has an unexpected shape (${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}). Your stored ADP is unchanged.`);
  const rows: AdpSourceRow[] = [];
  for (const r of parsed.data) {
    const adp = Number(r.stats?.[STAT[q.format]]);
    const position = fantasyPosition(r.player?.position ?? '');
    if (!position || !Number.isFinite(adp) || adp <= 0 || adp >= UNDRAFTED) continue;
    const name = [r.player?.first_name, r.player?.last_name].filter(Boolean).join(' ') || String(r.player_id);
    rows.push({ name, position, team: r.team ?? r.player?.team ?? null, adp, sourceId: String(r.player_id) });
  }
  if (rows.length === 0) throw new AppError('not_found', `Sleeper has no ${q.season} ${q.format} ADP yet. Your stored ADP is unchanged.`);
  rows.sort((a, b) => a.adp - b.adp);
  return { url, rows };
}
