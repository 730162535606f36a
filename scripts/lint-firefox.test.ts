import { describe, expect, it } from 'vitest';
import { judge, type LintMessage } from './lint-firefox';

const preact =
  'if(c=="dangerouslySetInnerHTML")l=F;if(l)s||d&&(l.__html==d.__html||l.__html==u.innerHTML)||(u.innerHTML=l.__html)';
const ours = 'function show(t){el.innerHTML=t}';
const warn = (file: string, column: number): LintMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line: 1,
  column,
});
const report = (warnings: LintMessage[], errors: LintMessage[] = []) => ({
  summary: { errors: errors.length, notices: 0, warnings: warnings.length },
  errors,
  notices: [],
  warnings,
});
const d3 = 'function zm(){this.innerHTML=""}function Hm(t){return function(){this.innerHTML=t}}';
const cite = 'const p=document.createElement("div");return p.innerHTML=m,p.firstChild';
const oursThis = 'function show(t){this.title=t;this.innerHTML=t}';
const files: Record<string, string> = {
  'preact.js': preact,
  'ours.js': ours,
  'd3.js': d3,
  'cite.js': cite,
  'this.js': oursThis,
};

describe('judging web-ext lint', () => {
  it("lets Preact's dangerouslySetInnerHTML assignment through, and nothing else", () => {
    expect(judge(report([warn('preact.js', preact.lastIndexOf('innerHTML'))]), (f) => files[f] ?? '')).toEqual([]);
    expect(judge(report([warn('ours.js', ours.indexOf('innerHTML'))]), (f) => files[f] ?? '')).toHaveLength(1);
  });

  it("lets d3-selection's html() and Citation.js's legacy get() through, not a lookalike of ours", () => {
    const read = (f: string) => files[f] ?? '';
    expect(
      judge(report([warn('d3.js', d3.indexOf('innerHTML')), warn('d3.js', d3.lastIndexOf('innerHTML'))]), read),
    ).toEqual([]);
    expect(judge(report([warn('cite.js', cite.indexOf('innerHTML'))]), read)).toEqual([]);
    expect(judge(report([warn('this.js', oursThis.indexOf('innerHTML'))]), read)).toHaveLength(1);
  });

  it('fails on any error', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' };
    expect(judge(report([], [error]), () => '')).toEqual(['error MANIFEST_FIELD_INVALID manifest.json: bad']);
  });
});
