import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground, sendToTab } from './client';
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
