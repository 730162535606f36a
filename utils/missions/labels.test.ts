import { describe, expect, it } from 'vitest';
import type { MissionInfo } from '../notes/types';
import { missionLabel, missionPlace, missionTypeLabel } from './labels';
import { recognizeAccount, recognizeXAccount } from './recognize';

function mission(name: string, handle?: string): MissionInfo {
  const r = handle === undefined ? recognizeAccount(name) : recognizeXAccount(name, handle);
  if (r.kind !== 'foreign-mission') throw new Error(`not a mission: ${name}`);
  return r.mission;
}

describe('missionTypeLabel', () => {
  it('labels in both languages', () => {
    expect(missionTypeLabel('embassy', 'zh')).toBe('大使馆');
    expect(missionTypeLabel('embassy', 'en')).toBe('Embassy');
    expect(missionTypeLabel('consulate-general', 'zh')).toBe('总领事馆');
    expect(missionTypeLabel('cultural-section', 'en')).toBe('Cultural Section');
    expect(missionTypeLabel('ambassador', 'zh')).toBe('大使');
    expect(missionTypeLabel('permanent-mission', 'en')).toBe('Permanent Mission');
  });
});

describe('missionLabel: one language throughout', () => {
  it('names a consulate in China by its city in the chosen language', () => {
    const m = mission('美国驻上海总领事馆');
    expect(missionLabel(m, 'en')).toBe('United States · Consulate General · Shanghai');
    expect(missionLabel(m, 'zh')).toBe('美国 · 总领事馆 · 上海');
  });

  it('names where a mission abroad is', () => {
    const m = mission('中国驻美国大使馆');
    expect(missionLabel(m, 'en')).toBe('China · Embassy · in United States');
    expect(missionLabel(m, 'zh')).toBe('中国 · 大使馆 · 驻美国');
    const un = mission('China Mission to the UN', 'Chinamission2un');
    expect(missionLabel(un, 'en')).toBe('China · Permanent Mission · to United Nations');
    expect(missionLabel(un, 'zh')).toBe('中国 · 常驻代表团 · 驻联合国');
  });

  it('shows a city abroad in both languages when we know both, never a name in the other language', () => {
    expect(missionLabel(mission('中国驻大阪总领事馆'), 'en')).toBe('China · Consulate General · Osaka');
    expect(missionLabel(mission('中国驻大阪总领事馆'), 'zh')).toBe('中国 · 总领事馆 · 大阪');
    // 仙台 is not in our table of cities: the English label leaves it out rather than show Chinese.
    const sendai = mission('中国驻仙台总领事馆');
    expect(missionPlace(sendai, 'en')).toBe('');
    expect(missionLabel(sendai, 'zh')).toBe('中国 · 总领事馆 · 仙台');
    // …and an English-only city is not shown in the Chinese UI; the host state is, when known.
    const nowhere = mission('Consulate General of Japan in Sendai Town');
    expect(missionPlace(nowhere, 'zh')).toBe('');
    expect(missionPlace(nowhere, 'en')).toBe('Sendai Town');
  });

  it('finds the English name of a city in notes saved before cities had one', () => {
    const old: MissionInfo = {
      countryCode: 'JP',
      countryZh: '日本',
      countryEn: 'Japan',
      missionType: 'consulate-general',
      city: '上海',
    };
    expect(missionLabel(old, 'en')).toBe('Japan · Consulate General · Shanghai');
  });

  it('says nothing of place for an embassy in China', () => {
    expect(missionLabel(mission('英国驻华使馆'), 'en')).toBe('United Kingdom · Embassy');
    expect(missionLabel(mission('欧盟在中国'), 'zh')).toBe('欧盟 · 代表团');
  });

  it('never contains an emoji or a regional-indicator flag', () => {
    for (const name of ['美国驻华大使馆', '欧盟在中国', '中国驻美国大使馆', '联合国开发计划署驻华代表处']) {
      for (const lang of ['zh', 'en'] as const) {
        expect(missionLabel(mission(name), lang)).not.toMatch(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/u);
      }
    }
  });
});
