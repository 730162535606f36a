/**
 * Firefox gives an extension frame inside a web page no `tabs` API (w3c/webextensions#787: "proxy via the
 * background"), so there our note editor frame cannot connect to the content app that opened it. It connects here
 * instead, under a relay name carrying its nonce; we open the port the frame would have opened — to its own tab,
 * named with the same nonce — and pass messages both ways. The content app still welcomes only the nonce it made;
 * a page can open no runtime port at all, and only our editor page, in a tab, is relayed.
 */
import { EDITOR_PAGE, extensionPagePath, nonceOfRelay, portName } from '../../utils/editor/protocol';

export interface RelayPort {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface RelayDeps {
  onConnect: {
    addListener(fn: (port: RelayPort) => void): void;
    removeListener(fn: (port: RelayPort) => void): void;
  };
  connectTab(tabId: number, name: string): RelayPort;
  extensionId(): string;
}

/** The tab of a port opened by our editor page in a tab, or null for anything else. */
export function relayTab(port: RelayPort, extensionId: string): number | null {
  const s = port.sender;
  const tabId = s?.tab?.id;
  if (!s || s.id !== extensionId || typeof s.url !== 'string' || typeof tabId !== 'number') return null;
  return extensionPagePath(s.url) === EDITOR_PAGE ? tabId : null;
}

export function createEditorRelay(deps: RelayDeps): { stop(): void } {
  const onConnect = (frame: RelayPort) => {
    const nonce = nonceOfRelay(frame.name);
    if (!nonce) return;
    const tabId = relayTab(frame, deps.extensionId());
    if (tabId === null) {
      frame.disconnect();
      return;
    }
    let tab: RelayPort;
    try {
      tab = deps.connectTab(tabId, portName(nonce));
    } catch {
      frame.disconnect();
      return;
    }
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      for (const p of [frame, tab]) {
        try {
          p.disconnect();
        } catch {
          // already gone
        }
      }
    };
    const pipe = (from: RelayPort, to: RelayPort) => {
      from.onMessage.addListener((m) => {
        if (!open) return;
        try {
          to.postMessage(m);
        } catch {
          close();
        }
      });
      from.onDisconnect.addListener(close);
    };
    pipe(frame, tab);
    pipe(tab, frame);
  };
  deps.onConnect.addListener(onConnect);
  return { stop: () => deps.onConnect.removeListener(onConnect) };
}
