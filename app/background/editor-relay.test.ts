import { describe, expect, it } from 'vitest';
import { portName, relayName } from '../../utils/editor/protocol';
import { createEditorRelay, type RelayPort } from './editor-relay';

const ID = 'ext-id';
const NONCE = 'abcdefghijklmnop-1234';

function fakePort(name: string, sender?: RelayPort['sender']) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name,
    sender,
    sent: [] as unknown[],
    disconnected: false,
    postMessage(m: unknown) {
      port.sent.push(m);
    },
    disconnect() {
      if (port.disconnected) return;
      port.disconnected = true;
      for (const f of onDisconnect) f();
    },
    onMessage: { addListener: (f: (m: unknown) => void) => void onMessage.push(f) },
    onDisconnect: { addListener: (f: () => void) => void onDisconnect.push(f) },
    deliver: (m: unknown) => {
      for (const f of onMessage) f(m);
    },
  };
  return port;
}

function setup() {
  const listeners: ((p: RelayPort) => void)[] = [];
  const tabs: { tabId: number; port: ReturnType<typeof fakePort> }[] = [];
  createEditorRelay({
    onConnect: {
      addListener: (f) => void listeners.push(f),
      removeListener: () => undefined,
    },
    connectTab: (tabId, name) => {
      const port = fakePort(name);
      tabs.push({ tabId, port });
      return port;
    },
    extensionId: () => ID,
  });
  const connect = (p: RelayPort) => {
    for (const f of listeners) f(p);
  };
  return { connect, tabs };
}

const editorSender = { id: ID, url: 'moz-extension://uuid/note-editor.html', tab: { id: 7 } };

describe('editor relay (Firefox frames have no tabs API)', () => {
  it("opens the editor's port to its own tab under the same nonce and passes messages both ways", () => {
    const { connect, tabs } = setup();
    const frame = fakePort(relayName(NONCE), editorSender);
    connect(frame);
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.tabId).toBe(7);
    expect(tabs[0]?.port.name).toBe(portName(NONCE));
    frame.deliver({ type: 'ready' });
    expect(tabs[0]?.port.sent).toEqual([{ type: 'ready' }]);
    tabs[0]?.port.deliver({ type: 'welcome' });
    expect(frame.sent).toEqual([{ type: 'welcome' }]);
  });

  it('closes both ends when either closes', () => {
    const { connect, tabs } = setup();
    const frame = fakePort(relayName(NONCE), editorSender);
    connect(frame);
    tabs[0]?.port.disconnect();
    expect(frame.disconnected).toBe(true);
  });

  it('relays only our editor page in a tab, with a valid nonce', () => {
    const { connect, tabs } = setup();
    const others = [
      fakePort(relayName(NONCE), { id: 'other-ext', url: 'moz-extension://x/note-editor.html', tab: { id: 7 } }),
      fakePort(relayName(NONCE), { id: ID, url: 'moz-extension://uuid/popup.html', tab: { id: 7 } }),
      fakePort(relayName(NONCE), { id: ID, url: 'moz-extension://uuid/note-editor.html' }),
      fakePort(relayName(NONCE), { id: ID, url: 'https://evil.example/note-editor.html', tab: { id: 7 } }),
    ];
    for (const p of others) connect(p);
    connect(fakePort(relayName('short'), editorSender));
    connect(fakePort('something-else', editorSender));
    expect(tabs).toHaveLength(0);
    expect(others.every((p) => p.disconnected)).toBe(true);
  });
});
