import type { Citation, PaperId } from './types';

/**
 * The two papers the cards draw on, as far as the seeds tell us. Fields the seeds do not give are left
 * empty (year 0) rather than guessed; `formatCitation` leaves them out.
 */
export const CITATIONS: Record<PaperId, Citation> = {
  // Seeds 000 (English abstract page), 001 (journal listing) and 002 (the Chinese paper).
  'han-wu-2024': {
    id: 'han-wu-2024',
    authors: { zh: '韩笑, 吴志成', en: 'Han Xiao, Wu Zhicheng' },
    title: { zh: '数字外交的中国特色与实践', en: 'Chinese Characteristics and Practice of Digital Diplomacy' },
    journal: { zh: '教学与研究', en: 'Teaching and Research' },
    year: 2024,
    volumeIssuePages: '58(6): 95-105',
  },
  // Seed 003 holds only the abstract (Chinese and English): no authors, title, journal, year or pages.
  'gov-weibo-socializing': {
    id: 'gov-weibo-socializing',
    authors: { zh: '', en: '' },
    title: { zh: '', en: '' },
    journal: { zh: '', en: '' },
    year: 0,
    volumeIssuePages: '',
  },
};

/** Shown in place of a title the seeds do not give: a bracketed description, so it cannot pass for a real title. */
const UNTITLED: Record<PaperId, { zh: string; en: string }> = {
  'han-wu-2024': { zh: '[题名不详]', en: '[title not given]' },
  'gov-weibo-socializing': {
    zh: '[论文摘要:驻华政务微博与“政府公共社交化外交”;作者、题名、期刊不详]',
    en: '[Abstract of a paper on foreign agencies’ Weibo accounts in China and the “public socializing of governments”; author, title and journal not given]',
  },
};

/**
 * One paper's reference in the chosen UI language. Chinese follows GB/T 7714 ("作者. 题名[J]. 刊名, 年, 卷(期): 页码."),
 * English a plain author-title-journal style. Parts the seeds lack are left out; a missing title becomes a bracketed
 * description of the paper.
 */
export function formatCitation(id: PaperId, lang: 'zh' | 'en'): string {
  const c = CITATIONS[id];
  const authors = c.authors[lang].trim();
  const title = c.title[lang].trim();
  const year = c.year > 0 ? String(c.year) : '';
  const where = [c.journal[lang].trim(), year, c.volumeIssuePages.trim()].filter((s) => s !== '').join(', ');

  const parts =
    lang === 'zh'
      ? [authors && `${authors}.`, title ? `${title}[J].` : UNTITLED[id].zh, where && `${where}.`]
      : [authors && `${authors}.`, title ? `“${title}.”` : UNTITLED[id].en, where && `${where}.`];
  return parts.filter((s) => s !== '').join(' ');
}
