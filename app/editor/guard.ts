/**
 * The editor frame's own check that a save or delete is the reader's: trusted, at least ARM_MS after the editor
 * appeared or became visible again, and — where the browser computes it (IntersectionObserver v2, Chrome) — really
 * visible: not covered by anything of the page, not made transparent or transformed by it. A frame can ask this of
 * its own content; the page cannot fake it.
 */
import { judgeActivation, type Verdict } from '../../utils/guard/activation';

export interface FrameGuard {
  /** The editor just appeared (a new note): clicks wait ARM_MS. */
  arm(): void;
  judge(event: Event): Verdict;
  destroy(): void;
}

interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility?: boolean;
  delay?: number;
}

export function createFrameGuard(
  target: Element,
  win: Window & typeof globalThis = window,
  now = () => performance.now(),
): FrameGuard {
  let armedAt = now();
  let visible: boolean | null = null;
  let tracks = false;
  let io: IntersectionObserver | null = null;
  if (typeof win.IntersectionObserver === 'function') {
    const init: VisibilityInit = { trackVisibility: true, delay: 100 };
    io = new win.IntersectionObserver((entries) => {
      for (const e of entries) {
        const v = (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
        if (typeof v !== 'boolean') continue;
        // Uncovered again: the reader gets ARM_MS to see what is there before a click counts.
        if (v && visible !== true) armedAt = Math.max(armedAt, now());
        visible = v;
      }
    }, init);
    tracks = (io as IntersectionObserver & { trackVisibility?: boolean }).trackVisibility === true;
    io.observe(target);
  }
  return {
    arm() {
      armedAt = now();
    },
    judge(event) {
      const verdict = judgeActivation({
        isTrusted: event.isTrusted,
        armedAt,
        now: now(),
        visible: tracks ? visible === true : null,
        topmost: null,
      });
      // The browser has not said yet whether we are visible (a loaded machine): not yet, rather than "covered".
      return verdict === 'covered' && tracks && visible === null ? 'too-soon' : verdict;
    },
    destroy() {
      io?.disconnect();
    },
  };
}
