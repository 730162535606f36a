import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NoteRecord } from '../../utils/notes/types';
import { NoteSearchIndex } from '../../utils/search';
import { syncIndex } from './note-sync';
import type { PopupStore } from './store';

export interface NotesState {
  /** null until the first read answers. */
  notes: NoteRecord[] | null;
  /** False while only the newest notes are known (search and filters wait for the rest). */
  complete: boolean;
  index: NoteSearchIndex;
  /** Bumped on every change, so searches re-run. */
  version: number;
  error: unknown;
}

/** Every note, live, with a search index kept in step (changed notes only). */
export function useNotes(store: PopupStore): NotesState {
  const index = useMemo(() => new NoteSearchIndex(), []);
  const known = useMemo(() => new Map<string, NoteRecord>(), []);
  const [state, setState] = useState<{
    notes: NoteRecord[] | null;
    complete: boolean;
    version: number;
    error: unknown;
  }>({
    notes: null,
    complete: false,
    version: 0,
    error: null,
  });
  useEffect(() => {
    return store.subscribe(
      (next, complete) => {
        if (!complete) {
          // The newest notes, already newest first: show them while the rest is read and indexed.
          setState((s) => (s.notes === null ? { ...s, notes: next, version: s.version + 1 } : s));
          return;
        }
        const changed = syncIndex(index, known, next);
        setState((s) =>
          changed || !s.complete
            ? { notes: index.search(''), complete: true, version: s.version + 1, error: null }
            : { ...s, error: null },
        );
      },
      (error) => setState((s) => ({ ...s, error })),
    );
  }, [store, index, known]);
  return { ...state, index };
}
