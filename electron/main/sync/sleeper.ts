// Sleeper's public draft API (docs.sleeper.com), base URL from GRIDSCOUT_SLEEPER_API_URL:
// the draft (status, settings, draft_order, slot_to_roster_id), its picks and its traded
// picks, read into the host-neutral shapes of source.ts. Users and their drafts for the
// Draft view's list.
import { z } from 'zod';
import { pickOrder } from '../../../shared/domain/draft/order';
import type { DraftType } from '../../../shared/domain/league';
import { AppError } from '../../../shared/ipc/result';
import { getJson, type HostAnswer } from './http';
import { timingFromEnv } from './timing';
import { HostFormatError, type HostPick, type HostSetup, type HostSnapshot, type HostStatus } from './source';

export const sleeperBaseUrl = (): string => (process.env.GRIDSCOUT_SLEEPER_API_URL ?? 'https://api.sleeper.app').replace(/\/+$/, '');

/** A draft id, or a sleeper.com draft URL (https://sleeper.com/draft/nfl/<id>). */
export function parseSleeperDraftId(input: string): string {
  const s = input.trim();
  if (/^\d{6,25}$/.test(s)) return s;
  const m = /^https?:\/\/(?:www\.)?sleeper\.(?:com|app)\/draft\/nfl\/(\d{6,25})(?:[/?#].*)?$/i.exec(s);
  if (m) return m[1]!;
  throw new AppError('invalid_input', 'That is not a Sleeper draft: paste the draft id (digits) or its URL, like https://sleeper.com/draft/nfl/123456789012345678.');
}

const num = z.coerce.number();
const draftSchema = z.object({
  draft_id: z.string(),
  status: z.string(),
  type: z.string(),
  season: z.union([z.string(), z.number()]).nullish(),
  league_id: z.string().nullish(),
  settings: z.record(z.string(), z.unknown()),
  metadata: z.object({ scoring_type: z.string().nullish(), name: z.string().nullish() }).partial().nullish(),
  draft_order: z.record(z.string(), num).nullish(),
  slot_to_roster_id: z.record(z.string(), num).nullish(),
});
export type SleeperDraft = z.infer<typeof draftSchema>;

const pickSchema = z.object({
  pick_no: num,
  round: num,
  draft_slot: num,
  roster_id: num.nullish(),
  player_id: z.string(),
  picked_by: z.string().nullish(),
  is_keeper: z.boolean().nullish(),
  metadata: z
    .object({
      first_name: z.string().nullish(),
      last_name: z.string().nullish(),
      position: z.string().nullish(),
      team: z.string().nullish(),
      amount: z.union([z.string(), z.number()]).nullish(),
    })
    .passthrough()
    .nullish(),
});
export type SleeperPick = z.infer<typeof pickSchema>;

const tradedSchema = z.object({ round: num, roster_id: num, owner_id: num, previous_owner_id: num.nullish(), season: z.union([z.string(), z.number()]).nullish() });
export type SleeperTradedPick = z.infer<typeof tradedSchema>;

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new HostFormatError(`Sleeper's ${what} is not in the documented shape (${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? ''})`);
  return r.data;
}

export const parseDraft = (body: unknown) => parse(draftSchema, body, 'draft');
export const parsePicks = (body: unknown) => parse(z.array(pickSchema), body ?? [], 'pick list');
export const parseTraded = (body: unknown) => parse(z.array(tradedSchema), body ?? [], 'traded-pick list');

const setting = (d: SleeperDraft, key: string): number => {
  const v = Number(d.settings[key] ?? 0);
  return Number.isFinite(v) ? v : 0;
};

function draftTypeOf(d: SleeperDraft): DraftType {
  if (d.type === 'auction') return 'auction';
  if (d.type === 'linear') return 'linear';
  return setting(d, 'reversal_round') === 3 ? 'third_round_reversal' : 'snake';
}

function scoringOf(d: SleeperDraft): HostSetup['scoring'] {
  const t = (d.metadata?.scoring_type ?? '').toLowerCase();
  if (t.includes('half')) return 'half';
  if (t.includes('ppr')) return 'ppr';
  return 'standard';
}

/** Roster id -> 0-based draft slot (slot_to_roster_id inverted). */
function slotsByRoster(d: SleeperDraft): Map<number, number> {
  const m = new Map<number, number>();
  for (const [slot, roster] of Object.entries(d.slot_to_roster_id ?? {})) m.set(Number(roster), Number(slot) - 1);
  return m;
}

/**
 * The league a followed draft sets up. `myUserId` (from the username in Settings) finds the
 * user's slot in draft_order; `names` are the league's team or user names by user id.
 */
export function setupFromDraft(d: SleeperDraft, myUserId: string | null = null, names: Map<string, string> = new Map()): HostSetup {
  const teams = setting(d, 'teams');
  const rounds = setting(d, 'rounds');
  if (!Number.isInteger(teams) || teams < 4 || teams > 20) throw new AppError('invalid_input', `This Sleeper draft has ${teams} teams; GridScout follows drafts of 4 to 20 teams.`);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 40) throw new AppError('invalid_input', `This Sleeper draft has ${rounds} rounds; GridScout follows drafts of 1 to 40 rounds.`);
  const starters = {
    QB: setting(d, 'slots_qb'),
    RB: setting(d, 'slots_rb'),
    WR: setting(d, 'slots_wr'),
    TE: setting(d, 'slots_te'),
    // Sleeper's W/R and W/T flexes count as our RB/WR/TE flex.
    FLEX: setting(d, 'slots_flex') + setting(d, 'slots_wrrb_flex') + setting(d, 'slots_rec_flex'),
    SUPERFLEX: setting(d, 'slots_super_flex'),
    K: setting(d, 'slots_k'),
    DST: setting(d, 'slots_def'),
  };
  const startersCount = Object.values(starters).reduce((a, b) => a + b, 0);
  // One round per roster spot: the bench is whatever the rounds leave after the starters.
  const rosterSlots = { ...starters, BENCH: Math.max(0, rounds - startersCount) };
  const teamNames = Array.from({ length: teams }, (_, t) => `Slot ${t + 1}`);
  let myTeam: number | null = null;
  for (const [userId, slot] of Object.entries(d.draft_order ?? {})) {
    const t = Number(slot) - 1;
    if (t < 0 || t >= teams) continue;
    const name = names.get(userId);
    if (name) teamNames[t] = name.slice(0, 40);
    if (userId === myUserId) myTeam = t;
  }
  const season = Number(d.season);
  return {
    name: (d.metadata?.name ?? '').trim().slice(0, 60) || `Sleeper draft ${d.draft_id}`,
    teams,
    rounds,
    draftType: draftTypeOf(d),
    rosterSlots,
    scoring: scoringOf(d),
    teamNames,
    auctionBudget: d.type === 'auction' ? setting(d, 'budget') || 200 : null,
    myTeam,
    season: Number.isInteger(season) ? season : null,
  };
}

