/**
 * Guards the in-page controls that save, open or undo (the selection toolbar, the card's "save as highlight", the
 * toast's Undo, a post's collect control): a click counts only when it is trusted, comes at least ARM_MS after the control appeared or moved,
 * and lands where our UI is really visible — our host topmost at the point (`document.elementsFromPoint`) and, where
 * the browser computes it, IntersectionObserver v2 `isVisible` (which also sees a pass-through overlay the page put
 * over us, e.g. a top-layer popover with `pointer-events: none`). Anything else is stopped before the control's own
 * handler runs. The rules themselves are utils/guard/activation.ts.
 */
import { judgeActivation, type Verdict } from '../../../utils/guard/activation';

/** Controls whose click saves, opens an editor or undoes. */
export const GUARDED_CONTROLS =
  '[data-role="toolbar"] button, [data-role="save-term"], [data-role="toast-action"], [data-guarded]';
/** Our floating panels: a control is armed when its panel last appeared or moved. */
export const PANELS = '.dl-toolbar, .dl-float, .dl-toast, .dl-badge, .dl-collect';

export interface VisibilityGuardDeps {
  host: Element;
  shadow: ShadowRoot;
  /** Where our panels are rendered (observed for appearance and moves). */
  root: Element;
  onBlocked?(verdict: Verdict, control: Element): void;
  doc?: Document;
  now?: () => number;
}

export interface VisibilityGuard {
  /** The verdict for a click (or keyboard activation) on `control`. */
  judge(event: MouseEvent, control: Element): Verdict;
  /** Is our UI the topmost thing at this viewport point, with `control` (or its content) on top inside it? */
  topmostAt(x: number, y: number, control?: Element): boolean;
  destroy(): void;
}

interface Seen {
  at: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

const MOVED_PX = 2;

/** IntersectionObserver v2 (Chrome): `trackVisibility` and `entry.isVisible`. */
interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility?: boolean;
  delay?: number;
}

export function createVisibilityGuard(deps: VisibilityGuardDeps): VisibilityGuard {
  const doc = deps.doc ?? document;
  const win = doc.defaultView ?? window;
  const now = deps.now ?? (() => performance.now());
  const seen = new WeakMap<Element, Seen>();
  const visible = new WeakMap<Element, boolean>();
  let tracksVisibility = false;

  let io: IntersectionObserver | null = null;
  if (typeof win.IntersectionObserver === 'function') {
    const init: VisibilityInit = { trackVisibility: true, delay: 100 };
    io = new win.IntersectionObserver((entries) => {
      for (const e of entries) {
        const v = (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
        if (typeof v !== 'boolean') continue;
        // Uncovered again: the reader gets ARM_MS to see what is there before a click counts.
        const s = seen.get(e.target);
        if (v && visible.get(e.target) === false && s) s.at = now();
        visible.set(e.target, v);
      }
    }, init);
    // Browsers without v2 ignore the option and never report `isVisible`.
    tracksVisibility = (io as IntersectionObserver & { trackVisibility?: boolean }).trackVisibility === true;
  }

  const record = (panel: Element) => {
    const r = panel.getBoundingClientRect();
    const last = seen.get(panel);
    const moved =
      !last ||
      Math.abs(last.left - r.left) > MOVED_PX ||
      Math.abs(last.top - r.top) > MOVED_PX ||
      Math.abs(last.width - r.width) > MOVED_PX ||
      Math.abs(last.height - r.height) > MOVED_PX;
    if (!moved) return;
    if (!last) io?.observe(panel);
    seen.set(panel, { at: now(), left: r.left, top: r.top, width: r.width, height: r.height });
  };

  const scan = (node: Node) => {
    if (!(node instanceof win.Element)) return;
    const panel = node.closest(PANELS);
    if (panel) record(panel);
    for (const p of node.querySelectorAll(PANELS)) record(p);
  };

  const mo = new win.MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') for (const n of r.addedNodes) scan(n);
      scan(r.target);
    }
  });
  mo.observe(deps.root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });

  function topmostAt(x: number, y: number, control?: Element): boolean {
    const top = doc.elementsFromPoint(x, y)[0];
    if (top !== deps.host) return false;
    if (!control) return true;
    const inner = deps.shadow.elementsFromPoint(x, y)[0];
    return inner !== undefined && (inner === control || control.contains(inner));
  }

  function judge(event: MouseEvent, control: Element): Verdict {
    const panel = control.closest(PANELS) ?? control;
    let s = seen.get(panel);
    if (!s) {
      // Never seen appear: treat it as appearing now.
      record(panel);
      s = seen.get(panel);
    }
    const keyboard = event.detail === 0;
    let vis: boolean | null = null;
    if (tracksVisibility) {
      const v = visible.get(panel);
      // The browser has not reported yet (a loaded machine): not yet, rather than blaming the page.
      if (v === undefined && event.isTrusted) return 'too-soon';
      vis = v ?? false;
    }
    return judgeActivation({
      isTrusted: event.isTrusted,
      armedAt: s?.at ?? now(),
      now: now(),
      visible: vis,
      topmost: keyboard ? null : topmostAt(event.clientX, event.clientY, control),
    });
  }

  const onClick = (e: Event) => {
    const target = e.target;
    if (!(target instanceof win.Element)) return;
    const control = target.closest(GUARDED_CONTROLS);
    if (!control) return;
    const verdict = judge(e as MouseEvent, control);
    if (verdict === 'ok') return;
    // Before the control's own handler (Preact listens on the element itself): it never runs.
    e.stopImmediatePropagation();
    e.preventDefault();
    // Inside our closed root, for our own tests (a reader just clicks again): what was refused, and when.
    deps.root.setAttribute('data-refused', `${verdict} ${Math.round(now())}`);
    deps.onBlocked?.(verdict, control);
  };
  deps.shadow.addEventListener('click', onClick, { capture: true });

  return {
    judge,
    topmostAt,
    destroy() {
      mo.disconnect();
      io?.disconnect();
      deps.shadow.removeEventListener('click', onClick, { capture: true });
    },
  };
}
