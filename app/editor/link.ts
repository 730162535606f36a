/**
 * The editor's end of the private channel (utils/editor/protocol.ts). In the frame: every hello the parent window
 * posts is tried — a page can post hellos too, with nonces it made up — by opening a runtime port to the tab under
 * that nonce; the editor binds to the first port our content app welcomes, which only the real nonce gets. In the
 * window: the nonce, tab and frame come from the URL the background opened.
 */
import {
  type FromEditor,
  isHello,
  nonceOfPort,
  parseToEditor,
  portName,
  relayName,
  type ToEditor,
  type WindowTarget,
} from '../../utils/editor/protocol';

export interface EditorPortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface EditorPort {
  send(message: FromEditor): void;
  onMessage(fn: (message: ToEditor) => void): void;
  onClose(fn: () => void): void;
}

export interface LinkDeps {
  connect(tabId: number, options: { name: string; frameId?: number }): EditorPortLike;
  /** The tab this frame is in. */
  currentTabId(): Promise<number | undefined>;
  /** How long a port may stay unwelcomed before it is dropped. */
  welcomeTimeoutMs?: number;
}

/** Connects under `nonce`; resolves with the port once welcomed, or null (not welcomed, closed). */
function tryPort(
  deps: LinkDeps,
  tabId: number,
  nonce: string,
  frameId: number | undefined,
): Promise<{
  port: EditorPortLike;
  later: ToEditor[];
  listeners: Set<(m: ToEditor) => void>;
  closers: Set<() => void>;
} | null> {
  return new Promise((resolve) => {
    let port: EditorPortLike;
    try {
      port = deps.connect(tabId, { name: portName(nonce), ...(frameId === undefined ? {} : { frameId }) });
    } catch {
      resolve(null);
      return;
    }
    let welcomed = false;
    const later: ToEditor[] = [];
    const listeners = new Set<(m: ToEditor) => void>();
    const closers = new Set<() => void>();
    const timer = setTimeout(() => {
      if (welcomed) return;
      port.disconnect();
      resolve(null);
    }, deps.welcomeTimeoutMs ?? 5000);
    port.onMessage.addListener((raw) => {
      const m = parseToEditor(raw);
      if (!m) return;
      if (!welcomed) {
        if (m.type !== 'welcome') return;
        welcomed = true;
        clearTimeout(timer);
        resolve({ port, later, listeners, closers });
        return;
      }
      if (listeners.size === 0) later.push(m);
      for (const l of listeners) l(m);
    });
    port.onDisconnect.addListener(() => {
      clearTimeout(timer);
      if (!welcomed) resolve(null);
      for (const c of closers) c();
    });
  });
}

function wrap(p: NonNullable<Awaited<ReturnType<typeof tryPort>>>): EditorPort {
  return {
    send(message) {
      try {
        p.port.postMessage(message);
      } catch {
        for (const c of p.closers) c();
      }
    },
    onMessage(fn) {
      p.listeners.add(fn);
      for (const m of p.later.splice(0)) fn(m);
    },
    onClose: (fn) => void p.closers.add(fn),
  };
}

/** In the frame: resolves once a hello from the parent led to a welcomed port. */
export function linkFromFrame(win: Window, deps: LinkDeps): Promise<EditorPort> {
  return new Promise((resolve) => {
    const tried = new Set<string>();
    let bound = false;
    const onMessage = async (e: MessageEvent) => {
      // Only our parent can have sent the real hello; the page is our parent too, so the nonce decides.
      if (bound || e.source !== win.parent || !isHello(e.data)) return;
      const { nonce } = e.data;
      if (tried.has(nonce) || tried.size >= 32) return;
      tried.add(nonce);
      const tabId = await deps.currentTabId();
      if (tabId === undefined || bound) return;
      const got = await tryPort(deps, tabId, nonce, undefined);
      if (!got) return;
      if (bound) {
        got.port.disconnect();
        return;
      }
      bound = true;
      win.removeEventListener('message', onMessage);
      resolve(wrap(got));
    };
    win.addEventListener('message', onMessage);
  });
}

/** In the window: connects to the content app named in the URL. */
export async function linkFromWindow(target: WindowTarget, deps: LinkDeps): Promise<EditorPort | null> {
  const got = await tryPort(deps, target.tabId, target.nonce, target.frameId);
  return got ? wrap(got) : null;
}

/**
 * Link deps for a frame without a tabs API (Firefox): the port to the content app is opened through our background
 * (app/background/editor-relay.ts), which knows the frame's tab; the tab id asked for is ignored.
 */
export function relayedLink(runtimeConnect: (name: string) => EditorPortLike): LinkDeps {
  return {
    connect(_tabId, options) {
      const nonce = nonceOfPort(options.name);
      if (!nonce) throw new Error('not an editor port');
      return runtimeConnect(relayName(nonce));
    },
    // Any number: the background relays to the frame's own tab.
    currentTabId: async () => -1,
  };
}
