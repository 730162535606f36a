import { describe, expect, it } from 'vitest';
import { ARM_MS, judgeActivation } from './activation';

const base = { isTrusted: true, armedAt: 0, now: ARM_MS + 1, visible: true, topmost: true };

describe('judgeActivation', () => {
  it('accepts a trusted, late-enough click on a visible control', () => {
    expect(judgeActivation(base)).toBe('ok');
  });

  it('refuses synthetic events before anything else', () => {
    expect(judgeActivation({ ...base, isTrusted: false, now: 0, visible: false })).toBe('untrusted');
  });

  it('ignores clicks in the first ARM_MS after the control appeared or moved', () => {
    expect(judgeActivation({ ...base, now: ARM_MS - 1 })).toBe('too-soon');
    expect(judgeActivation({ ...base, now: ARM_MS })).toBe('ok');
  });

  it('refuses a control the page covers, by either test', () => {
    expect(judgeActivation({ ...base, visible: false })).toBe('covered');
    expect(judgeActivation({ ...base, topmost: false })).toBe('covered');
  });

  it('does without a test the browser or the input cannot give (no IOv2; keyboard activation)', () => {
    expect(judgeActivation({ ...base, visible: null, topmost: null })).toBe('ok');
    expect(judgeActivation({ ...base, visible: null, topmost: false })).toBe('covered');
  });
});
