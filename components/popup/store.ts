/**
 * The popup's view of the notes database (extension origin). Reads are a Dexie liveQuery, so a note saved in a
 * tab, or changed in the options page, shows at once; writes go through the validating repository.
 */
import { liveQuery } from 'dexie';
import { type DiploLensDB, openDb } from '../../utils/notes/db';
import { createNotesRepo } from '../../utils/notes/repo';
import type { NotePatch, NoteRecord } from '../../utils/notes/types';

export interface PopupStore {
  /** Calls onNotes with every note now and after each change; returns the unsubscribe function. */
  subscribe(onNotes: (notes: NoteRecord[]) => void, onError: (err: unknown) => void): () => void;
  update(id: string, patch: NotePatch): Promise<NoteRecord>;
  remove(id: string): Promise<NoteRecord>;
  restore(note: NoteRecord): Promise<NoteRecord>;
}

export function createPopupStore(db: DiploLensDB = openDb()): PopupStore {
  const repo = createNotesRepo(db);
  return {
    subscribe(onNotes, onError) {
      const sub = liveQuery(() => db.notes.toArray()).subscribe({ next: onNotes, error: onError });
      return () => sub.unsubscribe();
    },
    update: (id, patch) => repo.update(id, patch),
    remove: (id) => repo.remove(id),
    restore: (note) => repo.restore(note),
  };
}
