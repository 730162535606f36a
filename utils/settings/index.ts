export { sanitizeSettings, settingsPatchSchema } from './schema';
export { isSiteEnabled, normalizeHostname, sitesFromMatches } from './sites';
export { loadSettings, SETTINGS_STORAGE_KEY, SettingsValidationError, saveSettings, watchSettings } from './storage';
export * from './types';
