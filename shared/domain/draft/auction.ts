// Auction drafts: teams take turns nominating, everyone bids, the highest bidder pays one
// more than the second-highest bid (an English auction's outcome). Budgets are hard: a team
// may bid at most its budget less the minimum bid for each other open roster slot, so it
// can always fill its roster. Bots bid from the market's dollar values: the value-over-
// replacement dollar curve handed out in ADP order (marketAuctionValues).
import { draftRounds, type LeagueConfig } from '../league';
import type { Rng } from '../random';
import { botPlan, type Personality } from './bots';
import { nextNominator } from './order';
import type { DraftPool } from './pool';
import { DraftError } from './state';

export interface AuctionSale {
  playerId: string;
  team: number;
  price: number;
  keeper: boolean;
}

export type AuctionAction = { type: 'sale'; playerId: string; team: number; price: number; at?: number };

export interface AuctionState {
  readonly config: LeagueConfig;
  /** Keepers first, then sales in order. */
  readonly sales: readonly AuctionSale[];
  /** Money left per team. */
  readonly budgets: readonly number[];
  /** Players per team. */
  readonly rosterCounts: readonly number[];
  readonly taken: ReadonlySet<string>;
  /** The team to nominate next; null when every roster is full. */
  readonly nominator: number | null;
  readonly actions: readonly AuctionAction[];
  readonly undone: readonly AuctionAction[];
  readonly knownPlayers: ReadonlySet<string> | null;
}

export function createAuction(config: LeagueConfig, options: { playerIds?: Iterable<string> } = {}): AuctionState {
  if (config.draftType !== 'auction') throw new DraftError('createAuction needs an auction league');
  const known = options.playerIds ? new Set(options.playerIds) : null;
  const budgets = Array.from({ length: config.teams }, () => config.auctionBudget);
  const rosterCounts = Array.from({ length: config.teams }, () => 0);
  const sales: AuctionSale[] = [];
  const taken = new Set<string>();
  for (const k of config.keepers) {
    if (known && !known.has(k.playerId)) throw new DraftError(`keeper ${k.playerId} is not in the player pool`);
    if (taken.has(k.playerId)) throw new DraftError(`keeper ${k.playerId} is kept twice`);
    const price = k.price ?? config.minBid;
    if (price > maxBidFor(config, budgets[k.team]!, rosterCounts[k.team]!)) throw new DraftError(`team ${k.team + 1} cannot afford keeper ${k.playerId} at ${price}`);
    budgets[k.team]! -= price;
    rosterCounts[k.team]!++;
    taken.add(k.playerId);
    sales.push({ playerId: k.playerId, team: k.team, price, keeper: true });
  }
  const size = draftRounds(config);
  const nominator = nextNominator(config.teams, config.teams - 1, (t) => rosterCounts[t]! < size);
  return { config, sales, budgets, rosterCounts, taken, nominator, actions: [], undone: [], knownPlayers: known };
}

function maxBidFor(config: LeagueConfig, budget: number, rosterCount: number): number {
  const open = draftRounds(config) - rosterCount;
  if (open <= 0) return 0;
  return budget - config.minBid * (open - 1);
}

/** The most the team may bid now: its budget less the minimum bid for each other open slot (0 when full). */
export function maxBid(state: AuctionState, team: number): number {
  return maxBidFor(state.config, state.budgets[team]!, state.rosterCounts[team]!);
}

export function auctionComplete(state: AuctionState): boolean {
  return state.nominator === null;
}

/** Records a sale. Throws DraftError and changes nothing on a bad sale. */
export function recordSale(state: AuctionState, playerId: string, team: number, price: number, now?: number): AuctionState {
  const action: AuctionAction = { type: 'sale', playerId, team, price, ...(now !== undefined ? { at: now } : {}) };
  return { ...applySale(state, action), undone: [] };
}

