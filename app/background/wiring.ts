/**
 * Wires the background: message router, the "Save highlight / 保存高亮" context menu, keyboard commands, live sync.
 * Listeners are registered synchronously (an MV3 service worker must have them on its first turn); the database
 * opens lazily on the first request.
 */
import { browser } from 'wxt/browser';
import { HOST_MATCHES } from '../../utils/hosts';
import { sendToTab } from '../../utils/messages/client';
import { toOnMessageListener } from '../../utils/messages/listener';
import type { LangSegment, TabRequest } from '../../utils/messages/protocol';
import type { DiploLensDB } from '../../utils/notes/db';
import { createNotesRepo } from '../../utils/notes/repo';
import { isWebUrl } from '../../utils/notes/url';
import { CONTENT_UI_FILE } from '../../utils/permissions/chosen-sites';
import { createPostsRepo } from '../../utils/posts/repo';
import { type ActionBadgeApi, startActionBadge } from './action-badge';
import { type ChosenSitesApi, watchChosenSites } from './chosen-sites';
import { createEditorRelay, type RelayDeps, type RelayPort } from './editor-relay';
import { openEditorWindow } from './editor-window';
import { startLiveSync } from './live-sync';
import { startPostsSync } from './posts-sync';
import { createRouter, type MessageSenderLike } from './router';

export const MENU_SAVE_HIGHLIGHT = 'diplolens-save-highlight';
export const MENU_COLLECT_POST = 'diplolens-collect-post';
const COMMANDS = new Set(['save-highlight', 'next-term', 'collect-post']);

export interface BackgroundDeps {
  db: DiploLensDB;
  detectLanguage: (text: string) => string;
  detectSegments?: (text: string) => LangSegment[];
  debounceMs?: number;
}

async function forwardToTab(msg: TabRequest, tabId?: number, frameId?: number) {
  let id = tabId;
  if (id === undefined || id < 0) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    id = active?.id;
  }
  if (id === undefined) return;
  // A tab without our content script answers 'unavailable'; nothing to do there.
  await sendToTab(id, msg, frameId === undefined ? undefined : { frameId });
}

/** Any answer at all means our content script is there (whatever shape it replies in). */
async function hasContentScript(tabId: number): Promise<boolean> {
  try {
    const probe: TabRequest = { type: 'page:summary' };
    return (await browser.tabs.sendMessage(tabId, probe)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Asks a freshly opened tab to scroll to a note until its content script has loaded and placed it (a few
 * seconds at most; an orphan is simply never found, and the tab stays where it opened).
 */
export async function revealWhenPlaced(tabId: number, id: string, attempts = 25, delayMs = 400): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    await new Promise((r) => setTimeout(r, delayMs));
    const res = await sendToTab(tabId, { type: 'page:reveal-note', id });
    if (res.ok && res.found) return true;
  }
  return false;
}

export async function broadcast(msg: TabRequest): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendToTab(t.id, msg))));
}

export async function registerContextMenu(): Promise<void> {
  // onInstalled also fires on update; menus persist, so clear first to avoid a duplicate-id error.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_SAVE_HIGHLIGHT,
    title: browser.i18n.getMessage('menuSaveHighlight') || 'Save highlight / 保存高亮',
    contexts: ['selection'],
  });
  // On the sites DiploLens reads by itself (the ones with posts among them); the page answers for the post
  // the menu was opened on, or says there is none.
  browser.contextMenus.create({
    id: MENU_COLLECT_POST,
    title: browser.i18n.getMessage('menuCollectPost') || 'Collect this post / 收藏此帖',
    contexts: ['page', 'selection', 'link', 'image'],
    documentUrlPatterns: HOST_MATCHES,
  });
}

