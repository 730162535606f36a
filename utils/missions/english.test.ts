import { describe, expect, it } from 'vitest';
import { englishWords, parseEnglishName, parseHandle } from './english';
import { ENGLISH_NAMES, foldEnglish } from './english-names';
import { GAZETTEER } from './gazetteer';

describe('english names', () => {
  it('covers every gazetteer entry', () => {
    const codes = new Set(ENGLISH_NAMES.map((r) => r.code));
    expect(GAZETTEER.filter((e) => !codes.has(e.code)).map((e) => e.code)).toEqual([]);
  });

  it('gives no noun to two entries (a name must decide the country)', () => {
    const owner = new Map<string, string>();
    for (const row of ENGLISH_NAMES) {
      for (const n of row.names) {
        const prev = owner.get(n);
        expect(prev === undefined || prev === row.code, `${n}: ${prev} and ${row.code}`).toBe(true);
        owner.set(n, row.code);
      }
    }
  });

  it('folds dots, apostrophes, case and hyphens', () => {
    expect(foldEnglish("U.S. People's Consulate-General")).toBe('us peoples consulate general');
    expect(englishWords('Embassy of the P.R.C. in Ottawa, Canada')).toEqual([
      'embassy',
      'of',
      'the',
      'prc',
      'in',
      'ottawa',
      'canada',
    ]);
  });
});

describe('parseEnglishName', () => {
  it('reads the three shapes of a mission name', () => {
    expect(parseEnglishName('Embassy of Japan in China')).toMatchObject({ sender: { code: 'JP' }, type: 'embassy' });
    expect(parseEnglishName('Japanese Embassy in China')).toMatchObject({ sender: { code: 'JP' } });
    expect(parseEnglishName('Japan in China')).toMatchObject({ sender: { code: 'JP' }, host: { kind: 'china' } });
  });

  it('needs the whole name to parse', () => {
    expect(parseEnglishName('Japanese Embassy in China fans')).toBeNull();
    expect(parseEnglishName('News about the Japanese Embassy')).toBeNull();
    expect(parseEnglishName('Embassy')).toBeNull();
    expect(parseEnglishName('Japan')).toBeNull();
  });

  it('keeps handle abbreviations out of display names', () => {
    expect(parseEnglishName('Japan Emb China')).toBeNull();
    expect(parseEnglishName('China CG NYC')).toBeNull();
  });
});

describe('parseHandle', () => {
  it.each([
    ['UKinChina', 'GB'],
    ['@EUinChina', 'EU'],
    ['ChineseEmbinUS', 'CN'],
    ['Chinamission2un', 'CN'],
    ['ChnEmbassy_jp', 'CN'],
    ['ChinaCG_NYC', 'CN'],
    ['USAmbChina', 'US'],
    ['ChinaEUMission', 'CN'],
  ])('%s → %s', (handle, code) => {
    expect(parseHandle(handle)?.sender.code).toBe(code);
  });

  it.each(['MFA_China', 'SpokespersonCHN', 'ChinaDaily', 'zlj517', 'StudyinChina', 'AmbassadeChine', 'x', '日本'])(
    '%s → none',
    (handle) => {
      expect(parseHandle(handle)).toBeNull();
    },
  );
});
