import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NoteRecord } from '../../utils/notes/types';
import { NoteSearchIndex } from '../../utils/search';
import type { NotesDelta, PopupStore } from './store';

export interface NotesState {
  /** Every note read so far, newest first; null until the first read answers. */
  notes: NoteRecord[] | null;
  /** False while only part of the notes has been read (search covers what has been read). */
  complete: boolean;
  index: NoteSearchIndex;
  /** Bumped on every change, so searches re-run. */
  version: number;
  error: unknown;
}

/** While a large database is being read, the views re-render at most this often (the index is always current). */
const LOADING_RENDER_MS = 150;

/** Applies one delta from the store to the index; returns whether the notes changed. */
export function applyDelta(index: NoteSearchIndex, delta: NotesDelta): boolean {
  let changed = false;
  if (delta.reset && index.size > 0) {
    index.clear();
    changed = true;
  }
  if (index.removeMany(delta.removed)) changed = true;
  if (index.upsertMany(delta.upserted)) changed = true;
  return changed;
}

/** Every note, live, with a search index kept in step one change at a time. */
export function useNotes(store: PopupStore): NotesState {
  const index = useMemo(() => new NoteSearchIndex(), []);
  const [state, setState] = useState<{
    notes: NoteRecord[] | null;
    complete: boolean;
    version: number;
    error: unknown;
  }>({ notes: null, complete: false, version: 0, error: null });
  useEffect(() => {
    let complete = false;
    let first = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      timer = undefined;
      setState((s) => ({ notes: index.notes(), complete, version: s.version + 1, error: null }));
    };
    const stop = store.subscribe(
      (delta) => {
        if (delta.reset) complete = false;
        const changed = applyDelta(index, delta);
        const finished = delta.complete && !complete;
        if (delta.complete) complete = true;
        if (!changed && !finished && !first) return;
        if (first || complete) {
          first = false;
          if (timer !== undefined) clearTimeout(timer);
          publish();
        } else {
          timer ??= setTimeout(publish, LOADING_RENDER_MS);
        }
      },
      (error) => setState((s) => ({ ...s, error })),
    );
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, index]);
  return { ...state, index };
}
