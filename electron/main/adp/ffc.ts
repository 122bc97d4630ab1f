// Fantasy Football Calculator's public ADP (no key): GET {base}/api/v1/adp/{format}?teams=N&year=Y.
// Shown in the app as "ADP: Fantasy Football Calculator" with a link. Before drafting season
// it answers {"status":"Error","errors":"No ADP data found."}; it has been seen to ignore the
// teams parameter, so meta.teams is checked before anything is stored.
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import { fetchJson, type FetchJsonOptions } from './http';
import { fantasyPosition, type AdpFormat, type AdpSourceRow } from './rows';

export const FFC_ATTRIBUTION = 'ADP: Fantasy Football Calculator (fantasyfootballcalculator.com)';
export const FFC_TEAMS = [8, 10, 12, 14] as const;
const FFC_FORMAT: Record<AdpFormat, string> = { ppr: 'ppr', half: 'half-ppr', standard: 'standard', '2qb': '2qb' };

export function ffcBaseUrl(): string {
  return (process.env.GRIDSCOUT_FFC_API_URL ?? 'https://fantasyfootballcalculator.com').replace(/\/+$/, '');
}

const Answer = z.object({
  status: z.literal('Success'),
  meta: z.object({
    type: z.string().optional(),
    teams: z.coerce.number(),
    rounds: z.coerce.number().optional(),
    total_drafts: z.coerce.number().nullable().optional(),
    start_date: z.string().nullable().optional(),
    end_date: z.string().nullable().optional(),
  }),
  players: z.array(
    z.object({
      player_id: z.union([z.number(), z.string()]),
      name: z.string().min(1),
      position: z.string(),
      team: z.string().nullable().optional(),
      adp: z.coerce.number().positive(),
    }),
  ),
});

export interface FfcAdp {
  url: string;
  teams: number;
  startDate: string | null;
  endDate: string | null;
  totalDrafts: number | null;
  rows: AdpSourceRow[];
}

export async function fetchFfcAdp(q: { season: number; format: AdpFormat; teams: number; baseUrl?: string }, options: FetchJsonOptions = {}): Promise<FfcAdp> {
  if (!(FFC_TEAMS as readonly number[]).includes(q.teams)) throw new AppError('invalid_input', `Fantasy Football Calculator has ADP for 8, 10, 12 or 14 teams, not ${q.teams}.`);
  const url = `${q.baseUrl ?? ffcBaseUrl()}/api/v1/adp/${FFC_FORMAT[q.format]}?teams=${q.teams}&year=${q.season}`;
  const body = await fetchJson(url, 'Fantasy Football Calculator', options);
  if (body && typeof body === 'object' && (body as { status?: unknown }).status === 'Error') {
    const said = String((body as { errors?: unknown }).errors ?? 'an error');
    throw new AppError('not_found', `Fantasy Football Calculator has no ${q.season} ${q.format} ADP for ${q.teams} teams yet ("${said}"). Your stored ADP is unchanged.`);
  }
  const parsed = Answer.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('unavailable', `Fantasy Football Calculator's answer has an unexpected shape (${issue.path.join('.') || 'body'}: ${issue.message}). Your stored ADP is unchanged.`);
  }
  const { meta, players } = parsed.data;
  if (meta.teams !== q.teams) throw new AppError('unavailable', `Fantasy Football Calculator answered with ${meta.teams}-team ADP when asked for ${q.teams} teams. Nothing was stored.`);
  const rows: AdpSourceRow[] = [];
  for (const p of players) {
    const position = fantasyPosition(p.position);
    if (!position) continue; // FFC lists only fantasy positions; anything else is not draftable here
    rows.push({ name: p.name, position, team: p.team ?? null, adp: p.adp, sourceId: String(p.player_id) });
  }
  rows.sort((a, b) => a.adp - b.adp);
  return { url, teams: meta.teams, startDate: meta.start_date ?? null, endDate: meta.end_date ?? null, totalDrafts: meta.total_drafts ?? null, rows };
}
