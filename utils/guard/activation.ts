/**
 * Whether a click (or key) on one of our controls is the reader's: the rules browsers apply to permission prompts,
 * as a pure decision so both the in-page UI and the editor frame judge alike.
 *
 * - Only trusted events: a page can synthesise events, never trusted ones.
 * - Not in the first ARM_MS after the control appeared or moved: a page cannot slide our control under a click
 *   the reader meant for something else.
 * - Really visible where it was clicked: not covered by the page (IntersectionObserver v2 where the browser has
 *   it; our host topmost at the point), or a pass-through overlay could show the reader a decoy.
 */
export const ARM_MS = 400;

export type Verdict = 'ok' | 'untrusted' | 'too-soon' | 'covered';

export interface ActivationFacts {
  isTrusted: boolean;
  /** When the control last appeared or moved (ms, same clock as `now`). */
  armedAt: number;
  now: number;
  /** IntersectionObserver v2 `isVisible` for the control; null where the browser does not compute it. */
  visible: boolean | null;
  /** Our UI is the topmost hit at the click point; null for keyboard activation (no point). */
  topmost: boolean | null;
}

export function judgeActivation(f: ActivationFacts): Verdict {
  if (!f.isTrusted) return 'untrusted';
  if (f.now - f.armedAt < ARM_MS) return 'too-soon';
  if (f.visible === false || f.topmost === false) return 'covered';
  return 'ok';
}
