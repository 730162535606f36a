/**
 * Cheap script-based language guesses for the content script (no franc here: it must not weigh on pages).
 * Chinese runs are told apart as Simplified or Traditional by characters that exist in only one script.
 */
import { changedCodes, foldCode } from './normalize';
import { SHARED_FOLD_KEYS, SIMPLIFIED_ONLY } from './t2s-table';

export type Script = 'han' | 'kana' | 'hangul' | 'latin' | 'cyrillic' | 'other';
export type SegmentLang = 'zh-Hans' | 'zh-Hant' | 'en' | 'und';

export interface ScriptSegment {
  /** Offsets into the text, end exclusive; a segment starts and ends on a letter of its script. */
  start: number;
  end: number;
  lang: SegmentLang;
}

/** The script of one code point, or undefined for neutral characters (digits, punctuation, spaces, symbols). */
export function scriptOfCodePoint(cp: number): Script | undefined {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'latin' : undefined;
  }
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff)) {
    return 'han';
  }
  if (cp === 0x3007 || (cp >= 0x20000 && cp <= 0x3ffff)) return 'han';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9f)) {
    return cp === 0x30fb || cp === 0x30fc ? undefined : 'kana'; // ・ and ー are shared punctuation
  }
  if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) {
    return 'hangul';
  }
  if (
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  ) {
    return 'latin';
  }
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if (
    (cp >= 0x370 && cp <= 0x3ff) || // Greek
    (cp >= 0x590 && cp <= 0x6ff) || // Hebrew, Arabic
    (cp >= 0x900 && cp <= 0xdff) || // Indic
    (cp >= 0xe00 && cp <= 0xeff) // Thai, Lao
  ) {
    return 'other';
  }
  return undefined;
}

let variantFlags: Uint8Array | undefined;
const TRAD_ONLY = 1;
const SIMP_ONLY = 2;

/** 1 = written only in Traditional, 2 = only in Simplified (built on first use). */
function flags(): Uint8Array {
  if (variantFlags) return variantFlags;
  const f = new Uint8Array(0x10000);
  for (const c of changedCodes()) {
    if (scriptOfCodePoint(c) === 'han' && foldCode(c) !== c) f[c] = TRAD_ONLY;
  }
  for (let i = 0; i < SHARED_FOLD_KEYS.length; i++) f[SHARED_FOLD_KEYS.charCodeAt(i)] = 0;
  for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) f[SIMPLIFIED_ONLY.charCodeAt(i)] = SIMP_ONLY;
  variantFlags = f;
  return f;
}

/** Simplified unless Traditional-only characters outnumber Simplified-only ones. */
export function chineseVariant(text: string): 'zh-Hans' | 'zh-Hant' {
  const f = flags();
  let trad = 0;
  let simp = 0;
  for (let i = 0; i < text.length; i++) {
    const v = f[text.charCodeAt(i)];
    if (v === TRAD_ONLY) trad++;
    else if (v === SIMP_ONLY) simp++;
  }
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}

/** Calls `visit(script, start, end)` for every letter (code point) of the text. */
function eachLetter(text: string, visit: (script: Script, start: number, end: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const script = scriptOfCodePoint(cp);
    if (script !== undefined) visit(script, i, i + width);
    i += width - 1;
  }
}

/** The script with the most letters in the text, or 'none' when it has no letters. */
export function scriptOf(text: string): Script | 'none' {
  const counts = new Map<Script, number>();
  eachLetter(text, (s) => counts.set(s, (counts.get(s) ?? 0) + 1));
  let best: Script | 'none' = 'none';
  let bestCount = 0;
  for (const [s, n] of counts) {
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

type Group = 'cjk' | 'latin' | 'other';
const groupOf = (s: Script): Group => (s === 'han' || s === 'kana' ? 'cjk' : s === 'latin' ? 'latin' : 'other');

/**
 * Runs of one script: Chinese (zh-Hans/zh-Hant), Latin ('en', the cheap guess) and anything else ('und',
 * including Japanese: Han with kana). Neutral characters between letters of one run belong to it;
 * adjacent runs with the same language are merged.
 */
export function segmentByScript(text: string): ScriptSegment[] {
  const out: ScriptSegment[] = [];
  let group: Group | undefined;
  let start = 0;
  let end = 0;
  let hasKana = false;
  const flush = (): void => {
    if (group === undefined) return;
    const lang: SegmentLang =
      group === 'latin' ? 'en' : group === 'cjk' && !hasKana ? chineseVariant(text.slice(start, end)) : 'und';
    const last = out[out.length - 1];
    if (last !== undefined && last.lang === lang) last.end = end;
    else out.push({ start, end, lang });
  };
  eachLetter(text, (script, s, e) => {
    const g = groupOf(script);
    if (g !== group) {
      flush();
      group = g;
      start = s;
      hasKana = false;
    }
    if (script === 'kana') hasKana = true;
    end = e;
  });
  flush();
  return out;
}

/**
 * The language with the most weight: a Chinese character counts as three Latin letters (roughly the
 * content each carries). 'und' for text with no letters or another script.
 */
export function dominantLanguage(text: string): SegmentLang {
  const weight = new Map<SegmentLang, number>();
  for (const seg of segmentByScript(text)) {
    let w = 0;
    eachLetter(text.slice(seg.start, seg.end), (script) => {
      w += script === 'latin' ? 1 : 3;
    });
    weight.set(seg.lang, (weight.get(seg.lang) ?? 0) + w);
  }
  let best: SegmentLang = 'und';
  let bestWeight = 0;
  for (const [lang, w] of weight) {
    if (w > bestWeight) {
      best = lang;
      bestWeight = w;
    }
  }
  return best;
}
