/** How a mission is shown: its flag and its type, in Chinese or English. */
import type { MissionType } from '../notes/types';

const REGIONAL_INDICATOR_A = 0x1f1e6;
/** Organisations without a flag emoji of their own (EU and UN have one: 🇪🇺 🇺🇳). */
const ORGANISATION_SYMBOL = '\u{1F310}';

/** 🇺🇸 for "US", 🇪🇺 for "EU", 🇺🇳 for "UN"; 🌐 for other organisations ("UNDP") and anything unknown. */
export function flagEmoji(code: string): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return ORGANISATION_SYMBOL;
  return String.fromCodePoint(...[...c].map((ch) => REGIONAL_INDICATOR_A + ch.charCodeAt(0) - 65));
}

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

export function missionTypeLabel(type: MissionType, lang: 'zh' | 'en'): string {
  return LABELS[type][lang];
}
