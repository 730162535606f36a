import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toOnMessageListener } from '../../utils/messages/listener';
import type { Envelope } from '../../utils/messages/protocol';
import { type DiploLensDB, openDb } from '../../utils/notes/db';
import { makeDraft, uniqueDbName } from '../../utils/notes/fixtures';
import { createNotesRepo, type NotesRepo } from '../../utils/notes/repo';
import type { NoteRecord } from '../../utils/notes/types';
import { createRouter, type Router } from './router';

let db: DiploLensDB;
let repo: NotesRepo;
let router: Router;
const inject = vi.fn(async (_tabId: number) => true);
const openOptions = vi.fn(async (_hash?: string) => undefined);
const openNote = vi.fn(async (_url: string, _id: string) => undefined);
const VALID_ID = '3f2b8c1e-9a4d-4e2b-8f1a-2c3d4e5f6a7b';
const broadcastChanged = vi.fn((_urls: string[] | null) => undefined);
const openEditorWindow = vi.fn(async (_t: { tabId: number; frameId: number; nonce: string }) => undefined);
const injectUi = vi.fn(async (_t: { tabId: number; frameId: number }) => undefined);
const self = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } });
const popup = () => ({ id: fakeBrowser.runtime.id });

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(uniqueDbName());
  repo = createNotesRepo(db);
  inject.mockClear();
  openOptions.mockClear();
  openNote.mockClear();
  broadcastChanged.mockClear();
  openEditorWindow.mockClear();
  injectUi.mockClear();
  router = createRouter({
    repo,
    extensionId: () => fakeBrowser.runtime.id,
    extensionOrigin: () => `chrome-extension://${fakeBrowser.runtime.id}/`,
    detectLanguage: (t) => (/[\u4e00-\u9fff]/.test(t) ? 'zh-Hans' : 'en'),
    detectSegments: (t) => [{ start: 0, end: t.length, lang: 'en' }],
    openOptions,
    openNote,
    injectContentScript: inject,
    injectContentUi: injectUi,
    openEditorWindow,
    broadcastChanged,
  });
});

type Res = Envelope<{ note?: NoteRecord; notes?: NoteRecord[]; changed?: number }>;
const send = async (
  msg: unknown,
  sender: { id?: string; tab?: { id?: number }; frameId?: number; url?: string } = self(),
) => (await router.handle(msg, sender)) as Res;

function errorCode(r: Res): string | undefined {
  return r.ok ? undefined : r.error.code;
}

