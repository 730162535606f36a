/**
 * Upgrades from every shipped schema version: a JSON dump of a real-shaped database per version
 * (fixtures/v<N>.json), written with the raw IndexedDB API exactly as an old install has it, then opened by the
 * current code. Every record must come through as its upgrade says (byte-for-byte where nothing changes) and every
 * index must answer. The harness below is ready for the next version: it proves an upgrade function runs, a failing
 * one leaves the database as it was, and a blocked upgrade answers 'blocked' in bounded time.
 */
import { describe, expect, it, vi } from 'vitest';
import { decodeChunk, type FactChunk } from '../posts/facts';
import { makePostDraft } from '../posts/fixtures';
import { createPostsRepo } from '../posts/repo';
import { DiploLensDB, openDb } from './db';
import { NotesError } from './errors';
import { uniqueDbName } from './fixtures';
import v1Dump from './fixtures/v1.json';
import v2Dump from './fixtures/v2.json';
import v3Dump from './fixtures/v3.json';
import { isLegacyNote, noteFromV1 } from './legacy';
import { createNotesRepo } from './repo';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { NoteRecord } from './types';
import { recordSchema } from './validate';

interface IndexDump {
  name: string;
  keyPath: string;
  multiEntry: boolean;
  unique: boolean;
}
interface DbDump {
  schemaVersion: number;
  /** Dexie stores schema version N as IndexedDB version N × 10. */
  idbVersion: number;
  stores: Record<string, { keyPath: string; autoIncrement: boolean; indexes: IndexDump[]; records: unknown[] }>;
}

/** Every shipped version's dump. Add `v<N>.json` here when version N ships. */
const DUMPS: Record<number, DbDump> = { 1: v1Dump as DbDump, 2: v2Dump as DbDump, 3: v3Dump as unknown as DbDump };
const LATEST = SCHEMA_VERSIONS.at(-1)?.version ?? 0;

/** A v1 record: Weibo posts carried `weibo` and a 'weibo-post' root (see legacy.ts). */
interface V1Record extends Omit<NoteRecord, 'root' | 'context'> {
  root: { kind: 'weibo-post'; mblogid: string } | { kind: 'page' };
  weibo?: {
    authorName: string;
    uid: string;
    mblogid: string;
    permalink: string;
    postedAt?: string;
    mission?: NonNullable<NoteRecord['context']>['author']['mission'];
  };
}
const v1Raw = (): V1Record[] => (v1Dump as DbDump).stores.notes?.records as V1Record[];
/** The v1 records as today's code stores them after the upgrade. */
const v1Records = (): NoteRecord[] => v1Raw().map((r) => noteFromV1(r) as NoteRecord);
const v2Records = (): NoteRecord[] => (v2Dump as DbDump).stores.notes?.records as NoteRecord[];

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** JSON has no typed arrays: a dump writes `{"$Int32Array": [...]}` for one (the v3 facts chunks). */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.$Int32Array)) return Int32Array.from(o.$Int32Array as number[]);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, revive(v)]));
}

/** Writes a dump with the raw IndexedDB API, as the old version's install left it, and closes the connection. */
async function loadDump(name: string, dump: DbDump): Promise<void> {
  const open = indexedDB.open(name, dump.idbVersion);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const [storeName, s] of Object.entries(dump.stores)) {
      const store = db.createObjectStore(storeName, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique });
      for (const r of s.records) store.add(revive(r));
    }
  };
  const db = await req(open);
  db.close();
}

/** Opens a raw connection without any versionchange handler, like a page of an old build that never lets go. */
async function rawOpen(name: string): Promise<IDBDatabase> {
  return req(indexedDB.open(name));
}

/** Canonical text of a record: the same key order as stored, so "byte-for-byte" means what it says. */
const bytes = (r: unknown) => JSON.stringify(r);

function byId(records: NoteRecord[]): Map<string, NoteRecord> {
  return new Map(records.map((r) => [r.id, r]));
}