export function startBackground(deps: BackgroundDeps): { stop: () => void } {
  const { db } = deps;
  const repo = createNotesRepo(db);
  const posts = createPostsRepo(db);
  const stopPostsSync = startPostsSync({
    dbName: db.name,
    notify: () => {
      broadcast({ type: 'posts:changed', keys: null }).catch(() => undefined);
    },
  });
  // The toolbar count of notes on the current page (action in MV3, browserAction in Firefox's MV2).
  const actionApi = (browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction) as
    | ActionBadgeApi['action']
    | undefined;
  const badge = actionApi
    ? startActionBadge({
        api: { tabs: browser.tabs as unknown as ActionBadgeApi['tabs'], action: actionApi },
        countForUrl: async (url) => (await repo.forUrls([url])).length,
      })
    : null;
  const sync = startLiveSync({
    dbName: db.name,
    debounceMs: deps.debounceMs,
    notify: (urls) => {
      broadcast({ type: 'notes:changed', urls }).catch(() => undefined);
      badge?.notesChanged(urls).catch(() => undefined);
    },
  });
  // Sites the reader chose to always run on: a registered content script per granted origin.
  const chosenSites =
    typeof (browser.scripting as { registerContentScripts?: unknown } | undefined)?.registerContentScripts ===
    'function'
      ? watchChosenSites(
          {
            permissions: browser.permissions,
            scripting: browser.scripting as unknown as ChosenSitesApi['scripting'],
            onPermissionsChanged: {
              addListener(cb) {
                browser.permissions.onAdded.addListener(cb);
                browser.permissions.onRemoved.addListener(cb);
              },
              removeListener(cb) {
                browser.permissions.onAdded.removeListener(cb);
                browser.permissions.onRemoved.removeListener(cb);
              },
            },
          },
          HOST_MATCHES,
        )
      : null;
  const router = createRouter({
    repo,
    posts,
    extensionId: () => browser.runtime.id,
    extensionOrigin: () => browser.runtime.getURL('/'),
    detectLanguage: deps.detectLanguage,
    ...(deps.detectSegments ? { detectSegments: deps.detectSegments } : {}),
    openOptions: async (hash) => {
      // A concept opens in the reader's concept browser (the popup's view, in a tab); anything else in options.
      const page = hash?.startsWith('concept=') ? '/popup.html' : '/options.html';
      const url = browser.runtime.getURL(`${page}${hash ? `#${hash}` : ''}`);
      await browser.tabs.create({ url });
    },
    openNote: async (url, id) => {
      // The router checked it already; a web page is still the only thing the background ever opens.
      if (!isWebUrl(url)) return;
      const tab = await browser.tabs.create({ url });
      if (tab.id !== undefined) void revealWhenPlaced(tab.id, id);
    },
    openEditorWindow,
    injectContentUi: async ({ tabId, frameId }) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_UI_FILE] });
    },
    injectContentScript: async (tabId) => {
      // On the built-in sites the manifest already injected it: running it twice would double every highlight.
      if (await hasContentScript(tabId)) return false;
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      return true;
    },
    broadcastChanged: (urls) => sync.announce(urls),
    refreshBadge: async (tabId) => {
      await badge?.refresh(tabId);
    },
  });

  const onMessage = toOnMessageListener((message, sender: MessageSenderLike) => router.handle(message, sender));
  browser.runtime.onMessage.addListener(onMessage);

  const onInstalled = () => {
    registerContextMenu().catch((err: unknown) => console.error('[DiploLens] context menu', err));
  };
  browser.runtime.onInstalled.addListener(onInstalled);

  const onMenuClicked = (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => {
    if (info.menuItemId === MENU_SAVE_HIGHLIGHT) {
      void forwardToTab({ type: 'command:save-highlight' }, tab?.id, info.frameId);
    } else if (info.menuItemId === MENU_COLLECT_POST) {
      void forwardToTab({ type: 'command:collect-post', via: 'menu' }, tab?.id, info.frameId);
    }
  };
  browser.contextMenus.onClicked.addListener(onMenuClicked);

  const onCommand = (command: string, tab?: { id?: number }) => {
    if (!COMMANDS.has(command)) return;
    const msg: TabRequest =
      command === 'save-highlight'
        ? { type: 'command:save-highlight' }
        : command === 'collect-post'
          ? { type: 'command:collect-post', via: 'key' }
          : { type: 'command:next-term' };
    void forwardToTab(msg, tab?.id);
  };
  browser.commands.onCommand.addListener(onCommand);

  // Firefox: our editor frame inside a page has no tabs API, so its port to the content app goes through here.
  const relay = createEditorRelay({
    onConnect: browser.runtime.onConnect as unknown as RelayDeps['onConnect'],
    connectTab: (tabId, name) => browser.tabs.connect(tabId, { name }) as unknown as RelayPort,
    extensionId: () => browser.runtime.id,
  });

  return {
    stop() {
      sync.stop();
      stopPostsSync();
      badge?.stop();
      chosenSites?.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onInstalled.removeListener(onInstalled);
      browser.contextMenus.onClicked.removeListener(onMenuClicked);
      browser.commands.onCommand.removeListener(onCommand);
      relay.stop();
    },
  };
}