function applySale(state: AuctionState, a: AuctionAction): AuctionState {
  const { config } = state;
  if (!Number.isInteger(a.team) || a.team < 0 || a.team >= config.teams) throw new DraftError(`team must be 0 to ${config.teams - 1}`);
  if (state.taken.has(a.playerId)) throw new DraftError(`player ${a.playerId} has already been bought`);
  if (state.knownPlayers && !state.knownPlayers.has(a.playerId)) throw new DraftError(`player ${a.playerId} is not in the player pool`);
  if (!Number.isInteger(a.price) || a.price < config.minBid) throw new DraftError(`the price must be a whole number of at least ${config.minBid}`);
  const limit = maxBid(state, a.team);
  if (limit <= 0) throw new DraftError(`team ${a.team + 1}'s roster is full`);
  if (a.price > limit) throw new DraftError(`team ${a.team + 1} can bid at most ${limit}`);
  const budgets = [...state.budgets];
  const rosterCounts = [...state.rosterCounts];
  budgets[a.team]! -= a.price;
  rosterCounts[a.team]!++;
  const taken = new Set(state.taken);
  taken.add(a.playerId);
  const size = draftRounds(config);
  const after = state.nominator ?? a.team;
  const nominator = nextNominator(config.teams, after, (t) => rosterCounts[t]! < size);
  return {
    ...state,
    sales: [...state.sales, { playerId: a.playerId, team: a.team, price: a.price, keeper: false }],
    budgets,
    rosterCounts,
    taken,
    nominator,
    actions: [...state.actions, a],
  };
}

export function undoSale(state: AuctionState): AuctionState {
  const last = state.actions[state.actions.length - 1];
  if (!last) throw new DraftError('nothing to undo');
  const rebuilt = replayAuction(state.config, state.actions.slice(0, -1), state.knownPlayers ?? undefined);
  return { ...rebuilt, undone: [...state.undone, last] };
}

export function redoSale(state: AuctionState): AuctionState {
  const next = state.undone[state.undone.length - 1];
  if (!next) throw new DraftError('nothing to redo');
  return { ...applySale(state, next), undone: state.undone.slice(0, -1) };
}

export function replayAuction(config: LeagueConfig, actions: readonly AuctionAction[], playerIds?: Iterable<string>): AuctionState {
  let s = createAuction(config, playerIds ? { playerIds } : {});
  for (const a of actions) s = applySale(s, a);
  return s;
}

/**
 * Dollar values by pool index: the minimum bid for everyone drafted, and the money above
 * the minimums shared among the players worth rostering in proportion to their VOR.
 */
export function auctionValues(pool: DraftPool, config: LeagueConfig): Float64Array {
  const size = draftRounds(config);
  const drafted = config.teams * size;
  const surplus = config.teams * config.auctionBudget - drafted * config.minBid;
  const order = [...pool.vor.keys()].sort((a, b) => pool.vor[b]! - pool.vor[a]!);
  const top = order.slice(0, drafted).filter((i) => pool.vor[i]! > 0);
  const total = top.reduce((s, i) => s + pool.vor[i]!, 0);
  const values = new Float64Array(pool.players.length).fill(0);
  for (const i of order.slice(0, drafted)) values[i] = config.minBid;
  if (total > 0) for (const i of top) values[i] = config.minBid + (surplus * pool.vor[i]!) / total;
  return values;
}

/**
 * What the league's market pays, for the bots: the same dollar curve as auctionValues handed
 * out in market order (the k-th player by ADP gets the k-th highest value), so bots price
 * players as the league's drafters rank them, as they do in snake drafts. Our own values
 * (auctionValues) stay the advice's. Without ADP the market order is our value order.
 */
export function marketAuctionValues(pool: DraftPool, config: LeagueConfig): Float64Array {
  const ours = auctionValues(pool, config);
  const curve = [...ours].sort((a, b) => b - a);
  const byMarket = [...pool.marketRank.keys()].sort((a, b) => pool.marketRank[a]! - pool.marketRank[b]! || a - b);
  const values = new Float64Array(ours.length);
  byMarket.forEach((i, k) => (values[i] = curve[k]!));
  return values;
}

function teamCounts(state: AuctionState, pool: DraftPool): number[][] {
  const counts = Array.from({ length: state.config.teams }, () => [0, 0, 0, 0, 0, 0]);
  for (const s of state.sales) {
    const i = pool.indexOf.get(s.playerId);
    if (i !== undefined) counts[s.team]![pool.pos[i]!]!++;
  }
  return counts;
}

