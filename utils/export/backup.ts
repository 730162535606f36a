import type { NoteRecord } from '../notes/types';
import type { PostRecord } from '../posts/types';

export const BACKUP_FORMAT = 'diplolens-backup';
/**
 * 3: collected posts too (schema v3). 2: notes carry the site-neutral `context` (schema v2). Versions 1 and 2 still
 * import (a version-1 backup's notes are upgraded; neither has posts).
 */
export const BACKUP_VERSION = 3;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 */
  exportedAt: string;
  notes: NoteRecord[];
  posts: PostRecord[];
}

export function createBackup(
  notes: readonly NoteRecord[],
  now: number = Date.now(),
  posts: readonly PostRecord[] = [],
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    notes: [...notes],
    posts: [...posts],
  };
}
