/**
 * The highlighting engine's DOM side: reads every block's text, asks the matcher, paints the matches, and keeps
 * them right while the page lives (Weibo recycles post slots in place). Work is time-sliced; a full pass first
 * paints the blocks in view, then walks the page once, finding blocks and reading them in the same walk. A block
 * whose text and nodes did not change is neither re-matched nor repainted; only blocks with terms are remembered.
 */
import type { Matcher, TermMatch } from '../matcher/types';
import { type BlockText, boundariesFor, pointToOffset, rangeFor, readBlockText } from './block-text';
import { blockWalkIntact, restartBlockWalk, startBlockWalk, stepBlockWalk, type WalkedBlock } from './block-walk';
import { classifierFor, classify, createBlockResolver, hasVisibleChars, Kind } from './blocks';
import { type BlockObserver, type DirtySet, observeBlocks } from './observer';
import type { TermPainter } from './painter';
import { runSliced, type SliceOptions, yieldToMain } from './scheduler';

export interface Occurrence {
  block: Element;
  /**
   * A new live Range on each read (never cached by us: every live Range in a document slows each of the page's
   * own DOM mutations; painting uses StaticRange). Collapsed at the block's start if the text moved meanwhile.
   */
  readonly range: Range;
  match: TermMatch;
}

class LazyOccurrence implements Occurrence {
  constructor(
    readonly block: Element,
    readonly match: TermMatch,
    private readonly bt: BlockText,
    /** Start point, kept for ordering without building Ranges. */
    readonly startNode: Text,
    readonly startOffset: number,
  ) {}

  get range(): Range {
    const r = rangeFor(this.bt, this.match.start, this.match.end);
    if (r) return r;
    const empty = this.block.ownerDocument.createRange();
    empty.setStart(this.block, 0);
    return empty;
  }
}

function compareOcc(a: LazyOccurrence, b: LazyOccurrence): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export interface ScanStats {
  blocks: number;
  characters: number;
  matches: number;
}

/** What a pass reports in its `diplolens:scan` measure: its stats and the time spent inside its slices. */
interface PassDetail extends ScanStats {
  /** ms of work (the measure's duration also counts the waits between slices, when the page runs). */
  busy: number;
}

export interface PageScannerOptions {
  root: Element;
  matcher: Matcher;
  painter: TermPainter;
  /** Blocks to leave alone (e.g. navigation chrome); called once per block read. */
  blockFilter?: (block: Element) => boolean;
  /** After each pass (initial, rescan, or a burst of mutations) with the blocks whose matches changed. */
  onUpdate?: (changed: readonly Element[], stats: ScanStats) => void;
  /** Time slicing knobs (tests inject a clock and a yield). */
  slicing?: SliceOptions;
  /** Mutation coalescing (default: next animation frame). */
  schedule?: (cb: () => void) => void;
  /** Observe mutations after start (default true). */
  observe?: boolean;
}

export interface PageScanner {
  start(): Promise<void>;
  stop(): void;
  /** Re-reads and re-matches every block (e.g. after the matcher or settings changed). */
  rescan(): Promise<void>;
  /** Processes queued mutations now and resolves once the resulting pass is done. */
  flush(): Promise<void>;
  occurrences(): Occurrence[];
  countsByConcept(): Map<string, number>;
  occurrenceAt(node: Node, offset: number): Occurrence | null;
  blockTextOf(block: Element): BlockText | null;
}

/** What the scanner keeps of a block with terms painted (blocks without terms leave nothing behind). */
interface BlockState {
  bt: BlockText;
  matches: TermMatch[];
  /** Pass generation that last matched this block; `rescan` bumps the generation to force re-matching. */
  gen: number;
  /** Occurrences for callers, built on demand. */
  occ: LazyOccurrence[] | null;
}

type StaticRangeCtor = new (init: StaticRangeInit) => StaticRange;

