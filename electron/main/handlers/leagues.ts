// Leagues: several at once, each with its teams, my slot, scoring (a preset or its own
// rules), roster slots, draft type, keepers and pick clock. The contract validates the
// shape (leagueConfigSchema, scoringRulesSchema); here the checks that need the database
// (keepers must be players we know) run before anything is written.
import { SCORING_PRESETS, type ScoringPresetName } from '../../../shared/domain/scoring';
import type { ParsedRequestOf } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { League } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { listDrafts } from '../db/repos/drafts';
import { deleteLeague, getLeague, insertLeague, listLeagues, updateLeague, type LeagueRow, type LeagueValues } from '../db/repos/leagues';
import { summaryFromRow } from '../draft/service';
import type { HandlersOf } from './types';

function toLeague(ctx: AppContext, row: LeagueRow): League {
  return { ...row, drafts: listDrafts(ctx.db, row.id).map((d) => summaryFromRow(d)) };
}

function valuesOf(ctx: AppContext, req: ParsedRequestOf<'leagues.create'>): LeagueValues {
  const { config } = req;
  const names = req.teamNames ?? [];
  if (names.length > config.teams) throw new AppError('invalid_input', `There are ${names.length} team names for ${config.teams} teams.`);
  for (const k of config.keepers) {
    const id = Number(k.playerId);
    const known = Number.isInteger(id) && id > 0 && ctx.db.prepare('SELECT 1 FROM players WHERE id = ? AND in_pool = 1').get(id) !== undefined;
    if (!known) throw new AppError('invalid_input', `Keeper ${k.playerId} is not a player in the draft pool.`);
  }
  const scoring = req.scoringPreset === 'custom' ? req.scoring! : SCORING_PRESETS[req.scoringPreset as ScoringPresetName];
  return { name: req.name, config, scoringPreset: req.scoringPreset, scoring, teamNames: names };
}

function requireLeague(ctx: AppContext, id: number): LeagueRow {
  const row = getLeague(ctx.db, id);
  if (!row) throw new AppError('not_found', `No league with id ${id}.`);
  return row;
}

export const leaguesHandlers: HandlersOf<'leagues.list' | 'leagues.get' | 'leagues.create' | 'leagues.update' | 'leagues.delete'> = {
  'leagues.list': (ctx) => listLeagues(ctx.db).map((l) => toLeague(ctx, l)),
  'leagues.get': (ctx, req) => toLeague(ctx, requireLeague(ctx, req.id)),
  'leagues.create': (ctx, req) => {
    const id = insertLeague(ctx.db, valuesOf(ctx, req), Date.now());
    return toLeague(ctx, requireLeague(ctx, id));
  },
  'leagues.update': (ctx, req) => {
    requireLeague(ctx, req.id);
    const { id, ...rest } = req;
    updateLeague(ctx.db, id, valuesOf(ctx, rest), Date.now());
    return toLeague(ctx, requireLeague(ctx, id));
  },
  'leagues.delete': (ctx, req) => ({ deleted: deleteLeague(ctx.db, req.id) }),
};
