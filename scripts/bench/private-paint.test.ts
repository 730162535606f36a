import { describe, expect, it } from 'vitest';
import {
  firstReached,
  mergePrivatePaint,
  PRIVATE_PAINT_URL,
  privatePaintPage,
  privatePaintRecords,
  renderPrivatePaint,
} from './private-paint';

describe('private painting benchmark helpers', () => {
  it('builds a page with one unique saved passage per paragraph, and records that quote them in context', () => {
    const page = privatePaintPage(100);
    expect(page.quotes).toHaveLength(100);
    expect(new Set(page.quotes.map((q) => q.exact)).size).toBe(100);
    for (const q of page.quotes) expect(page.html).toContain(`${q.prefix}${q.exact}${q.suffix}`);
    expect(page.html.match(/<div id="box">/g)).toHaveLength(1);
    const records = privatePaintRecords(page.quotes) as { url: string; root: unknown; quote: { exact: string } }[];
    expect(records[7]).toMatchObject({
      url: PRIVATE_PAINT_URL,
      root: { kind: 'page' },
      quote: { exact: page.quotes[7]?.exact },
    });
  });

  it('times the paint by when every note was first painted, not by later churn', () => {
    const s = {
      count: 3,
      changedAt: 900,
      dcl: 100,
      history: [
        [150, 0],
        [200, 2],
        [300, 3],
        [800, 2],
        [900, 3],
      ] as [number, number][],
    };
    expect(firstReached(s)).toBe(300);
  });

  it('writes its own section of BENCHMARKS.md, leaving the rest alone', () => {
    const section = renderPrivatePaint({
      date: 'd',
      notes: 100,
      runs: [],
      median: {
        paintMs: 200,
        settledMs: 200,
        painted: 61,
        windowMs: 0.4,
        boxMs: 1.5,
        windowControlMs: 0.1,
        boxControlMs: 0.1,
      },
    });
    expect(section).toContain('within the full bench run');
    const once = mergePrivatePaint('# Benchmarks\n\n<!-- bench:begin -->x<!-- bench:end -->\n', section);
    const twice = mergePrivatePaint(once, section.replace('200.0 ms', '201.0 ms'));
    expect(twice).toContain('<!-- bench:begin -->x<!-- bench:end -->');
    expect(twice.match(/private-paint:begin/g)).toHaveLength(1);
    expect(twice).toContain('201.0 ms');
  });
});
