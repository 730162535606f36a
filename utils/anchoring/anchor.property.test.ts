/**
 * Property tests for re-anchoring a saved quote (fast-check): the page around a note changes between visits, and
 * the note must come back at the same place, or by fuzzy match after small edits inside it, or become an orphan
 * when its passage is gone — never land somewhere else. Two kinds of page text: random characters over a wide
 * alphabet, and sentences built from a small diplomacy vocabulary, where words and phrases repeat as in real pages.
 */

import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, maxErrorsFor } from './anchor';
import { describe as describeText } from './describe';

const CHARS =
  '数字外交网络主权中国特色人类命运共同体合作发展安全治理的是在和与了abcdefghijklmnopqrstuvwxyz ,.，。😀🇨🇳'.match(
    /\p{RI}\p{RI}|\p{Extended_Pictographic}|./gu,
  ) as string[];
const char = fc.constantFrom(...CHARS);
/** One UTF-16 unit each: a "small edit" is a few units, not a few flags (4 units each). */
const bmpChar = fc.constantFrom(...CHARS.filter((c) => c.length === 1));
const randomText = fc.array(char, { minLength: 120, maxLength: 500 }).map((a) => a.join(''));

const WORDS = [
  '数字外交',
  '网络外交',
  '数字主权',
  '技术民族主义',
  '混合外交',
  '公共外交',
  '美国驻华大使馆',
  '英国驻华使馆',
  '欧盟在中国',
  '微博',
  '发布',
  '中国特色',
  '人类命运共同体',
  '合作',
  '治理',
  '数據跨境',
  '的',
  '在',
  '与',
  '，',
  '。',
  ' digital diplomacy',
  ' embassy',
  ' the',
  ' of',
  ' 🇺🇸',
];
const wordText = fc.array(fc.constantFrom(...WORDS), { minLength: 40, maxLength: 160 }).map((a) => a.join(''));

/** A text and a stretch of it to save as a note. */
function saved(textArb: fc.Arbitrary<string>, minLen: number, maxLen: number) {
  return fc
    .tuple(textArb, fc.nat(), fc.integer({ min: minLen, max: maxLen }))
    .filter(([text, , len]) => text.length > len + 1)
    .map(([text, s, len]) => {
      const start = s % (text.length - len);
      return { text, start, end: start + len };
    })
    .filter(({ start, end, text }) => {
      // Never cut a surrogate pair: a reader's selection cannot.
      const cut = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(i));
      return !cut(start) && !cut(end);
    });
}

type Edit = { at: number; del: number; ins: string };
const insertion = fc.array(char, { minLength: 0, maxLength: 12 }).map((a) => a.join(''));
const edits = fc.array(fc.record({ at: fc.nat(), del: fc.integer({ min: 0, max: 10 }), ins: insertion }), {
  minLength: 1,
  maxLength: 6,
});

/** Applies edits that stay outside [start, end); returns the edited text and where the quote now starts. */
function editOutside(text: string, start: number, end: number, list: Edit[]): { text: string; start: number } {
  let t = text;
  let s = start;
  let e = end;
  for (const { at, del, ins } of list) {
    // Pick a side, then a place on it; a deletion never reaches into the quote.
    const before = at % 2 === 0;
    const room = before ? s : t.length - e;
    const pos = before ? Math.floor(at / 2) % (room + 1) : e + (Math.floor(at / 2) % (room + 1));
    const limit = before ? s - pos : t.length - pos;
    let d = Math.min(del, limit);
    // Keep surrogate pairs whole at the cut.
    if (/[\uDC00-\uDFFF]/.test(t.charAt(pos + d))) d = Math.max(0, d - 1);
    if (/[\uDC00-\uDFFF]/.test(t.charAt(pos))) continue;
    t = t.slice(0, pos) + ins + t.slice(pos + d);
    if (before) {
      s += ins.length - d;
      e += ins.length - d;
    }
  }
  return { text: t, start: s };
}

/** Characters of the saved prefix and suffix that agree with the text around a quote placed at `at`. */
function agreement(text: string, at: number, sel: ReturnType<typeof describeText>): number {
  const { exact, prefix, suffix } = sel.quote;
  let n = 0;
  while (n < prefix.length && at - 1 - n >= 0 && text[at - 1 - n] === prefix[prefix.length - 1 - n]) n++;
  let m = 0;
  while (m < suffix.length && text[at + exact.length + m] === suffix[m]) m++;
  return n + m;
}

