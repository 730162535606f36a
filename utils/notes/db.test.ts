import { describe, expect, it, vi } from 'vitest';
import { DiploLensDB, openDb } from './db';
import { NotesError } from './errors';
import { makeRecord, uniqueDbName } from './fixtures';
import { createNotesRepo } from './repo';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { NoteRecord } from './types';

describe('schema', () => {
  it('declares the latest version with the documented indexes', async () => {
    const db = openDb(uniqueDbName());
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    const idx = db.notes.schema.indexes.map((i) => i.name).sort();
    expect(idx).toEqual(
      [
        'anchorStatus',
        'archived',
        'color',
        'conceptIds',
        'country',
        'createdAt',
        'lang',
        'lastReviewedAt',
        'site',
        'tags',
        'updatedAt',
        'url',
      ].sort(),
    );
    expect(db.notes.schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
    db.close();
  });

  it('upgrades to a next version with an upgrade function, keeping every note', async () => {
    const name = uniqueDbName();
    const v1 = new DiploLensDB(name);
    await v1.notes.bulkAdd([makeRecord({ lang: '' }), makeRecord({ lang: 'en' })]);
    v1.close();

    // A hypothetical next version: index reviewCount and give unknown languages the "und" code.
    const next = (SCHEMA_VERSIONS.at(-1)?.version ?? 0) + 1;
    const v2: SchemaVersion = {
      version: next,
      description: 'test only',
      stores: { notes: `${SCHEMA_VERSIONS.findLast((v) => v.stores.notes)?.stores.notes}, reviewCount` },
      upgrade: (tx) =>
        tx
          .table<NoteRecord>('notes')
          .toCollection()
          .modify((n) => {
            if (!n.lang) n.lang = 'und';
          }),
    };
    const upgraded = new DiploLensDB(name, [...SCHEMA_VERSIONS, v2]);
    const notes = await upgraded.notes.orderBy('createdAt').toArray();
    expect(upgraded.verno).toBe(next);
    expect(notes.map((n) => n.lang)).toEqual(['und', 'en']);
    expect(await upgraded.notes.where('reviewCount').equals(0).count()).toBe(2);
    upgraded.close();
  });

  it('refuses versions out of order', () => {
    expect(() => new DiploLensDB(uniqueDbName(), [...SCHEMA_VERSIONS, ...SCHEMA_VERSIONS])).toThrow(/increase/);
  });
});

describe('blocked / versionchange', () => {
  it('an older connection closes itself for a newer version and then answers blocked', async () => {
    const name = uniqueDbName();
    const onVersionChange = vi.fn();
    const old = new DiploLensDB(name, SCHEMA_VERSIONS, { onVersionChange });
    const repo = createNotesRepo(old);
    await repo.bulkImport([makeRecord()]);

    const next = (SCHEMA_VERSIONS.at(-1)?.version ?? 0) + 1;
    const newer = new DiploLensDB(name, [...SCHEMA_VERSIONS, { version: next, description: 'test', stores: {} }]);
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledOnce();
    const err = await repo.forUrls(['https://www.mfa.gov.cn/web/wjdt_674879/t1.shtml']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotesError);
    expect((err as NotesError).code).toBe('blocked');
    expect((err as NotesError).messageZh).toMatch(/重新加载/);
    expect(await newer.notes.count()).toBe(1);
    newer.close();
  });

  it('never hangs when an old connection will not let go', async () => {
    const name = uniqueDbName();
    // A raw connection with no versionchange handler, like a page from before this code.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const onBlocked = vi.fn();
    const db = new DiploLensDB(name, [{ version: 2, description: 'test', stores: { notes: 'id' } }], { onBlocked });
    const repo = createNotesRepo(db, { openTimeoutMs: 100 });
    const started = Date.now();
    const err = await repo.get('x').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3000);
    expect((err as NotesError).code).toBe('blocked');
    expect(onBlocked).toHaveBeenCalled();
    raw.close();
    db.close();
  });
});
