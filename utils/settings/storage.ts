import { browser } from 'wxt/browser';
import { sanitizeSettings } from './guards';
import type { Settings } from './types';

export const SETTINGS_STORAGE_KEY = 'diplolens:settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return sanitizeSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Calls cb with the new settings whenever they change (any context). Returns an unsubscribe function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change = changes[SETTINGS_STORAGE_KEY];
    if (change) cb(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
