/**
 * How a mission is shown, entirely in one language: its type ("Consulate General" / "总领事馆"), where it is
 * ("Shanghai" / "上海", "in the United States" / "驻美国") and the whole line ("Japan · Consulate General ·
 * Shanghai"). No flags: the badge shows the country code as text, which every platform renders the same.
 */
import type { MissionInfo, MissionType } from '../notes/types';
import { entryByCode } from './gazetteer';
import { chinaCityEn, worldCityByZh } from './places';

export type LabelLang = 'zh' | 'en';

const LABELS: Readonly<Record<MissionType, { zh: string; en: string }>> = {
  embassy: { zh: '大使馆', en: 'Embassy' },
  'consulate-general': { zh: '总领事馆', en: 'Consulate General' },
  delegation: { zh: '代表团', en: 'Delegation' },
  'permanent-mission': { zh: '常驻代表团', en: 'Permanent Mission' },
  'cultural-section': { zh: '文化处', en: 'Cultural Section' },
  'press-section': { zh: '新闻处', en: 'Press Section' },
  'international-organisation': { zh: '国际组织', en: 'International Organisation' },
  ambassador: { zh: '大使', en: 'Ambassador' },
};

export function missionTypeLabel(type: MissionType, lang: LabelLang): string {
  return LABELS[type][lang];
}

/** Latin letters only (an English city name), or anything (Chinese). */
const LATIN_ONLY = /^[\p{Script=Latin}\s'’.-]+$/u;

/**
 * Where the mission is, in `lang`, or "" when the name did not say (a mission in China says only its city). A city
 * known only in Chinese is not shown in English (nor an English-only city in Chinese): no mixed language.
 */
export function missionPlace(m: MissionInfo, lang: LabelLang): string {
  if (m.city) {
    if (lang === 'en') {
      // Notes saved before cities had English names carry only the Chinese one: look it up.
      const en =
        m.cityEn ?? chinaCityEn(m.city) ?? worldCityByZh(m.city)?.en ?? (LATIN_ONLY.test(m.city) ? m.city : undefined);
      if (en) return en;
    } else if (!LATIN_ONLY.test(m.city)) {
      return m.city;
    }
  }
  if (m.host) {
    const isOrg = entryByCode(m.host.code)?.kind === 'organisation';
    return lang === 'zh' ? `驻${m.host.zh}` : `${isOrg ? 'to' : 'in'} ${m.host.en}`;
  }
  return '';
}

/** "United States · Embassy", "日本 · 总领事馆 · 上海", "China · Embassy · in United States". */
export function missionLabel(m: MissionInfo, lang: LabelLang): string {
  const country = lang === 'zh' ? m.countryZh : m.countryEn;
  const parts = [country, missionTypeLabel(m.missionType, lang)];
  const place = missionPlace(m, lang);
  if (place) parts.push(place);
  return parts.join(' · ');
}
