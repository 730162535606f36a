import { describe, expect, it } from 'vitest';
import { openDb } from '../../utils/notes/db';
import { makeNote } from '../../utils/search/test-notes';
import { createPopupStore, FIRST_PAGE } from './store';

describe('popup store', () => {
  it('shows the newest notes first, then every note, live', async () => {
    const db = openDb(`popup-store-${Math.random()}`);
    const notes = Array.from({ length: FIRST_PAGE + 40 }, (_, i) => makeNote({ id: `n${i}`, createdAt: 1_000 + i }));
    await db.notes.bulkAdd(notes);
    const calls: { count: number; complete: boolean; newest: number }[] = [];
    const store = createPopupStore(db);
    await new Promise<void>((resolve, reject) => {
      const stop = store.subscribe((got, complete) => {
        calls.push({ count: got.length, complete, newest: Math.max(...got.map((n) => n.createdAt)) });
        if (complete) {
          stop();
          resolve();
        }
      }, reject);
    });
    const last = calls.at(-1);
    expect(last).toEqual({ count: FIRST_PAGE + 40, complete: true, newest: 1_000 + FIRST_PAGE + 39 });
    const partial = calls.find((c) => !c.complete);
    // The quick first read may lose the race to the full one on a tiny database; when it comes, it is the newest.
    if (partial) expect(partial).toEqual({ count: FIRST_PAGE, complete: false, newest: 1_000 + FIRST_PAGE + 39 });
    db.close();
  });
});
