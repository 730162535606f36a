/**
 * The only way collected posts are written: validated input, one transaction per call over the posts and their
 * facts chunks (facts.ts), typed bilingual errors. A failed call writes nothing. Idempotent by permalink:
 * collecting a post again updates its text, concepts and context, keeps `collectedAt` and bumps `updatedAt`.
 */
import type { DiploLensDB, StoredPost } from '../notes/db';
import { NotesError, toNotesError } from '../notes/errors';
import { parseOrThrow } from '../notes/validate';
import { CHUNK_SIZE, decodeChunk, encodeChunk, type FactChunk, factOf, type PostFact } from './facts';
import { postKey, postSite } from './key';
import type { PostDraft, PostRecord } from './types';
import { POST_LIMITS, postKeysSchema, postRecordSchema, validatePostDraft, validatePostRecord } from './validate';

export interface CollectResult {
  key: string;
  /** False when the post was already collected (the record was updated). */
  created: boolean;
}

export interface PostsRepo {
  /** Stores or updates each post; `langOf` detects a text's language (franc, in the background). */
  collect(drafts: PostDraft[], langOf: (text: string) => string): Promise<CollectResult[]>;
  /** Removes posts; returns the removed records, for undo (`restore`). */
  remove(keys: string[]): Promise<PostRecord[]>;
  /** Puts removed posts back as they were (an undo). */
  restore(posts: PostRecord[]): Promise<void>;
  get(key: string): Promise<PostRecord | undefined>;
  /** Which of these keys are collected. */
  collectedKeys(keys: string[]): Promise<string[]>;
  list(): Promise<PostRecord[]>;
  count(): Promise<number>;
  /**
   * One transaction, all or nothing. A post already here with the same or a newer `updatedAt` is skipped; an older
   * one is replaced by the imported record (keeping the earlier `collectedAt`).
   */
  bulkImport(posts: PostRecord[]): Promise<{ added: number; updated: number; skipped: number }>;
  clear(): Promise<void>;
}

export interface PostsRepoOptions {
  now?: () => number;
}

/** The record without the storage detail (which facts chunk it is counted in). */
export function fromStored(s: StoredPost): PostRecord {
  const { chunk: _chunk, ...post } = s;
  return post;
}

function recordOf(draft: PostDraft, lang: string, t: number, old: StoredPost | undefined): PostRecord {
  const published = draft.context.publishedAt ? Date.parse(draft.context.publishedAt) : Number.NaN;
  return {
    ...draft,
    key: postKey(draft.context),
    site: postSite(draft.context.permalink),
    conceptIds: draft.concepts.map((c) => c.id),
    country: draft.context.author.mission?.countryCode ?? '',
    lang,
    published: Number.isFinite(published) && published > 0 ? published : 0,
    collectedAt: old?.collectedAt ?? t,
    updatedAt: old ? Math.max(t, old.updatedAt) : t,
  };
}

/** Merges repeated concepts and drops zero counts (a sender's slip must not double-count). */
function tidyDraft(d: PostDraft): PostDraft {
  const counts = new Map<string, number>();
  for (const c of d.concepts) counts.set(c.id, (counts.get(c.id) ?? 0) + c.count);
  return { ...d, concepts: [...counts].map(([id, count]) => ({ id, count })) };
}

