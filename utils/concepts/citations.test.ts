import { describe, expect, it } from 'vitest';
import { CITATIONS, formatCitation } from './citations';
import type { PaperId } from './types';

const PAPERS: PaperId[] = ['han-wu-2024', 'gov-weibo-socializing'];

describe('CITATIONS', () => {
  it('holds one entry per paper, keyed by its own id', () => {
    expect(Object.keys(CITATIONS).sort()).toEqual([...PAPERS].sort());
    for (const id of PAPERS) expect(CITATIONS[id].id).toBe(id);
  });

  it('gives Han & Wu (2024) as the seeds state it', () => {
    const c = CITATIONS['han-wu-2024'];
    expect(c.title).toEqual({
      zh: '数字外交的中国特色与实践',
      en: 'Chinese Characteristics and Practice of Digital Diplomacy',
    });
    expect(c.journal).toEqual({ zh: '教学与研究', en: 'Teaching and Research' });
    expect(c.year).toBe(2024);
    expect(c.volumeIssuePages).toBe('58(6): 95-105');
    expect(c.authors.en).toBe('Han Xiao, Wu Zhicheng');
  });

  it('leaves what seed 003 does not give empty instead of inventing it', () => {
    const c = CITATIONS['gov-weibo-socializing'];
    expect(c.authors).toEqual({ zh: '', en: '' });
    expect(c.title).toEqual({ zh: '', en: '' });
    expect(c.journal).toEqual({ zh: '', en: '' });
    expect(c.year).toBe(0);
    expect(c.volumeIssuePages).toBe('');
    expect(c.doi).toBeUndefined();
  });
});

describe('formatCitation', () => {
  it('formats the first paper in GB/T 7714 style in Chinese', () => {
    expect(formatCitation('han-wu-2024', 'zh')).toBe(
      '韩笑, 吴志成. 数字外交的中国特色与实践[J]. 教学与研究, 2024, 58(6): 95-105.',
    );
  });

  it('formats the first paper in English', () => {
    expect(formatCitation('han-wu-2024', 'en')).toBe(
      'Han Xiao, Wu Zhicheng. “Chinese Characteristics and Practice of Digital Diplomacy.” Teaching and Research, 2024, 58(6): 95-105.',
    );
  });

  it('describes the second paper without empty separators or a fake year', () => {
    for (const lang of ['zh', 'en'] as const) {
      const s = formatCitation('gov-weibo-socializing', lang);
      expect(s).not.toMatch(/^\s*\.|\.\s*\.|, ,|\b0\b|\[J\]/);
      expect(s.startsWith('[')).toBe(true);
      expect(s.endsWith(']')).toBe(true);
    }
    expect(formatCitation('gov-weibo-socializing', 'zh')).toContain('驻华政务微博');
    expect(formatCitation('gov-weibo-socializing', 'en')).toContain('public socializing of governments');
  });

  it('never returns a blank or whitespace-padded string', () => {
    for (const id of PAPERS) {
      for (const lang of ['zh', 'en'] as const) {
        const s = formatCitation(id, lang);
        expect(s.length).toBeGreaterThan(10);
        expect(s).toBe(s.trim());
        expect(s).not.toMatch(/ {2}/);
      }
    }
  });
});
