/**
 * What the content app knows of the reader's notes while a page is open: the notes of the page's URLs (fetched
 * from the background), and where each is placed now. Notes live only in the extension's database; this is a
 * cache that goes with the page.
 */
import type { NoteRecord } from '../../../utils/notes/types';

export interface NotesModel {
  readonly notes: Map<string, NoteRecord>;
  /** Notes placed in the page now, by id. */
  readonly placed: Map<string, Range>;
  /** The note a placed range belongs to (for hit tests that hand back a range). */
  noteOf(range: AbstractRange): string | undefined;
  place(id: string, range: Range): void;
  unplace(id: string): void;
  /** Forgets everything (notes changed elsewhere: fetch again). */
  clear(): void;
}

export function createNotesModel(): NotesModel {
  const notes = new Map<string, NoteRecord>();
  const placed = new Map<string, Range>();
  let rangeToNote = new WeakMap<AbstractRange, string>();
  return {
    notes,
    placed,
    noteOf: (range) => rangeToNote.get(range),
    place(id, range) {
      placed.set(id, range);
      rangeToNote.set(range, id);
    },
    unplace(id) {
      placed.delete(id);
    },
    clear() {
      notes.clear();
      placed.clear();
      rangeToNote = new WeakMap();
    },
  };
}
