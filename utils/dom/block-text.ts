/**
 * The text of one block as the reader sees it, with a mapping back to the DOM. Inline descendants join into one
 * run (a term split across <a>/<span> is found whole); <br>, <img> (emoji) and nested blocks end a run with a
 * virtual "\n" that belongs to no node, so no term can match across them.
 */
import { classify, Kind } from './blocks';

export interface BlockText {
  block: Element;
  /** Concatenated text; virtual "\n" separators sit between runs. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]`'s data begins in `text` (ascending). */
  starts: number[];
}

export interface ReadOptions {
  /** Check `checkVisibility()` once on the block (default true); an invisible block reads as empty. */
  checkVisibility?: boolean;
}

export function readBlockText(block: Element, options?: ReadOptions): BlockText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const empty: BlockText = { block, text: '', nodes, starts };
  if (options?.checkVisibility !== false && typeof block.checkVisibility === 'function' && !block.checkVisibility()) {
    return empty;
  }
  // Manual traversal: no TreeWalker object per block (thousands of small blocks per page).
  let text = '';
  let pendingBreak = false;
  let node: Node | null = block.firstChild;
  while (node) {
    let descend = false;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (pendingBreak) {
          text += '\n';
          pendingBreak = false;
        }
        nodes.push(node as Text);
        starts.push(text.length);
        text += data;
      }
    } else if (type === 1) {
      const kind = classify(node as Element);
      if (kind === Kind.Inline) descend = true;
      // Collapse consecutive breaks, and none before the first run.
      else if (kind !== Kind.Skip && text.length > 0) pendingBreak = true;
    }
    if (descend) {
      const child: Node | null = node.firstChild;
      if (child) {
        node = child;
        continue;
      }
    }
    // Next in document order without leaving the block.
    while (node && node !== block) {
      const sibling: Node | null = node.nextSibling;
      if (sibling) {
        node = sibling;
        break;
      }
      node = node.parentNode;
    }
    if (node === block) node = null;
  }
  return { block, text, nodes, starts };
}

/** Index of the node holding character `offset` (the last node starting at or before it), or -1. */
function nodeIndexAt(bt: BlockText, offset: number): number {
  const { starts } = bt;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface Boundaries {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * DOM boundary points covering exactly the characters [start, end) of `bt.text` (virtual separators at the
 * edges are trimmed off). Null when the span is empty, only virtual, or the nodes changed since reading.
 */
export function boundariesFor(bt: BlockText, start: number, end: number): Boundaries | null {
  if (!(start < end) || start < 0 || end > bt.text.length) return null;
  const { nodes, starts } = bt;
  let i = nodeIndexAt(bt, start);
  // `start` may sit on a virtual "\n" (or before the first node): move to the next real character.
  if (i < 0 || start >= (starts[i] as number) + (nodes[i] as Text).length) {
    i++;
    if (i >= nodes.length || (starts[i] as number) >= end) return null;
    start = starts[i] as number;
  }
  // end - 1 >= start, so j >= i.
  const j = Math.max(nodeIndexAt(bt, end - 1), i);
  const jStart = starts[j] as number;
  const jNode = nodes[j] as Text;
  // `end - 1` on a virtual "\n": end at the close of node j instead.
  const endOffset = Math.min(end - jStart, jNode.length);
  const startNode = nodes[i] as Text;
  const startOffset = start - (starts[i] as number);
  if (startOffset > startNode.length) return null;
  if (j === i && endOffset <= startOffset) return null;
  return { startContainer: startNode, startOffset, endContainer: jNode, endOffset };
}

/** A Range covering exactly characters [start, end) of the block text, possibly across several text nodes. */
export function rangeFor(bt: BlockText, start: number, end: number): Range | null {
  const b = boundariesFor(bt, start, end);
  if (!b) return null;
  const range = bt.block.ownerDocument.createRange();
  range.setStart(b.startContainer, b.startOffset);
  range.setEnd(b.endContainer, b.endOffset);
  return range;
}

/**
 * Offset in `bt.text` of a DOM point (as from a Selection or caretPositionFromPoint), or -1 when the point is not
 * inside this block's text. Element points resolve to the first text node at or after them.
 */
export function pointToOffset(bt: BlockText, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    const idx = bt.nodes.indexOf(node as Text);
    if (idx < 0) return -1;
    return (bt.starts[idx] as number) + Math.min(Math.max(offset, 0), (node as Text).length);
  }
  if (!bt.block.contains(node)) return -1;
  // Element point: the boundary before child `offset`; find the first of our text nodes at or after it.
  const child = node.childNodes[offset];
  for (let k = 0; k < bt.nodes.length; k++) {
    const t = bt.nodes[k] as Text;
    const after = child
      ? child === t || child.contains(t) || child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING
      : !node.contains(t) && node.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (after) return bt.starts[k] as number;
  }
  return bt.text.length;
}
