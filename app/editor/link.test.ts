import { describe, expect, it, vi } from 'vitest';
import type { ToEditor } from '../../utils/editor/protocol';
import { type EditorPortLike, linkFromFrame, linkFromWindow } from './link';

const REAL = '0f8c6d1e-2b7a-4c55-9d33-5e1a8b7c6d42';
const FORGED = '1f8c6d1e-2b7a-4c55-9d33-5e1a8b7c6d42';

function fakePort() {
  const onMsg = new Set<(m: unknown) => void>();
  const onDisc = new Set<() => void>();
  const sent: unknown[] = [];
  const port: EditorPortLike & { sent: unknown[]; say(m: ToEditor): void } = {
    sent,
    postMessage: (m) => void sent.push(m),
    disconnect: vi.fn(() =>
      onDisc.forEach((f) => {
        f();
      }),
    ),
    onMessage: { addListener: (fn) => void onMsg.add(fn) },
    onDisconnect: { addListener: (fn) => void onDisc.add(fn) },
    say: (m) =>
      onMsg.forEach((f) => {
        f(m);
      }),
  };
  return port;
}

function hello(nonce: string, source: MessageEventSource | null = window.parent) {
  window.dispatchEvent(new MessageEvent('message', { data: { diplolens: 'editor-hello', nonce }, source }));
}

describe('editor link (frame side)', () => {
  it('tries every hello from its parent and binds to the port our content app welcomes', async () => {
    const ports = new Map<string, ReturnType<typeof fakePort>>();
    const connect = vi.fn((_tab: number, o: { name: string }) => {
      const p = fakePort();
      ports.set(o.name, p);
      return p;
    });
    const linking = linkFromFrame(window, { connect, currentTabId: async () => 7, welcomeTimeoutMs: 50 });
    // Not from our parent, not a hello: ignored.
    window.dispatchEvent(
      new MessageEvent('message', { data: { diplolens: 'editor-hello', nonce: REAL }, source: null }),
    );
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'show' }, source: window.parent }));
    // The page's forged hello comes first; nobody welcomes it.
    hello(FORGED);
    hello(REAL);
    await vi.waitFor(() => expect(ports.size).toBe(2));
    expect(connect).toHaveBeenCalledWith(7, { name: `diplolens-editor:${FORGED}` });
    ports.get(`diplolens-editor:${REAL}`)?.say({ type: 'welcome' });
    const link = await linking;
    const got: ToEditor[] = [];
    link.onMessage((m) => got.push(m));
    ports.get(`diplolens-editor:${REAL}`)?.say({ type: 'hide' });
    // The forged port never speaks for the content app, and is dropped.
    await vi.waitFor(() => expect(ports.get(`diplolens-editor:${FORGED}`)?.disconnect).toHaveBeenCalled());
    expect(got).toEqual([{ type: 'hide' }]);
    link.send({ type: 'cancel', session: 1 });
    expect(ports.get(`diplolens-editor:${REAL}`)?.sent).toEqual([{ type: 'cancel', session: 1 }]);
  });

  it('in the window, connects to the tab and frame named in its URL', async () => {
    const p = fakePort();
    const connect = vi.fn(() => p);
    const linking = linkFromWindow(
      { nonce: REAL, tabId: 3, frameId: 2 },
      { connect, currentTabId: async () => undefined },
    );
    p.say({ type: 'welcome' });
    expect(await linking).not.toBeNull();
    expect(connect).toHaveBeenCalledWith(3, { name: `diplolens-editor:${REAL}`, frameId: 2 });
  });
});

describe('relayedLink (Firefox frame)', () => {
  it('opens a runtime port under the relay name of the nonce it was asked for', async () => {
    const { relayedLink } = await import('./link');
    const { portName, relayName } = await import('../../utils/editor/protocol');
    const names: string[] = [];
    const deps = relayedLink((name) => {
      names.push(name);
      return {
        postMessage: () => undefined,
        disconnect: () => undefined,
        onMessage: { addListener: () => undefined },
        onDisconnect: { addListener: () => undefined },
      };
    });
    deps.connect(3, { name: portName('abcdefghijklmnop-1234') });
    expect(names).toEqual([relayName('abcdefghijklmnop-1234')]);
    expect(() => deps.connect(3, { name: 'nope' })).toThrow();
    expect(await deps.currentTabId()).toBe(-1);
  });
});
