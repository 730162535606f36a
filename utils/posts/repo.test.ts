import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from '../notes/db';
import { NotesError } from '../notes/errors';
import { uniqueDbName } from '../notes/fixtures';
import { CHUNK_SIZE, decodeChunk } from './facts';
import { makePostDraft, tweetDraft, weiboContext } from './fixtures';
import { createPostsRepo } from './repo';
import type { PostDraft } from './types';

function setup(start = 1_717_000_000_000) {
  let t = start;
  const db = openDb(uniqueDbName());
  const repo = createPostsRepo(db, { now: () => t });
  return { db, repo, tick: (ms = 1000) => (t += ms) };
}

const lang = (text: string) => (/[\u4e00-\u9fff]/.test(text) ? 'zh-Hans' : 'en');

async function factsOf(db: ReturnType<typeof openDb>) {
  return (await db.postFacts.toArray()).flatMap(decodeChunk);
}

describe('collecting posts', () => {
  it('stores the whole post: text, context, concepts with counts, language, indexes', async () => {
    const { db, repo } = setup();
    const [r] = await repo.collect([makePostDraft()], lang);
    expect(r).toEqual({ key: 'https://weibo.com/1743951792/Ov1AbCdEf', created: true });
    const p = await repo.get(r?.key ?? '');
    expect(p?.text).toContain('数字外交让世界更近');
    expect(p?.context.author.mission?.countryCode).toBe('US');
    expect(p?.concepts).toEqual([
      { id: 'digital-diplomacy', count: 2 },
      { id: 'national-image', count: 1 },
    ]);
    expect(p).toMatchObject({ conceptIds: ['digital-diplomacy', 'national-image'], country: 'US', lang: 'zh-Hans' });
    expect(p?.site).toBe('weibo.com');
    expect(p?.published).toBe(Date.parse('2024-05-20T02:32:00.000Z'));
    expect(p).not.toHaveProperty('chunk');
    expect(await db.posts.where('conceptIds').equals('national-image').count()).toBe(1);
    expect(await factsOf(db)).toHaveLength(1);
  });

  it('is idempotent by permalink: collecting again updates text, concepts and context, keeps collectedAt, bumps updatedAt', async () => {
    const { db, repo, tick } = setup();
    await repo.collect([makePostDraft()], lang);
    const first = await repo.get('https://weibo.com/1743951792/Ov1AbCdEf');
    tick(60_000);
    const again = makePostDraft({
      // Reached through a share link with tracking parameters: the same post.
      context: weiboContext({ permalink: 'https://weibo.com/1743951792/Ov1AbCdEf?utm_source=share#comments' }),
      text: '数字外交让世界更近（已编辑）。',
      concepts: [{ id: 'digital-diplomacy', count: 1 }],
    });
    const [r] = await repo.collect([again], lang);
    expect(r?.created).toBe(false);
    expect(await db.posts.count()).toBe(1);
    const p = await repo.get(r?.key ?? '');
    expect(p?.text).toBe('数字外交让世界更近（已编辑）。');
    expect(p?.conceptIds).toEqual(['digital-diplomacy']);
    expect(p?.collectedAt).toBe(first?.collectedAt);
    expect(p?.updatedAt).toBe((first?.updatedAt ?? 0) + 60_000);
    const facts = await factsOf(db);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.concepts).toEqual([['digital-diplomacy', 1]]);
  });

  it('keeps posts apart whose page shows no permalink (the author page) by their post id', async () => {
    const { db, repo } = setup();
    const fallback = (postId: string): PostDraft =>
      makePostDraft({
        context: weiboContext({ postId, permalink: 'https://weibo.com/u/1743951792', publishedAt: undefined }),
      });
    await repo.collect([fallback('1743951792:abc'), fallback('1743951792:def')], lang);
    expect(await db.posts.count()).toBe(2);
    const keys = (await repo.list()).map((p) => p.key).sort();
    expect(keys).toEqual([
      'https://weibo.com/u/1743951792#1743951792%3Aabc',
      'https://weibo.com/u/1743951792#1743951792%3Adef',
    ]);
    expect((await repo.list())[0]?.published).toBe(0);
  });

  it('refuses a bad post and writes nothing (non-http permalink, empty text, too many)', async () => {
    const { db, repo } = setup();
    const bad = makePostDraft({ context: weiboContext({ permalink: 'javascript:alert(1)' }) });
    await expect(repo.collect([makePostDraft(), bad], lang)).rejects.toBeInstanceOf(NotesError);
    await expect(repo.collect([makePostDraft({ text: '' })], lang)).rejects.toMatchObject({ code: 'invalid' });
    const many = Array.from({ length: 101 }, () => makePostDraft());
    await expect(repo.collect(many, lang)).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.posts.count()).toBe(0);
    expect(await db.postFacts.count()).toBe(0);
  });

  it('deletes with undo: remove returns the records, restore brings them and their facts back', async () => {
    const { db, repo } = setup();
    await repo.collect([makePostDraft(), tweetDraft()], lang);
    const before = await repo.list();
    const removed = await repo.remove(['https://x.com/USA_China_Talk/status/1792512345678901234']);
    expect(removed.map((p) => p.context.platform)).toEqual(['x']);
    expect(await repo.count()).toBe(1);
    expect((await factsOf(db)).map((f) => f.key)).toEqual(['https://weibo.com/1743951792/Ov1AbCdEf']);
    await repo.restore(removed);
    expect(await repo.list()).toEqual(before);
    expect((await factsOf(db)).map((f) => f.key).sort()).toEqual(before.map((p) => p.key).sort());
    await expect(repo.remove(['https://nowhere.example/p/1'])).rejects.toMatchObject({ code: 'not-found' });
  });

  it('answers which keys are collected', async () => {
    const { repo } = setup();
    await repo.collect([makePostDraft()], lang);
    expect(
      await repo.collectedKeys(['https://weibo.com/1743951792/Ov1AbCdEf', 'https://weibo.com/1743951792/Other']),
    ).toEqual(['https://weibo.com/1743951792/Ov1AbCdEf']);
  });

  it('keeps the facts chunks equal to the posts through many writes (chunks fill and empty)', async () => {
    const { db, repo } = setup();
    const n = CHUNK_SIZE + 150;
    const drafts = Array.from({ length: n }, (_, i) =>
      makePostDraft({ context: weiboContext({ postId: `P${i}`, permalink: `https://weibo.com/1743951792/P${i}` }) }),
    );
    for (let i = 0; i < n; i += 100) await repo.collect(drafts.slice(i, i + 100), lang);
    expect(await db.postFacts.count()).toBe(2);
    await repo.remove(drafts.slice(0, 300).map((d) => d.context.permalink));
    await repo.collect(drafts.slice(0, 50), lang);
    const facts = await factsOf(db);
    const posts = await repo.list();
    expect(facts.map((f) => f.key).sort()).toEqual(posts.map((p) => p.key).sort());
    expect(new Set(facts.map((f) => f.key)).size).toBe(facts.length);
    // Every stored post names the chunk that counts it.
    for (const s of await db.posts.toArray()) {
      const chunk = await db.postFacts.get(s.chunk);
      expect(chunk?.keys, s.key).toContain(s.key);
    }
  });

  it('imports all or nothing; newer records replace older, same or older are skipped', async () => {
    const { db, repo, tick } = setup();
    await repo.collect([makePostDraft()], lang);
    const stored = (await repo.list())[0];
    if (!stored) throw new Error('no post');
    tick();
    const newer = {
      ...stored,
      text: '较新的版本',
      updatedAt: stored.updatedAt + 5000,
      collectedAt: stored.collectedAt + 5000,
    };
    const other = {
      ...stored,
      key: 'https://weibo.com/1743951792/Other',
      context: { ...stored.context, postId: 'Other', permalink: 'https://weibo.com/1743951792/Other' },
    };
    await expect(repo.bulkImport([other, { ...newer, lang: 42 }] as never)).rejects.toMatchObject({ code: 'invalid' });
    expect(await repo.count()).toBe(1);
    expect(await repo.bulkImport([newer, other, stored])).toEqual({ added: 1, updated: 1, skipped: 1 });
    const p = await repo.get(stored.key);
    expect(p?.text).toBe('较新的版本');
    expect(p?.collectedAt).toBe(stored.collectedAt);
    expect((await factsOf(db)).length).toBe(2);
    await repo.clear();
    expect(await db.postFacts.count()).toBe(0);
  });
});
