import { describe, expect, it } from 'vitest';
import { buildTermDictionary } from '../concepts/terms';
import { foldText } from '../text/normalize';
import { createMatcher } from './automaton';
import { isQuotedAt, requireQuotes } from './quoted';

const entries = buildTermDictionary();
const matcher = requireQuotes(createMatcher(entries), entries, foldText);
const ids = (text: string) => matcher.findAll(text).flatMap((m) => m.hits.map((h) => h.conceptId));

describe('quoted-only terms', () => {
  it('网络中国 counts inside quotation marks', () => {
    expect(ids('微博被称为“网络中国”。')).toEqual(['network-china']);
    expect(ids('所谓「網絡中國」')).toEqual(['network-china']);
  });

  it('网络中国 across a word boundary is not the concept', () => {
    expect(ids('他在社交网络中国外交部的账号下留言')).toEqual([]);
  });

  it('other terms are untouched, and the English name needs no quotes', () => {
    expect(ids('数字外交与Network China')).toEqual(['digital-diplomacy', 'network-china']);
  });

  it('isQuotedAt wants a mark on both sides', () => {
    expect(isQuotedAt('“ab”', 1, 3)).toBe(true);
    expect(isQuotedAt('“ab', 1, 3)).toBe(false);
  });
});

describe('requireQuotes with the matcher’s key fold', () => {
  it('keeps and drops exactly the hits the full fold does, on the concept base', async () => {
    const { loadTermMatcher, lexiconTerms } = await import('../concepts/lexicon');
    const { createMatcher: create } = await import('./automaton');
    const dict = lexiconTerms();
    const full = requireQuotes(create(dict), dict, foldText);
    const onPage = loadTermMatcher();
    // Quoted-only terms in and out of quotes, in Simplified, Traditional, mixed scripts, other case and width.
    const texts = [
      '他们说“平行世界”正在形成，平行世界也许不会。',
      '所謂「平行世界」與平行世界',
      '“反應外交”和反應外交，“反应外交”和反应外交，“反應外交”',
      '“訂製外交”，訂製外交，“定製外交”，定製外交，“订製外交”，订製外交',
      '"parallel worlds" and parallel worlds, "PARALLEL WORLDS", "Parallel  Worlds", ＂ｐａｒａｌｌｅｌ ｗｏｒｌｄｓ＂',
      '“中國領事”APP 与 中国领事，“網路中國”与網路中國 和 网络中国',
    ];
    for (const text of texts) {
      expect(onPage.findAll(text), text).toEqual(full.findAll(text));
    }
  });
});
