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
const files: Record<string, string> = { 'preact.js': preact, 'ours.js': ours };

describe('judging web-ext lint', () => {
  it("lets Preact's dangerouslySetInnerHTML assignment through, and nothing else", () => {
    expect(judge(report([warn('preact.js', preact.lastIndexOf('innerHTML'))]), (f) => files[f] ?? '')).toEqual([]);
    expect(judge(report([warn('ours.js', ours.indexOf('innerHTML'))]), (f) => files[f] ?? '')).toHaveLength(1);
  });

  it('fails on any error', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' };
    expect(judge(report([], [error]), () => '')).toEqual(['error MANIFEST_FIELD_INVALID manifest.json: bad']);
  });
});
