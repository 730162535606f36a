import { RangeSet } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiploLensDB, openDb } from '../../utils/notes/db';
import { makeDraft, uniqueDbName } from '../../utils/notes/fixtures';
import { createNotesRepo } from '../../utils/notes/repo';
import { startLiveSync, urlsFromParts } from './live-sync';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

describe('urlsFromParts', () => {
  it('reads exact URLs, or says "anything" for ranges, or ignores other databases', () => {
    const urls = new RangeSet().addKey('https://weibo.com/1/A').addKey('https://weibo.com/1/B');
    expect(urlsFromParts({ 'idb://d/notes/url': urls, 'idb://d/notes/': new RangeSet() }, 'd')).toEqual([
      'https://weibo.com/1/A',
      'https://weibo.com/1/B',
    ]);
    expect(urlsFromParts({ 'idb://d/notes/url': new RangeSet('a', 'z') }, 'd')).toBeNull();
    expect(urlsFromParts({ 'idb://d/notes/': new RangeSet() }, 'd')).toBeNull();
    expect(urlsFromParts({ 'idb://other/notes/url': urls }, 'd')).toBe('none');
    expect(urlsFromParts({ all: new RangeSet() }, 'd')).toBeNull();
  });
});

describe('startLiveSync', () => {
  it('notifies once per burst of writes, including writes from another context', async () => {
    const name = uniqueDbName();
    const db = openDb(name);
    const notify = vi.fn();
    // A generous window: on a loaded machine two awaited writes can be far apart.
    const sync = startLiveSync({ dbName: name, notify, debounceMs: 500 });
    stops.push(sync.stop);

    const repo = createNotesRepo(db);
    const note = await repo.create(makeDraft());
    await repo.update(note.id, { color: 'pink' });
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 700));
    expect(notify).toHaveBeenCalledTimes(1);

    // The options page writes straight to Dexie through its own connection.
    const options = new DiploLensDB(name);
    await options.notes.delete(note.id);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(2), { timeout: 3000 });
    const last = notify.mock.lastCall?.[0];
    expect(last === null || (Array.isArray(last) && last.includes(note.url))).toBe(true);
    options.close();
    db.close();
  }, 15_000);

  it('ignores other databases and stops when asked', async () => {
    const notify = vi.fn();
    const { stop } = startLiveSync({ dbName: 'not-this-one', notify, debounceMs: 5 });
    const db = openDb(uniqueDbName());
    await createNotesRepo(db).create(makeDraft());
    stop();
    await new Promise((r) => setTimeout(r, 30));
    expect(notify).not.toHaveBeenCalled();
    db.close();
  });

  it('merges announced changes into one notification; null absorbs exact URLs', async () => {
    const notify = vi.fn();
    const sync = startLiveSync({ dbName: 'x', notify, debounceMs: 5 });
    stops.push(sync.stop);
    sync.announce(['https://b.example/']);
    sync.announce(['https://a.example/']);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(notify).toHaveBeenLastCalledWith(['https://a.example/', 'https://b.example/']);
    sync.announce(['https://a.example/']);
    sync.announce(null);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(notify).toHaveBeenLastCalledWith(null);
  });
});
