/**
 * What term is under the pointer. The Highlight API's own hit test where the browser has it; otherwise the caret
 * position under the point, confirmed against the range's boxes (a caret snaps to the nearest character even when
 * the pointer is in a margin, which must not open a card).
 */

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
interface RegistryWithHitTest {
  highlightsFromPoint?: (x: number, y: number) => HighlightHit[];
}
interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint.call(doc, x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return true;
  }
  return false;
}

/**
 * The item under (x, y) among the ranges of the named highlight. `byRange` maps our Range objects to items;
 * `byCaret` resolves a caret position (fallback path).
 */
export function hitTest<T extends { range: Range }>(
  doc: Document,
  x: number,
  y: number,
  highlightName: string,
  byRange: (range: AbstractRange) => T | undefined,
  byCaret: (node: Node, offset: number) => T | null,
): T | null {
  const registry = (globalThis.CSS?.highlights ?? undefined) as (HighlightRegistry & RegistryWithHitTest) | undefined;
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    const ours = registry.get(highlightName);
    for (const hit of registry.highlightsFromPoint(x, y)) {
      if (hit.highlight !== ours) continue;
      for (const r of hit.ranges) {
        const item = byRange(r);
        if (item) return item;
      }
    }
    return null;
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const item = byCaret(caret.node, caret.offset);
  return item && rangeContainsPoint(item.range, x, y) ? item : null;
}
