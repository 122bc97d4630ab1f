import { z } from 'zod';
import { settingsPatchSchema } from '../../../../shared/ipc/contract';
import type { Settings } from '../../../../shared/ipc/types';
import { appConfig } from '../../version';
import type { Db } from '../connection';

const defaults = (): Settings => ({
  theme: 'system',
  feedbackRepo: appConfig().feedbackRepo,
  defaultScoring: 'ppr',
});

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  // Values written by an older or newer version that no longer validate fall back to defaults.
  const parsed = settingsPatchSchema.safeParse(stored);
  return { ...defaults(), ...(parsed.success ? parsed.data : {}) };
}

export function writeSettings(db: Db, patch: z.output<typeof settingsPatchSchema>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}