export function createPostsRepo(db: DiploLensDB, options: PostsRepoOptions = {}): PostsRepo {
  const now = options.now ?? (() => Date.now());

  async function run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      if (db.closedForUpgrade) throw new NotesError('blocked');
      if (!db.isOpen()) await db.open();
      return await fn();
    } catch (err) {
      throw toNotesError(err);
    }
  }

  /**
   * Brings the facts chunks in line with a write: `put` posts (new or changed) and `removed` posts. Must run inside
   * a transaction over posts and postFacts. Returns the chunk each put post now lives in.
   */
  async function applyFacts(put: PostRecord[], existing: Map<string, StoredPost>, removed: StoredPost[]) {
    const chunkIds = new Set<number>();
    for (const p of removed) chunkIds.add(p.chunk);
    for (const p of put) {
      const old = existing.get(p.key);
      if (old) chunkIds.add(old.chunk);
    }
    const last = await db.postFacts.orderBy('id').last();
    if (last) chunkIds.add(last.id);
    const loaded = new Map<number, Map<string, PostFact>>();
    const rows = await db.postFacts.bulkGet([...chunkIds]);
    for (const row of rows) if (row) loaded.set(row.id, new Map(decodeChunk(row).map((f) => [f.key, f])));
    for (const p of removed) loaded.get(p.chunk)?.delete(p.key);

    let open = last?.id ?? 0;
    const chunkOf = new Map<string, number>();
    for (const p of put) {
      const old = existing.get(p.key);
      let id = old?.chunk;
      if (id === undefined || !loaded.has(id)) {
        // New posts go to the last chunk until it is full, then to a fresh one.
        if ((loaded.get(open)?.size ?? 0) >= CHUNK_SIZE) open++;
        id = open;
      }
      let facts = loaded.get(id);
      if (!facts) {
        facts = new Map();
        loaded.set(id, facts);
      }
      facts.set(p.key, factOf(p));
      chunkOf.set(p.key, id);
    }
    const toPut: FactChunk[] = [];
    const toDelete: number[] = [];
    for (const [id, facts] of loaded) {
      if (facts.size === 0) toDelete.push(id);
      else toPut.push(encodeChunk(id, [...facts.values()]));
    }
    if (toDelete.length) await db.postFacts.bulkDelete(toDelete);
    if (toPut.length) await db.postFacts.bulkPut(toPut);
    return chunkOf;
  }

  async function write(put: PostRecord[], existing: Map<string, StoredPost>, removed: StoredPost[]): Promise<void> {
    const chunkOf = await applyFacts(put, existing, removed);
    if (removed.length) await db.posts.bulkDelete(removed.map((p) => p.key));
    if (put.length) await db.posts.bulkPut(put.map((p) => ({ ...p, chunk: chunkOf.get(p.key) ?? 0 })));
  }

  async function existingMap(keys: string[]): Promise<Map<string, StoredPost>> {
    const map = new Map<string, StoredPost>();
    for (const s of await db.posts.bulkGet(keys)) if (s) map.set(s.key, s);
    return map;
  }

  return {
    collect(draftsIn, langOf) {
      return run(async () => {
        if (!Array.isArray(draftsIn) || draftsIn.length > POST_LIMITS.batch) {
          throw new NotesError('invalid', {
            zh: `一次最多收藏 ${POST_LIMITS.batch} 条帖子。`,
            en: `At most ${POST_LIMITS.batch} posts at a time.`,
          });
        }
        const drafts = draftsIn.map((d) => tidyDraft(validatePostDraft(d)));
        // Language detection before the transaction: an IndexedDB transaction must not wait on other work.
        const langs = drafts.map((d) => langOf(d.text));
        const t = now();
        return db.transaction('rw', db.posts, db.postFacts, async () => {
          const keys = drafts.map((d) => postKey(d.context));
          const existing = await existingMap(keys);
          // The same post twice in one batch: the last reading wins, one record.
          const byKey = new Map<string, PostRecord>();
          drafts.forEach((d, i) => {
            const key = keys[i] ?? '';
            byKey.set(key, recordOf(d, langs[i] ?? 'und', t, existing.get(key)));
          });
          await write([...byKey.values()], existing, []);
          return keys.map((key) => ({ key, created: !existing.has(key) }));
        });
      });
    },

    remove(keysIn) {
      return run(async () => {
        const keys = parseOrThrow(postKeysSchema, keysIn, { zh: '帖子列表', en: 'Post list' });
        return db.transaction('rw', db.posts, db.postFacts, async () => {
          const found = [...(await existingMap(keys)).values()];
          if (found.length === 0 && keys.length > 0) {
            throw new NotesError('not-found', { zh: '（帖子）', en: '(post)' });
          }
          await write([], new Map(), found);
          return found.map(fromStored);
        });
      });
    },

    restore(postsIn) {
      return run(async () => {
        const posts = postsIn.map(validatePostRecord);
        await db.transaction('rw', db.posts, db.postFacts, async () => {
          const existing = await existingMap(posts.map((p) => p.key));
          // Collected again meanwhile: the newer record stays.
          const put = posts.filter((p) => (existing.get(p.key)?.updatedAt ?? -1) < p.updatedAt);
          await write(put, existing, []);
        });
      });
    },

    get(keyIn) {
      return run(async () => {
        const s = await db.posts.get(String(keyIn));
        return s ? fromStored(s) : undefined;
      });
    },

    collectedKeys(keysIn) {
      return run(async () => {
        const keys = parseOrThrow(postKeysSchema, keysIn, { zh: '帖子列表', en: 'Post list' });
        if (keys.length === 0) return [];
        return (await db.posts.where('key').anyOf(keys).primaryKeys()) as string[];
      });
    },

    list() {
      return run(async () => (await db.posts.orderBy('collectedAt').reverse().toArray()).map(fromStored));
    },

    count() {
      return run(() => db.posts.count());
    },

    bulkImport(postsIn) {
      return run(async () => {
        if (!Array.isArray(postsIn)) {
          throw new NotesError('invalid', { zh: '导入的帖子不是列表。', en: 'The imported posts are not a list.' });
        }
        // Validate everything first: one bad record refuses the whole import, nothing is written.
        const posts = postsIn.map((p: unknown, i) =>
          parseOrThrow(postRecordSchema, p, { zh: `导入的第 ${i + 1} 条帖子`, en: `Imported post ${i + 1}` }),
        );
        return db.transaction('rw', db.posts, db.postFacts, async () => {
          const existing = await existingMap([...new Set(posts.map((p) => p.key))]);
          const put = new Map<string, PostRecord>();
          for (const p of posts) {
            const old = put.get(p.key) ?? existing.get(p.key);
            if (old && old.updatedAt >= p.updatedAt) continue;
            put.set(p.key, old ? { ...p, collectedAt: Math.min(old.collectedAt, p.collectedAt) } : p);
          }
          const added = [...put.keys()].filter((k) => !existing.has(k)).length;
          const updated = put.size - added;
          const skipped = posts.length - put.size;
          await write([...put.values()], existing, []);
          return { added, updated, skipped };
        });
      });
    },

    clear() {
      return run(async () => {
        await db.transaction('rw', db.posts, db.postFacts, async () => {
          await db.posts.clear();
          await db.postFacts.clear();
        });
      });
    },
  };
}
