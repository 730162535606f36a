import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Envelope } from '../../utils/messages/protocol';
import { type DiploLensDB, openDb } from '../../utils/notes/db';
import { uniqueDbName } from '../../utils/notes/fixtures';
import { createNotesRepo } from '../../utils/notes/repo';
import { makePostDraft, tweetDraft, weiboContext } from '../../utils/posts/fixtures';
import { createPostsRepo } from '../../utils/posts/repo';
import { createRouter, type Router } from './router';

let db: DiploLensDB;
let router: Router;
const content = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 }, url: 'https://weibo.com/u/1743951792' });

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(uniqueDbName());
  router = createRouter({
    repo: createNotesRepo(db),
    posts: createPostsRepo(db),
    extensionId: () => fakeBrowser.runtime.id,
    extensionOrigin: () => `chrome-extension://${fakeBrowser.runtime.id}/`,
    detectLanguage: (t) => (/[\u4e00-\u9fff]/.test(t) ? 'zh-Hans' : 'en'),
    openOptions: vi.fn(async () => undefined),
    openNote: vi.fn(async () => undefined),
    injectContentScript: vi.fn(async () => true),
    injectContentUi: vi.fn(async () => {}),
    broadcastChanged: vi.fn(),
    openEditorWindow: vi.fn(async () => undefined),
  });
});

type Res = Envelope<{ results?: { key: string; created: boolean }[]; collected?: string[] }>;
const send = async (msg: unknown, sender: object = content()) => (await router.handle(msg, sender)) as Res;

describe('posts messages', () => {
  it('collects posts from a content script, with the language detected in the background', async () => {
    const res = await send({ type: 'posts:collect', posts: [makePostDraft(), tweetDraft()] });
    expect(res.ok && res.results).toEqual([
      { key: 'https://weibo.com/1743951792/Ov1AbCdEf', created: true },
      { key: 'https://x.com/USA_China_Talk/status/1792512345678901234', created: true },
    ]);
    const stored = await db.posts.orderBy('key').toArray();
    expect(stored.map((p) => p.lang)).toEqual(['zh-Hans', 'en']);
    const status = await send({
      type: 'posts:status',
      keys: ['https://weibo.com/1743951792/Ov1AbCdEf', 'https://weibo.com/1743951792/Nope'],
    });
    expect(status.ok && status.collected).toEqual(['https://weibo.com/1743951792/Ov1AbCdEf']);
  });

  it('refuses a message from elsewhere or a malformed post, and stores nothing', async () => {
    const foreign = await send({ type: 'posts:collect', posts: [makePostDraft()] }, { id: 'another-extension' });
    expect(foreign.ok).toBe(false);
    const bad = await send({
      type: 'posts:collect',
      posts: [makePostDraft({ context: weiboContext({ permalink: 'chrome://settings' }) })],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid');
    const empty = await send({ type: 'posts:collect', posts: [] });
    expect(empty.ok).toBe(false);
    expect(await db.posts.count()).toBe(0);
  });
});
