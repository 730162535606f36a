/**
 * The text an anchor's offsets count in: the root's Text nodes in document order, without script/style/noscript/
 * textarea and without our own UI (anything marked `data-diplolens-ui`). Offsets are UTF-16 code units, like
 * String.prototype.slice and Range offsets.
 */

export interface TextSpan {
  node: Text;
  start: number;
  end: number;
}

export interface TextIndex {
  root: Element;
  text: string;
  spans: TextSpan[];
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);
export const UI_ATTRIBUTE = 'data-diplolens-ui';

function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute(UI_ATTRIBUTE);
}

export function buildTextIndex(root: Element): TextIndex {
  const spans: TextSpan[] = [];
  const parts: string[] = [];
  let offset = 0;
  // Iterative walk: deep page trees must not overflow the stack.
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node as Text;
      const len = t.data.length;
      if (len) {
        spans.push({ node: t, start: offset, end: offset + len });
        parts.push(t.data);
        offset += len;
      }
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE && node !== root && isSkipped(node as Element)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  return { root, text: parts.join(''), spans };
}

/** First span whose end is after `offset` (binary search). */
function spanIndexAt(spans: TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as TextSpan;
    if (s.end > offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** A DOM Range over [start, end) of the index's text, or null when the offsets are out of bounds or empty. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.text.length || start >= end) {
    return null;
  }
  const si = spanIndexAt(index.spans, start);
  // The end lies in the last span that starts before it.
  const ei = spanIndexAt(index.spans, end - 1);
  const s = index.spans[si];
  const e = index.spans[ei];
  if (!s || !e) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(s.node, start - s.start);
  range.setEnd(e.node, end - e.start);
  return range;
}

/** Is text node `t` at or after the boundary point (container, offset)? */
function isAtOrAfter(t: Text, container: Node, offset: number): boolean {
  if (container === t) return offset === 0;
  const child = container.childNodes[offset];
  if (child) {
    if (child === t || child.contains(t)) return true;
    return (child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }
  // Boundary at the end of container: t must come after container and not inside it.
  const pos = container.compareDocumentPosition(t);
  return (pos & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (pos & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
}

function offsetOfPoint(index: TextIndex, container: Node, offset: number): number {
  for (const span of index.spans) {
    if (span.node === container) return span.start + Math.min(Math.max(offset, 0), span.end - span.start);
  }
  // A boundary in an element, or in a text node we do not index: the first indexed text after it starts there.
  for (const span of index.spans) {
    if (isAtOrAfter(span.node, container, offset)) return span.start;
  }
  return index.text.length;
}

/** Offsets of a Range within the index's text (clamped to the root), or null when it selects no indexed text. */
export function offsetsFromRange(index: TextIndex, range: Range): { start: number; end: number } | null {
  const start = offsetOfPoint(index, range.startContainer, range.startOffset);
  const end = offsetOfPoint(index, range.endContainer, range.endOffset);
  if (end <= start) return null;
  return { start, end };
}
