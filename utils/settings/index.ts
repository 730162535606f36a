export { sanitizeSettings, settingsFieldGuards } from './guards';
export { SettingsValidationError, saveSettings } from './save';
export { settingsPatchSchema } from './schema';
export { isSiteEnabled, normalizeHostname, sitesFromMatches } from './sites';
export { loadSettings, SETTINGS_STORAGE_KEY, watchSettings } from './storage';
export * from './types';
