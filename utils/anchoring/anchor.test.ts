import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, MAX_FUZZY_COST } from './anchor';
import { describe as describeText } from './describe';

const PAPER =
  '数字外交是外交主体借助数字技术开展的外交活动。中国特色数字外交坚持以人民为中心，' +
  '服务构建人类命运共同体。Digital diplomacy extends public diplomacy into social media. ' +
  '美国驻华大使馆在微博上发布“中美人文交流”的帖子 🇺🇸🇨🇳，引发讨论。网络外交与数字主权密切相关。';

function saved(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error('fixture');
  return describeText(text, start, start + quote.length);
}

describe('anchor: examples', () => {
  it('anchors at the old position when the text is unchanged', () => {
    const sel = saved(PAPER, '中国特色数字外交');
    expect(anchor(PAPER, sel)).toEqual({ start: sel.position.start, end: sel.position.end, status: 'anchored' });
  });

  it('finds the quote again after text was inserted before it', () => {
    const sel = saved(PAPER, '中美人文交流');
    const edited = `【置顶】${PAPER}`;
    const m = anchor(edited, sel);
    expect(m?.status).toBe('anchored');
    expect(m && edited.slice(m.start, m.end)).toBe('中美人文交流');
  });

  it('handles emoji in and around the quote', () => {
    const sel = saved(PAPER, '帖子 🇺🇸🇨🇳，引发');
    const edited = PAPER.replace('美国驻华大使馆', '美国驻华使馆');
    const m = anchor(edited, sel);
    expect(m && edited.slice(m.start, m.end)).toBe('帖子 🇺🇸🇨🇳，引发');
  });

  it('picks the occurrence whose context agrees, not merely the nearest', () => {
    const text = 'A 数字外交 B。 C 数字外交 D。';
    const sel = describeText(text, text.lastIndexOf('数字外交'), text.lastIndexOf('数字外交') + 4);
    const edited = `X 数字外交 Y。${text}`; // old position now points into the wrong place
    const m = anchor(edited, sel);
    expect(m).toMatchObject({ start: edited.lastIndexOf('数字外交'), status: 'anchored' });
  });

  it('marks an ambiguous choice as fuzzy', () => {
    const sel = describeText('aa 外交 bb', 3, 5);
    const m = anchor('xxxxx 外交 yy 外交 zz', sel);
    expect(m?.status).toBe('fuzzy');
  });

  it('re-anchors fuzzily after a small edit inside the quote', () => {
    const sel = saved(PAPER, 'Digital diplomacy extends public diplomacy into social media.');
    const edited = PAPER.replace('extends public diplomacy', 'extends the public diplomacy');
    const m = anchor(edited, sel);
    expect(m?.status).toBe('fuzzy');
    expect(m && edited.slice(m.start, m.end)).toMatch(
      /^Digital diplomacy extends the public diplomacy into social media/,
    );
  });

  it('returns null (orphan) when the passage is gone', () => {
    const sel = saved(PAPER, '网络外交与数字主权密切相关');
    expect(anchor(PAPER.replace('网络外交与数字主权密切相关', '今天天气很好，我们去公园散步吧'), sel)).toBeNull();
    expect(anchor('', sel)).toBeNull();
  });

  it('does not pin a short quote to a lookalike elsewhere', () => {
    const sel = saved(PAPER, '数字主权');
    expect(anchor('经济主权与领土完整', sel)).toBeNull();
  });

  it('stays within the cost bound on a huge text, searching around the old position', () => {
    const quote = 'The ambassador spoke about cyber diplomacy and digital sovereignty at length.';
    const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(MAX_FUZZY_COST / quote.length / 27) + 10);
    const text = `${filler}${quote}${filler}`;
    expect(text.length * quote.length).toBeGreaterThan(MAX_FUZZY_COST);
    const sel = describeText(text, filler.length, filler.length + quote.length);
    const edited = `${filler}${quote.replace('spoke', 'talked')}${filler}`;
    const t0 = performance.now();
    const m = anchor(edited, sel);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(m?.status).toBe('fuzzy');
    expect(m && Math.abs(m.start - filler.length)).toBeLessThan(3);
  });
});

// Random texts over a wide alphabet (CJK, Latin, emoji) so accidental repeats are rare and every failure is real.
const alphabet = fc.constantFrom(
  ...('数字外交网络主权中国特色人类命运共同体合作发展安全治理的是在和与了abcdefghijklmnopqrstuvwxyz ,.，。😀🇨🇳'.match(
    /\p{RI}\p{RI}|\p{Extended_Pictographic}|./gu,
  ) as string[]),
);
const textArb = fc.array(alphabet, { minLength: 80, maxLength: 400 }).map((a) => a.join(''));

describe('anchor: properties', () => {
  it('an unchanged text always anchors exactly', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: 1, max: 60 }), (text, s, len) => {
        const start = s % (text.length - 1);
        const end = Math.min(text.length, start + len);
        const m = anchor(text, describeText(text, start, end));
        expect(m).toEqual({ start, end, status: 'anchored' });
      }),
    );
  });

  it('edits outside the quote never move it to a wrong place', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: 8, max: 60 }), textArb, textArb, (text, s, len, pre, post) => {
        const start = s % (text.length - len);
        const end = start + len;
        const sel = describeText(text, start, end);
        const edited = pre.slice(0, 50) + text + post.slice(0, 50);
        const m = anchor(edited, sel);
        const shift = Math.min(50, pre.length);
        // Random 8+ character quotes over this alphabet do not repeat by chance: the true place is the only answer.
        expect(m).toEqual({ start: start + shift, end: end + shift, status: 'anchored' });
      }),
    );
  });

  it('a few edits inside a long quote re-anchor at (or overlapping) the true place, or orphan — never elsewhere', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.integer({ min: 24, max: 60 }),
        fc.array(fc.tuple(fc.nat(), alphabet), { minLength: 1, maxLength: 3 }),
        (text, s, len, edits) => {
          const start = s % (text.length - len);
          const end = start + len;
          const sel = describeText(text, start, end);
          const quote = [...sel.quote.exact];
          for (const [at, ch] of edits) quote[at % quote.length] = ch;
          const newQuote = quote.join('');
          const edited = text.slice(0, start) + newQuote + text.slice(end);
          const m = anchor(edited, sel);
          expect(m).not.toBeNull();
          if (m) {
            const overlap = Math.min(m.end, start + newQuote.length) - Math.max(m.start, start);
            expect(overlap).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('a quote missing from an unrelated text is an orphan', () => {
    fc.assert(
      fc.property(textArb, textArb, fc.nat(), fc.integer({ min: 4, max: 60 }), (text, other, s, len) => {
        const start = s % (text.length - len);
        const sel = describeText(text, start, start + len);
        fc.pre(!other.includes(sel.quote.exact));
        expect(anchor(other, sel)).toBeNull();
      }),
    );
  });
});
