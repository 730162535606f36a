/**
 * Paints the reader's saved passages where the page cannot see them: as boxes inside our closed shadow root,
 * never in `CSS.highlights` (shared with the page), the page's DOM, its attributes or its styles. The boxes let
 * every pointer event through, so `elementsFromPoint` never returns them, and our host stays zero-size.
 *
 * Placement: the boxes sit in a layer at the document's origin (the host is `position: absolute`, no stacking
 * context), so scrolling the page moves them with no script at all. Scroll containers inside the page, text in
 * `position: fixed`/`sticky` boxes, resizes, zoom, reflow, font loads and DOM changes (Weibo's recycled slots) mark
 * the notes they may move as stale; stale notes are measured again in the next animation frame, only when they are
 * near the viewport (an IntersectionObserver says which), within a time budget per frame.
 *
 * Blending: each box is its own stacking context at the z-index of the text's outermost stacking context, after it
 * in tree order, so it paints just above that text (and under a page header stacked higher), and blends with it:
 * multiply on dark text, screen on light text (utils/layout/blend.ts).
 */

import { fillFor } from '../../../utils/layout/blend';
import { type Box, boxesContain, boxOf, clipBox, mergeLineBoxes, translate } from '../../../utils/layout/boxes';
import type { HighlightColor } from '../../../utils/notes/types';
import type { NotesModel } from './model';

export interface NotePainterDeps {
  model: NotesModel;
  /** Our host element: boxes are positioned relative to it. */
  host: HTMLElement;
  /** The paint layer inside our closed shadow root. */
  layer: HTMLElement;
  colors(): Record<HighlightColor, string>;
  doc?: Document;
  /** Per-frame measuring budget (ms). */
  frameBudgetMs?: number;
}

export interface NotePainter {
  /** The placed notes or their colours changed: repaint soon. */
  paint(): void;
  /** The painted note under a viewport point, if any. Call for trusted clicks only. */
  noteAt(x: number, y: number): { id: string; range: Range } | null;
  /** Measures every stale note near the viewport now (before a hit test; tests). */
  flush(): void;
  /** How many notes have boxes on screen now (tests, bench). */
  paintedCount(): number;
  destroy(): void;
}

interface Painted {
  id: string;
  range: Range;
  color: HighlightColor;
  /** Element holding the whole range: observed for nearness and size. */
  anchor: Element;
  group: HTMLElement;
  near: boolean;
  stale: boolean;
  /** Boxes on screen, in host coordinates (or viewport coordinates when `fixed`). */
  boxes: Box[];
  /** The text's line boxes before clipping, and the clips of its ancestors, in the same coordinates. */
  raw: Box[];
  clips: { el: Element; box: Box }[];
  /** Scroll offsets of the scroll boxes around the text when last placed: their scrolling only shifts the boxes. */
  scrolls: Map<Element, { x: number; y: number }>;
  /** Shifted by a scroll box since last drawn (no measuring needed, only drawing). */
  shifted: boolean;
  fill: ReturnType<typeof fillFor> | null;
  z: number;
  fixed: boolean;
  /** Inside a sticky box: moves when the page scrolls. */
  sticky: boolean;
}

interface AncestorInfo {
  /** Visible area in viewport coordinates when this element clips its overflow. */
  clip: Box | null;
  /** It scrolls (overflow auto or scroll). */
  scrolls: boolean;
  position: string;
  /** z-index when this element forms a stacking context, else null. */
  stack: number | null;
}

const NEAR_MARGIN = '100% 100% 100% 100%';

function anchorOf(range: Range): Element | null {
  const c = range.commonAncestorContainer;
  return c.nodeType === 1 ? (c as Element) : c.parentElement;
}

/** Line boxes of the range's text only (not of the elements it contains), merged per line. */
function textBoxes(range: Range, doc: Document): Box[] {
  const out: Box[] = [];
  const piece = doc.createRange();
  const add = (node: Text, start: number, end: number) => {
    if (end <= start) return;
    piece.setStart(node, start);
    piece.setEnd(node, end);
    for (const r of piece.getClientRects()) out.push(boxOf(r));
  };
  const { startContainer: sc, endContainer: ec } = range;
  if (sc === ec && sc.nodeType === 3) {
    add(sc as Text, range.startOffset, range.endOffset);
    return mergeLineBoxes(out);
  }
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const t = n as Text;
    add(t, t === sc ? range.startOffset : 0, t === ec ? range.endOffset : t.length);
  }
  return mergeLineBoxes(out);
}