function planFor(state: AuctionState, counts: number[][], team: number, personality: Personality) {
  // An auction has no rounds; a team's "round" is its next roster spot, so K and DST wait for the last two.
  return botPlan(counts[team]!, state.rosterCounts[team]! + 1, draftRounds(state.config), state.config.rosterSlots, personality);
}

/** The player a bot nominates: one of the three most valuable it could roster itself. */
export function botNomination(state: AuctionState, pool: DraftPool, team: number, values: Float64Array, rng: Rng): string {
  const counts = teamCounts(state, pool);
  const plan = planFor(state, counts, team, 'balanced');
  const options: number[] = [];
  const order = [...values.keys()].filter((i) => !state.taken.has(pool.players[i]!.id)).sort((a, b) => values[b]! - values[a]! || a - b);
  for (const i of order) {
    if (plan.allowed[pool.pos[i]!]) options.push(i);
    if (options.length === 3) break;
  }
  const pick = options.length ? options[rng.int(0, options.length)]! : order[0];
  if (pick === undefined) throw new DraftError('no player left to nominate');
  return pool.players[pick]!.id;
}

/**
 * Every bot's top bid for the player: his dollar value, shaded by need (less for a bench
 * spot, nothing past a position cap), a little personal noise, capped by the team's max bid.
 */
export function botBids(state: AuctionState, pool: DraftPool, playerId: string, values: Float64Array, rng: Rng, personalities?: readonly Personality[]): number[] {
  const i = pool.indexOf.get(playerId);
  if (i === undefined) throw new DraftError(`player ${playerId} is not in the player pool`);
  const counts = teamCounts(state, pool);
  const p = pool.pos[i]!;
  return Array.from({ length: state.config.teams }, (_, team) => {
    const limit = maxBid(state, team);
    if (limit <= 0) return 0;
    const personality = personalities?.[team] ?? 'balanced';
    const plan = planFor(state, counts, team, personality);
    if (!plan.allowed[p]) return 0;
    // A bench-bound or personality-shunned player is worth less to this team (mult > 1 = wait).
    const shade = 1 / plan.mult[p]! ** 2;
    const noise = 1 + 0.1 * rng.fork('bid', team, state.sales.length).normal();
    const bid = Math.floor(values[i]! * shade * noise);
    return Math.max(0, Math.min(limit, bid));
  });
}

/**
 * Settles one lot: the nominator opens at the minimum bid; the highest top bid wins and pays
 * one more than the runner-up (never more than its own top bid). Ties go to the team nearer
 * the nominator in rotation. `bids` are each team's top bid (bots from botBids, humans typed).
 */
export function settleLot(state: AuctionState, bids: readonly number[], nominator: number): { team: number; price: number } {
  const { teams, minBid } = state.config;
  const top = bids.map((b, team) => (team === nominator ? Math.max(b, Math.min(minBid, maxBid(state, team))) : b));
  let winner = -1;
  for (let step = 0; step < teams; step++) {
    const team = (nominator + step) % teams;
    if (top[team]! >= minBid && top[team]! <= maxBid(state, team) && (winner < 0 || top[team]! > top[winner]!)) winner = team;
  }
  if (winner < 0) throw new DraftError('no team can bid the minimum');
  let second = minBid - 1;
  top.forEach((b, team) => {
    if (team !== winner && b <= maxBid(state, team)) second = Math.max(second, b);
  });
  return { team: winner, price: Math.max(minBid, Math.min(top[winner]!, second + 1)) };
}

/** A whole auction of bots (or the rest of one): nominate, bid, settle, until every roster is full. */
export function runBotAuction(start: AuctionState, pool: DraftPool, rng: Rng, personalities?: readonly Personality[]): AuctionState {
  const values = marketAuctionValues(pool, start.config);
  let s = start;
  while (s.nominator !== null) {
    const nominator = s.nominator;
    const playerId = botNomination(s, pool, nominator, values, rng.fork('nominate', s.sales.length));
    const bids = botBids(s, pool, playerId, values, rng, personalities);
    const { team, price } = settleLot(s, bids, nominator);
    s = recordSale(s, playerId, team, price);
  }
  return s;
}

