/**
 * The toolbar icon's count: how many notes the reader saved on the page in the current tab, so a page where
 * DiploLens is not running (paused, switched off for the site, or a site it does not read by itself) still says
 * "you have notes here". No permission is added for it: the background reads a tab's URL only where the browser
 * already shows it to us — the sites in host permissions (built-in and chosen) and a tab the reader has just
 * invoked DiploLens on (activeTab: the popup asks for a refresh when it opens). Elsewhere the icon stays blank.
 */
import { normalizeUrl } from '../../utils/notes/url';

interface TabLike {
  id?: number;
  url?: string;
}

export interface ActionBadgeApi {
  tabs: {
    get(tabId: number): Promise<TabLike>;
    query(q: Record<string, never>): Promise<TabLike[]>;
    onActivated: { addListener(cb: (info: { tabId: number }) => void): void; removeListener(cb: never): void };
    onUpdated: {
      addListener(cb: (tabId: number, change: { url?: string; status?: string }, tab: TabLike) => void): void;
      removeListener(cb: never): void;
    };
  };
  action: {
    setBadgeText(d: { tabId: number; text: string }): Promise<void> | void;
    setBadgeBackgroundColor(d: { color: string }): Promise<void> | void;
  };
}

/** "3", "999+", or "" (no badge) for none. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** The URL notes are stored under for a tab's page, or null for a page that is not a web page. */
export function noteKeyOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}

export interface ActionBadge {
  /** Count again for one tab (the popup, opened over it, may just have made its URL readable). */
  refresh(tabId: number): Promise<void>;
  /** Notes changed: count again in the tabs showing those URLs (null: any). */
  notesChanged(urls: string[] | null): Promise<void>;
  stop(): void;
}

export function startActionBadge(deps: {
  api: ActionBadgeApi;
  countForUrl(url: string): Promise<number>;
}): ActionBadge {
  const { api } = deps;
  void Promise.resolve(api.action.setBadgeBackgroundColor({ color: '#1b365d' })).catch(() => undefined);

  async function show(tabId: number, url: string | undefined): Promise<void> {
    const key = noteKeyOf(url);
    const count = key ? await deps.countForUrl(key).catch(() => 0) : 0;
    await Promise.resolve(api.action.setBadgeText({ tabId, text: badgeText(count) })).catch(() => undefined);
  }

  async function refresh(tabId: number): Promise<void> {
    const tab = await api.tabs.get(tabId).catch(() => null);
    await show(tabId, tab?.url);
  }

  const onActivated = ({ tabId }: { tabId: number }) => void refresh(tabId);
  const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: TabLike) => {
    if (change.url !== undefined || change.status === 'complete') void show(tabId, tab.url ?? change.url);
  };
  api.tabs.onActivated.addListener(onActivated);
  api.tabs.onUpdated.addListener(onUpdated);

  return {
    refresh,
    async notesChanged(urls) {
      const wanted = urls === null ? null : new Set(urls);
      const tabs = await api.tabs.query({}).catch(() => [] as TabLike[]);
      await Promise.all(
        tabs.map((t) => {
          const key = noteKeyOf(t.url);
          if (t.id === undefined || !key || (wanted && !wanted.has(key))) return undefined;
          return show(t.id, t.url);
        }),
      );
    },
    stop() {
      api.tabs.onActivated.removeListener(onActivated as never);
      api.tabs.onUpdated.removeListener(onUpdated as never);
    },
  };
}
