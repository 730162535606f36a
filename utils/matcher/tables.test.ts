import { describe, expect, it } from 'vitest';
import { buildTermDictionary } from '../concepts/terms';
import { matcherFromTables } from './automaton';
import { SAMPLE_ENTRIES } from './fixtures';
import { compilePatterns } from './patterns';
import { childOf, compileTables, packPatterns, unpackTables } from './tables';

function tablesOf(entries = SAMPLE_ENTRIES) {
  const patterns = compilePatterns(entries);
  const ids = [...new Set(patterns.map((p) => p.conceptId))];
  const packed = packPatterns(patterns, (id) => ids.indexOf(id));
  return { tables: compileTables(patterns, (id) => ids.indexOf(id)), packed, ids, patterns };
}

describe('matcher tables', () => {
  it('number the trie breadth-first, children consecutive and sorted, failure links to shallower states', () => {
    const { tables } = tablesOf();
    const { label, kids, fail } = tables;
    for (let s = 0; s < label.length; s++) {
      for (let v = kids[s] ?? 0; v < (kids[s + 1] ?? 0); v++) {
        expect(v).toBeGreaterThan(s);
        if (v > (kids[s] ?? 0)) expect(label[v]).toBeGreaterThan(label[v - 1] ?? 0);
        expect(childOf(label, kids, s, label[v] ?? 0)).toBe(v);
      }
      expect(fail[s]).toBeLessThan(Math.max(s, 1));
    }
  });

  it('pack into plain strings, deterministically', () => {
    const { packed } = tablesOf(buildTermDictionary());
    // No control character, surrogate or noncharacter: the generated source stays plain UTF-8.
    for (const part of [packed.counts, packed.labels, packed.fail, packed.patternCounts, packed.patterns]) {
      expect(part).toMatch(/^[\u0020-\ud7ff]*$/);
    }
    expect(packed.folded).not.toMatch(/[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/);
    expect(tablesOf(buildTermDictionary()).packed).toEqual(packed);
  });

  it('decode with outputs and depths that agree with the trie', () => {
    const { tables } = tablesOf(buildTermDictionary());
    const { kids, depth, fail, out, outNext, patStart } = tables;
    const terminal = (s: number) => (patStart[s + 1] ?? 0) > (patStart[s] ?? 0);
    for (let s = 1; s < depth.length; s++) {
      for (let v = kids[s] ?? 0; v < (kids[s + 1] ?? 0); v++) expect(depth[v]).toBe((depth[s] ?? 0) + 1);
      expect(depth[fail[s] ?? 0]).toBeLessThan(depth[s] ?? 0);
      // out: the first terminal on the chain s, fail(s), fail(fail(s)) …; outNext: the same without s.
      let f = s;
      while (f !== 0 && !terminal(f)) f = fail[f] ?? 0;
      expect(out[s]).toBe(f);
      f = fail[s] ?? 0;
      while (f !== 0 && !terminal(f)) f = fail[f] ?? 0;
      expect(outNext[s]).toBe(f);
    }
  });

  it('refuse a truncated or foreign packing instead of matching wrongly', () => {
    const { packed } = tablesOf();
    expect(() => unpackTables({ ...packed, fail: packed.fail.slice(0, -1) })).toThrow(/corrupt/);
    expect(() => unpackTables({ ...packed, counts: `${packed.counts.slice(0, -1)}\u0021` })).toThrow(/corrupt/);
    expect(() => unpackTables({ ...packed, format: 1 })).toThrow(/format/);
  });

  it('unpacked, match as the tables they came from', () => {
    const { tables, packed, ids } = tablesOf();
    const text = '推进數字外交过程公开化与 Cyber-Diplomacy，GDI 和 gdi';
    expect(unpackTables(packed)).toEqual(tables);
    const found = matcherFromTables(unpackTables(packed), ids).findAll(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['數字外交过程公开化', 'Cyber-Diplomacy', 'GDI']);
  });

  it('reject a pattern whose concept has no index', () => {
    expect(() => compileTables(compilePatterns(SAMPLE_ENTRIES), () => -1)).toThrow(/unknown concept/);
  });
});
