/** Small dictionaries shared by the matcher tests and the benchmark. */
import type { TermEntry } from './types';

export function zh(surface: string, conceptId: string): TermEntry {
  return { surface, conceptId, lang: 'zh', wordBoundary: false, inflect: false, caseSensitive: false };
}

export function en(surface: string, conceptId: string, opts: Partial<TermEntry> = {}): TermEntry {
  return { surface, conceptId, lang: 'en', wordBoundary: true, inflect: true, caseSensitive: false, ...opts };
}

export const SAMPLE_ENTRIES: readonly TermEntry[] = [
  zh('数字外交', 'digital-diplomacy'),
  zh('外交', 'diplomacy'),
  zh('外交过程公开化', 'open-diplomacy'),
  zh('网络外交', 'cyber-diplomacy'),
  zh('數位外交', 'digital-diplomacy'),
  zh('数字主权', 'digital-sovereignty'),
  zh('技术民族主义', 'techno-nationalism'),
  zh('混合外交', 'hybrid-diplomacy'),
  zh('公共外交', 'public-diplomacy'),
  zh('数字鸿沟', 'digital-divide'),
  en('digital diplomacy', 'digital-diplomacy'),
  en('cyber diplomacy', 'cyber-diplomacy'),
  en('diplomacy', 'diplomacy'),
  en('e-diplomacy', 'e-diplomacy'),
  en('digital divide', 'digital-divide'),
  en('data breach', 'data-breach'),
  en('data policy', 'data-policy'),
  en('social bot', 'social-bot'),
  en('public diplomacy', 'public-diplomacy'),
  en('GDI', 'global-development-initiative', { caseSensitive: true, inflect: false }),
  en('Global Development Initiative', 'global-development-initiative'),
  en('digital sovereignty', 'digital-sovereignty'),
  en('techno-nationalism', 'techno-nationalism'),
  en('hybrid diplomacy', 'hybrid-diplomacy'),
];
