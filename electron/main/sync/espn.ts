// ESPN public leagues: one GET of the league with its draft, settings and teams
// (base URL from GRIDSCOUT_ESPN_API_URL), read into the host-neutral shapes of source.ts.
// draftDetail.picks: playerId -1 is a pick not made yet; defences have negative ids
// (-16000 minus ESPN's team id). ESPN sends no names with picks, so a player our data does
// not know by ESPN id cannot be shown by name. ESPN's league API may show picks late.
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import { getJson, type HostAnswer } from './http';
import { timingFromEnv } from './timing';
import { HostFormatError, type HostPick, type HostSetup, type HostSnapshot } from './source';

export const espnBaseUrl = (): string => (process.env.GRIDSCOUT_ESPN_API_URL ?? 'https://lm-api-reads.fantasy.espn.com').replace(/\/+$/, '');

/** ESPN's pro team ids (as in its defence ids -16001 ... -16034) -> team abbreviations. */
const ESPN_TEAMS: Readonly<Record<number, string>> = {
  1: 'ATL', 2: 'BUF', 3: 'CHI', 4: 'CIN', 5: 'CLE', 6: 'DAL', 7: 'DEN', 8: 'DET', 9: 'GB', 10: 'TEN', 11: 'IND', 12: 'KC', 13: 'LV', 14: 'LAR', 15: 'MIA', 16: 'MIN',
  17: 'NE', 18: 'NO', 19: 'NYG', 20: 'NYJ', 21: 'PHI', 22: 'ARI', 23: 'PIT', 24: 'LAC', 25: 'SF', 26: 'SEA', 27: 'TB', 28: 'WAS', 29: 'CAR', 30: 'JAX', 33: 'BAL', 34: 'HOU',
};

/** The team whose defence an ESPN id (-16001 to -16034) stands for, or null. */
export function espnDefenceTeam(hostId: string): string | null {
  const n = Number(hostId);
  if (!Number.isInteger(n) || n > -16001 || n < -16034) return null;
  return ESPN_TEAMS[-16000 - n] ?? null;
}

/** A league id, or an ESPN fantasy URL with leagueId= (and seasonId=) in it. */
export function parseEspnLeague(input: string): { leagueId: string; season: number | null } {
  const s = input.trim();
  if (/^\d{1,12}$/.test(s)) return { leagueId: s, season: null };
  let url: URL | null;
  try {
    url = new URL(s);
  } catch {
    url = null;
  }
  const id = url && /(^|\.)espn\.com$/i.test(url.hostname) ? url.searchParams.get('leagueId') : null;
  if (!id || !/^\d{1,12}$/.test(id)) throw new AppError('invalid_input', 'That is not an ESPN league: paste the league id (digits) or a URL with leagueId= in it, like https://fantasy.espn.com/football/league?leagueId=123456.');
  const season = Number(url!.searchParams.get('seasonId'));
  return { leagueId: id, season: Number.isInteger(season) && season > 1999 ? season : null };
}

const num = z.coerce.number();
const leagueSchema = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  seasonId: num.optional(),
  settings: z
    .object({
      name: z.string().nullish(),
      draftSettings: z.object({ type: z.string().nullish(), pickOrder: z.array(num).nullish(), auctionBudget: num.nullish() }).partial().nullish(),
      rosterSettings: z.object({ lineupSlotCounts: z.record(z.string(), num).nullish() }).partial().nullish(),
      scoringSettings: z.object({ scoringItems: z.array(z.object({ statId: num, points: num.nullish() }).passthrough()).nullish() }).partial().nullish(),
    })
    .partial()
    .nullish(),
  teams: z.array(z.object({ id: num, name: z.string().nullish(), location: z.string().nullish(), nickname: z.string().nullish(), abbrev: z.string().nullish() }).passthrough()).nullish(),
  draftDetail: z
    .object({
      drafted: z.boolean().nullish(),
      inProgress: z.boolean().nullish(),
      picks: z
        .array(
          z
            .object({
              overallPickNumber: num,
              roundId: num,
              roundPickNumber: num.nullish(),
              teamId: num,
              playerId: num,
              keeper: z.boolean().nullish(),
              bidAmount: num.nullish(),
            })
            .passthrough(),
        )
        .nullish(),
    })
    .partial()
    .nullish(),
});
export type EspnLeague = z.infer<typeof leagueSchema>;

export function parseEspnPayload(body: unknown): EspnLeague {
  const r = leagueSchema.safeParse(body);
  if (!r.success) throw new HostFormatError(`ESPN's league is not in the documented shape (${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? ''})`);
  return r.data;
}

