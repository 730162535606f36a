import { describe, expect, it } from 'vitest';
import { restartKey } from './restart-key';
import { DEFAULT_SETTINGS } from './types';

describe('restartKey', () => {
  it('changes with what a page shows, not with language or theme', () => {
    const base = restartKey(DEFAULT_SETTINGS);
    expect(restartKey({ ...DEFAULT_SETTINGS, paused: true })).not.toBe(base);
    expect(restartKey({ ...DEFAULT_SETTINGS, disabledSites: ['weibo.com'] })).not.toBe(base);
    expect(restartKey({ ...DEFAULT_SETTINGS, categories: ['challenge'] })).not.toBe(base);
    expect(restartKey({ ...DEFAULT_SETTINGS, termStyle: 'background' })).not.toBe(base);
    expect(restartKey({ ...DEFAULT_SETTINGS, uiLanguage: 'zh-CN', theme: 'dark' })).toBe(base);
  });
});
