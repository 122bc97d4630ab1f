import { SCORING_PRESETS, type ScoringRules } from '../../../shared/domain/scoring';
import { AppError } from '../../../shared/ipc/result';
import { getPlayerGames, getPlayerProfile, searchPlayers } from '../db/repos/players';
import type { HandlersOf } from './types';

/** The ruleset a request asks for: a league's own rules, else a preset (PPR by default). */
function rulesOf(req: { scoring?: 'standard' | 'half' | 'ppr'; rules?: ScoringRules }): { rules: ScoringRules; name: string } {
  if (req.rules) return { rules: req.rules, name: req.rules.name };
  const preset = req.scoring ?? 'ppr';
  return { rules: SCORING_PRESETS[preset], name: preset };
}

export const playersHandlers: HandlersOf<'players.search' | 'players.get' | 'players.games'> = {
  'players.search': (ctx, req) => searchPlayers(ctx.db, req),
  'players.get': (ctx, req) => {
    const { rules, name } = rulesOf(req);
    const profile = getPlayerProfile(ctx.db, req.id, rules, name);
    if (!profile) throw new AppError('not_found', `No player with id ${req.id}.`);
    return profile;
  },
  'players.games': (ctx, req) => {
    const games = getPlayerGames(ctx.db, req.id, rulesOf(req).rules, { season: req.season, seasonType: req.seasonType });
    if (!games) throw new AppError('not_found', `No player with id ${req.id}.`);
    return games;
  },
};
