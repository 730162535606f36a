import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermDictionary } from '../concepts/terms';
import { T2S_PAIRS } from '../text/t2s-table';
import { createMatcher } from './automaton';
import { en, SAMPLE_ENTRIES, zh } from './fixtures';
import { createNaiveMatcher } from './naive';
import { compilePatterns, patternKey } from './patterns';
import type { Matcher, TermEntry, TermMatch } from './types';

const implementations: [string, (entries: readonly TermEntry[]) => Matcher][] = [
  ['automaton', createMatcher],
  ['naive', createNaiveMatcher],
];

/** [slice, concept ids of its hits] for compact assertions. */
function spans(text: string, matches: TermMatch[]): [string, string[]][] {
  return matches.map((m) => [text.slice(m.start, m.end), m.hits.map((h) => h.conceptId)]);
}

describe.each(implementations)('%s matcher', (_name, create) => {
  const m = create(SAMPLE_ENTRIES);
  const find = (text: string) => spans(text, m.findAll(text));

  it('finds Chinese terms anywhere, Simplified and Traditional', () => {
    expect(find('中国的数字外交很活跃')).toEqual([['数字外交', ['digital-diplomacy']]]);
    expect(find('推動數字外交與網絡外交')).toEqual([
      ['數字外交', ['digital-diplomacy']],
      ['網絡外交', ['cyber-diplomacy']],
    ]);
  });

  it('is leftmost-longest: a containing term hides the terms inside it', () => {
    expect(find('数字外交')).toEqual([['数字外交', ['digital-diplomacy']]]);
    expect(find('cyber diplomacy')).toEqual([['cyber diplomacy', ['cyber-diplomacy']]]);
    expect(find('外交部')).toEqual([['外交', ['diplomacy']]]);
  });

  it('joins overlapping Chinese terms into one span listing each hit', () => {
    const text = '推进数字外交过程公开化。';
    const [match, ...rest] = m.findAll(text);
    expect(rest).toEqual([]);
    expect(match).toEqual({
      start: 2,
      end: 11,
      hits: [
        { conceptId: 'digital-diplomacy', start: 2, end: 6 },
        { conceptId: 'open-diplomacy', start: 4, end: 11 },
      ],
    });
  });

  it('needs non-alphanumeric neighbours for Latin terms; Chinese characters count as boundaries', () => {
    expect(find('推动digital diplomacy发展')).toEqual([['digital diplomacy', ['digital-diplomacy']]]);
    expect(find('xdiplomacy diplomacyx 3diplomacy diplomacy2')).toEqual([]);
    expect(find('(diplomacy).')).toEqual([['diplomacy', ['diplomacy']]]);
    expect(find('état-diplomacy')).toEqual([['diplomacy', ['diplomacy']]]);
    expect(find('étatdiplomacy')).toEqual([]);
  });

  it('falls back to a shorter valid term at the same start when the longest fails its boundary', () => {
    // "cyber diplomacyx" fails the boundary, "public diplomacy" in "public diplomacy's" passes.
    expect(find("public diplomacy's")).toEqual([['public diplomacy', ['public-diplomacy']]]);
    const m2 = create([en('data', 'data'), en('data breach', 'data-breach', { inflect: false })]);
    expect(spans('data breachx', m2.findAll('data breachx'))).toEqual([['data', ['data']]]);
  });

  it('matches a run of separators in the text to one separator of the term', () => {
    for (const text of [
      'cyber-diplomacy',
      'cyber  diplomacy',
      'cyber\ndiplomacy',
      'cyber — diplomacy',
      'cyber\u00a0diplomacy',
    ]) {
      expect(find(text)).toEqual([[text, ['cyber-diplomacy']]]);
    }
    expect(find('e diplomacy and e‑diplomacy')).toEqual([
      ['e diplomacy', ['e-diplomacy']],
      ['e‑diplomacy', ['e-diplomacy']],
    ]);
    expect(find('cyberdiplomacy')).toEqual([]);
  });

  it('matches regular inflections of the last word', () => {
    expect(find('digital divides; data breaches; data policies; social bots')).toEqual([
      ['digital divides', ['digital-divide']],
      ['data breaches', ['data-breach']],
      ['data policies', ['data-policy']],
      ['social bots', ['social-bot']],
    ]);
    expect(find('digital divider')).toEqual([]);
  });

  it('matches case-sensitive acronyms only in their exact case and on word boundaries', () => {
    expect(find('the GDI, gdi, Gdi, GDIX, xGDI')).toEqual([['GDI', ['global-development-initiative']]]);
    expect(find('全球发展倡议（GDI）')).toEqual([['GDI', ['global-development-initiative']]]);
    expect(find('ＧＤＩ')).toEqual([['ＧＤＩ', ['global-development-initiative']]]);
  });

  it('is case-insensitive and width-insensitive otherwise', () => {
    expect(find('DIGITAL Diplomacy')).toEqual([['DIGITAL Diplomacy', ['digital-diplomacy']]]);
    expect(find('ｄｉｇｉｔａｌ　ｄｉｐｌｏｍａｃｙ')).toEqual([
      ['ｄｉｇｉｔａｌ　ｄｉｐｌｏｍａｃｙ', ['digital-diplomacy']],
    ]);
  });

  it('lists every concept of a surface shared by two concepts', () => {
    const m2 = create([zh('外交', 'a'), zh('外交', 'b'), zh('外交', 'a')]);
    expect(m2.findAll('外交')).toEqual([
      {
        start: 0,
        end: 2,
        hits: [
          { conceptId: 'a', start: 0, end: 2 },
          { conceptId: 'b', start: 0, end: 2 },
        ],
      },
    ]);
  });

  it('handles empty text, empty dictionaries and empty surfaces', () => {
    expect(m.findAll('')).toEqual([]);
    expect(create([]).findAll('数字外交')).toEqual([]);
    expect(create([zh(' - ', 'x')]).findAll(' - ')).toEqual([]);
  });

  it('can be reused across calls of different lengths', () => {
    const long = `${'文'.repeat(5000)}数字外交`;
    expect(m.findAll(long)).toHaveLength(1);
    expect(find('外交')).toEqual([['外交', ['diplomacy']]]);
    // Nothing from an earlier call leaks into a later one.
    expect(find('数字外交 data breach 数字外交')).toHaveLength(3);
    expect(find('abcdefghijklmnopqrstuvwxyz')).toEqual([]);
  });
});

