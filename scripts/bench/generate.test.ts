import { describe, expect, it } from 'vitest';
import { buildTermDictionary } from '../../utils/concepts/terms';
import { foldTextKeepCase } from '../../utils/text/normalize';
import { createRandom, generateScanPage, variantOf } from './generate';

const terms = buildTermDictionary();

/** The page's visible text, roughly: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('generateScanPage', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateScanPage({ targetBytes: 30_000, terms, seed: 7 });
    const b = generateScanPage({ targetBytes: 30_000, terms, seed: 7 });
    const c = generateScanPage({ targetBytes: 30_000, terms, seed: 8 });
    expect(a.html).toBe(b.html);
    expect(a.html).not.toBe(c.html);
  });

  it('lands within a card of the requested size and reports the true byte count', () => {
    for (const target of [50_000, 300_000]) {
      const g = generateScanPage({ targetBytes: target, terms });
      expect(g.bytes).toBe(Buffer.byteLength(g.html));
      expect(g.bytes).toBeGreaterThanOrEqual(target);
      expect(g.bytes).toBeLessThan(target + 6_000);
    }
  });

  it('writes every sown term into the page text, in order, at about the asked density', () => {
    const g = generateScanPage({ targetBytes: 200_000, terms, charsPerTerm: 120 });
    const text = textOf(g.html);
    let from = 0;
    for (const s of g.sown) {
      const at = text.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(0);
      from = at + s.length;
    }
    const perTerm = g.textChars / g.sown.length;
    expect(perTerm).toBeGreaterThan(60);
    expect(perTerm).toBeLessThan(400);
  });

  it('builds Weibo-like cards: article > header + .wbpro-feed-content > div.detail_wbtext_, topics, emoji, spans', () => {
    const g = generateScanPage({ targetBytes: 100_000, terms });
    expect(g.html.match(/<article /g)?.length).toBe(g.cards);
    expect(g.html).toMatch(/<article [^>]*><div class="Feed_body_3R0rO"><header /);
    expect(g.html).toMatch(/<div class="wbpro-feed-content"><div class="detail_wbtext_4CRf9">/);
    expect(g.html).toMatch(/<a href="\/\/s\.weibo\.com\/weibo\?q=[^"]*">#[^#<]+#<\/a>/);
    expect(g.html).toMatch(/<img alt="\[[^\]]+\]" src="data:image\/svg\+xml,/);
    expect(g.html).toContain('<span class="expand">');
    expect(g.html).toContain('Feed_retweet_JqZJb');
  });

  it('sows Chinese, Traditional and English surfaces, with hyphen variants', () => {
    const g = generateScanPage({ targetBytes: 1_000_000, terms });
    const han = g.sown.filter((s) => /\p{Script=Han}/u.test(s));
    expect(han.length).toBeGreaterThan(0);
    expect(g.sown.some((s) => /^[A-Za-z]/.test(s))).toBe(true);
    // Traditional forms: surfaces the 繁→简 fold changes (which ones depends on the dictionary and the seed).
    expect(han.some((s) => foldTextKeepCase(s) !== s)).toBe(true);
    const spaced = new Set(terms.filter((t) => t.lang === 'en' && t.surface.includes(' ')).map((t) => t.surface));
    expect(g.sown.some((s) => s.includes('-') && spaced.has(s.replace(/-/g, ' ')))).toBe(true);
  });

  it('puts quoted-only terms between quotation marks', () => {
    const quoted = terms.filter((t) => t.quoted);
    expect(quoted.length).toBeGreaterThan(0);
    const g = generateScanPage({ targetBytes: 20_000, terms: quoted });
    const text = textOf(g.html);
    for (const s of g.sown) expect(text).toContain(`“${s}”`);
  });

  it('refuses an empty dictionary', () => {
    expect(() => generateScanPage({ targetBytes: 1000, terms: [] })).toThrow(/at least one term/);
  });
});

describe('variantOf', () => {
  it('leaves Chinese and case-sensitive terms as written', () => {
    const rnd = createRandom(1);
    const zh = terms.find((t) => t.lang === 'zh');
    expect(zh).toBeDefined();
    if (!zh) return;
    for (let i = 0; i < 50; i++) expect(variantOf(zh, rnd)).toBe(zh.surface);
    const cs = { ...zh, lang: 'en' as const, surface: 'Digital Silk Road', caseSensitive: true };
    for (let i = 0; i < 50; i++) expect(variantOf(cs, rnd)).toBe('Digital Silk Road');
  });

  it('writes English terms as listed, hyphenated or capitalised', () => {
    const rnd = createRandom(2);
    const en = {
      surface: 'digital diplomacy',
      conceptId: 'x',
      lang: 'en' as const,
      wordBoundary: true,
      inflect: true,
      caseSensitive: false,
    };
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(variantOf(en, rnd));
    expect(seen).toEqual(new Set(['digital diplomacy', 'digital-diplomacy', 'Digital diplomacy']));
  });
});
