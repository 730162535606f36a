/**
 * How the popup talks to the page it was opened over. Kept behind an interface so views are tested without a
 * browser; `createPageClient` is the real one (tabs API + the typed message clients).
 */
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '../../utils/messages/client';
import { isEnvelope, type MessageError, type PageSummary, UNAVAILABLE } from '../../utils/messages/protocol';
import { isWebUrl } from '../../utils/notes/url';
import { tabIdFromSearch } from './route';

export interface PageClient {
  /** `?tabId=N` from the popup URL, else the active tab of the current window; null when there is none. */
  targetTabId(): Promise<number | null>;
  summary(tabId: number): Promise<{ ok: true; summary: PageSummary } | { ok: false; error: MessageError }>;
  analyze(tabId: number): Promise<{ ok: true } | { ok: false; error: MessageError }>;
  reveal(tabId: number, noteId: string): Promise<boolean>;
  /**
   * Opens the note's page in a new tab; the background scrolls it to the highlight once placed. Only web pages:
   * anything else is refused (false), with no fallback.
   */
  openNote(url: string, id: string): Promise<boolean>;
}

export type PageState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'ready'; tabId: number; summary: PageSummary }
  /** Nobody answered: DiploLens does not run here by itself. `after` = still nothing after analysing. */
  | { status: 'unavailable'; tabId: number; after: boolean }
  | { status: 'analyzing'; tabId: number }
  /** The browser refused to let us in (chrome://, the Web Store, a PDF viewer …). */
  | { status: 'refused'; tabId: number; error: MessageError };

export async function loadPage(client: PageClient): Promise<PageState> {
  const tabId = await client.targetTabId();
  if (tabId === null) return { status: 'no-tab' };
  const res = await client.summary(tabId);
  if (res.ok) return { status: 'ready', tabId, summary: res.summary };
  if (res.error.code === 'unavailable') return { status: 'unavailable', tabId, after: false };
  return { status: 'refused', tabId, error: res.error };
}

/** Chrome's and Firefox's words for "extensions may not script this page" (chrome://, the Web Store, PDF viewer …). */
const BROWSER_REFUSAL =
  /cannot access|cannot be scripted|extensions gallery|missing host permission|chrome:\/\/|edge:\/\/|about:|moz-extension:|view-source:/i;

const NEEDS_TOOLBAR = /must request permission|missing host permission|activeTab/i;

/**
 * An ordinary page the browser will open to us once the reader invokes DiploLens there (the toolbar button, the
 * context menu or a shortcut grant activeTab); a popup opened any other way has no such grant.
 */
export function needsToolbarGrant(error: MessageError): boolean {
  return NEEDS_TOOLBAR.test(error.messageEn);
}

/** Did the browser itself keep us out (as opposed to some other failure, reported as it is)? */
export function isBrowserRefusal(error: MessageError): boolean {
  return BROWSER_REFUSAL.test(`${error.messageEn} ${error.messageZh}`);
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Injects the content script, then asks for the summary a few times while it boots. */
export async function analyzeThenLoad(
  client: PageClient,
  tabId: number,
  options: { attempts?: number; delayMs?: number } = {},
): Promise<PageState> {
  const injected = await client.analyze(tabId);
  if (!injected.ok) return { status: 'refused', tabId, error: injected.error };
  const attempts = options.attempts ?? 8;
  for (let i = 0; i < attempts; i++) {
    const res = await client.summary(tabId);
    if (res.ok) return { status: 'ready', tabId, summary: res.summary };
    if (res.error.code !== 'unavailable') return { status: 'refused', tabId, error: res.error };
    await wait(options.delayMs ?? 150);
  }
  return { status: 'unavailable', tabId, after: true };
}

type SummaryReply = { ok: true; summary: PageSummary } | { ok: false; error: MessageError };

function looksLikeSummary(v: unknown): v is PageSummary {
  if (!v || typeof v !== 'object') return false;
  const s = v as Partial<PageSummary>;
  return (
    typeof s.url === 'string' &&
    typeof s.kind === 'string' &&
    Array.isArray(s.concepts) &&
    Array.isArray(s.missions) &&
    Array.isArray(s.noteUrls)
  );
}

/**
 * Reads the content script's answer to `page:summary`: the protocol's envelope (`{ ok: true, ...summary }`), or a
 * bare PageSummary, which content scripts built before the envelope was settled still send. Anything else
 * means nobody usable answered.
 */
export function parseSummaryReply(reply: unknown): SummaryReply {
  if (isEnvelope(reply) && !reply.ok) return { ok: false, error: reply.error };
  if (looksLikeSummary(reply)) {
    const { ok: _ok, ...summary } = reply as PageSummary & { ok?: unknown };
    return { ok: true, summary };
  }
  return { ok: false, error: UNAVAILABLE.error };
}

export function createPageClient(location: { search: string } = window.location): PageClient {
  return {
    async targetTabId() {
      const fromUrl = tabIdFromSearch(location.search);
      if (fromUrl !== null) return fromUrl;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async summary(tabId) {
      try {
        return parseSummaryReply(await browser.tabs.sendMessage(tabId, { type: 'page:summary' }));
      } catch {
        // No content script in that tab (or a page the browser keeps us out of): offer "Analyse this page".
        return { ok: false, error: UNAVAILABLE.error };
      }
    },
    async analyze(tabId) {
      const res = await sendToBackground({ type: 'page:analyze', tabId });
      return res.ok ? { ok: true } : res;
    },
    async reveal(tabId, noteId) {
      const res = await sendToTab(tabId, { type: 'page:reveal-note', id: noteId });
      // An older content script answers `{ ok: true }` without `found`: it did reveal the note.
      return res.ok && res.found !== false;
    },
    async openNote(url, id) {
      // Never anything but a web page, and never past the background's own check: no fallback that opens it anyway.
      if (!isWebUrl(url)) return false;
      const res = await sendToBackground({ type: 'ui:openNote', url, id });
      return res.ok;
    },
  };
}
