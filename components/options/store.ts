import { openDb } from '../../utils/notes/db';
import { createNotesRepo } from '../../utils/notes/repo';
import type { NotesStore } from './DataSection';

/**
 * The options page's view of the notes database (extension origin). Writes go through the repo, which
 * validates and runs each call in one transaction; reading everything for export is a plain table read.
 */
export function createNotesStore(): NotesStore {
  const db = openDb();
  const repo = createNotesRepo(db);
  return {
    count: () => db.notes.count(),
    listAll: () => db.notes.toArray(),
    bulkImport: (notes) => repo.bulkImport(notes),
    clear: () => repo.clear(),
  };
}
