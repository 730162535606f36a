import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ALL_CATEGORIES,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  SETTINGS_STORAGE_KEY,
  SettingsValidationError,
  sanitizeSettings,
  saveSettings,
  sitesFromMatches,
  watchSettings,
} from './index';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('returns defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.categories).toEqual(ALL_CATEGORIES);
  });

  it('saves a valid patch and loads it back', async () => {
    const saved = await saveSettings({ paused: true, theme: 'dark', disabledSites: ['www.Example.com'] });
    expect(saved.paused).toBe(true);
    expect(saved.disabledSites).toEqual(['example.com']);
    const loaded = await loadSettings();
    expect(loaded.theme).toBe('dark');
    expect(loaded.uiLanguage).toBe('auto');
  });

  it('refuses an invalid patch and stores nothing', async () => {
    await expect(saveSettings({ termColor: 'red; background:url(x)' })).rejects.toBeInstanceOf(SettingsValidationError);
    await expect(saveSettings({ theme: 'neon' as 'dark' })).rejects.toThrow(/theme/);
    await expect(saveSettings({ bogus: 1 } as unknown as { paused: boolean })).rejects.toThrow();
    expect(await browser.storage.local.get(SETTINGS_STORAGE_KEY)).toEqual({});
  });

  it('keeps valid stored fields and replaces broken ones with defaults', () => {
    const s = sanitizeSettings({ paused: true, termStyle: 'wavy', categories: ['theory', 'nope', 'form'] });
    expect(s.paused).toBe(true);
    expect(s.termStyle).toBe('underline');
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    // categories with an unknown entry are rejected as a whole
    expect(s.categories).toEqual(ALL_CATEGORIES);
    expect(sanitizeSettings({ categories: ['theory', 'form'] }).categories).toEqual(['form', 'theory']);
  });

  it('notifies watchers of changes and stops after unsubscribe', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.paused));
    await saveSettings({ paused: true });
    stop();
    await saveSettings({ paused: false });
    expect(seen).toEqual([true]);
  });
});

describe('isSiteEnabled', () => {
  const base = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
  it('disables a listed site and its subdomains, ignoring www', () => {
    expect(isSiteEnabled(base, 'example.com')).toBe(false);
    expect(isSiteEnabled(base, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(base, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(base, 'notexample.com')).toBe(true);
    expect(isSiteEnabled(base, 'weibo.com')).toBe(true);
  });
  it('is off everywhere when paused', () => {
    expect(isSiteEnabled({ ...base, paused: true }, 'weibo.com')).toBe(false);
  });
});

describe('sitesFromMatches', () => {
  it('names each matched host once', () => {
    expect(
      sitesFromMatches(['*://weibo.com/*', '*://*.weibo.com/*', '*://m.weibo.cn/*', '*://*.mfa.gov.cn/*']),
    ).toEqual(['weibo.com', 'm.weibo.cn', 'mfa.gov.cn']);
  });
});
