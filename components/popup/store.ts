/**
 * The popup's view of the notes database (extension origin). Reads are a Dexie liveQuery, so a note saved in a
 * tab, or changed in the options page, shows at once; writes go through the validating repository.
 */
import { liveQuery } from 'dexie';
import { type DiploLensDB, openDb } from '../../utils/notes/db';
import { createNotesRepo } from '../../utils/notes/repo';
import type { NotePatch, NoteRecord } from '../../utils/notes/types';

/** How many of the newest notes the popup shows before every note has been read. */
export const FIRST_PAGE = 60;

export interface PopupStore {
  /**
   * Calls onNotes with every note now and after each change (`complete: true`); before that, once, with the newest
   * FIRST_PAGE notes (`complete: false`) read through the createdAt index, so a large database shows its first rows
   * without waiting for all of it. Returns the unsubscribe function.
   */
  subscribe(onNotes: (notes: NoteRecord[], complete: boolean) => void, onError: (err: unknown) => void): () => void;
  update(id: string, patch: NotePatch): Promise<NoteRecord>;
  remove(id: string): Promise<NoteRecord>;
  restore(note: NoteRecord): Promise<NoteRecord>;
}

export function createPopupStore(db: DiploLensDB = openDb()): PopupStore {
  const repo = createNotesRepo(db);
  return {
    subscribe(onNotes, onError) {
      let complete = false;
      db.notes
        .orderBy('createdAt')
        .reverse()
        .limit(FIRST_PAGE)
        .toArray()
        .then((first) => {
          if (!complete) onNotes(first, false);
        })
        .catch(() => undefined); // the live query below reports errors
      const sub = liveQuery(() => db.notes.toArray()).subscribe({
        next: (all) => {
          complete = true;
          onNotes(all, true);
        },
        error: onError,
      });
      return () => {
        complete = true;
        sub.unsubscribe();
      };
    },
    update: (id, patch) => repo.update(id, patch),
    remove: (id) => repo.remove(id),
    // The popup's undo puts back exactly what was removed, an older version's record included.
    restore: (note) => repo.restore(note, { stored: true }),
  };
}
