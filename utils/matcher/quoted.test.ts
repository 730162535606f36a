import { describe, expect, it } from 'vitest';
import { buildTermDictionary } from '../concepts/terms';
import { createMatcher } from './automaton';
import { isQuotedAt, requireQuotes } from './quoted';

const entries = buildTermDictionary();
const matcher = requireQuotes(createMatcher(entries), entries);
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