const STATUSES: readonly HostStatus[] = ['pre_draft', 'drafting', 'paused', 'complete'];

/** The draft as Sleeper reports it now: picks in order with their teams, and traded picks' owners. */
export function snapshotFrom(d: SleeperDraft, picks: SleeperPick[], traded: SleeperTradedPick[]): HostSnapshot {
  const teams = setting(d, 'teams');
  const rounds = setting(d, 'rounds');
  const bySlot = slotsByRoster(d);
  const teamOf = (rosterId: number | null | undefined, draftSlot: number) => (rosterId != null && bySlot.has(rosterId) ? bySlot.get(rosterId)! : draftSlot - 1);
  const status = (STATUSES as readonly string[]).includes(d.status) ? (d.status as HostStatus) : 'pre_draft';
  const out: HostPick[] = [...picks]
    .sort((a, b) => a.pick_no - b.pick_no)
    .map((p) => {
      const m = p.metadata ?? {};
      const name = [m.first_name, m.last_name].filter(Boolean).join(' ').trim() || `Sleeper player ${p.player_id}`;
      const amount = m.amount === undefined || m.amount === null || m.amount === '' ? null : Number(m.amount);
      return {
        overall: p.pick_no,
        round: p.round,
        team: teamOf(p.roster_id, p.draft_slot),
        player: { hostId: p.player_id, name, position: m.position ?? '', team: m.team || null },
        keeper: p.is_keeper === true,
        price: amount !== null && Number.isFinite(amount) ? amount : null,
      };
    });
  const owners: HostSnapshot['owners'] = [];
  const type = draftTypeOf(d);
  if (type !== 'auction' && teams >= 1 && rounds >= 1) {
    const order = pickOrder(teams, rounds, type);
    for (const t of traded) {
      const original = bySlot.get(t.roster_id);
      const owner = bySlot.get(t.owner_id);
      if (original === undefined || owner === undefined) continue;
      const slot = order.find((s) => s.round === t.round && s.team === original);
      if (slot) owners.push({ overall: slot.overall, team: owner });
    }
  }
  return { status, picks: out, owners };
}