describe('fixtures', () => {
  it('there is a dump for every shipped schema version, each record valid for its time', () => {
    for (const v of SCHEMA_VERSIONS) {
      const dump = DUMPS[v.version];
      expect(dump, `fixtures/v${v.version}.json`).toBeDefined();
      expect(dump?.idbVersion).toBe(v.version * 10);
    }
    const raw = v1Raw();
    expect(raw).toHaveLength(50);
    // The variety the brief asks for is really there.
    const langs = new Set(raw.map((r) => r.lang));
    expect([...langs].sort()).toEqual(['en', 'und', 'zh-Hans', 'zh-Hant']);
    expect(raw.filter((r) => r.weibo).length).toBeGreaterThan(10);
    expect(raw.filter((r) => r.weibo && !r.weibo.mission).length).toBeGreaterThan(0);
    expect(raw.filter((r) => r.anchorStatus === 'orphan').length).toBeGreaterThan(5);
    expect(raw.filter((r) => r.archived === 1).length).toBeGreaterThan(5);
    // Each version's records are valid for today's schema once upgraded.
    for (const r of [...v1Records(), ...v2Records()]) expect(recordSchema.safeParse(r).success, r.id).toBe(true);
    const v2 = v2Records();
    expect(v2.some((r) => r.context?.quoted)).toBe(true);
    expect(v2.some((r) => r.context?.quotedBy)).toBe(true);
    expect(v2.some((r) => isLegacyNote(r))).toBe(false);
  });
});

describe('opening a v1 database written by an old install', () => {
  it('brings every Weibo note to the site-neutral shape and keeps every other record byte-for-byte', async () => {
    const name = uniqueDbName();
    await loadDump(name, v1Dump as DbDump);
    const db = openDb(name);
    const stored = byId(await db.notes.toArray());
    expect(db.verno).toBe(LATEST);
    expect(stored.size).toBe(50);
    for (const old of v1Raw()) {
      const got = stored.get(old.id);
      if (!old.weibo) {
        expect(bytes(got)).toBe(bytes(old));
        continue;
      }
      // Nothing v1 knew is lost: every fact is in the neutral context, under its new name.
      const w = old.weibo;
      expect(got?.root).toEqual({ kind: 'post', platform: 'weibo', postId: w.mblogid });
      expect(got?.context?.platform).toBe('weibo');
      expect(got?.context?.postId).toBe(w.mblogid);
      expect(got?.context?.permalink).toBe(w.permalink);
      expect(got?.context?.author.name).toBe(w.authorName);
      expect(got?.context?.author.id).toBe(w.uid);
      expect(got?.context?.author.mission).toEqual(w.mission);
      expect(got?.context?.publishedAt).toBe(w.postedAt);
      expect(got).not.toHaveProperty('weibo');
      const { weibo: _w, root: _r, ...rest } = old;
      const { context: _c, root: _r2, ...gotRest } = got ?? ({} as NoteRecord);
      expect(gotRest).toEqual(rest);
      expect(bytes(got)).toBe(bytes(noteFromV1(old)));
    }
    db.close();
  });

  it('answers every index query like a scan of the dump does', async () => {
    const name = uniqueDbName();
    await loadDump(name, v1Dump as DbDump);
    const db = openDb(name);
    const all = v1Records();
    const ids = (rs: NoteRecord[]) => rs.map((r) => r.id).sort();

    const url = all[3]?.url ?? '';
    expect(ids(await db.notes.where('url').equals(url).toArray())).toEqual(ids(all.filter((r) => r.url === url)));
    expect(await db.notes.where('url').equals(url).count()).toBeGreaterThan(0);

    // Multi-entry: one row per note that carries the tag, whatever else it carries.
    for (const tag of ['数字外交', 'weibo', '技術民族主義', '待读']) {
      const want = ids(all.filter((r) => r.tags.includes(tag)));
      expect(want.length, tag).toBeGreaterThan(0);
      expect(ids(await db.notes.where('tags').equals(tag).toArray()), tag).toEqual(want);
    }
    for (const c of ['digital-diplomacy', 'digital-sovereignty', 'techno-nationalism']) {
      const want = ids(all.filter((r) => r.conceptIds.includes(c)));
      expect(want.length, c).toBeGreaterThan(0);
      expect(ids(await db.notes.where('conceptIds').equals(c).toArray()), c).toEqual(want);
    }
    for (const country of ['US', 'EU', 'JP', '']) {
      const want = ids(all.filter((r) => r.country === country));
      expect(want.length, country).toBeGreaterThan(0);
      expect(ids(await db.notes.where('country').equals(country).toArray()), country).toEqual(want);
    }
    const times = all.map((r) => r.createdAt).sort((a, b) => a - b);
    const from = times[10] ?? 0;
    const to = times[30] ?? 0;
    const range = await db.notes.where('createdAt').between(from, to, true, true).toArray();
    expect(range).toHaveLength(21);
    expect(ids(range)).toEqual(ids(all.filter((r) => r.createdAt >= from && r.createdAt <= to)));
    const ordered = await db.notes.orderBy('createdAt').primaryKeys();
    expect(ordered).toEqual([...all].sort((a, b) => a.createdAt - b.createdAt).map((r) => r.id));

    expect(await db.notes.where('archived').equals(1).count()).toBe(all.filter((r) => r.archived === 1).length);
    expect(await db.notes.where('anchorStatus').equals('orphan').count()).toBe(
      all.filter((r) => r.anchorStatus === 'orphan').length,
    );
    expect(await db.notes.where('lang').equals('zh-Hant').count()).toBe(all.filter((r) => r.lang === 'zh-Hant').length);
    db.close();
  });

  it('works through the repo: lookup by page, edit, and nothing else moves', async () => {
    const name = uniqueDbName();
    await loadDump(name, v1Dump as DbDump);
    const db = openDb(name);
    const repo = createNotesRepo(db, { now: () => 1_800_000_000_000 });
    const target = v1Records().find((r) => r.context && r.archived === 0);
    if (!target) throw new Error('fixture has no weibo note');
    const found = await repo.forUrls([target.url]);
    expect(found.map((n) => n.id)).toContain(target.id);
    await repo.update(target.id, { note: '升级后编辑' });
    const stored = byId(await db.notes.toArray());
    for (const r of v1Records()) {
      if (r.id === target.id)
        expect(stored.get(r.id)).toEqual({ ...r, note: '升级后编辑', updatedAt: 1_800_000_000_000 });
      else expect(bytes(stored.get(r.id))).toBe(bytes(r));
    }
    db.close();
  });
});

