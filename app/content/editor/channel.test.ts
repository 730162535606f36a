import { describe, expect, it, vi } from 'vitest';
import type { ToEditor } from '../../../utils/editor/protocol';
import { type ConnectEvent, createEditorChannel, fromOurEditor, type PortLike } from './channel';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const NONCE = '0f8c6d1e-2b7a-4c55-9d33-5e1a8b7c6d42';

function fakeEvent() {
  const listeners = new Set<(p: PortLike) => void>();
  const event: ConnectEvent = {
    addListener: (fn) => void listeners.add(fn),
    removeListener: (fn) => void listeners.delete(fn),
  };
  return {
    event,
    connect: (p: PortLike) =>
      listeners.forEach((l) => {
        l(p);
      }),
    listeners,
  };
}

function fakePort(name: string, url = `chrome-extension://${ID}/note-editor.html`, id = ID) {
  const onMsg = new Set<(m: unknown) => void>();
  const onDisc = new Set<() => void>();
  const sent: unknown[] = [];
  const port: PortLike & { sent: unknown[]; receive(m: unknown): void; drop(): void } = {
    name,
    sender: { id, url },
    sent,
    postMessage: (m) => void sent.push(m),
    disconnect: vi.fn(),
    onMessage: { addListener: (fn) => void onMsg.add(fn) },
    onDisconnect: { addListener: (fn) => void onDisc.add(fn) },
    receive: (m) =>
      onMsg.forEach((f) => {
        f(m);
      }),
    drop: () =>
      onDisc.forEach((f) => {
        f();
      }),
  };
  return port;
}

describe('editor channel (content side)', () => {
  it('accepts only our editor page, connecting under the nonce it was told, and welcomes it', async () => {
    const e = fakeEvent();
    const channel = createEditorChannel({ onConnect: e.event, extensionId: () => ID });
    const waiting = channel.expect(NONCE, 1000);
    // Forged or foreign: another extension, a web page URL, another page of ours, a wrong nonce.
    const foreign = [
      fakePort(`diplolens-editor:${NONCE}`, `chrome-extension://${ID}/note-editor.html`, 'other-extension-id'),
      fakePort(`diplolens-editor:${NONCE}`, 'https://evil.example/note-editor.html'),
      fakePort(`diplolens-editor:${NONCE}`, `chrome-extension://${ID}/popup.html`),
      fakePort('diplolens-editor:1f8c6d1e-2b7a-4c55-9d33-5e1a8b7c6d42'),
    ];
    for (const p of foreign) e.connect(p);
    for (const p of foreign) expect(p.sent).toEqual([]);
    const ours = fakePort(`diplolens-editor:${NONCE}`);
    e.connect(ours);
    const link = await waiting;
    expect(link).not.toBeNull();
    expect(ours.sent).toEqual([{ type: 'welcome' } satisfies ToEditor]);
    // A second connection with the same nonce is not accepted: a nonce binds once.
    const again = fakePort(`diplolens-editor:${NONCE}`);
    e.connect(again);
    expect(again.sent).toEqual([]);

    const got: unknown[] = [];
    link?.onMessage((m) => got.push(m));
    ours.receive({ type: 'submit', session: 1, values: { color: 'green', note: 'n', tags: [] }, point: null });
    ours.receive({ type: 'notes:delete', id: 'x' });
    expect(got).toEqual([{ type: 'submit', session: 1, values: { color: 'green', note: 'n', tags: [] }, point: null }]);
    const closed = vi.fn();
    link?.onClose(closed);
    ours.drop();
    expect(closed).toHaveBeenCalled();
    expect(link?.closed).toBe(true);
    channel.destroy();
    expect(e.listeners.size).toBe(0);
  });

  it('gives up after the timeout (the browser would not load the frame)', async () => {
    vi.useFakeTimers();
    const e = fakeEvent();
    const channel = createEditorChannel({ onConnect: e.event, extensionId: () => ID });
    const waiting = channel.expect(NONCE, 500);
    vi.advanceTimersByTime(500);
    expect(await waiting).toBeNull();
    const late = fakePort(`diplolens-editor:${NONCE}`);
    e.connect(late);
    expect(late.sent).toEqual([]);
    vi.useRealTimers();
  });

  it('recognises our editor page in Chrome and Firefox', () => {
    expect(fromOurEditor(fakePort('x'), ID)).toBe(true);
    expect(fromOurEditor(fakePort('x', `moz-extension://uuid/note-editor.html#nonce=1`), ID)).toBe(true);
    expect(fromOurEditor(fakePort('x', 'javascript:alert(1)'), ID)).toBe(false);
  });

  it('accepts our Firefox background relaying the editor (in no tab), never another page of ours', () => {
    const relayed = fakePort('x', `moz-extension://uuid/_generated_background_page.html`);
    expect(fromOurEditor(relayed, ID)).toBe(true);
    const inTab = fakePort('x', `moz-extension://uuid/_generated_background_page.html`);
    inTab.sender = { ...inTab.sender, tab: { id: 3 } };
    expect(fromOurEditor(inTab, ID)).toBe(false);
    expect(fromOurEditor(fakePort('x', `moz-extension://uuid/popup.html`), ID)).toBe(false);
    expect(fromOurEditor(fakePort('x', `moz-extension://uuid/_generated_background_page.html`, 'other'), ID)).toBe(
      false,
    );
  });
});
