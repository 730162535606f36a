import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeDraft } from '../notes/fixtures';
import { CREATE_RETRY_DELAYS_MS, newRequestId, sendToBackground, sendToTab } from './client';
import { toOnMessageListener } from './listener';
import { ok } from './protocol';

beforeEach(() => fakeBrowser.reset());

describe('sendToBackground', () => {
  it('returns unavailable when nobody listens', async () => {
    const r = await sendToBackground({ type: 'notes:forUrls', urls: ['https://weibo.com/1/Nabc'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(r.ok ? '' : r.error.messageZh).toMatch(/重新加载/);
  });

  it('returns the typed envelope from the background', async () => {
    fakeBrowser.runtime.onMessage.addListener(toOnMessageListener(async () => ok({ notes: [] })));
    const r = await sendToBackground({ type: 'notes:forUrls', urls: [] });
    expect(r).toEqual({ ok: true, notes: [] });
  });

  it('treats a missing answer as unavailable', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    expect(await sendToBackground({ type: 'ui:openOptions' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});

describe('sendToTab', () => {
  it('turns "Receiving end does not exist" into unavailable', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendToTab(4, { type: 'command:next-term' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('turns a closed port into unavailable, other failures into internal', async () => {
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    spy.mockRejectedValueOnce(new Error('The message port closed before a response was received.'));
    expect(await sendToTab(4, { type: 'page:summary' })).toMatchObject({ error: { code: 'unavailable' } });
    spy.mockRejectedValueOnce(new Error('Something odd'));
    expect(await sendToTab(4, { type: 'page:summary' })).toMatchObject({ error: { code: 'internal' } });
  });

  it('passes a frame id and returns the answer', async () => {
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, found: true } as never);
    const r = await sendToTab(4, { type: 'page:reveal-note', id: 'n1' }, { frameId: 2 });
    expect(r).toEqual({ ok: true, found: true });
    expect(spy).toHaveBeenCalledWith(4, { type: 'page:reveal-note', id: 'n1' }, { frameId: 2 });
  });
});

describe('sendToBackground: a save whose answer is lost', () => {
  const draft = makeDraft();
  const lost = () =>
    new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );

  it('retries with the same id until an answer comes', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    spy.mockRejectedValueOnce(lost()).mockResolvedValueOnce(undefined as never);
    spy.mockImplementationOnce(async (m: unknown) => ({ ok: true, note: { id: (m as { id: string }).id } }) as never);
    const r = await sendToBackground({ type: 'notes:create', draft });
    expect(spy).toHaveBeenCalledTimes(3);
    const ids = spy.mock.calls.map((c) => (c[0] as { id?: string }).id);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1);
    expect(r).toEqual({ ok: true, note: { id: ids[0] } });
  });

  it('gives up as unavailable (never success) when no answer ever comes, after bounded retries', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(lost());
    const r = await sendToBackground({ type: 'notes:create', draft, id: 'fixed' });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(spy).toHaveBeenCalledTimes(1 + CREATE_RETRY_DELAYS_MS.length);
    expect(spy.mock.calls.every((c) => (c[0] as { id?: string }).id === 'fixed')).toBe(true);
  });

  it('a second press on the same draft after an unknown outcome reuses the id; a fresh save after success does not', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(lost());
    const d = makeDraft({ note: 'unknown outcome' });
    expect((await sendToBackground({ type: 'notes:create', draft: d })).ok).toBe(false);
    const firstId = spy.mock.calls.map((c) => (c[0] as { id?: string }).id)[0];
    expect(firstId).toBeTruthy();
    spy.mockReset();
    spy.mockImplementation(async (m: unknown) => ({ ok: true, note: { id: (m as { id: string }).id } }) as never);
    const again = await sendToBackground({ type: 'notes:create', draft: d });
    expect(again).toEqual({ ok: true, note: { id: firstId } });
    // Confirmed: the same selection saved once more on purpose is a new note.
    const third = await sendToBackground({ type: 'notes:create', draft: d });
    expect(third.ok && third.note.id).not.toBe(firstId);
  });

  it('does not retry a refusal', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: false, error: { code: 'quota', messageZh: '满', messageEn: 'full' } } as never);
    expect(await sendToBackground({ type: 'notes:create', draft })).toMatchObject({ error: { code: 'quota' } });
    expect(spy).toHaveBeenCalledOnce();
  });

  it('makes a v4 UUID without crypto.randomUUID (pages served over http)', () => {
    const orig = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const id = newRequestId();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newRequestId()).not.toBe(id);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: orig, configurable: true });
    }
  });
});