const CLIPPING = new Set(['hidden', 'auto', 'scroll', 'clip', 'overlay']);
const SCROLLING = new Set(['auto', 'scroll', 'overlay']);
const clips = (cs: CSSStyleDeclaration) =>
  CLIPPING.has(cs.overflowX) ||
  CLIPPING.has(cs.overflowY) ||
  (cs.overflow || '').split(' ').some((v) => CLIPPING.has(v)) ||
  /paint|strict|content/.test(cs.contain || '');

function ancestorInfo(el: Element, cache: Map<Element, AncestorInfo>, win: Window): AncestorInfo {
  let info = cache.get(el);
  if (info) return info;
  const cs = win.getComputedStyle(el);
  let clip: Box | null = null;
  if (clips(cs)) {
    const r = el.getBoundingClientRect();
    const left = r.left + el.clientLeft;
    const top = r.top + el.clientTop;
    clip = { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
  }
  const positioned = cs.position !== 'static';
  const z = cs.zIndex === 'auto' ? null : Number.parseInt(cs.zIndex, 10);
  const formsContext =
    (positioned && z !== null) ||
    cs.position === 'fixed' ||
    cs.position === 'sticky' ||
    (cs.opacity !== '' && Number(cs.opacity) < 1) ||
    (cs.transform !== '' && cs.transform !== 'none') ||
    (cs.filter !== '' && cs.filter !== 'none') ||
    cs.isolation === 'isolate';
  const scrolls =
    clip !== null &&
    (SCROLLING.has(cs.overflowX) ||
      SCROLLING.has(cs.overflowY) ||
      (cs.overflow || '').split(' ').some((v) => SCROLLING.has(v)));
  info = {
    clip,
    scrolls,
    position: cs.position,
    stack: formsContext ? (positioned && z !== null && !Number.isNaN(z) ? z : 0) : null,
  };
  cache.set(el, info);
  return info;
}

export function createNotePainter(deps: NotePainterDeps): NotePainter {
  const { model, host, layer } = deps;
  const doc = deps.doc ?? document;
  const win = doc.defaultView ?? window;
  const budgetMs = deps.frameBudgetMs ?? 6;
  const painted = new Map<string, Painted>();
  const byAnchor = new Map<Element, Set<Painted>>();
  const nearAnchors = new Set<Element>();
  let frame = 0;
  let destroyed = false;

  const io =
    typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              if (e.isIntersecting) nearAnchors.add(e.target);
              else nearAnchors.delete(e.target);
              for (const p of byAnchor.get(e.target) ?? []) {
                p.near = e.isIntersecting;
                if (p.near) p.stale = true;
              }
            }
            schedule();
          },
          { rootMargin: NEAR_MARGIN },
        )
      : null;
  const ro = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(() => invalidateAll()) : null;
  const mo = new win.MutationObserver(() => invalidateAll());
  let observingPage = false;

  function invalidateAll(): void {
    for (const p of painted.values()) p.stale = true;
    schedule();
  }

  function schedule(): void {
    if (frame || destroyed) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      run(budgetMs);
    });
  }

  function hide(p: Painted): void {
    if (!p.group.hidden) p.group.hidden = true;
  }

  function measure(p: Painted, hostBox: Box, cache: Map<Element, AncestorInfo>): void {
    p.stale = false;
    if (!p.range.startContainer.isConnected) {
      p.boxes = [];
      hide(p);
      return;
    }
    const clips: { el: Element; box: Box }[] = [];
    const scrolls = new Map<Element, { x: number; y: number }>();
    let fixed = false;
    let sticky = false;
    let z = 0;
    const top = doc.documentElement;
    for (let el: Element | null = p.anchor; el && el !== top && el !== doc.body; el = el.parentElement) {
      const info = ancestorInfo(el, cache, win);
      if (!fixed && info.clip) clips.push({ el, box: info.clip });
      if (!fixed && info.scrolls) scrolls.set(el, { x: el.scrollLeft, y: el.scrollTop });
      if (info.position === 'fixed') fixed = true;
      if (info.position === 'sticky') sticky = true;
      if (info.stack !== null) z = info.stack;
    }
    const textColor = win.getComputedStyle(p.anchor).color;
    p.fill = fillFor(deps.colors()[p.color], textColor);
    p.z = z;
    // In host coordinates (document-positioned), or the viewport's for text in a fixed box.
    const dx = fixed ? 0 : -hostBox.left;
    const dy = fixed ? 0 : -hostBox.top;
    p.raw = textBoxes(p.range, doc).map((b) => translate(b, dx, dy));
    p.clips = clips.map((c) => ({ el: c.el, box: translate(c.box, dx, dy) }));
    p.scrolls = scrolls;
    p.fixed = fixed;
    p.sticky = sticky;
    draw(p);
  }

  /** Clips the raw boxes and draws them (no layout read: used as is when a scroll box only shifted them). */
  function draw(p: Painted): void {
    p.shifted = false;
    const clipBoxes = p.clips.map((c) => c.box);
    p.boxes = p.raw.map((b) => clipBox(b, clipBoxes)).filter((b): b is Box => b !== null);
    if (p.fill) render(p, p.fill, p.z);
  }

  /** A scroll box scrolled: the text inside moved by exactly the scroll delta, and so did the clips inside it. */
  function shift(p: Painted, box: Element): boolean {
    const at = p.scrolls.get(box);
    if (!at || p.sticky) return false;
    const x = box.scrollLeft;
    const y = box.scrollTop;
    const dx = at.x - x;
    const dy = at.y - y;
    if (dx === 0 && dy === 0) return true;
    p.raw = p.raw.map((b) => translate(b, dx, dy));
    p.clips = p.clips.map((c) =>
      c.el !== box && box.contains(c.el) ? { el: c.el, box: translate(c.box, dx, dy) } : c,
    );
    p.scrolls.set(box, { x, y });
    p.shifted = true;
    return true;
  }

  /** Box elements by what they show; only what changed is written (a scroll frame moves boxes, nothing else). */
  const drawn = new WeakMap<HTMLElement, { look: string; box: string }>();

  function render(p: Painted, fill: ReturnType<typeof fillFor>, z: number): void {
    const g = p.group;
    while (g.childElementCount > p.boxes.length) g.lastElementChild?.remove();
    while (g.childElementCount < p.boxes.length) {
      const b = doc.createElement('div');
      b.className = 'dl-note-box';
      g.append(b);
    }
    const look = `${p.fixed}|${z}|${fill.background}|${fill.blend}|${fill.opacity}`;
    p.boxes.forEach((box, i) => {
      const el = g.children[i] as HTMLElement;
      const s = el.style;
      const at = `${box.left},${box.top},${box.right},${box.bottom}`;
      const last = drawn.get(el);
      if (last?.look !== look) {
        s.position = p.fixed ? 'fixed' : 'absolute';
        s.zIndex = String(z);
        s.background = fill.background;
        s.mixBlendMode = fill.blend;
        s.opacity = String(fill.opacity);
      }
      if (last?.box !== at) {
        s.left = `${box.left}px`;
        s.top = `${box.top}px`;
        s.width = `${box.right - box.left}px`;
        s.height = `${box.bottom - box.top}px`;
      }
      drawn.set(el, { look, box: at });
    });
    const hidden = p.boxes.length === 0;
    if (g.hidden !== hidden) g.hidden = hidden;
  }

  function run(budget: number): void {
    if (destroyed) return;
    const start = performance.now();
    const r = host.getBoundingClientRect();
    const hostBox = { left: r.left, top: r.top, right: r.left, bottom: r.top };
    const cache = new Map<Element, AncestorInfo>();
    for (const p of painted.values()) {
      if (!p.stale) {
        if (p.shifted) draw(p);
        continue;
      }
      if (!p.near) {
        // Out of reach: its old boxes may be wrong now; measured again when it comes near.
        hide(p);
        continue;
      }
      measure(p, hostBox, cache);
      if (performance.now() - start > budget) {
        schedule();
        return;
      }
    }
  }

  function observePage(on: boolean): void {
    if (on === observingPage) return;
    observingPage = on;
    if (on) {
      if (doc.body) mo.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true });
      ro?.observe(doc.documentElement);
      if (doc.body) ro?.observe(doc.body);
      win.addEventListener('scroll', onScroll, { capture: true, passive: true });
      win.addEventListener('resize', invalidateAll, { passive: true });
      doc.fonts?.addEventListener?.('loadingdone', invalidateAll);
    } else {
      mo.disconnect();
      ro?.disconnect();
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', invalidateAll);
      doc.fonts?.removeEventListener?.('loadingdone', invalidateAll);
    }
  }

  function onScroll(e: Event): void {
    const t = e.target;
    let any = false;
    if (t === doc || t === doc.documentElement || t === doc.body || t === win) {
      // The page's own scrolling moves our layer with it; only text in sticky boxes moves differently.
      for (const p of painted.values())
        if (p.sticky) {
          p.stale = true;
          any = true;
        }
    } else if (t instanceof win.Element) {
      for (const p of painted.values()) {
        if (!t.contains(p.anchor)) continue;
        // Measured inside this scroll box: just move it; otherwise (not measured yet, sticky) measure again.
        if (p.stale || !shift(p, t)) p.stale = true;
        any = true;
      }
    }
    if (any) schedule();
  }

  function track(p: Painted): void {
    let set = byAnchor.get(p.anchor);
    if (!set) {
      set = new Set();
      byAnchor.set(p.anchor, set);
      io?.observe(p.anchor);
      ro?.observe(p.anchor);
    }
    set.add(p);
  }

  function untrack(p: Painted): void {
    const set = byAnchor.get(p.anchor);
    if (!set) return;
    set.delete(p);
    if (set.size === 0) {
      byAnchor.delete(p.anchor);
      nearAnchors.delete(p.anchor);
      io?.unobserve(p.anchor);
      ro?.unobserve(p.anchor);
    }
  }

  function remove(p: Painted): void {
    untrack(p);
    p.group.remove();
    painted.delete(p.id);
  }

  return {
    paint() {
      if (destroyed) return;
      for (const p of [...painted.values()]) {
        if (!model.placed.has(p.id) || !model.notes.has(p.id)) remove(p);
      }
      for (const [id, range] of model.placed) {
        const note = model.notes.get(id);
        if (!note) continue;
        const anchor = anchorOf(range);
        if (!anchor) continue;
        const existing = painted.get(id);
        if (existing) {
          // Placed again (notes reloaded, a recycled slot): keep the old boxes on screen until re-measured.
          if (existing.range !== range) {
            existing.range = range;
            if (existing.anchor !== anchor) {
              untrack(existing);
              existing.anchor = anchor;
              existing.near = io === null || nearAnchors.has(anchor);
              track(existing);
            }
          }
          existing.color = note.color;
          existing.stale = true;
          continue;
        }
        const group = doc.createElement('div');
        group.className = 'dl-note';
        // For our own tests (read through the DevTools protocol): the page cannot enter the closed root.
        group.dataset.noteId = id;
        group.dataset.color = note.color;
        group.hidden = true;
        layer.append(group);
        const p: Painted = {
          id,
          range,
          color: note.color,
          anchor,
          group,
          near: io === null || nearAnchors.has(anchor),
          stale: true,
          boxes: [],
          raw: [],
          clips: [],
          scrolls: new Map(),
          shifted: false,
          fill: null,
          z: 0,
          fixed: false,
          sticky: false,
        };
        painted.set(id, p);
        track(p);
      }
      for (const p of painted.values()) p.group.dataset.color = p.color;
      observePage(painted.size > 0);
      schedule();
    },
    noteAt(x, y) {
      this.flush();
      const r = host.getBoundingClientRect();
      const top = doc.elementFromPoint(x, y);
      let best: Painted | null = null;
      for (const p of painted.values()) {
        if (p.group.hidden || p.boxes.length === 0) continue;
        const hit = p.fixed ? boxesContain(p.boxes, x, y) : boxesContain(p.boxes, x - r.left, y - r.top);
        if (!hit) continue;
        // Something of the page's own covers the text here (a menu, a dialog): the click is not on the passage.
        if (top && !(top === p.anchor || p.anchor.contains(top) || top.contains(p.anchor))) continue;
        if (!best || p.range.toString().length < best.range.toString().length) best = p;
      }
      return best ? { id: best.id, range: best.range } : null;
    },
    flush() {
      if (frame) {
        win.cancelAnimationFrame(frame);
        frame = 0;
      }
      run(Number.POSITIVE_INFINITY);
    },
    paintedCount: () => [...painted.values()].filter((p) => !p.group.hidden && p.boxes.length > 0).length,
    destroy() {
      destroyed = true;
      if (frame) win.cancelAnimationFrame(frame);
      observePage(false);
      io?.disconnect();
      ro?.disconnect();
      for (const p of painted.values()) p.group.remove();
      painted.clear();
      byAnchor.clear();
      nearAnchors.clear();
    },
  };
}
