/**
 * How a card says where the paper says something (issue 16). A summary sentence that attributes a claim to a paper
 * or its authors ("the paper", "the authors", 论文, 作者, 第二部分 …) carries a section marker before its full stop:
 *
 *   zh: 作者认为……（§1(2)）。   several: （§1(3)、§3(1)）   unnumbered: （引言） （结语） （摘要）
 *   en: The authors argue … (§1(2)).   several: (§1(3), §3(1))   unnumbered: (introduction) (conclusion) (abstract)
 *
 * "abstract" is the second paper's abstract (the only part of it we have); every other section is Han & Wu's.
 * The markers are plain text, so the reader sees them on the card as in-text citations, and the tests in
 * sources.test.ts check each one against the concept's `sources` and the outline.
 */

export type SummaryLang = 'zh' | 'en';

const NUMBERED = String.raw`§\d(?:\(\d\))?`;
const WORD_SECTIONS: Record<SummaryLang, Record<string, string>> = {
  zh: { 引言: 'intro', 结语: 'conclusion', 摘要: 'abstract' },
  en: { introduction: 'intro', conclusion: 'conclusion', abstract: 'abstract' },
};

function markerPattern(lang: SummaryLang): RegExp {
  const item = `(?:${NUMBERED}|${Object.keys(WORD_SECTIONS[lang]).join('|')})`;
  return lang === 'zh'
    ? new RegExp(`（(${item}(?:、${item})*)）`, 'g')
    : new RegExp(`\\((${item}(?:, ${item})*)\\)`, 'g');
}

const MARKERS: Record<SummaryLang, RegExp> = { zh: markerPattern('zh'), en: markerPattern('en') };

/** The sections the markers in `text` cite, in order, as outline section ids ("1(2)", "intro", "abstract"). */
export function citedSections(text: string, lang: SummaryLang): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MARKERS[lang])) {
    const items = (m[1] ?? '').split(lang === 'zh' ? '、' : ', ');
    for (const item of items) out.push(item.startsWith('§') ? item.slice(1) : (WORD_SECTIONS[lang][item] ?? item));
  }
  return out;
}

/** `text` without its section markers. */
export function withoutMarkers(text: string, lang: SummaryLang): string {
  return text.replace(MARKERS[lang], '');
}

/**
 * Sentences as the summary-length rule counts them: Chinese ends at 。！？, English at . ! ? before a space or the end
 * (so "3.0" and "9/11" do not split).
 */
export function sentences(text: string, lang: SummaryLang): string[] {
  const parts = lang === 'zh' ? text.split(/(?<=[。！？])/u) : text.split(/(?<=[.!?]["'”’)]*)\s+/u);
  return parts.map((s) => s.trim()).filter((s) => s !== '');
}

const ATTRIBUTION: Record<SummaryLang, RegExp> = {
  zh: /论文|本文|该文|此文|文中|文章|全文|正文|作者|韩笑|吴志成|第[一二三四五六]部分|第[一二三四五六]节|引言|结语|摘要/u,
  en: /\b(?:the|this|that|its|their|both|first|second) (?:papers?|authors?|article|abstract|introduction|conclusion|study)\b|\bthe paper['’]s\b|\b(?:Han and Wu|Han & Wu|Han Xiao|Wu Zhicheng)\b|\bparts? [1-5]\b|\bsections?\b|\bin their (?:view|account|reading|words)\b|\bfor them\b/iu,
};

/** Whether a sentence (markers aside) attributes something to a paper or its authors. */
export function attributesToPaper(sentence: string, lang: SummaryLang): boolean {
  return ATTRIBUTION[lang].test(withoutMarkers(sentence, lang));
}

/** Labels that would mean general knowledge was written into a summary instead of `context`. */
export const GENERAL_KNOWLEDGE_LABEL = /通识|常识|背景[:：]|general knowledge|background:/iu;
