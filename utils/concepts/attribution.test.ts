import { describe, expect, it } from 'vitest';
import { attributesToPaper, citedSections, sentences, withoutMarkers } from './attribution';

describe('citedSections', () => {
  it('reads numbered and named sections in both languages', () => {
    expect(citedSections('作者认为如此（§1(2)）。引言也说（引言）。', 'zh')).toEqual(['1(2)', 'intro']);
    expect(citedSections('They say so (§3(1), §5(3)). The abstract too (abstract).', 'en')).toEqual([
      '3(1)',
      '5(3)',
      'abstract',
    ]);
    expect(citedSections('结语与第四部分（结语、§4）。', 'zh')).toEqual(['conclusion', '4']);
    expect(citedSections('The conclusion (conclusion).', 'en')).toEqual(['conclusion']);
  });

  it('ignores ordinary parentheses and half-formed markers', () => {
    expect(citedSections('The G20 (Group of Twenty) met (§ 2).', 'en')).toEqual([]);
    expect(citedSections('二十国集团（G20）与（§2(2)', 'zh')).toEqual([]);
    expect(citedSections('(§2(2))', 'zh')).toEqual([]); // half-width parentheses are the English form
    expect(citedSections('（§2(2)）', 'en')).toEqual([]);
  });

  it('strips markers', () => {
    expect(withoutMarkers('作者认为如此（§1(2)）。', 'zh')).toBe('作者认为如此。');
    expect(withoutMarkers('It is so (§1(2)).', 'en')).toBe('It is so .');
  });
});

describe('sentences', () => {
  it('splits Chinese at 。！？ and English at a full stop before a space or the end', () => {
    expect(sentences('一句（§1）。两句！三句？', 'zh')).toEqual(['一句（§1）。', '两句！', '三句？']);
    expect(sentences('Globalization 3.0 began (abstract). After 9/11, "more." Done!', 'en')).toEqual([
      'Globalization 3.0 began (abstract).',
      'After 9/11, "more."',
      'Done!',
    ]);
  });
});

describe('attributesToPaper', () => {
  it('catches sentences that speak for the paper or its authors', () => {
    for (const s of [
      '作者认为如此。',
      '论文指出如此。',
      '第二部分又说。',
      '结语表示如此。',
      '第二篇论文摘要称。',
      '文中举例。',
    ]) {
      expect(attributesToPaper(s, 'zh'), s).toBe(true);
    }
    for (const s of [
      'The authors argue so.',
      'The paper cites it.',
      "The paper's example is India.",
      'Part 5 adds more.',
      'In their view it matters.',
      'The second paper calls it so.',
      'Its abstract says so.',
      'Han and Wu list it.',
    ]) {
      expect(attributesToPaper(s, 'en'), s).toBe(true);
    }
  });

  it('leaves plain statements and the markers themselves alone', () => {
    expect(attributesToPaper('二十国集团由主要经济体组成（引言）。', 'zh')).toBe(false);
    expect(attributesToPaper('The forum of major economies (abstract).', 'en')).toBe(false);
    expect(attributesToPaper('Governments paper over cracks.', 'en')).toBe(false);
  });
});
