// Leagues: settings stored as validated JSON documents (see migration 0004).
import type { LeagueConfig } from '../../../../shared/domain/league';
import type { ScoringRules } from '../../../../shared/domain/scoring';
import type { LeagueScoringPreset } from '../../../../shared/ipc/types';
import type { Db } from '../connection';

export interface LeagueRow {
  id: number;
  name: string;
  config: LeagueConfig;
  scoringPreset: LeagueScoringPreset;
  scoring: ScoringRules;
  teamNames: string[];
  createdAt: number;
  updatedAt: number;
}

export interface LeagueValues {
  name: string;
  config: LeagueConfig;
  scoringPreset: LeagueScoringPreset;
  scoring: ScoringRules;
  teamNames: string[];
}

interface Raw {
  id: number;
  name: string;
  config: string;
  scoring_preset: LeagueScoringPreset;
  scoring: string;
  team_names: string;
  created_at: number;
  updated_at: number;
}

const fromRaw = (r: Raw): LeagueRow => ({
  id: r.id,
  name: r.name,
  config: JSON.parse(r.config) as LeagueConfig,
  scoringPreset: r.scoring_preset,
  scoring: JSON.parse(r.scoring) as ScoringRules,
  teamNames: JSON.parse(r.team_names) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listLeagues(db: Db): LeagueRow[] {
  return (db.prepare('SELECT * FROM leagues ORDER BY updated_at DESC, id DESC').all() as Raw[]).map(fromRaw);
}

export function getLeague(db: Db, id: number): LeagueRow | null {
  const r = db.prepare('SELECT * FROM leagues WHERE id = ?').get(id) as Raw | undefined;
  return r ? fromRaw(r) : null;
}

export function insertLeague(db: Db, v: LeagueValues, now: number): number {
  const info = db
    .prepare(
      `INSERT INTO leagues (name, config, scoring_preset, scoring, team_names, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(v.name, JSON.stringify(v.config), v.scoringPreset, JSON.stringify(v.scoring), JSON.stringify(v.teamNames), now, now);
  return Number(info.lastInsertRowid);
}

export function updateLeague(db: Db, id: number, v: LeagueValues, now: number): boolean {
  const info = db
    .prepare('UPDATE leagues SET name = ?, config = ?, scoring_preset = ?, scoring = ?, team_names = ?, updated_at = ? WHERE id = ?')
    .run(v.name, JSON.stringify(v.config), v.scoringPreset, JSON.stringify(v.scoring), JSON.stringify(v.teamNames), now, id);
  return info.changes === 1;
}

/** Deletes the league; its drafts and their actions go with it (ON DELETE CASCADE). */
export function deleteLeague(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM leagues WHERE id = ?').run(id).changes === 1;
}
