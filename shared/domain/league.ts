// A league's draft settings, validated at the boundary (the main side stores them, the
// draft engine reads them). Team slots are 0-based indexes everywhere in the engine
// (team 0 picks first in round 1); the UI shows them 1-based.
import { z } from 'zod';
import { rosterSize, rosterSlotsSchema, STANDARD_ROSTER } from './roster';

export const DRAFT_TYPES = ['snake', 'linear', 'third_round_reversal', 'auction'] as const;
export type DraftType = (typeof DRAFT_TYPES)[number];

/**
 * Which stored ADP a league drafts against: `auto`, the freshest for its format and team count
 * (else the nearest); or one source's (Fantasy Football Calculator, Sleeper, an imported CSV).
 */
export const ADP_SOURCE_CHOICES = ['auto', 'ffc', 'sleeper', 'csv'] as const;
export type AdpSourceChoice = (typeof ADP_SOURCE_CHOICES)[number];

export const keeperSchema = z.object({
  team: z.number().int().min(0),
  playerId: z.string().min(1),
  /** The round whose pick the keeper costs (snake, linear, third-round reversal). */
  round: z.number().int().min(1).optional(),
  /** The price the keeper costs (auction). */
  price: z.number().int().min(0).optional(),
});

export const leagueConfigSchema = z
  .object({
    teams: z.number().int().min(4).max(20),
    myTeam: z.number().int().min(0),
    rosterSlots: rosterSlotsSchema,
    draftType: z.enum(DRAFT_TYPES),
    auctionBudget: z.number().int().min(1).max(10_000).default(200),
    minBid: z.number().int().min(0).max(100).default(1),
    keepers: z.array(keeperSchema).default([]),
    /** Seconds per pick; 0 means no clock. */
    pickClockSeconds: z.number().int().min(0).max(86_400).default(0),
    /** Absent in leagues saved before the choice existed: read as `auto`. */
    adpSource: z.enum(ADP_SOURCE_CHOICES).optional(),
  })
  .superRefine((c, ctx) => {
    const rounds = rosterSize(c.rosterSlots);
    if (c.myTeam >= c.teams) ctx.addIssue({ code: 'custom', path: ['myTeam'], message: `my team must be 0 to ${c.teams - 1}` });
    if (c.draftType === 'auction' && c.auctionBudget < c.minBid * rounds)
      ctx.addIssue({ code: 'custom', path: ['auctionBudget'], message: `a budget of ${c.auctionBudget} cannot fill ${rounds} slots at the minimum bid of ${c.minBid}` });
    const players = new Set<string>();
    const used = new Set<string>();
    const keeperCost = new Map<number, number>();
    c.keepers.forEach((k, i) => {
      const path = ['keepers', i];
      if (k.team >= c.teams) ctx.addIssue({ code: 'custom', path: [...path, 'team'], message: `keeper team must be 0 to ${c.teams - 1}` });
      if (players.has(k.playerId)) ctx.addIssue({ code: 'custom', path: [...path, 'playerId'], message: `player ${k.playerId} is kept twice` });
      players.add(k.playerId);
      if (c.draftType === 'auction') {
        if (k.price === undefined) ctx.addIssue({ code: 'custom', path: [...path, 'price'], message: 'an auction keeper needs a price' });
        else keeperCost.set(k.team, (keeperCost.get(k.team) ?? 0) + k.price);
      } else if (k.round === undefined) ctx.addIssue({ code: 'custom', path: [...path, 'round'], message: 'a keeper needs the round it costs' });
      else if (k.round > rounds) ctx.addIssue({ code: 'custom', path: [...path, 'round'], message: `round must be 1 to ${rounds}` });
      else {
        const key = `${k.team}:${k.round}`;
        if (used.has(key)) ctx.addIssue({ code: 'custom', path: [...path, 'round'], message: `team ${k.team + 1} already keeps a player in round ${k.round}` });
        used.add(key);
      }
    });
    for (const [team, cost] of keeperCost) {
      const kept = c.keepers.filter((k) => k.team === team).length;
      if (cost + (rounds - kept) * c.minBid > c.auctionBudget)
        ctx.addIssue({ code: 'custom', path: ['keepers'], message: `team ${team + 1}'s keepers cost more than its budget allows` });
    }
  });

export type LeagueConfig = z.infer<typeof leagueConfigSchema>;
export type LeagueConfigInput = z.input<typeof leagueConfigSchema>;

/** Rounds in the draft: one per roster slot. */
export function draftRounds(config: Pick<LeagueConfig, 'rosterSlots'>): number {
  return rosterSize(config.rosterSlots);
}

/** Parses and validates; throws a ZodError listing every problem. */
export function parseLeagueConfig(input: unknown): LeagueConfig {
  return leagueConfigSchema.parse(input);
}

/** A 12-team PPR-style snake league with the standard roster: the simulate CLI's league. */
export function standardLeague(overrides: Partial<LeagueConfigInput> = {}): LeagueConfig {
  return parseLeagueConfig({ teams: 12, myTeam: 0, rosterSlots: STANDARD_ROSTER, draftType: 'snake', ...overrides });
}
