import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiploLensDB, openDb } from '../../utils/notes/db';
import { makeDraft, uniqueDbName } from '../../utils/notes/fixtures';
import { MENU_COLLECT_POST, MENU_SAVE_HIGHLIGHT, startBackground } from './wiring';

type MenuListener = (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => void;
type CommandListener = (command: string, tab?: { id?: number }) => void;

let db: DiploLensDB;
let stop: () => void;
let menuListener: MenuListener | undefined;
let commandListener: CommandListener | undefined;
let sendMessage: ReturnType<typeof vi.fn>;
let createMenu: ReturnType<typeof vi.fn>;
let permissionListeners: (() => void)[];
let granted: string[];
let registered: string[];

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser leaves these APIs unimplemented: stand in for them, keeping the listeners to fire later.
  menuListener = undefined;
  commandListener = undefined;
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((l) => {
    menuListener = l as MenuListener;
  });
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
    commandListener = l as CommandListener;
  });
  vi.spyOn(fakeBrowser.commands.onCommand, 'removeListener').mockImplementation(() => undefined);
  // The Firefox editor relay (editor-relay.test.ts) listens for ports; the fake browser has no onConnect of its own.
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  createMenu = vi.fn();
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(createMenu as never);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) =>
    key === 'menuSaveHighlight' ? 'Save highlight / 保存高亮' : '',
  );
  sendMessage = vi.fn(async (tabId: number) => {
    if (tabId === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (tabId === 6) return { url: 'https://weibo.com/', title: 'bare summary, not an envelope' };
    return { ok: true };
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
  // Chosen sites: permissions granted at run time, and the scripts registered for them.
  permissionListeners = [];
  granted = [];
  registered = [];
  for (const ev of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(ev, 'addListener').mockImplementation((l) => {
      permissionListeners.push(l as () => void);
    });
    vi.spyOn(ev, 'removeListener').mockImplementation(() => undefined);
  }
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted] }));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () =>
    registered.map((id) => ({ id }))) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (list: { id: string }[]) => {
    registered.push(...list.map((x) => x.id));
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (f: { ids: string[] }) => {
    registered = registered.filter((id) => !f.ids.includes(id));
  }) as never);

  db = openDb(uniqueDbName());
  ({ stop } = startBackground({ db, detectLanguage: () => 'en', debounceMs: 10 }));
});

afterEach(() => {
  stop();
  db.close();
});

describe('background wiring', () => {
  it('registers the selection context menu on install, with its translated title', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(createMenu).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(createMenu).toHaveBeenCalledWith({
      id: MENU_SAVE_HIGHLIGHT,
      title: 'Save highlight / 保存高亮',
      contexts: ['selection'],
    });
    // "Collect this post" only on the sites DiploLens reads by itself.
    expect(createMenu).toHaveBeenCalledWith(
      expect.objectContaining({
        id: MENU_COLLECT_POST,
        documentUrlPatterns: expect.arrayContaining(['*://weibo.com/*']),
      }),
    );
  });

  it('forwards "Collect this post" (menu and keyboard) to the tab, naming how it was asked', async () => {
    menuListener?.({ menuItemId: MENU_COLLECT_POST, frameId: 0 }, { id: 5 });
    commandListener?.('collect-post', { id: 7 });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'command:collect-post', via: 'menu' }, { frameId: 0 });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'command:collect-post', via: 'key' });
  });

  it('forwards the context menu click to the clicked frame of that tab', async () => {
    menuListener?.({ menuItemId: MENU_SAVE_HIGHLIGHT, frameId: 2 }, { id: 5 });
    menuListener?.({ menuItemId: 'someone-else' }, { id: 5 });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'command:save-highlight' }, { frameId: 2 });
  });

  it('forwards keyboard commands to the tab', async () => {
    commandListener?.('next-term', { id: 7 });
    commandListener?.('save-highlight', { id: 7 });
    commandListener?.('unknown-command', { id: 7 });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(sendMessage).toHaveBeenNthCalledWith(1, 7, { type: 'command:next-term' });
    expect(sendMessage).toHaveBeenNthCalledWith(2, 7, { type: 'command:save-highlight' });
  });

  it('injects the content script on request from the popup, unless the tab already has it', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const ask = (tabId: number) => {
      const sendResponse = vi.fn();
      const answered = new Promise((resolve) => sendResponse.mockImplementation(resolve));
      void fakeBrowser.runtime.onMessage.trigger(
        { type: 'page:analyze', tabId },
        { id: fakeBrowser.runtime.id },
        sendResponse,
      );
      return answered;
    };
    expect(await ask(1)).toEqual({ ok: true, injected: true }); // tab 1 has no content script
    expect(execute).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 1 }, files: ['/content-scripts/content.js'] });
    expect(await ask(4)).toEqual({ ok: true, injected: false });
    expect(await ask(6)).toEqual({ ok: true, injected: false });
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('answers content-script messages from this extension through onMessage', async () => {
    const sendResponse = vi.fn();
    const answered = new Promise((resolve) => sendResponse.mockImplementation(resolve));
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'notes:create', draft: makeDraft() },
      { id: fakeBrowser.runtime.id, tab: { id: 2 } as never },
      sendResponse,
    );
    expect(results).toContain(true);
    expect(await answered).toMatchObject({ ok: true, note: { quote: { exact: '数字外交' } } });
    expect(await db.notes.count()).toBe(1);
  });

  it('tells every tab when notes change in any context, skipping tabs without the content script', async () => {
    await fakeBrowser.tabs.create({ url: 'https://weibo.com/u/1' });
    await fakeBrowser.tabs.create({ url: 'https://www.mfa.gov.cn/' });
    const tabIds = (await fakeBrowser.tabs.query({})).map((t) => t.id);
    expect(tabIds.length).toBeGreaterThanOrEqual(3);

    // Written by the options page through its own connection, not through the background.
    const options = new DiploLensDB(db.name);
    await options.notes.add({
      ...makeDraft(),
      url: 'https://weibo.com/1/Nabc',
      id: 'n1',
      country: '',
      createdAt: 1,
      updatedAt: 1,
      anchorStatus: 'anchored',
      archived: 0,
      lastReviewedAt: 0,
      reviewCount: 0,
    });
    await vi.waitFor(
      () => {
        for (const id of tabIds) {
          expect(sendMessage).toHaveBeenCalledWith(id, expect.objectContaining({ type: 'notes:changed' }));
        }
      },
      { timeout: 3000 },
    );
    options.close();
  });

  it('registers a content script for a site the reader chose, and drops it when the permission goes', async () => {
    granted = ['https://think.example/*'];
    for (const l of permissionListeners) l();
    await vi.waitFor(() => expect(registered).toEqual(['diplolens-site:https://think.example/*']), { timeout: 3000 });
    granted = [];
    for (const l of permissionListeners) l();
    await vi.waitFor(() => expect(registered).toEqual([]), { timeout: 3000 });
  });
});