// ---- property tests -----------------------------------------------------------------------------

const TRAD_OF = new Map<string, string[]>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
  const t = T2S_PAIRS.charAt(i);
  const s = T2S_PAIRS.charAt(i + 1);
  TRAD_OF.set(s, [...(TRAD_OF.get(s) ?? []), t]);
}

const fullWidth = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

/** A surface form disguised the ways real text disguises it. */
function variantArb(surface: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('plain', 'upper', 'title', 'full', 'trad', 'hyphen', 'spaces', 'newline', 'plural'),
      fc.nat(),
    )
    .map(([how, seed]) => {
      switch (how) {
        case 'upper':
          return surface.toUpperCase();
        case 'title':
          return surface.replace(/\b[a-z]/g, (c) => c.toUpperCase());
        case 'full':
          return fullWidth(surface);
        case 'trad':
          return [...surface].map((c) => TRAD_OF.get(c)?.[seed % (TRAD_OF.get(c)?.length ?? 1)] ?? c).join('');
        case 'hyphen':
          return surface.replace(/ /g, ['-', '\u2011', '\u2014', ' - '][seed % 4] ?? '-');
        case 'spaces':
          return surface.replace(/ /g, '   ');
        case 'newline':
          return surface.replace(/ /g, '\n');
        case 'plural':
          return `${surface}s`;
        default:
          return surface;
      }
    });
}

