// The players table, one player's projection, and the user's notes, tags and watchlist.
import { AppError } from '../../../shared/ipc/result';
import type { PlayerMarks, PlayerProjectionInfo } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { targetSeason } from '../db/repos/dataStatus';
import { addNote, deleteNote, isWatched, notesFor, playerExists, setTags, setWatched, tagsFor } from '../db/repos/scouting';
import { playerPool } from '../projections/pool';
import { requireTargetSeason, scoringOf } from '../projections/scoring';
import { projectPool } from '../projections/service';
import { rankingOf } from './rankings';
import type { HandlersOf } from './types';

const FLEX = new Set(['RB', 'WR', 'TE']);

function requirePlayer(ctx: AppContext, id: number): void {
  if (!playerExists(ctx.db, id)) throw new AppError('not_found', `No player with id ${id}.`);
}

function marks(ctx: AppContext, playerId: number, scoring: Parameters<typeof scoringOf>[0] = {}): PlayerMarks {
  const rank = targetSeason(ctx.db) === null ? null : rankingOf(ctx, scoring, playerId);
  return {
    playerId,
    notes: notesFor(ctx.db, playerId),
    tags: tagsFor(ctx.db, playerId),
    watched: isWatched(ctx.db, playerId),
    rank: rank?.rank ?? null,
    doNotDraft: rank?.doNotDraft ?? false,
  };
}

const changed = (ctx: AppContext, tables: string[]) => ctx.events.emit('data.changed', { tables });

export const scoutingHandlers: HandlersOf<
  'players.pool' | 'players.projection' | 'scouting.marks' | 'scouting.note.add' | 'scouting.note.delete' | 'scouting.tags.set' | 'scouting.watch'
> = {
  'players.pool': (ctx, req) => {
    const season = requireTargetSeason(ctx.db);
    const { rules, key } = scoringOf(req);
    const pool = playerPool(ctx, rules, key, season);
    if (!req.position) return pool;
    const keep = req.position === 'FLEX' ? (p: string) => FLEX.has(p) : (p: string) => p === req.position;
    return { ...pool, rows: pool.rows.filter((r) => keep(r.position)) };
  },
  'players.projection': (ctx, req): PlayerProjectionInfo => {
    requirePlayer(ctx, req.id);
    const season = requireTargetSeason(ctx.db);
    const { rules, key } = scoringOf(req);
    const row = playerPool(ctx, rules, key, season).rows.find((r) => r.id === req.id);
    const proj = projectPool(ctx, rules, season).projections.get(req.id);
    if (!row || !proj) throw new AppError('not_found', `Player ${req.id} is not in the ${season} draft pool, so there is no projection.`);
    return {
      playerId: req.id,
      season,
      scoring: key,
      points: row.projection,
      low: row.low,
      high: row.high,
      perGame: row.perGame,
      games: row.games,
      source: row.source,
      reasons: proj.reasons,
      vor: row.vor,
      tier: row.tier,
      positionRank: row.positionRank,
      overallRank: row.overallRank,
    };
  },
  'scouting.marks': (ctx, req) => {
    requirePlayer(ctx, req.id);
    return marks(ctx, req.id, req);
  },
  'scouting.note.add': (ctx, req) => {
    requirePlayer(ctx, req.playerId);
    addNote(ctx.db, req.playerId, req.body, new Date().toISOString());
    changed(ctx, ['notes']);
    return marks(ctx, req.playerId);
  },
  'scouting.note.delete': (ctx, req) => {
    const note = ctx.db.prepare('SELECT player_id FROM notes WHERE id = ?').pluck().get(req.id) as number | undefined;
    if (note === undefined) throw new AppError('not_found', `No note with id ${req.id}.`);
    deleteNote(ctx.db, req.id);
    changed(ctx, ['notes']);
    return marks(ctx, note);
  },
  'scouting.tags.set': (ctx, req) => {
    requirePlayer(ctx, req.playerId);
    setTags(ctx.db, req.playerId, [...new Set(req.tags)], new Date().toISOString());
    changed(ctx, ['tags']);
    return marks(ctx, req.playerId);
  },
  'scouting.watch': (ctx, req) => {
    requirePlayer(ctx, req.playerId);
    setWatched(ctx.db, req.playerId, req.on, new Date().toISOString());
    changed(ctx, ['watchlist']);
    return marks(ctx, req.playerId);
  },
};
