import { browser } from 'wxt/browser';
import { sanitizeSettings, settingsPatchSchema } from './schema';
import { normalizeHostname } from './sites';
import type { Settings } from './types';

export const SETTINGS_STORAGE_KEY = 'diplolens:settings';

export class SettingsValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid settings: ${issues.join('; ')}`);
    this.name = 'SettingsValidationError';
  }
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return sanitizeSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Validates the patch (throws SettingsValidationError and stores nothing when invalid), merges, stores, returns. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const prepared: Record<string, unknown> = { ...patch };
  if (Array.isArray(patch.disabledSites)) prepared.disabledSites = patch.disabledSites.map(normalizeHostname);
  const parsed = settingsPatchSchema.safeParse(prepared);
  if (!parsed.success) {
    throw new SettingsValidationError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const current = await loadSettings();
  const next = sanitizeSettings({ ...current, ...parsed.data });
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
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