describe('opening a v2 database', () => {
  it('keeps every record byte-for-byte and answers the context indexes', async () => {
    const name = uniqueDbName();
    await loadDump(name, v2Dump as DbDump);
    const db = openDb(name);
    const stored = await db.notes.toArray();
    expect(db.verno).toBe(LATEST);
    const want = byId(v2Records());
    expect(stored).toHaveLength(want.size);
    for (const r of stored) expect(bytes(r)).toBe(bytes(want.get(r.id)));
    expect(await db.notes.where('country').equals('US').count()).toBe(
      v2Records().filter((r) => r.country === 'US').length,
    );
    db.close();
  });
});

describe('v3: collected posts', () => {
  it.each([
    [1, v1Dump as DbDump],
    [2, v2Dump as DbDump],
  ])(
    'opening a v%i database adds the empty posts tables, leaves the notes alone, and collecting works',
    async (_v, dump) => {
      const name = uniqueDbName();
      await loadDump(name, dump);
      const db = openDb(name);
      expect(await db.notes.count()).toBe(50);
      expect(db.verno).toBe(LATEST);
      expect(await db.posts.count()).toBe(0);
      expect(await db.postFacts.count()).toBe(0);
      const repo = createPostsRepo(db);
      await repo.collect([makePostDraft()], () => 'zh-Hans');
      expect(await db.posts.where('country').equals('US').count()).toBe(1);
      expect(await db.notes.count()).toBe(50);
      db.close();
    },
  );

  it('opening a v3 database keeps every note, post and facts chunk, and the indexes answer', async () => {
    const name = uniqueDbName();
    const dump = v3Dump as unknown as DbDump;
    await loadDump(name, dump);
    const db = openDb(name);
    expect(db.verno).toBe(LATEST);
    const notes = byId(await db.notes.toArray());
    for (const r of v2Records()) expect(bytes(notes.get(r.id))).toBe(bytes(r));
    const want = new Map(
      ((dump.stores.posts?.records ?? []) as { key: string; conceptIds: string[] }[]).map((p) => [p.key, p]),
    );
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(want.size);
    for (const p of posts) expect(bytes(p)).toBe(bytes(want.get(p.key)));
    expect(await db.posts.where('conceptIds').equals('digital-diplomacy').count()).toBe(
      [...want.values()].filter((p) => p.conceptIds.includes('digital-diplomacy')).length,
    );
    const chunks = (await db.postFacts.toArray()) as FactChunk[];
    expect(chunks[0]?.data).toBeInstanceOf(Int32Array);
    expect(
      chunks
        .flatMap(decodeChunk)
        .map((f) => f.key)
        .sort(),
    ).toEqual([...want.keys()].sort());
    // Collecting a stored post again updates it in place.
    const repo = createPostsRepo(db);
    const [r] = await repo.collect([makePostDraft()], () => 'zh-Hans');
    expect(r?.created).toBe(false);
    expect(await db.posts.count()).toBe(want.size);
    db.close();
  });
});

// ── The next version's harness ─────────────────────────────────────────────────────────────────────────────

type V2Record = NoteRecord & { quoteLength: number };

/** A test-only next version (never shipped): indexes reviewCount and adds a derived field to every note. */
const NOTES_STORES = SCHEMA_VERSIONS.findLast((v) => v.stores.notes)?.stores.notes;
const TEST_V2: SchemaVersion = {
  version: LATEST + 1,
  description: 'test only: index reviewCount; add quoteLength',
  stores: { notes: `${NOTES_STORES}, reviewCount, quoteLength` },
  upgrade: (tx) =>
    tx
      .table<V2Record>('notes')
      .toCollection()
      .modify((n) => {
        n.quoteLength = n.quote.exact.length;
      }),
};

