/**
 * The popup's side of "Always run on this site": ask the browser for the one origin (straight from the reader's
 * click: browsers grant permissions only in a user gesture), and read the tab's URL where the browser shows it
 * (activeTab, after the reader opened DiploLens over it). The background registers the content script when the
 * permission arrives (app/background/chosen-sites.ts), also if the popup has closed by then.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messages/client';

export interface SiteAccessClient {
  /** The tab's URL when the browser shows it to us, else null. */
  tabUrl(tabId: number): Promise<string | null>;
  /** Whether DiploLens may already read this origin (built in, or chosen before). */
  isAllowed(pattern: string): Promise<boolean>;
  /** Asks the browser for this one origin. Must be called synchronously from the click handler. */
  request(pattern: string): Promise<boolean>;
  /** Counts the tab's notes again for the toolbar icon. */
  refreshBadge(tabId: number): void;
}

export function createSiteAccessClient(): SiteAccessClient {
  return {
    async tabUrl(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        return tab.url ?? null;
      } catch {
        return null;
      }
    },
    async isAllowed(pattern) {
      try {
        return await browser.permissions.contains({ origins: [pattern] });
      } catch {
        return false;
      }
    },
    request(pattern) {
      try {
        return browser.permissions.request({ origins: [pattern] }).catch(() => false);
      } catch {
        return Promise.resolve(false);
      }
    },
    refreshBadge(tabId) {
      void sendToBackground({ type: 'ui:refreshBadge', tabId }).catch(() => undefined);
    },
  };
}

export const SiteAccessContext = createContext<SiteAccessClient | null>(null);

let defaultClient: SiteAccessClient | null = null;

/** The provided client (tests), else the browser's. */
export function useSiteAccess(): SiteAccessClient {
  const provided = useContext(SiteAccessContext);
  if (provided) return provided;
  defaultClient ??= createSiteAccessClient();
  return defaultClient;
}