/** Is anything within the fuzzy threshold of the quote left in the text? (The anchor's own error budget.) */
function nearCopyLeft(text: string, quote: string): boolean {
  return search(text, quote, maxErrorsFor(quote.length)).length > 0;
}

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) n++;
  return n;
}

describe('a quote is found again at the same place after edits elsewhere on the page', () => {
  for (const [kind, textArb] of [
    ['random text', randomText],
    ['repetitive diplomacy text', wordText],
  ] as const) {
    it(`${kind}: anchored exactly where it moved to`, () => {
      fc.assert(
        fc.property(saved(textArb, 10, 60), edits, ({ text, start, end }, list) => {
          const sel = describeText(text, start, end);
          const edited = editOutside(text, start, end, list);
          const quote = sel.quote.exact;
          expect(edited.text.slice(edited.start, edited.start + quote.length)).toBe(quote);
          // When the quote's words also stand elsewhere, the place is decided by context: covered below.
          fc.pre(occurrences(edited.text, quote) === 1);
          expect(anchor(edited.text, sel)).toEqual({
            start: edited.start,
            end: edited.start + quote.length,
            status: 'anchored',
          });
        }),
        { numRuns: 300 },
      );
    });
  }

  it('repeated words: "anchored" elsewhere only where the saved surroundings agree strictly better than at the true place', () => {
    fc.assert(
      fc.property(saved(wordText, 4, 30), edits, ({ text, start, end }, list) => {
        const sel = describeText(text, start, end);
        const edited = editOutside(text, start, end, list);
        // The stale-position shortcut is pinned down by the failing example below; the rest must hold.
        fc.pre(edited.start === start || edited.text.slice(start, end) !== sel.quote.exact);
        const m = anchor(edited.text, sel);
        // The quote's own words are still there, so it is never an orphan.
        expect(m).not.toBeNull();
        if (m && m.start !== edited.start) {
          // Somewhere else: the same words (exact), and an "anchored" claim is backed by better context than the
          // truth's; equally good places are flagged fuzzy for the reader.
          expect(edited.text.slice(m.start, m.end)).toBe(sel.quote.exact);
          const there = agreement(edited.text, m.start, sel);
          const truth = agreement(edited.text, edited.start, sel);
          if (m.status === 'anchored') expect(there).toBeGreaterThan(truth);
          else expect(there).toBeGreaterThanOrEqual(truth);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const innerEdits = fc.array(
  fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'insert', 'delete'), ch: bmpChar }),
  { minLength: 1, maxLength: 3 },
);

/** The quote with a few edits inside (never at its very ends). */
function editInside(quote: string, list: { at: number; kind: string; ch: string }[]): string {
  const units = [...quote];
  for (const { at, kind, ch } of list) {
    const i = 1 + (at % Math.max(1, units.length - 2));
    if (kind === 'replace') units[i] = ch;
    else if (kind === 'insert') units.splice(i, 0, ch);
    else units.splice(i, 1);
  }
  return units.join('');
}

/** Text whose characters vary, as pages do (a run of one repeated character has no "place" to find again). */
const varied = (s: string) => new Set(s).size >= s.length / 2;
/** The quote and 40 characters either side. */
const around = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 40), end + 40);

describe('small edits inside the quote: found by fuzzy match at the same place', () => {
  it('1–3 edits (replace, insert, delete) inside a quote of 24+ characters, text around it kept', () => {
    fc.assert(
      fc.property(saved(randomText, 24, 80), innerEdits, insertion, ({ text, start, end }, inner, lead) => {
        fc.pre(varied(around(text, start, end)));
        const sel = describeText(text, start, end);
        const changed = editInside(sel.quote.exact, inner);
        // Something new at the top of the page too: the stored position is stale.
        const edited = lead + text.slice(0, start) + changed + text.slice(end);
        // Only a truly changed quote: its old words must not stand anywhere on the page.
        fc.pre(!edited.includes(sel.quote.exact));
        const newStart = lead.length + start;
        const m = anchor(edited, sel);
        expect(m?.status).toBe('fuzzy');
        if (!m) return;
        // The same place: the ends are off by at most the few characters edited.
        const slack = 4 * inner.length; // UTF-16 units: a flag is 4
        expect(Math.abs(m.start - newStart)).toBeLessThanOrEqual(slack);
        expect(Math.abs(m.end - (newStart + changed.length))).toBeLessThanOrEqual(slack);
      }),
      { numRuns: 300 },
    );
  });

  it('edits inside and all around (context rewritten too): the same place or an orphan, never elsewhere', () => {
    fc.assert(
      fc.property(saved(randomText, 16, 80), innerEdits, edits, ({ text, start, end }, inner, outer) => {
        fc.pre(varied(around(text, start, end)));
        const sel = describeText(text, start, end);
        const changed = editInside(sel.quote.exact, inner);
        const inEdited = text.slice(0, start) + changed + text.slice(end);
        const moved = editOutside(inEdited, start, start + changed.length, outer);
        fc.pre(!moved.text.includes(sel.quote.exact));
        const m = anchor(moved.text, sel);
        if (m) {
          expect(m.status).toBe('fuzzy');
          const slack = 4 * inner.length; // UTF-16 units: a flag is 4
          expect(Math.abs(m.start - moved.start)).toBeLessThanOrEqual(slack);
          expect(Math.abs(m.end - (moved.start + changed.length))).toBeLessThanOrEqual(slack);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a removed quote becomes an orphan, never a wrong place', () => {
  for (const [kind, textArb] of [
    ['random text', randomText],
    ['repetitive diplomacy text', wordText],
  ] as const) {
    it(`${kind}: the quote (and maybe its surroundings) deleted`, () => {
      fc.assert(
        fc.property(
          saved(textArb, 12, 60),
          fc.nat(40),
          fc.nat(40),
          edits,
          ({ text, start, end }, cutBefore, cutAfter, list) => {
            const sel = describeText(text, start, end);
            const from = Math.max(0, start - cutBefore);
            const to = Math.min(text.length, end + cutAfter);
            const removed = text.slice(0, from) + text.slice(to);
            const edited = editOutside(removed, from, from, list).text;
            // Words that repeat on the page may leave a near-copy of the quote; only a passage truly gone counts
            // (near-copies elsewhere: see the lookalike test below).
            fc.pre(!nearCopyLeft(edited, sel.quote.exact));
            const m = anchor(edited, sel);
            expect(m && { kind, quote: sel.quote.exact, found: edited.slice(m.start, m.end), status: m.status }).toBe(
              null,
            );
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('the quote replaced by other text of the same length', () => {
    fc.assert(
      fc.property(saved(randomText, 12, 60), randomText, ({ text, start, end }, other) => {
        const sel = describeText(text, start, end);
        const replacement = other.slice(0, end - start);
        const edited = text.slice(0, start) + replacement + text.slice(end);
        fc.pre(!edited.includes(sel.quote.exact));
        expect(anchor(edited, sel)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * When the passage is removed and another passage one character different stands elsewhere with different
 * surroundings, the note becomes an orphan (a note on a US post about 中美人文交流 must not land on a UK post about
 * 中英人文交流). Once failed: a 16+ character quote was accepted on quote similarity alone.
 */
/**
 * Surroundings that share no character with the saved text (random text can repeat the saved context — 数数数…
 * around 数数数… — and then a lookalike is, by every sign we keep, the same passage).
 */
const unrelatedText = fc
  .array(fc.constantFrom(...'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ '), { minLength: 120, maxLength: 500 })
  .map((a) => a.join(''));

describe('a lookalike elsewhere is not the removed passage', () => {
  it('a one-character lookalike of a 16+ character quote, in different surroundings, leaves an orphan', () => {
    fc.assert(
      fc.property(saved(randomText, 16, 40), unrelatedText, fc.nat(), char, ({ text, start, end }, other, at, ch) => {
        const sel = describeText(text, start, end);
        const units = [...sel.quote.exact];
        const i = 1 + (at % Math.max(1, units.length - 2));
        fc.pre(units[i] !== ch);
        units[i] = ch;
        const look = units.join('');
        const half = Math.floor(other.length / 2);
        // The old passage and its surroundings are gone; the lookalike stands in unrelated text.
        const edited = other.slice(0, half) + look + other.slice(half);
        fc.pre(!edited.includes(sel.quote.exact));
        expect(anchor(edited, sel)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * When words repeat and an edit above shifts the text by exactly their period, the old offsets hold a neighbouring
 * copy of the same words; the place whose surroundings agree must win. Once failed: the old position was trusted
 * without its context. Found by the "repeated words" property above.
 */
describe('a stale position holding the same words elsewhere', () => {
  it('does not win over the true place whose surroundings agree', () => {
    const text = '序言。数字外交数字外交，美国驻华大使馆发布了关于数字主权的声明。';
    const sel = describeText(text, 7, 11); // the second 数字外交
    const edited = `新新新新${text}`; // four characters added at the top: the old position now holds the first one
    expect(anchor(edited, sel)).toEqual({ start: 11, end: 15, status: 'anchored' });
  });
});
