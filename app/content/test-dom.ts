/**
 * Test helpers for the content app's DOM-bound modules under happy-dom, which has no layout: a trusted-event
 * marker (dispatched events are untrusted, as a page's are) and a tiny text geometry (10 px per character, 20 px
 * lines, placed by `data-x` / `data-y` on the text's parent).
 */

/** Marks an event as the browser's own (what a page can never make). */
export function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

export function rect(left: number, top: number, width: number, height: number): DOMRect {
  return {
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
    toJSON: () => ({}),
  } as DOMRect;
}

export const CHAR_W = 10;
export const LINE_H = 20;

/** Range rects from `data-x`/`data-y` on the text's parent, in viewport coordinates minus `scroll()`. */
export function stubTextGeometry(scroll: () => { x: number; y: number } = () => ({ x: 0, y: 0 })): () => void {
  const original = Range.prototype.getClientRects;
  Range.prototype.getClientRects = function (this: Range) {
    const n = this.startContainer;
    if (n.nodeType !== 3 || n !== this.endContainer) return [] as unknown as DOMRectList;
    const p = n.parentElement;
    const x = Number(p?.dataset.x ?? 0) - scroll().x;
    const y = Number(p?.dataset.y ?? 0) - scroll().y;
    const w = (this.endOffset - this.startOffset) * CHAR_W;
    return (w > 0 ? [rect(x + this.startOffset * CHAR_W, y, w, LINE_H)] : []) as unknown as DOMRectList;
  };
  return () => {
    Range.prototype.getClientRects = original;
  };
}

export function rangeOf(node: Node, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}
