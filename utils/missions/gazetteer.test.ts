import { describe, expect, it } from 'vitest';
import { entryByCode, GAZETTEER, namesOf } from './gazetteer';
import { normalizeName } from './recognize';

describe('gazetteer', () => {
  const states = GAZETTEER.filter((e) => e.kind === 'state');
  const orgs = GAZETTEER.filter((e) => e.kind === 'organisation');

  it('lists every UN member state (193) plus the State of Palestine', () => {
    expect(states).toHaveLength(194);
    expect(entryByCode('PS')?.zh).toBe('巴勒斯坦');
  });

  it('lists the organisations present in China', () => {
    for (const code of ['EU', 'UN', 'UNDP', 'WBG', 'ASEAN', 'UNICEF', 'WHO']) expect(entryByCode(code)).toBeDefined();
    expect(orgs.length).toBeGreaterThanOrEqual(20);
  });

  it('has unique codes; states use ISO 3166-1 alpha-2', () => {
    const codes = GAZETTEER.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of states) expect(s.code).toMatch(/^[A-Z]{2}$/);
    for (const o of orgs) expect(o.code).toMatch(/^[A-Z]{2,7}$/);
  });

  it('has the official full names', () => {
    expect(entryByCode('ID')?.zhFull).toBe('印度尼西亚共和国');
    expect(entryByCode('US')?.zhFull).toBe('美利坚合众国');
    expect(entryByCode('GB')?.zhFull).toBe('大不列颠及北爱尔兰联合王国');
    expect(entryByCode('KR')?.zhFull).toBe('大韩民国');
    expect(entryByCode('AU')?.alt).toContain('澳洲');
  });

  it('gives no name to two entries (a name must decide the country)', () => {
    const owner = new Map<string, string>();
    for (const e of GAZETTEER) {
      for (const name of new Set(namesOf(e).map(normalizeName))) {
        const prev = owner.get(name);
        expect(prev === undefined || prev === e.code, `${name}: ${prev} and ${e.code}`).toBe(true);
        owner.set(name, e.code);
      }
    }
    const abbrs = GAZETTEER.flatMap((e) => e.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });
});
