/** Saving settings (extension pages): validated by the zod schemas, which the content script's bundle never needs. */
import { browser } from 'wxt/browser';
import { sanitizeSettings } from './guards';
import { settingsPatchSchema } from './schema';
import { normalizeHostname } from './sites';
import { loadSettings, SETTINGS_STORAGE_KEY } from './storage';
import type { Settings } from './types';

export class SettingsValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid settings: ${issues.join('; ')}`);
    this.name = 'SettingsValidationError';
  }
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
