import { describe, expect, it } from 'vitest';
import { type CpuProfile, summarizeProfile } from './profile';
import { BEGIN, END, mergeReport } from './report';
import { median, ms, ratio, table } from './stats';

describe('stats', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('formats times and ratios', () => {
    expect(ms(0.1234)).toBe('0.123 ms');
    expect(ms(12.34)).toBe('12.3 ms');
    expect(ms(1234.4)).toBe('1234 ms');
    expect(ms(Number.NaN)).toBe('—');
    expect(ratio(300, 2)).toBe('150×');
    expect(ratio(3, 2)).toBe('1.50×');
    expect(ratio(1, 0)).toBe('—');
  });

  it('writes a Markdown table', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('summarizeProfile', () => {
  const ext = 'chrome-extension://abc/';
  // root → program (page), root → ours:scan → ours:match; root → page script
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 1000,
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2, 3, 5] },
      { id: 2, callFrame: { functionName: '(program)', url: '', lineNumber: -1, columnNumber: -1 } },
      {
        id: 3,
        callFrame: { functionName: 'scan', url: `${ext}content.js`, lineNumber: 0, columnNumber: 9 },
        children: [4],
      },
      { id: 4, callFrame: { functionName: 'match', url: `${ext}content.js`, lineNumber: 0, columnNumber: 99 } },
      { id: 5, callFrame: { functionName: 'pageFn', url: 'https://weibo.com/app.js', lineNumber: 3, columnNumber: 0 } },
    ],
    // Each sample stands for the delta that follows it (1 ms = 1000 µs).
    samples: [2, 3, 4, 4, 2, 5, 4, 2],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
  };

  it('counts only samples under our frames, attributed to the nearest frame of ours', () => {
    const s = summarizeProfile(profile, ext);
    expect(s.ownMs).toBe(4);
    expect(s.top).toEqual([
      { name: 'match content.js:1:100', selfMs: 3 },
      { name: 'scan content.js:1:10', selfMs: 1 },
    ]);
  });

  it('finds the longest uninterrupted run of our code and what it spent its time on', () => {
    const s = summarizeProfile(profile, ext);
    expect(s.longestOwnRunMs).toBe(3);
    expect(s.longestRunTop).toEqual([
      { name: 'match content.js:1:100', selfMs: 2 },
      { name: 'scan content.js:1:10', selfMs: 1 },
    ]);
  });

  it('quotes the start of each function from the source when given', () => {
    const source = (path: string) =>
      path === 'content.js' ? 'function scan(){…}function match(x){return x}' : undefined;
    const s = summarizeProfile(profile, ext, 12, source);
    expect(s.top[1]?.snippet).toBe('scan(){…}function match(x){return x}');
  });

  it('finds nothing of ours in a page-only profile', () => {
    const s = summarizeProfile(profile, 'chrome-extension://other/');
    expect(s).toEqual({ ownMs: 0, longestOwnRunMs: 0, top: [], longestRunTop: [] });
  });
});

describe('mergeReport', () => {
  const gen = `${BEGIN}\nnew figures\n${END}`;

  it('replaces only the generated part, keeping the hand-written text around it', () => {
    const before = `# Benchmarks\n\nintro\n\n${BEGIN}\nold figures\n${END}\n\n## Analysis\nkept`;
    const after = mergeReport(before, gen);
    expect(after).toBe(`# Benchmarks\n\nintro\n\n${gen}\n\n## Analysis\nkept`);
    expect(after).not.toContain('old figures');
  });

  it('appends the generated part when the report has none yet', () => {
    expect(mergeReport('# Benchmarks\n', gen)).toBe(`# Benchmarks\n\n${gen}\n`);
  });
});