describe('upgrade harness (test-only v2)', () => {
  it('runs the upgrade function on every note and loses nothing', async () => {
    const name = uniqueDbName();
    await loadDump(name, v1Dump as DbDump);
    await openDb(name)
      .open()
      .then((db) => db.close());
    const upgrade = vi.fn(TEST_V2.upgrade);
    const db = new DiploLensDB(name, [...SCHEMA_VERSIONS, { ...TEST_V2, upgrade }]);
    await db.open();
    expect(upgrade).toHaveBeenCalledOnce();
    expect(db.verno).toBe(LATEST + 1);
    const stored = byId((await db.notes.toArray()) as V2Record[]);
    expect(stored.size).toBe(50);
    for (const r of v1Records()) {
      const got = stored.get(r.id) as V2Record | undefined;
      expect(got?.quoteLength).toBe(r.quote.exact.length);
      const { quoteLength: _, ...rest } = got ?? ({} as V2Record);
      expect(bytes(rest)).toBe(bytes(r));
    }
    const reviewed = v1Records().filter((r) => r.reviewCount === 3).length;
    expect(reviewed).toBeGreaterThan(0);
    expect(await db.notes.where('reviewCount').equals(3).count()).toBe(reviewed);
    expect(await db.notes.where('quoteLength').above(0).count()).toBe(50);
    // Old indexes still answer after the upgrade.
    expect(await db.notes.where('tags').equals('weibo').count()).toBe(
      v1Records().filter((r) => r.tags.includes('weibo')).length,
    );
    db.close();

    // Opening again runs no upgrade.
    const again = new DiploLensDB(name, [...SCHEMA_VERSIONS, { ...TEST_V2, upgrade }]);
    expect(await again.notes.count()).toBe(50);
    expect(upgrade).toHaveBeenCalledOnce();
    again.close();
  });

  it('a failing upgrade rolls back: still the current version, every record as it was', async () => {
    const name = uniqueDbName();
    await loadDump(name, v1Dump as DbDump);
    await openDb(name)
      .open()
      .then((db) => db.close());
    let touched = 0;
    const broken: SchemaVersion = {
      ...TEST_V2,
      upgrade: (tx) =>
        tx
          .table<V2Record>('notes')
          .toCollection()
          .modify((n) => {
            if (++touched === 25) throw new Error('upgrade bug half-way');
            n.quoteLength = -1;
          }),
    };
    const db = new DiploLensDB(name, [...SCHEMA_VERSIONS, broken]);
    const err = await db.open().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(touched).toBeGreaterThanOrEqual(25);
    db.close();

    const raw = await rawOpen(name);
    expect(raw.version).toBe(LATEST * 10);
    const rows = await req(raw.transaction('notes').objectStore('notes').getAll());
    raw.close();
    expect(rows).toHaveLength(50);
    const want = byId(v1Records());
    for (const r of rows as NoteRecord[]) expect(bytes(r)).toBe(bytes(want.get(r.id)));
  });

  it('a blocked upgrade answers "blocked" in bounded time, then upgrades once the old page lets go', async () => {
    const name = uniqueDbName();
    await loadDump(name, v1Dump as DbDump);
    await openDb(name)
      .open()
      .then((db) => db.close());
    const old = await rawOpen(name); // an old page that ignores versionchange
    const onBlocked = vi.fn();
    const db = new DiploLensDB(name, [...SCHEMA_VERSIONS, TEST_V2], { onBlocked });
    const repo = createNotesRepo(db, { openTimeoutMs: 200 });
    const started = Date.now();
    const err = await repo.get(v1Records()[0]?.id ?? '').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(err).toBeInstanceOf(NotesError);
    expect((err as NotesError).code).toBe('blocked');
    expect((err as NotesError).messageEn).toMatch(/Reload the other DiploLens pages/);
    expect(onBlocked).toHaveBeenCalled();

    old.close();
    // The reader reloads: the same repo now reaches the upgraded database.
    const until = Date.now() + 3000;
    let got: NoteRecord | undefined;
    for (;;) {
      got = await repo.get(v1Records()[0]?.id ?? '').catch(() => undefined);
      if (got || Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((got as V2Record | undefined)?.quoteLength).toBe(v1Records()[0]?.quote.exact.length);
    expect(db.verno).toBe(LATEST + 1);
    expect(await db.notes.count()).toBe(50);
    db.close();
  });
});
