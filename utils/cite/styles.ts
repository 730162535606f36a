/**
 * The citation styles DiploLens offers, each an official CSL style bundled as data (csl/, see csl/README.md):
 * GB/T 7714-2015 in its two systems (numeric 顺序编码制 and author-date 著者-出版年制), APA 7, and Chicago 17
 * author-date (chosen over notes-bibliography: a copied reference-list entry is what both a paper and a slide need,
 * and author-date entries stand alone without a note number). DOM-free and engine-free: the popup shows these names
 * without loading the engine.
 */
export const CITATION_STYLES = [
  'gb-t-7714-2015-numeric',
  'gb-t-7714-2015-author-date',
  'apa-7',
  'chicago-author-date',
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Reference-manager formats (for Zotero, EndNote, BibLaTeX). */
export const CITATION_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const STYLE_NAMES: Readonly<Record<CitationStyle, { zh: string; en: string }>> = {
  'gb-t-7714-2015-numeric': { zh: 'GB/T 7714-2015（顺序编码制）', en: 'GB/T 7714-2015 (numeric)' },
  'gb-t-7714-2015-author-date': { zh: 'GB/T 7714-2015（著者-出版年制）', en: 'GB/T 7714-2015 (author-date)' },
  'apa-7': { zh: 'APA 第 7 版', en: 'APA 7th edition' },
  'chicago-author-date': { zh: '芝加哥格式第 17 版（作者-日期）', en: 'Chicago 17th ed. (author-date)' },
};

export const FORMAT_NAMES: Readonly<Record<CitationFormat, string>> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/** The language a style's reference is written in: GB/T 7714 for Chinese theses, the others in English. */
export function styleLanguage(style: CitationStyle): 'zh' | 'en' {
  return style.startsWith('gb-t-7714') ? 'zh' : 'en';
}

export function isCitationStyle(v: unknown): v is CitationStyle {
  return typeof v === 'string' && (CITATION_STYLES as readonly string[]).includes(v);
}

/** A reader who reads the UI in Chinese most likely cites by GB/T 7714; otherwise APA. */
export function defaultStyle(uiLang: 'zh' | 'en'): CitationStyle {
  return uiLang === 'zh' ? 'gb-t-7714-2015-numeric' : 'apa-7';
}