/** ESPN lineup slot ids -> our roster slots (IR and defensive-player slots are not drafted here). */
const SLOT_IDS: Readonly<Record<string, keyof HostSetup['rosterSlots']>> = {
  '0': 'QB', '2': 'RB', '4': 'WR', '6': 'TE', '3': 'FLEX', '5': 'FLEX', '23': 'FLEX', '7': 'SUPERFLEX', '16': 'DST', '17': 'K', '20': 'BENCH',
};

/** Team ids in draft order (pickOrder), else in the order of the team list. */
function teamOrder(l: EspnLeague): number[] {
  const order = l.settings?.draftSettings?.pickOrder;
  return order && order.length ? order : (l.teams ?? []).map((t) => t.id);
}

export function espnSetup(l: EspnLeague): HostSetup {
  const order = teamOrder(l);
  const teams = order.length;
  if (teams < 4 || teams > 20) throw new AppError('invalid_input', `This ESPN league has ${teams} teams; GridScout follows drafts of 4 to 20 teams.`);
  const rosterSlots = { QB: 0, RB: 0, WR: 0, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0 };
  for (const [id, count] of Object.entries(l.settings?.rosterSettings?.lineupSlotCounts ?? {})) {
    const slot = SLOT_IDS[id];
    if (slot) rosterSlots[slot] += count;
  }
  const rounds = Object.values(rosterSlots).reduce((a, b) => a + b, 0);
  if (rounds < 1) throw new AppError('invalid_input', 'This ESPN league has no roster settings GridScout can read.');
  const reception = (l.settings?.scoringSettings?.scoringItems ?? []).find((i) => i.statId === 53)?.points ?? 0;
  const byId = new Map((l.teams ?? []).map((t) => [t.id, t]));
  const teamNames = order.map((id, i) => {
    const t = byId.get(id);
    const name = t?.name ?? [t?.location, t?.nickname].filter(Boolean).join(' ');
    return (name || t?.abbrev || `Team ${i + 1}`).trim().slice(0, 40);
  });
  const auction = (l.settings?.draftSettings?.type ?? '').toUpperCase() === 'AUCTION';
  return {
    name: (l.settings?.name ?? '').trim().slice(0, 60) || `ESPN league ${l.id ?? ''}`.trim(),
    teams,
    rounds,
    draftType: auction ? 'auction' : 'snake',
    rosterSlots,
    scoring: reception >= 1 ? 'ppr' : reception >= 0.5 ? 'half' : 'standard',
    teamNames,
    auctionBudget: auction ? (l.settings?.draftSettings?.auctionBudget ?? 200) : null,
    myTeam: null,
    season: l.seasonId ?? null,
  };
}

export function espnSnapshot(l: EspnLeague): HostSnapshot {
  const order = teamOrder(l);
  const slotOf = new Map(order.map((id, i) => [id, i]));
  const d = l.draftDetail ?? {};
  const picks: HostPick[] = [];
  for (const p of [...(d.picks ?? [])].sort((a, b) => a.overallPickNumber - b.overallPickNumber)) {
    if (p.playerId === -1) continue; // not made yet
    const team = slotOf.get(p.teamId);
    if (team === undefined) continue;
    const dst = espnDefenceTeam(String(p.playerId));
    picks.push({
      overall: p.overallPickNumber,
      round: p.roundId,
      team,
      player: dst ? { hostId: String(p.playerId), name: `${dst} D/ST`, position: 'DST', team: dst } : { hostId: String(p.playerId), name: `ESPN player ${p.playerId}`, position: '', team: null },
      keeper: p.keeper === true,
      price: p.bidAmount && p.bidAmount > 0 ? p.bidAmount : null,
    });
  }
  return { status: d.drafted ? 'complete' : d.inProgress ? 'drafting' : 'pre_draft', picks, owners: [] };
}

export class EspnClient {
  constructor(
    private readonly base = espnBaseUrl(),
    /** Read on every request: cookies pasted (or forgotten) while a draft is followed count at the next look. */
    private readonly cookies: () => { espnS2: string; swid: string } | null = () => null,
    private readonly timeoutMs = timingFromEnv().requestTimeoutMs,
  ) {}

  league(leagueId: string, season: number, etag?: string | null): Promise<HostAnswer> {
    const url = `${this.base}/apis/v3/games/ffl/seasons/${season}/segments/0/leagues/${encodeURIComponent(leagueId)}?view=mDraftDetail&view=mSettings&view=mTeam`;
    const c = this.cookies();
    const headers: Record<string, string> = c ? { Cookie: `espn_s2=${c.espnS2}; SWID=${c.swid}` } : {};
    return getJson(url, { etag, timeoutMs: this.timeoutMs, headers });
  }
}
