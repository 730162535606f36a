/**
 * The content app's end of the private editor channel (see utils/editor/protocol.ts): waits for the editor we
 * opened — our frame, or our window — to connect a runtime port named with the nonce only it was told. Ports from
 * anything else are refused: a page cannot open runtime ports at all, and another extension page without the
 * nonce (another tab's editor) gets no answer from us.
 */
import {
  EDITOR_PAGE,
  extensionPagePath,
  type FromEditor,
  nonceOfPort,
  parseFromEditor,
  type ToEditor,
} from '../../../utils/editor/protocol';

/** The part of a runtime Port we use (wxt/browser's Port, or a test double). */
export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string; tab?: unknown };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface ConnectEvent {
  addListener(fn: (port: PortLike) => void): void;
  removeListener(fn: (port: PortLike) => void): void;
}

export interface EditorLink {
  send(message: ToEditor): void;
  onMessage(fn: (message: FromEditor) => void): void;
  onClose(fn: () => void): void;
  readonly closed: boolean;
  close(): void;
}

export interface EditorChannel {
  /** A fresh secret for one editor to connect with. */
  newNonce(): string;
  /** Resolves with the editor's link once it connects with `nonce`, or null after `timeoutMs`. */
  expect(nonce: string, timeoutMs: number): Promise<EditorLink | null>;
  destroy(): void;
}

export interface ChannelDeps {
  onConnect: ConnectEvent;
  extensionId(): string;
  randomId?(): string;
}

/** The page Firefox makes for an MV2 background given as scripts (where the relay runs). */
export const FIREFOX_BACKGROUND_PAGE = '/_generated_background_page.html';

/**
 * Is the port's sender our own editor page (any of our origins: Chrome's dynamic one included), or our background
 * relaying it (Firefox: app/background/editor-relay.ts; a background is in no tab)?
 */
export function fromOurEditor(port: PortLike, extensionId: string): boolean {
  const s = port.sender;
  if (!s || s.id !== extensionId || typeof s.url !== 'string') return false;
  const path = extensionPagePath(s.url);
  return path === EDITOR_PAGE || (path === FIREFOX_BACKGROUND_PAGE && s.tab === undefined);
}

function linkOf(port: PortLike): EditorLink {
  const handlers = new Set<(m: FromEditor) => void>();
  const closers = new Set<() => void>();
  let closed = false;
  const markClosed = () => {
    if (closed) return;
    closed = true;
    for (const c of closers) c();
  };
  port.onMessage.addListener((raw) => {
    const m = parseFromEditor(raw);
    if (m) for (const h of handlers) h(m);
  });
  port.onDisconnect.addListener(markClosed);
  return {
    send(message) {
      if (closed) return;
      try {
        port.postMessage(message);
      } catch {
        markClosed();
      }
    },
    onMessage: (fn) => void handlers.add(fn),
    onClose: (fn) => void closers.add(fn),
    get closed() {
      return closed;
    },
    close() {
      if (closed) return;
      try {
        port.disconnect();
      } catch {
        // already gone
      }
      markClosed();
    },
  };
}

export function createEditorChannel(deps: ChannelDeps): EditorChannel {
  const waiting = new Map<string, (link: EditorLink) => void>();
  const randomId = deps.randomId ?? (() => crypto.randomUUID());

  const onConnect = (port: PortLike) => {
    const nonce = nonceOfPort(port.name);
    const resolve = nonce === null ? undefined : waiting.get(nonce);
    // Not ours (another frame's editor in this tab, a stale or forged nonce): say nothing. The editor binds only to
    // a port that welcomes it, and the port's owner, if any, is another frame's content app.
    if (nonce === null || !resolve || !fromOurEditor(port, deps.extensionId())) return;
    waiting.delete(nonce);
    const link = linkOf(port);
    link.send({ type: 'welcome' });
    resolve(link);
  };
  deps.onConnect.addListener(onConnect);

  return {
    newNonce: randomId,
    expect(nonce, timeoutMs) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(nonce);
          resolve(null);
        }, timeoutMs);
        waiting.set(nonce, (link) => {
          clearTimeout(timer);
          resolve(link);
        });
      });
    },
    destroy() {
      deps.onConnect.removeListener(onConnect);
      waiting.clear();
    },
  };
}
