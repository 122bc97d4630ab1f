// Player name keys recomputed with the one name normaliser (shared/domain/names.ts). Until now
// the importer dropped hyphens ("amonra st brown") while the model's ADP joins spaced them
// ("amon ra st brown"); keys stored by the old rule would no longer match what the importer,
// search and ADP matching compute, so a re-import would add a second row for a player known
// only by name (a rookie, a Sleeper-only player).
import type { Migration } from '../migrate';
import { playerNameKey } from '../../../../shared/domain/names';

export const m0005NameKeys: Migration = {
  version: 5,
  name: '0005-name-keys',
  up(db) {
    const rows = db.prepare('SELECT id, name, dst_team AS dstTeam, name_key AS nameKey FROM players').all() as {
      id: number;
      name: string;
      dstTeam: string | null;
      nameKey: string;
    }[];
    const update = db.prepare('UPDATE players SET name_key = ? WHERE id = ?');
    for (const r of rows) {
      const key = playerNameKey(r.name, r.dstTeam);
      if (key !== r.nameKey) update.run(key, r.id);
    }
  },
};
