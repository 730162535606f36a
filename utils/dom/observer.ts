/**
 * Living pages: a MutationObserver whose callback only queues records (cheap, runs inside the page's task);
 * once per frame the queued records are mapped to dirty blocks. Our own nodes (style element, UI hosts,
 * fallback wrappers) are ignored, and `discard()` drops the records of our own synchronous DOM writes.
 */
import { collectBlocks, createBlockResolver } from './blocks';

export interface DirtySet {
  /** Blocks whose text may have changed (or that are new), in no particular order. */
  blocks: Set<Element>;
  /** True when nodes were removed: tracked blocks may have left the page. */
  removed: boolean;
}

export interface BlockObserverOptions {
  /** Nodes we put into the page; their insertion/removal and changes inside them are not the page's. */
  isOwnNode(node: Node): boolean;
  /** Called once per burst with what changed. */
  onDirty(dirty: DirtySet): void;
  /** Coalescing: how to run the flush later (default: next animation frame, or a 16 ms timer). */
  schedule?: (cb: () => void) => void;
}

export interface BlockObserver {
  /** Maps every queued record to blocks now and calls `onDirty` if anything changed. */
  flush(): void;
  /** Moves records already produced into the queue (call before our own DOM writes). */
  collect(): void;
  /** Drops records produced since the last `collect()` (call right after our own synchronous DOM writes). */
  discard(): void;
  disconnect(): void;
}

function defaultSchedule(cb: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => cb());
  else setTimeout(cb, 16);
}

export function observeBlocks(root: Node, options: BlockObserverOptions): BlockObserver {
  const schedule = options.schedule ?? defaultSchedule;
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let connected = true;

  const flush = () => {
    scheduled = false;
    if (!connected) return;
    const records = pending.concat(mo.takeRecords());
    pending = [];
    if (records.length === 0) return;
    const dirty = toDirty(root, records, options.isOwnNode);
    if (dirty.blocks.size > 0 || dirty.removed) options.onDirty(dirty);
  };

  const mo = new MutationObserver((records) => {
    for (const r of records) pending.push(r);
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  mo.observe(root, { childList: true, characterData: true, subtree: true });

  return {
    flush,
    collect() {
      for (const r of mo.takeRecords()) pending.push(r);
      if (pending.length > 0 && !scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    discard() {
      mo.takeRecords();
    },
    disconnect() {
      connected = false;
      mo.disconnect();
      pending = [];
    },
  };
}

/** Whether the node sits inside one of our own nodes (a wrapper or UI host). */
function insideOwn(node: Node, isOwnNode: (n: Node) => boolean): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isOwnNode(n)) return true;
  return false;
}

export function toDirty(root: Node, records: readonly MutationRecord[], isOwnNode: (n: Node) => boolean): DirtySet {
  const blocks = new Set<Element>();
  let removed = false;
  const resolver = createBlockResolver(root);
  const added: Node[] = [];
  for (const r of records) {
    const target = r.target;
    if (!target.isConnected || !root.contains(target)) continue;
    if (r.type === 'characterData') {
      // Text inside our fallback wrapper is still the page's text: the resolver climbs through the wrapper.
      const block = resolver.blockOfText(target as Text);
      if (block && !insideOwn(block, isOwnNode)) blocks.add(block);
      continue;
    }
    // childList
    let ownOnly = true;
    for (const n of r.addedNodes) {
      if (isOwnNode(n)) continue;
      ownOnly = false;
      added.push(n);
    }
    for (const n of r.removedNodes) {
      if (isOwnNode(n)) continue;
      ownOnly = false;
      removed = true;
    }
    if (ownOnly) continue;
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
    const block = el ? resolver.blockOfElement(el) : null;
    if (block && !insideOwn(block, isOwnNode)) blocks.add(block);
  }
  for (const n of added) {
    if (!n.isConnected) continue;
    if (n.nodeType === 3) {
      const block = resolver.blockOfText(n as Text);
      if (block) blocks.add(block);
    } else if (n.nodeType === 1) {
      const el = n as Element;
      // Only walk subtrees that can hold text of their own; an added inline element is covered by its block.
      if (el.firstChild) for (const b of collectBlocks(el, resolver)) blocks.add(b);
    }
  }
  return { blocks, removed };
}
