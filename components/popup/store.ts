/**
 * The popup's view of the notes database (extension origin), built to stay quick with 100 000 notes: the newest
 * notes first, then every note in chunks (each a short task, so the popup answers keys while a large database is
 * read), then only what changes — a note saved in a tab or edited in the options page arrives at once, without
 * reading every note again. Writes go through the validating repository.
 */
import { Dexie, type ObservabilitySet, RangeSet } from 'dexie';
import { type DiploLensDB, openDb } from '../../utils/notes/db';
import { createNotesRepo } from '../../utils/notes/repo';
import type { NotePatch, NoteRecord } from '../../utils/notes/types';

/** How many of the newest notes the popup shows before every note has been read. */
export const FIRST_PAGE = 60;
/** Notes per read while loading everything: a few milliseconds of deserialising each. */
export const CHUNK = 1000;

/** What changed since the previous delta. */
export interface NotesDelta {
  /** Notes new or changed (the same note may come again unchanged). */
  upserted: readonly NoteRecord[];
  /** Ids of deleted notes. */
  removed: readonly string[];
  /** Everything known before is to be forgotten first (a full re-read). */
  reset: boolean;
  /** Every note has been read (later deltas are changes). */
  complete: boolean;
}

export interface PopupStore {
  /**
   * Calls onDelta with the newest FIRST_PAGE notes (read through the createdAt index: a large database shows its
   * first rows at once), then with every note in chunks of CHUNK (`complete` on the last), then with each change.
   * Returns the unsubscribe function.
   */
  subscribe(onDelta: (delta: NotesDelta) => void, onError: (err: unknown) => void): () => void;
  update(id: string, patch: NotePatch): Promise<NoteRecord>;
  remove(id: string): Promise<NoteRecord>;
  restore(note: NoteRecord): Promise<NoteRecord>;
}

/**
 * Note ids a mutation touched, when Dexie names them one by one; null when it can only say "something changed"
 * (then everything is read again); 'none' when the notes table was not touched.
 */
export function changedIds(parts: ObservabilitySet, dbName: string): string[] | null | 'none' {
  if ('all' in parts) return null;
  const prefix = `idb://${dbName}/notes/`;
  const touched = Object.keys(parts).filter((k) => k.startsWith(prefix));
  if (touched.length === 0) return 'none';
  const ids = new Set<string>();
  for (const part of [`${prefix}`, `${prefix}:dels`]) {
    const tree = parts[part];
    if (!tree) continue;
    for (const node of RangeSet(tree)) {
      if (typeof node.from !== 'string' || node.from !== node.to) return null;
      ids.add(node.from);
    }
  }
  // An index changed but no primary key was named: nothing to fetch by id.
  return ids.size > 0 ? [...ids] : null;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createPopupStore(db: DiploLensDB = openDb(), options: { chunk?: number } = {}): PopupStore {
  const repo = createNotesRepo(db);
  const chunkSize = options.chunk ?? CHUNK;
  const newestFirstPage = () => db.notes.orderBy('createdAt').reverse().limit(FIRST_PAGE).toArray();
  // Asked for at once, before the popup has even rendered: the first subscriber takes it.
  let early: Promise<NoteRecord[]> | null = newestFirstPage();
  early.catch(() => undefined);
  return {
    subscribe(onDelta, onError) {
      let stopped = false;
      /** Reads after the first load, one after another (so deltas arrive in the order of the changes). */
      let queue: Promise<void> = Promise.resolve();
      /** Ids changed while everything was being read: fetched again once it is done. */
      let pending: Set<string> | null = new Set();
      let rereadAll = false;

      const emit = (delta: NotesDelta) => {
        if (!stopped) onDelta(delta);
      };

      /** Every note, CHUNK by primary key; the first chunk replaces what was shown. */
      const readAll = async (): Promise<void> => {
        let last: string | null = null;
        let first = true;
        for (;;) {
          const chunk: NoteRecord[] = await (last === null
            ? db.notes.orderBy(':id').limit(chunkSize).toArray()
            : db.notes.where(':id').above(last).limit(chunkSize).toArray());
          if (stopped) return;
          const done = chunk.length < chunkSize;
          last = chunk.at(-1)?.id ?? last;
          emit({ upserted: chunk, removed: [], reset: first, complete: done });
          first = false;
          if (done) return;
          // A task per chunk: keys and scrolling are answered between them.
          await nextTask();
          if (stopped) return;
        }
      };

      const fetchIds = async (ids: readonly string[]): Promise<void> => {
        const found = await db.notes.bulkGet([...ids]);
        if (stopped) return;
        const upserted: NoteRecord[] = [];
        const removed: string[] = [];
        ids.forEach((id, i) => {
          const note = found[i];
          if (note) upserted.push(note);
          else removed.push(id);
        });
        emit({ upserted, removed, reset: false, complete: true });
      };

      const load = async (): Promise<void> => {
        do {
          rereadAll = false;
          pending = new Set();
          await readAll();
        } while (rereadAll && !stopped);
        const again = pending;
        pending = null;
        if (again && again.size > 0 && !stopped) await fetchIds([...again]);
      };

      const onMutated = (parts: ObservabilitySet) => {
        const ids = changedIds(parts, db.name);
        if (ids === 'none' || stopped) return;
        if (pending) {
          // Still reading everything: a chunk already read may be stale, so fetch these again at the end.
          if (ids === null) rereadAll = true;
          else for (const id of ids) pending.add(id);
          return;
        }
        queue = queue.then(() => (ids === null ? readAll() : fetchIds(ids))).catch(onError);
      };

      Dexie.on.storagemutated.subscribe(onMutated);
      const firstPage = early ?? newestFirstPage();
      early = null;
      firstPage
        .then((newest) => {
          if (stopped) return;
          emit({ upserted: newest, removed: [], reset: true, complete: false });
          // Everything else only once the first rows are out: a large read started together with the small one
          // would hold it up in the database's queue.
          queue = load().catch(onError);
        })
        .catch(onError);
      return () => {
        stopped = true;
        Dexie.on.storagemutated.unsubscribe(onMutated);
      };
    },
    update: (id, patch) => repo.update(id, patch),
    remove: (id) => repo.remove(id),
    // The popup's undo puts back exactly what was removed, an older version's record included.
    restore: (note) => repo.restore(note, { stored: true }),
  };
}
