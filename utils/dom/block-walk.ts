/**
 * One walk over a subtree that finds the blocks and reads their text at the same time: each node is visited once
 * (collecting blocks and then reading each one walked most of the page twice and classified every element two or
 * three times). A block's text, nodes and offsets come out exactly as `readBlockText` gives them, and the blocks are
 * exactly those `collectBlocks` finds, so the two paths can be mixed (a pass reads dirty blocks one by one).
 *
 * Each open block (an ancestor of the current node) keeps its text run; nested blocks are finished before the block
 * around them. The walk is resumable (time slicing) and allocates nothing per node: text is joined as the page's own
 * strings, and the arrays of a finished block are reused unless the caller copies them.
 */
import { classify, hasVisibleChars, Kind } from './blocks';

/** A block as the walk read it. Valid only during the `onBlock` call: copy `nodes`/`starts` to keep them. */
export interface WalkedBlock {
  block: Element;
  /** As `readBlockText(block).text`: runs of inline text, virtual "\n" between runs. */
  text: string;
  nodes: readonly Text[];
  starts: readonly number[];
}

interface Frame extends WalkedBlock {
  nodes: Text[];
  starts: number[];
  /** Holds a non-blank text node: a block (`collectBlocks` finds it). */
  visible: boolean;
  pendingBreak: boolean;
}

export interface BlockWalk {
  root: Element;
  /** Next node to visit (null when done). */
  node: Node | null;
  /** Open blocks, innermost last. */
  frames: Frame[];
  /** Finished frames, their arrays kept for reuse. */
  pool: Frame[];
  /** Blocks whose whole subtree was walked, in the order they were finished (shared with restarted walks). */
  finished: Element[];
  /** Blocks not to enter again (those finished before a restart). */
  skip: ReadonlySet<Element> | null;
  classifyEl: (el: Element) => Kind;
}

export interface BlockWalkOptions {
  /** Element classification (default `classify`); the scanner passes one that answers attributes from a query. */
  classify?: (el: Element) => Kind;
  /** Blocks finished by an earlier walk over the same root, skipped by this one (see `restartBlockWalk`). */
  finished?: Element[];
}

export function startBlockWalk(root: Element, options: BlockWalkOptions = {}): BlockWalk {
  const walk: BlockWalk = {
    root,
    node: root.firstChild,
    frames: [],
    pool: [],
    finished: options.finished ?? [],
    skip: options.finished && options.finished.length > 0 ? new Set(options.finished) : null,
    classifyEl: options.classify ?? classify,
  };
  // The root is a block (when not itself skipped) whatever its tag, as `createBlockResolver` has it. Classified in
  // full: a classifier built from a query over the root's descendants does not know the root's own attributes.
  const kind = classify(root);
  if (kind === Kind.Inline || kind === Kind.Blockish) open(walk, root);
  return walk;
}

/**
 * After the page changed the DOM between two slices: a walk that skips the blocks already finished and reads the
 * rest again from the top, so it always ends even on a page that never stops mutating.
 */
export function restartBlockWalk(walk: BlockWalk): BlockWalk {
  return startBlockWalk(walk.root, { classify: walk.classifyEl, finished: walk.finished });
}

/** True while the node the walk paused on is still where the walk left it (inside every open block). */
export function blockWalkIntact(walk: BlockWalk): boolean {
  const node = walk.node;
  if (!node) return true;
  if (!walk.root.contains(node)) return false;
  for (const f of walk.frames) if (f.block !== walk.root && !f.block.contains(node)) return false;
  return true;
}

function open(walk: BlockWalk, block: Element): void {
  const frame = walk.pool.pop();
  if (frame) {
    frame.block = block;
    frame.text = '';
    frame.nodes.length = 0;
    frame.starts.length = 0;
    frame.visible = false;
    frame.pendingBreak = false;
    walk.frames.push(frame);
  } else {
    walk.frames.push({ block, text: '', nodes: [], starts: [], visible: false, pendingBreak: false });
  }
}

function close(walk: BlockWalk, onBlock: (b: WalkedBlock) => void): void {
  const frame = walk.frames.pop();
  if (!frame) return;
  walk.finished.push(frame.block);
  try {
    if (frame.visible) onBlock(frame);
  } finally {
    // Drop references to the page's nodes and text before the frame waits in the pool.
    frame.text = '';
    frame.nodes.length = 0;
    frame.starts.length = 0;
    walk.pool.push(frame);
  }
}

/**
 * Walks until done (returns true) or until `shouldStop()` says so (checked every 64 nodes; returns false). Calls
 * `onBlock` for each block as soon as its subtree is read, inner blocks before the blocks around them.
 */
export function stepBlockWalk(walk: BlockWalk, onBlock: (b: WalkedBlock) => void, shouldStop: () => boolean): boolean {
  const { root, frames, skip, classifyEl } = walk;
  let node = walk.node;
  let n = 0;
  while (node) {
    if ((++n & 63) === 0 && shouldStop()) {
      walk.node = node;
      return false;
    }
    let descend = false;
    const type = node.nodeType;
    const top = frames[frames.length - 1];
    if (type === 3) {
      const data = (node as Text).data;
      if (top && data.length > 0) {
        if (top.pendingBreak) {
          top.text += '\n';
          top.pendingBreak = false;
        }
        top.nodes.push(node as Text);
        top.starts.push(top.text.length);
        top.text += data;
        if (!top.visible && hasVisibleChars(data)) top.visible = true;
      }
    } else if (type === 1) {
      const kind = classifyEl(node as Element);
      if (kind === Kind.Inline) descend = true;
      else {
        // Breaks, nested blocks and visible non-text end the run around them (collapsed, none before the first).
        if (kind !== Kind.Skip && top && top.text.length > 0) top.pendingBreak = true;
        if (kind === Kind.Blockish && !skip?.has(node as Element)) {
          open(walk, node as Element);
          descend = true;
          if (!node.firstChild) close(walk, onBlock);
        }
      }
    }
    if (descend) {
      const child: Node | null = node.firstChild;
      if (child) {
        node = child;
        continue;
      }
    }
    // Next in document order; leaving a block's subtree finishes it.
    for (;;) {
      if (node === root) {
        node = null;
        break;
      }
      const sibling: Node | null = node.nextSibling;
      if (sibling) {
        node = sibling;
        break;
      }
      node = node.parentNode;
      if (!node) break;
      if (node === frames[frames.length - 1]?.block && node !== root) close(walk, onBlock);
    }
  }
  while (frames.length > 0) close(walk, onBlock);
  walk.node = null;
  return true;
}