const FILLER = [
  '的',
  '是',
  '数',
  '字',
  '外',
  '过程',
  '公开化',
  '主权',
  '交',
  '网',
  '國',
  '。',
  '，',
  '（',
  '）',
  ' ',
  '  ',
  '-',
  '\n',
  'a',
  'x',
  'data',
  'digital',
  'cyber',
  'the',
  'GD',
  'I',
  '2024',
  "'s",
  '.',
  ',',
  'é',
  'ｘ',
];

function textArb(entries: readonly TermEntry[]): fc.Arbitrary<string> {
  const term = fc.constantFrom(...entries.map((e) => e.surface)).chain(variantArb);
  const piece = fc.oneof({ weight: 2, arbitrary: term }, { weight: 3, arbitrary: fc.constantFrom(...FILLER) });
  return fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
}

// Generous timeout: these run thousands of cases and the machine may be shared.
describe('automaton against the reference matcher', { timeout: 60_000 }, () => {
  const fast = createMatcher(SAMPLE_ENTRIES);
  const slow = createNaiveMatcher(SAMPLE_ENTRIES);

  it('agrees on random mixed Chinese/English/Traditional text with planted terms', () => {
    fc.assert(
      fc.property(textArb(SAMPLE_ENTRIES), (text) => {
        expect(fast.findAll(text)).toEqual(slow.findAll(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('reports sorted, non-overlapping spans whose slices fold to a term of their concept', () => {
    const keysByConcept = new Map<string, Set<string>>();
    for (const p of compilePatterns(SAMPLE_ENTRIES)) {
      keysByConcept.set(p.conceptId, (keysByConcept.get(p.conceptId) ?? new Set()).add(p.key));
    }
    fc.assert(
      fc.property(textArb(SAMPLE_ENTRIES), (text) => {
        let last = 0;
        for (const match of fast.findAll(text)) {
          expect(match.start).toBeGreaterThanOrEqual(last);
          expect(match.end).toBeGreaterThan(match.start);
          last = match.end;
          expect(match.hits.length).toBeGreaterThan(0);
          expect(match.hits[0]?.start).toBe(match.start);
          for (const hit of match.hits) {
            expect(hit.start).toBeGreaterThanOrEqual(match.start);
            expect(hit.end).toBeLessThanOrEqual(match.end);
            expect(keysByConcept.get(hit.conceptId)?.has(patternKey(text.slice(hit.start, hit.end)))).toBe(true);
          }
        }
      }),
      { numRuns: 800 },
    );
  });

  it('agrees with the real concept dictionary on text planted with its terms', () => {
    const dictionary = buildTermDictionary();
    const real = createMatcher(dictionary);
    const reference = createNaiveMatcher(dictionary);
    fc.assert(
      fc.property(textArb(dictionary), (text) => {
        expect(real.findAll(text)).toEqual(reference.findAll(text));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on random dictionaries over a tiny alphabet (stresses failure links and overlaps)', () => {
    const chars = fc.constantFrom('a', 'b', 'A', ' ', '-', '数', '字', '數');
    const word = fc.array(chars, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    const entry = fc
      .tuple(word, fc.constantFrom('c1', 'c2', 'c3'), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean())
      .map(
        ([surface, conceptId, isZh, wordBoundary, inflect, caseSensitive]): TermEntry => ({
          surface,
          conceptId,
          lang: isZh ? 'zh' : 'en',
          wordBoundary,
          inflect,
          caseSensitive,
        }),
      );
    const text = fc.array(fc.oneof(chars, fc.constantFrom('s', 'es', 'x', '.')), { maxLength: 60 });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), text, (entries, parts) => {
        const t = parts.join('');
        expect(createMatcher(entries).findAll(t)).toEqual(createNaiveMatcher(entries).findAll(t));
      }),
      { numRuns: 1500 },
    );
  });
});