describe('router', () => {
  it('refuses a foreign or id-less sender and changes nothing', async () => {
    for (const sender of [{ id: 'some-other-extension' }, {}]) {
      const r = await send({ type: 'notes:create', draft: makeDraft() }, sender);
      expect(errorCode(r)).toBe('invalid');
      expect(r.ok ? '' : r.error.messageZh).toMatch(/DiploLens/);
    }
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses malformed messages with a bilingual reason and changes nothing', async () => {
    for (const msg of [
      null,
      'notes:create',
      { type: 'notes:nuke' },
      { type: 'notes:create', draft: { ...makeDraft(), color: 'red' } },
      { type: 'notes:create', draft: { ...makeDraft(), quote: { ...makeDraft().quote, exact: 'x'.repeat(10_001) } } },
    ]) {
      const r = await send(msg);
      expect(errorCode(r)).toBe('invalid');
      expect(r.ok ? '' : r.error.messageEn).toMatch(/nothing was changed/);
    }
    expect(await db.notes.count()).toBe(0);
  });

  it('creates, updates, deletes (returning the note) and restores', async () => {
    const created = await send({ type: 'notes:create', draft: makeDraft({ tags: [' a ', 'a'] }) });
    if (!created.ok || !created.note) throw new Error('create failed');
    const note = created.note;
    expect(note.tags).toEqual(['a']);

    const updated = await send({ type: 'notes:update', id: note.id, patch: { color: 'green' } });
    expect(updated.ok && updated.note?.color).toBe('green');

    const refused = await send({ type: 'notes:update', id: note.id, patch: { url: 'https://x.example/' } });
    expect(errorCode(refused)).toBe('invalid');

    const listed = await send({ type: 'notes:forUrls', urls: [makeDraft().url] });
    expect(listed.ok && listed.notes?.map((n) => n.id)).toEqual([note.id]);

    const removed = await send({ type: 'notes:delete', id: note.id });
    expect(removed.ok && removed.note?.color).toBe('green');
    expect(await db.notes.count()).toBe(0);
    expect(errorCode(await send({ type: 'notes:delete', id: note.id }))).toBe('not-found');

    const restored = removed.ok && removed.note ? await send({ type: 'notes:restore', note: removed.note }) : null;
    expect(restored?.ok).toBe(true);
    expect((await db.notes.get(note.id))?.color).toBe('green');

    const status = await send({ type: 'notes:setAnchorStatus', updates: [{ id: note.id, status: 'orphan' }] });
    expect(status.ok && status.changed).toBe(1);
  });

  it('maps a quota failure to a quota error', async () => {
    vi.spyOn(repo, 'create').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const r = await send({ type: 'notes:create', draft: makeDraft() });
    expect(errorCode(r)).toBe('quota');
    expect(r.ok ? '' : r.error.messageZh).toMatch(/存储空间已满/);
  });

  it('detects language', async () => {
    const r = (await router.handle({ type: 'lang:detect', text: '数字外交' }, self())) as Envelope<{ lang: string }>;
    expect(r.ok && r.lang).toBe('zh-Hans');
  });

  it('lets only extension pages inject the content script', async () => {
    expect(errorCode(await send({ type: 'page:analyze', tabId: 9 }, self()))).toBe('invalid');
    expect(inject).not.toHaveBeenCalled();
    expect((await send({ type: 'page:analyze', tabId: 9 }, popup())).ok).toBe(true);
    expect(inject).toHaveBeenCalledWith(9);
  });

  it('lets the popup opened in a tab inject too, but not a web page pretending with a look-alike URL', async () => {
    const inTab = {
      id: fakeBrowser.runtime.id,
      tab: { id: 4 },
      url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html?tabId=9`,
    };
    expect((await send({ type: 'page:analyze', tabId: 9 }, inTab)).ok).toBe(true);
    const page = {
      id: fakeBrowser.runtime.id,
      tab: { id: 4 },
      url: 'https://evil.example/chrome-extension/popup.html',
    };
    expect(errorCode(await send({ type: 'page:analyze', tabId: 9 }, page))).toBe('invalid');
  });

  it('accepts web pages only in every URL a message carries', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'chrome://settings/']) {
      expect(errorCode(await send({ type: 'notes:create', draft: makeDraft({ url }) })), url).toBe('invalid');
      expect(errorCode(await send({ type: 'notes:forUrls', urls: [url] })), url).toBe('invalid');
      expect(errorCode(await send({ type: 'ui:openNote', url, id: VALID_ID }, popup())), url).toBe('invalid');
      expect(errorCode(await send({ type: 'notes:changed', urls: [url] }, popup())), url).toBe('invalid');
    }
    expect(openNote).not.toHaveBeenCalled();
    expect(await db.notes.count()).toBe(0);
    const r = await send({ type: 'notes:create', draft: makeDraft({ url: 'file:///etc/passwd' }) });
    expect(r.ok ? '' : r.error.messageZh).toMatch(/不是网页地址/);
    expect(r.ok ? '' : r.error.messageEn).toMatch(/not a web page address/);
  });

  it('opens the note editor window only for a content script, for its own tab and frame', async () => {
    const nonce = '0f8c6d1e-2b7a-4c55-9d33-5e1a8b7c6d42';
    const page = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3, url: 'https://think.example/a' };
    expect((await send({ type: 'editor:openWindow', nonce }, page)).ok).toBe(true);
    expect(openEditorWindow).toHaveBeenCalledWith({ tabId: 7, frameId: 3, nonce });
    openEditorWindow.mockClear();
    // Not from an extension page, nor with a nonce that could smuggle anything into the window's URL.
    expect(errorCode(await send({ type: 'editor:openWindow', nonce }, popup()))).toBe('invalid');
    expect(errorCode(await send({ type: 'editor:openWindow', nonce: 'x#y&tab=1' }, page))).toBe('invalid');
    expect(openEditorWindow).not.toHaveBeenCalled();
  });

  it('injects the in-page UI only for a content script, into its own tab and frame', async () => {
    const page = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3, url: 'https://think.example/a' };
    expect((await send({ type: 'content:loadUi' }, page)).ok).toBe(true);
    expect(injectUi).toHaveBeenCalledExactlyOnceWith({ tabId: 7, frameId: 3 });
    injectUi.mockClear();
    // No other target can be named: a tab or frame in the message is not read, only the sender's.
    expect((await send({ type: 'content:loadUi', tabId: 9, frameId: 0 }, page)).ok).toBe(true);
    expect(injectUi).toHaveBeenCalledExactlyOnceWith({ tabId: 7, frameId: 3 });
    injectUi.mockClear();
    // Not for an extension page.
    expect(errorCode(await send({ type: 'content:loadUi' }, popup()))).toBe('invalid');
    expect(injectUi).not.toHaveBeenCalled();
  });

  it('lets extension pages (not content scripts) announce changes they wrote directly', async () => {
    expect(errorCode(await send({ type: 'notes:changed', urls: null }, self()))).toBe('invalid');
    expect((await send({ type: 'notes:changed', urls: ['https://weibo.com/1/A'] }, popup())).ok).toBe(true);
    expect(broadcastChanged).toHaveBeenCalledExactlyOnceWith(['https://weibo.com/1/A']);
  });

  it('answers a concept card, and refuses an id that is not one', async () => {
    const res = (await router.handle({ type: 'concept:card', id: 'digital-diplomacy' }, self())) as Envelope<{
      card: { concept: { id: string } } | null;
    }>;
    expect(res.ok && res.card?.concept.id).toBe('digital-diplomacy');
    const none = (await router.handle({ type: 'concept:card', id: 'nope' }, self())) as Envelope<{ card: unknown }>;
    expect(none.ok && none.card).toBeNull();
    expect(errorCode(await send({ type: 'concept:card', id: '<script>' }))).toBe('invalid');
  });

  it('opens a note only at a web URL', async () => {
    expect((await send({ type: 'ui:openNote', url: 'https://weibo.com/1/A', id: VALID_ID })).ok).toBe(true);
    expect(openNote).toHaveBeenCalledWith('https://weibo.com/1/A', VALID_ID);
    expect(errorCode(await send({ type: 'ui:openNote', url: 'javascript:alert(1)', id: VALID_ID }))).toBe('invalid');
    expect(errorCode(await send({ type: 'ui:openNote', url: 'chrome://settings', id: VALID_ID }))).toBe('invalid');
    expect(openNote).toHaveBeenCalledTimes(1);
  });

  it('opens the options page only at a safe route', async () => {
    expect((await send({ type: 'ui:openOptions', hash: 'notes/abc' })).ok).toBe(true);
    expect(openOptions).toHaveBeenCalledWith('notes/abc');
    expect(errorCode(await send({ type: 'ui:openOptions', hash: 'x"><script>' }))).toBe('invalid');
    expect(openOptions).toHaveBeenCalledTimes(1);
  });
});

describe('onMessage adapter', () => {
  it('answers through sendResponse and returns true', async () => {
    const listener = toOnMessageListener(router.handle);
    const sendResponse = vi.fn();
    const done = new Promise<unknown>((resolve) => sendResponse.mockImplementation(resolve));
    expect(listener({ type: 'notes:create', draft: makeDraft() }, self(), sendResponse)).toBe(true);
    const response = (await done) as Res;
    expect(response.ok && response.note?.quote.exact).toBe('数字外交');
  });

  it('works through the runtime (fake browser), refusing its id-less sender', async () => {
    fakeBrowser.runtime.onMessage.addListener(toOnMessageListener(router.handle));
    const response = (await fakeBrowser.runtime.sendMessage({ type: 'notes:create', draft: makeDraft() })) as Res;
    expect(errorCode(response)).toBe('invalid');
    expect(await db.notes.count()).toBe(0);
  });

  it('turns a handler crash into an internal error instead of silence', async () => {
    const listener = toOnMessageListener(async () => {
      throw new Error('boom');
    });
    const sendResponse = vi.fn();
    const done = new Promise<unknown>((resolve) => sendResponse.mockImplementation(resolve));
    listener({}, {}, sendResponse);
    expect(await done).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('router: retried saves', () => {
  it('passes the sender-chosen id through, so a retried notes:create stores one note', async () => {
    const a = await send({ type: 'notes:create', draft: makeDraft(), id: 'req-1' });
    const b = await send({ type: 'notes:create', draft: makeDraft(), id: 'req-1' });
    expect(a.ok && a.note?.id).toBe('req-1');
    expect(b).toEqual(a);
    expect(await db.notes.count()).toBe(1);
  });
});
