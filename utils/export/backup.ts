import type { NoteRecord } from '../notes/types';

export const BACKUP_FORMAT = 'diplolens-backup';
/** 2: notes carry the site-neutral `context` (schema v2); version-1 backups are upgraded on import. */
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 */
  exportedAt: string;
  notes: NoteRecord[];
}

export function createBackup(notes: readonly NoteRecord[], now: number = Date.now()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), notes: [...notes] };
}