/** The matches of a block without terms (most blocks): one shared empty list, never written to. */
const NO_MATCHES: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

/** Whether the page has painted at least once (then its layout is done and reading positions is cheap). */
function hasPainted(doc: Document): boolean {
  const perf = doc.defaultView?.performance;
  return typeof perf?.getEntriesByType === 'function' && perf.getEntriesByType('paint').length > 0;
}

/** How many painted blocks the first pass looks at for the `diplolens:first-paint` mark. */
const FIRST_PAINT_CHECKS = 24;

/** Points sampled to find the blocks in view: every VIEW_STEP px down, at these fractions of the width. */
const VIEW_STEP = 40;
const VIEW_COLUMNS = [0.3, 0.5, 0.7];

function isVisible(block: Element): boolean {
  return typeof block.checkVisibility !== 'function' || block.checkVisibility();
}

function sameNodes(a: BlockText, b: BlockText | WalkedBlock): boolean {
  if (a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    if (a.nodes[i] !== b.nodes[i] || a.starts[i] !== b.starts[i]) return false;
  }
  return true;
}

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { root, matcher, painter, blockFilter, onUpdate } = options;
  const doc = root.ownerDocument;
  const states = new Map<Element, BlockState>();
  // Highlights need no live Ranges: StaticRange costs the page nothing on its own DOM mutations.
  const SR = (doc.defaultView as unknown as { StaticRange?: StaticRangeCtor } | null)?.StaticRange;
  const useStatic = painter.mode === 'highlight' && typeof SR === 'function';
  let gen = 0;
  let abort = new AbortController();
  let chain: Promise<void> = Promise.resolve();
  let observer: BlockObserver | null = null;
  let running = false;
  /** Painted blocks still to look at for the first-paint mark (see markFirstPaint). */
  let firstPaintChecks = FIRST_PAINT_CHECKS;

  const makeRange = (bt: BlockText, m: TermMatch): AbstractRange | null => {
    if (useStatic && SR) {
      const b = boundariesFor(bt, m.start, m.end);
      return b ? new SR(b) : null;
    }
    return rangeFor(bt, m.start, m.end);
  };

  const paint = (block: Element, bt: BlockText, matches: TermMatch[]): BlockText => {
    if (painter.mode === 'wrap') {
      // Wrapping splits text nodes: unwrap first, read again, wrap, and keep the post-wrap mapping.
      observer?.collect();
      painter.clearBlock(block);
      const fresh = readBlockText(block, { checkVisibility: false });
      const ranges: AbstractRange[] = [];
      for (const m of matches) {
        const r = rangeFor(fresh, m.start, m.end);
        if (r) ranges.push(r);
      }
      painter.setBlock(block, ranges);
      const after = readBlockText(block, { checkVisibility: false });
      observer?.discard();
      return after;
    }
    const ranges: AbstractRange[] = [];
    for (const m of matches) {
      const r = makeRange(bt, m);
      if (r) ranges.push(r);
    }
    painter.setBlock(block, ranges);
    return bt;
  };

  const drop = (block: Element) => {
    if (!states.has(block)) return;
    states.delete(block);
    if (painter.mode === 'wrap') observer?.collect();
    painter.clearBlock(block);
    if (painter.mode === 'wrap') observer?.discard();
  };

  /**
   * Matches and paints one block read as `read` (its own BlockText, or a walk's frame, whose arrays are copied only
   * if the block is kept); pushes it to `changed` when its painted matches changed.
   */
  const settle = (read: BlockText | WalkedBlock, owned: boolean, stats: ScanStats, changed: Element[]) => {
    const { block, text } = read;
    const prev = states.get(block);
    stats.blocks++;
    stats.characters += text.length;
    let matches: TermMatch[] = NO_MATCHES;
    let bt: BlockText | null = null;
    const keep = (): BlockText => {
      bt ??= owned ? (read as BlockText) : { block, text, nodes: read.nodes.slice(), starts: read.starts.slice() };
      return bt;
    };
    if (text.length > 0) {
      if (prev && prev.bt.text === text && prev.gen === gen) {
        // Nothing to do (e.g. a sibling's time label changed), unless its painted terms were hidden meanwhile.
        if (sameNodes(prev.bt, read) && (prev.matches.length === 0 || isVisible(block))) return;
        matches = prev.matches; // same text in new nodes (a recycled slot): repaint without matching
      } else {
        matches = matcher.findAll(text);
      }
    }
    // Visibility is checked lazily, only for blocks with something to paint: `checkVisibility` costs about as
    // much as reading the text, and most blocks have no terms.
    if (text.length === 0 || (matches.length > 0 && !isVisible(block))) {
      if (prev) {
        if (prev.matches.length > 0) changed.push(block);
        drop(block);
      }
      return;
    }
    stats.matches += matches.length;
    if (matches.length === 0 && !prev) return;
    const painted = paint(block, keep(), matches);
    changed.push(block);
    if (matches.length > 0) {
      states.set(block, { bt: painted, matches, gen, occ: null });
      // Only on a painted page: a rectangle before the first layout would force it.
      if (firstPaintChecks > 0 && hasPainted(doc)) markFirstPaint(block);
    } else states.delete(block);
  };

  /**
   * `performance.mark('diplolens:first-paint')` when the first term inside the viewport is painted (the bench's
   * start-up figure). Checked for the first few painted blocks only (blocks in view come first): one rectangle each.
   */
  const markFirstPaint = (block: Element) => {
    firstPaintChecks--;
    const win = doc.defaultView;
    if (!win) return;
    const r = block.getBoundingClientRect();
    if (r.bottom > 0 && r.top < win.innerHeight && r.height > 0) {
      firstPaintChecks = 0;
      try {
        performance.mark('diplolens:first-paint');
      } catch {
        // measuring is best effort
      }
    }
  };

  /**
   * Reads one block; pushes it to `changed` when its painted matches changed. `onlyBlocks`: leave it alone unless it
   * is a block as the walk defines it (holds non-blank text), for blocks found by position rather than by walking.
   */
  const processBlock = (block: Element, stats: ScanStats, changed: Element[], onlyBlocks = false) => {
    if (!block.isConnected || (blockFilter && !blockFilter(block))) {
      if (states.has(block)) {
        drop(block);
        changed.push(block);
      }
      return;
    }
    const bt = readBlockText(block, { checkVisibility: false });
    if (onlyBlocks && !hasVisibleChars(bt.text)) return;
    settle(bt, true, stats, changed);
  };

  /** A block the full walk has read (its arrays are the walk's: copied only when the block is kept). */
  const processWalked = (w: WalkedBlock, stats: ScanStats, changed: Element[]) => {
    if (blockFilter && !blockFilter(w.block)) {
      if (states.has(w.block)) {
        drop(w.block);
        changed.push(w.block);
      }
      return;
    }
    settle(w, false, stats, changed);
  };

  /** Whether the full walk reads this block: no ancestor below the root is skipped (aria-hidden, svg, code …). */
  const walkReaches = (block: Element): boolean => {
    for (let a = block.parentElement; a && a !== root; a = a.parentElement) {
      const kind = classify(a);
      if (kind === Kind.Skip || kind === Kind.SkipBreak || kind === Kind.Break) return false;
    }
    return true;
  };

  /**
   * The blocks under a few points down the middle of the viewport, in order: painted first, so the reader sees
   * terms where they look before the walk reaches them. One layout (the browser needs it to paint anyway).
   */
  const blocksInView = (): Element[] => {
    const win = doc.defaultView;
    if (!win || typeof doc.elementFromPoint !== 'function') return [];
    const height = win.innerHeight;
    const width = win.innerWidth;
    if (!(height > 0 && width > 0)) return [];
    const resolver = createBlockResolver(root);
    const found: Element[] = [];
    const seen = new Set<Element>();
    for (let y = 8; y < height; y += VIEW_STEP) {
      for (const fx of VIEW_COLUMNS) {
        const el = doc.elementFromPoint(width * fx, y);
        if (!el || !root.contains(el) || painter.isOwnNode(el)) continue;
        const block = resolver.blockOfElement(el);
        if (block && !seen.has(block)) {
          seen.add(block);
          if (walkReaches(block)) found.push(block);
        }
      }
    }
    return found;
  };

  const runPass = (blocks: Element[], sweep: boolean): Promise<void> => {
    const signal = abort.signal;
    const pass = async () => {
      if (signal.aborted) return;
      const t0 = performance.now();
      const stats: ScanStats = { blocks: 0, characters: 0, matches: 0 };
      const changed: Element[] = [];
      if (sweep) {
        for (const block of [...states.keys()]) {
          if (!block.isConnected || !root.contains(block)) {
            if ((states.get(block)?.matches.length ?? 0) > 0) changed.push(block);
            drop(block);
          }
        }
      }
      const work = (b: Element) => {
        if (signal.aborted) return;
        try {
          processBlock(b, stats, changed);
        } catch (err) {
          // One odd block (or a matcher bug) must not stop the pass or surface as an error on the page.
          console.warn('[DiploLens] block skipped', err);
        }
      };
      const busy = { ms: 0 };
      const done = await runSliced(blocks, work, { ...options.slicing, signal, busy });
      if (!done) return;
      // After the pass, so the restyle a new sheet causes is not pulled into one of our slices.
      if (changed.length > 0) painter.ensureStyle();
      measure(t0, { ...stats, busy: busy.ms });
      if (onUpdate && (changed.length > 0 || sweep)) onUpdate(changed, stats);
    };
    chain = chain.then(pass, pass);
    return chain;
  };

  const onDirty = (dirty: DirtySet) => {
    void runPass([...dirty.blocks], dirty.removed);
  };

  /**
   * Every block: those in view first (read one by one), then one walk over the page that finds and reads the rest
   * (sliced; restarted past the finished blocks if the page moved the node it paused on). Blocks no longer blocks
   * lose their paint after the pass.
   */
  const fullPass = (): Promise<void> => {
    const signal = abort.signal;
    const pass = async () => {
      if (signal.aborted) return;
      const t0 = performance.now();
      const budget = options.slicing?.budgetMs ?? 8;
      const now = options.slicing?.now ?? (() => performance.now());
      const yieldFn = options.slicing?.yieldFn ?? yieldToMain;
      const stats: ScanStats = { blocks: 0, characters: 0, matches: 0 };
      const changed: Element[] = [];
      // Only a rescan has states to check against the blocks found; a first pass keeps no list of them.
      const seen = states.size > 0 ? new Set<Element>() : null;
      for (const block of [...states.keys()]) {
        if (!block.isConnected || !root.contains(block)) {
          if ((states.get(block)?.matches.length ?? 0) > 0) changed.push(block);
          drop(block);
        }
      }
      const guard = (f: () => void) => {
        try {
          f();
        } catch (err) {
          // One odd block (or a matcher bug) must not stop the pass or surface as an error on the page.
          console.warn('[DiploLens] block skipped', err);
        }
      };
      // A reader scrolled down sees the blocks in view painted first. Only asked on a page that has painted: there
      // the layout is done, where anything about positions (scrollY included) would force it inside our task; and a
      // page not yet painted has not been scrolled by anyone.
      const early = new Set<Element>();
      if (hasPainted(doc) && (doc.defaultView?.scrollY ?? 0) > 0) {
        for (const block of blocksInView()) {
          early.add(block);
          guard(() => processBlock(block, stats, changed, true));
        }
      }
      let walk = startBlockWalk(root, { classify: classifierFor(root) });
      const onBlock = (w: WalkedBlock) => {
        seen?.add(w.block);
        if (early.size > 0 && early.has(w.block)) return;
        try {
          processWalked(w, stats, changed);
        } catch (err) {
          console.warn('[DiploLens] block skipped', err);
        }
      };
      let sliceStart = now();
      let busy = 0;
      while (!stepBlockWalk(walk, onBlock, () => now() - sliceStart >= budget)) {
        busy += now() - sliceStart;
        await yieldFn();
        if (signal.aborted) return;
        sliceStart = now();
        if (!blockWalkIntact(walk)) walk = restartBlockWalk(walk);
      }
      if (seen) {
        for (const block of [...states.keys()]) {
          if (!seen.has(block) && !early.has(block)) {
            if ((states.get(block)?.matches.length ?? 0) > 0) changed.push(block);
            drop(block);
          }
        }
      }
      busy += now() - sliceStart;
      // After the pass, so the restyle a new sheet causes is not pulled into one of our slices.
      if (changed.length > 0) painter.ensureStyle();
      measure(t0, { ...stats, busy });
      if (onUpdate) onUpdate(changed, stats);
    };
    chain = chain.then(pass, pass);
    return chain;
  };

  const measure = (t0: number, detail: PassDetail) => {
    try {
      performance.measure('diplolens:scan', { start: t0, end: performance.now(), detail });
    } catch {
      // performance.measure with options is missing in very old engines; measuring is best effort.
    }
  };

  const buildOcc = (block: Element, st: BlockState): LazyOccurrence[] => {
    if (st.occ) return st.occ;
    const occ: LazyOccurrence[] = [];
    for (const match of st.matches) {
      const b = boundariesFor(st.bt, match.start, match.end);
      if (b) occ.push(new LazyOccurrence(block, match, st.bt, b.startContainer, b.startOffset));
    }
    st.occ = occ;
    return occ;
  };

  return {
    start() {
      if (running) return chain;
      running = true;
      abort = new AbortController();
      if (options.observe !== false) {
        observer = observeBlocks(root, {
          isOwnNode: (n) => painter.isOwnNode(n),
          onDirty,
          ...(options.schedule ? { schedule: options.schedule } : {}),
        });
      }
      return fullPass();
    },
    stop() {
      running = false;
      abort.abort();
      observer?.disconnect();
      observer = null;
      painter.clearAll();
      states.clear();
    },
    rescan() {
      gen++;
      return fullPass();
    },
    flush() {
      observer?.flush();
      return chain;
    },
    occurrences() {
      const all: LazyOccurrence[] = [];
      for (const [block, st] of states) if (st.matches.length > 0) for (const o of buildOcc(block, st)) all.push(o);
      // Blocks are mostly in document order already (new posts come later); sort only when they are not.
      let sorted = true;
      for (let i = 1; i < all.length && sorted; i++) {
        if (compareOcc(all[i - 1] as LazyOccurrence, all[i] as LazyOccurrence) > 0) sorted = false;
      }
      if (!sorted) all.sort(compareOcc);
      return all;
    },
    countsByConcept() {
      const counts = new Map<string, number>();
      for (const st of states.values()) {
        for (const m of st.matches) for (const h of m.hits) counts.set(h.conceptId, (counts.get(h.conceptId) ?? 0) + 1);
      }
      return counts;
    },
    occurrenceAt(node, offset) {
      const resolver = createBlockResolver(root);
      const block =
        node.nodeType === 3
          ? resolver.blockOfText(node as Text)
          : node.nodeType === 1
            ? resolver.blockOfElement(node as Element)
            : null;
      const st = block ? states.get(block) : undefined;
      if (!block || !st || st.matches.length === 0) return null;
      const off = pointToOffset(st.bt, node, offset);
      if (off < 0) return null;
      for (const o of buildOcc(block, st)) if (o.match.start <= off && off < o.match.end) return o;
      return null;
    },
    blockTextOf: (block) => states.get(block)?.bt ?? null,
  };
}
