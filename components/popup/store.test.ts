import { describe, expect, it } from 'vitest';
import { openDb } from '../../utils/notes/db';
import { makeNote } from '../../utils/search/test-notes';
import { createPopupStore, FIRST_PAGE, type NotesDelta } from './store';

function collect(store: ReturnType<typeof createPopupStore>) {
  const deltas: NotesDelta[] = [];
  let stop = () => {};
  const until = (test: (d: NotesDelta[]) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (test(deltas) ? resolve() : setTimeout(check, 5));
      setTimeout(() => reject(new Error(`timed out: ${JSON.stringify(deltas.map(summary))}`)), 5000);
      check();
    });
  stop = store.subscribe(
    (d) => deltas.push(d),
    (err) => {
      throw err;
    },
  );
  return { deltas, until, stop: () => stop() };
}

const summary = (d: NotesDelta) => ({
  up: d.upserted.length,
  rm: d.removed,
  reset: d.reset,
  complete: d.complete,
});

describe('popup store', () => {
  it('sends the newest notes first, then every note in chunks, then only what changes', async () => {
    const db = openDb(`popup-store-${Math.random()}`);
    const notes = Array.from({ length: 250 }, (_, i) =>
      makeNote({ id: `n${String(i).padStart(3, '0')}`, createdAt: i }),
    );
    await db.notes.bulkAdd(notes);
    const store = createPopupStore(db, { chunk: 100 });
    const feed = collect(store);
    await feed.until((d) => d.some((x) => x.complete));
    expect(feed.deltas.map(summary)).toEqual([
      { up: FIRST_PAGE, rm: [], reset: true, complete: false },
      { up: 100, rm: [], reset: true, complete: false },
      { up: 100, rm: [], reset: false, complete: false },
      { up: 50, rm: [], reset: false, complete: true },
    ]);
    // The first page is the newest notes, newest first.
    expect(feed.deltas[0]?.upserted.map((n) => n.createdAt)).toEqual(
      Array.from({ length: FIRST_PAGE }, (_, i) => 249 - i),
    );
    const ids = new Set(feed.deltas.slice(1).flatMap((d) => d.upserted.map((n) => n.id)));
    expect(ids.size).toBe(250);

    const before = feed.deltas.length;
    await db.notes.update('n007', { note: 'edited', updatedAt: 999 });
    await db.notes.delete('n008');
    await db.notes.add(makeNote({ id: 'new', createdAt: 1000 }));
    await feed.until((d) => d.length >= before + 3);
    const later = feed.deltas.slice(before);
    expect(later.map(summary)).toEqual([
      { up: 1, rm: [], reset: false, complete: true },
      { up: 0, rm: ['n008'], reset: false, complete: true },
      { up: 1, rm: [], reset: false, complete: true },
    ]);
    expect(later[0]?.upserted[0]?.note).toBe('edited');
    expect(later[2]?.upserted[0]?.id).toBe('new');
    feed.stop();
    db.close();
  });

  it('fetches again the notes that changed while everything was being read', async () => {
    const db = openDb(`popup-store-${Math.random()}`);
    await db.notes.bulkAdd(
      Array.from({ length: 300 }, (_, i) => makeNote({ id: `n${String(i).padStart(3, '0')}`, createdAt: i })),
    );
    const store = createPopupStore(db, { chunk: 50 });
    const feed = collect(store);
    // Change a note the first chunks have already delivered, while later chunks are still to come.
    await feed.until((d) => d.length >= 3);
    await db.notes.update('n001', { note: 'changed mid-read', updatedAt: 5000 });
    await feed.until((d) => d.some((x) => x.upserted.some((n) => n.note === 'changed mid-read')));
    const last = feed.deltas.findLast((x) => x.upserted.some((n) => n.id === 'n001'));
    expect(last?.upserted.find((n) => n.id === 'n001')?.note).toBe('changed mid-read');
    expect(feed.deltas.some((x) => x.complete)).toBe(true);
    feed.stop();
    db.close();
  });
});