export interface SleeperUser {
  user_id: string;
  display_name?: string;
}

/** The Sleeper endpoints GridScout reads; every call goes through the follower's request budget. */
export class SleeperClient {
  constructor(
    private readonly base = sleeperBaseUrl(),
    private readonly timeoutMs = timingFromEnv().requestTimeoutMs,
  ) {}

  draft(id: string, etag?: string | null): Promise<HostAnswer> {
    return getJson(`${this.base}/v1/draft/${encodeURIComponent(id)}`, { etag, timeoutMs: this.timeoutMs });
  }

  picks(id: string, etag?: string | null): Promise<HostAnswer> {
    return getJson(`${this.base}/v1/draft/${encodeURIComponent(id)}/picks`, { etag, timeoutMs: this.timeoutMs });
  }

  traded(id: string, etag?: string | null): Promise<HostAnswer> {
    return getJson(`${this.base}/v1/draft/${encodeURIComponent(id)}/traded_picks`, { etag, timeoutMs: this.timeoutMs });
  }

  async user(username: string): Promise<SleeperUser | null> {
    const a = await getJson(`${this.base}/v1/user/${encodeURIComponent(username)}`, { timeoutMs: this.timeoutMs });
    if (a.status !== 200 || a.body === null) return null;
    const r = z.object({ user_id: z.string(), display_name: z.string().nullish() }).safeParse(a.body);
    return r.success ? { user_id: r.data.user_id, ...(r.data.display_name ? { display_name: r.data.display_name } : {}) } : null;
  }

  async userDrafts(userId: string, season: number): Promise<SleeperDraft[]> {
    const a = await getJson(`${this.base}/v1/user/${encodeURIComponent(userId)}/drafts/nfl/${season}`, { timeoutMs: this.timeoutMs });
    return a.status === 200 ? parse(z.array(draftSchema), a.body ?? [], 'draft list') : [];
  }

  /** Team names by user id (the league's team name, else the user's display name); empty when unavailable. */
  async leagueNames(leagueId: string): Promise<Map<string, string>> {
    const a = await getJson(`${this.base}/v1/league/${encodeURIComponent(leagueId)}/users`, { timeoutMs: this.timeoutMs });
    const out = new Map<string, string>();
    if (a.status !== 200 || !Array.isArray(a.body)) return out;
    for (const u of a.body as { user_id?: unknown; display_name?: unknown; metadata?: { team_name?: unknown } }[]) {
      const name = typeof u.metadata?.team_name === 'string' && u.metadata.team_name.trim() ? u.metadata.team_name : u.display_name;
      if (typeof u.user_id === 'string' && typeof name === 'string' && name.trim()) out.set(u.user_id, name.trim());
    }
    return out;
  }
}
