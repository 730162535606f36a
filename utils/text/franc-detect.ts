/**
 * Language detection with franc, for the background worker only (franc's trigram data stays off pages).
 * Restricted to the languages DiploLens readers meet; results are BCP 47 tags.
 */
import { franc } from 'franc-min';
import { chineseVariant, scriptOf, segmentByScript } from './language';

const ONLY = ['cmn', 'eng', 'jpn', 'kor', 'fra', 'deu', 'spa', 'rus'];
const LATIN_ONLY = ['eng', 'fra', 'deu', 'spa'];
const TAGS: Readonly<Record<string, string>> = {
  eng: 'en',
  jpn: 'ja',
  kor: 'ko',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  rus: 'ru',
};

function tagOf(code: string, text: string): string {
  if (code === 'cmn') return chineseVariant(text);
  return TAGS[code] ?? 'und';
}

/** The language of `text` (zh-Hans, zh-Hant, en, ja, ko, fr, de, es, ru), or 'und' if short or unknown. */
export function detectLanguage(text: string): string {
  return tagOf(franc(text, { only: ONLY }), text);
}

export interface LanguageSegment {
  start: number;
  end: number;
  lang: string;
}

/**
 * Script runs (see `segmentByScript`) with franc deciding the language of Latin and other runs. A run too
 * short for franc keeps the script's guess: 'en' for Latin, ja/ko/ru for kana, hangul and Cyrillic.
 */
export function detectSegments(text: string): LanguageSegment[] {
  const out: LanguageSegment[] = [];
  for (const seg of segmentByScript(text)) {
    const slice = text.slice(seg.start, seg.end);
    let lang: string = seg.lang;
    if (seg.lang === 'en') {
      const code = franc(slice, { only: LATIN_ONLY });
      if (code !== 'und') lang = tagOf(code, slice);
    } else if (seg.lang === 'und') {
      lang = detectLanguage(slice);
      if (lang === 'und') lang = scriptGuess(slice);
    }
    const last = out[out.length - 1];
    if (last !== undefined && last.lang === lang) last.end = seg.end;
    else out.push({ start: seg.start, end: seg.end, lang });
  }
  return out;
}

/** For runs too short for franc: kana means Japanese, hangul Korean, Cyrillic Russian. */
function scriptGuess(slice: string): string {
  if (/[\u3040-\u30ff]/.test(slice)) return 'ja';
  const script = scriptOf(slice);
  return script === 'hangul' ? 'ko' : script === 'cyrillic' ? 'ru' : 'und';
}
