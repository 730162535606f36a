import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARM_MS } from '../../utils/guard/activation';
import { trusted } from '../content/test-dom';
import { createFrameGuard } from './guard';

let report: ((entries: { target: Element; isVisible?: boolean }[]) => void) | undefined;
class FakeIOv2 {
  trackVisibility = true;
  constructor(cb: (entries: { target: Element; isVisible?: boolean }[]) => void) {
    report = cb;
  }
  observe() {}
  disconnect() {}
}

afterEach(() => vi.unstubAllGlobals());

describe('editor frame guard', () => {
  it('acts on a trusted click once armed and visible; not on a synthetic one, nor too soon, nor covered', () => {
    vi.stubGlobal('IntersectionObserver', FakeIOv2);
    let now = 0;
    const target = document.createElement('div');
    const g = createFrameGuard(target, window, () => now);
    const click = () => trusted(new MouseEvent('click', { detail: 1 }));
    expect(g.judge(click())).toBe('too-soon');
    now = ARM_MS;
    // No visibility report yet: not yet (never acted on, never blamed on the page).
    expect(g.judge(click())).toBe('too-soon');
    report?.([{ target, isVisible: true }]);
    // Just became visible: the reader gets ARM_MS to see it first.
    expect(g.judge(click())).toBe('too-soon');
    now = 2 * ARM_MS;
    expect(g.judge(click())).toBe('ok');
    expect(g.judge(new MouseEvent('click'))).toBe('untrusted');
    // The page covers the frame with a pass-through overlay.
    report?.([{ target, isVisible: false }]);
    expect(g.judge(click())).toBe('covered');
    // A new note re-arms.
    report?.([{ target, isVisible: true }]);
    now = 4 * ARM_MS;
    g.arm();
    expect(g.judge(click())).toBe('too-soon');
    g.destroy();
  });

  it('does without visibility where the browser has no IntersectionObserver v2 (Firefox)', () => {
    class PlainIO {
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', PlainIO);
    let now = 0;
    const g = createFrameGuard(document.createElement('div'), window, () => now);
    now = ARM_MS;
    expect(g.judge(trusted(new KeyboardEvent('keydown')))).toBe('ok');
  });
});
