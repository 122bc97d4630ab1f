import type { Notice } from '../../../../shared/ipc/types';
import type { Db } from '../connection';

export function activeNotices(db: Db): Notice[] {
  return db
    .prepare(
      `SELECT id, level, message, created_at AS at FROM notices
       WHERE dismissed_at IS NULL ORDER BY created_at DESC`,
    )
    .all() as Notice[];
}

export function dismissNotice(db: Db, id: string, when: Date): boolean {
  const info = db
    .prepare('UPDATE notices SET dismissed_at = ? WHERE id = ? AND dismissed_at IS NULL')
    .run(when.toISOString(), id);
  return info.changes > 0;
}
