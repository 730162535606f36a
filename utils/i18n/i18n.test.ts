import { describe, expect, it } from 'vitest';
import { resolveUiLanguage, t } from './i18n';
import { en, zhCN } from './messages';

describe('messages', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const v of [...Object.values(en), ...Object.values(zhCN)]) expect(v.trim()).not.toBe('');
  });
  it('uses the same placeholders in both languages', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(ph(zhCN[key])).toEqual(ph(en[key]));
  });
});

describe('resolveUiLanguage', () => {
  it('follows the browser on auto', () => {
    expect(resolveUiLanguage('auto', 'zh-TW')).toBe('zh-CN');
    expect(resolveUiLanguage('auto', 'zh')).toBe('zh-CN');
    expect(resolveUiLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveUiLanguage('auto', 'fr')).toBe('en');
    expect(resolveUiLanguage('auto', undefined)).toBe('en');
  });
  it('honours an explicit choice', () => {
    expect(resolveUiLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveUiLanguage('zh-CN', 'en-US')).toBe('zh-CN');
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('en', 'options.data.count', { count: 3 })).toBe('Notes saved on this device: 3.');
    expect(t('zh-CN', 'options.data.count', { count: 3 })).toBe('本设备上保存了 3 条笔记。');
  });
  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(t('en', 'options.data.count')).toContain('{count}');
    expect(t('en', 'options.data.importResult', { added: 1 })).toBe(
      'Notes imported: 1. Already here, skipped: {skipped}.',
    );
  });
});
