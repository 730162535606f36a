/**
 * Which elements are "blocks" — the unit we read text from, match and repaint — and how every other element is
 * treated while walking a block. Decided from tag names and attributes only: no getComputedStyle in the hot path.
 */

/** How a walker treats an element it meets inside a block. */
export const Kind = {
  /** Inline (a, span, b, #topic# link, unknown tags): descend, its text joins the current run. */
  Inline: 0,
  /** Invisible (script, style, hidden, display:none, our UI): skip the subtree, the run goes on across it. */
  Skip: 1,
  /** Visible but not text for us (svg, code, contenteditable, aria-hidden): skip the subtree and end the run. */
  SkipBreak: 2,
  /** A leaf that separates text (br, img emoji): ends the run. */
  Break: 3,
  /** Block-level (p, li, div …): a block of its own or a wrapper of blocks; ends the run of an ancestor block. */
  Blockish: 4,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Attribute that marks DiploLens UI in the page; such subtrees are never read. */
export const UI_ATTR = 'data-diplolens-ui';

/** Always blocks, as the brief lists them. */
const BLOCK_TAGS = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'blockquote', 'figcaption'];
const BLOCK_TAGS_2 = ['caption', 'summary', 'label'];
/** Block-level wrappers: a block when they hold their own (inline-reachable) text, else just containers. */
const CONTAINER_TAGS = ['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'body', 'html'];
const CONTAINER_TAGS_2 = ['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'form', 'fieldset', 'figure'];
const CONTAINER_TAGS_3 = ['details', 'dialog', 'address', 'hgroup', 'menu', 'legend', 'center', 'hr'];
const SKIP_TAGS = ['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'datalist', 'option'];
const SKIP_BREAK_TAGS = ['textarea', 'input', 'select', 'code', 'pre', 'svg', 'math', 'iframe', 'object', 'embed'];
const SKIP_BREAK_TAGS_2 = ['canvas', 'video', 'audio', 'picture', 'button', 'kbd', 'samp'];
const BREAK_TAGS = ['br', 'img'];

const TAG_KIND = new Map<string, Kind>();
for (const t of [...CONTAINER_TAGS, ...CONTAINER_TAGS_2, ...CONTAINER_TAGS_3, ...BLOCK_TAGS, ...BLOCK_TAGS_2]) {
  TAG_KIND.set(t, Kind.Blockish);
}
for (const t of SKIP_TAGS) TAG_KIND.set(t, Kind.Skip);
for (const t of [...SKIP_BREAK_TAGS, ...SKIP_BREAK_TAGS_2]) TAG_KIND.set(t, Kind.SkipBreak);
for (const t of BREAK_TAGS) TAG_KIND.set(t, Kind.Break);

const DISPLAY_NONE = /display\s*:\s*none/i;

/** One native selector match instead of five attribute reads: elements that might be hidden, ours, or editable. */
const SUSPECT = `[hidden],[${UI_ATTR}],[style*="none" i],[aria-hidden],[contenteditable]`;

/** Classify one element by tag and attributes (no style computation). */
export function classify(el: Element): Kind {
  const byTag = TAG_KIND.get(el.localName);
  if (byTag !== undefined && byTag !== Kind.Blockish) return byTag;
  // Most elements carry no attributes or only class/href: `hasAttributes` and one `matches` rule them out.
  if (el.hasAttributes() && el.matches(SUSPECT)) return bySuspectAttributes(el, byTag);
  return byTag ?? Kind.Inline;
}

/** The kind of an element that matches SUSPECT (its tag made it a block or inline). */
function bySuspectAttributes(el: Element, byTag: Kind | undefined): Kind {
  if (el.hasAttribute('hidden') || el.hasAttribute(UI_ATTR)) return Kind.Skip;
  const style = el.getAttribute('style');
  if (style !== null && DISPLAY_NONE.test(style)) return Kind.Skip;
  if (el.getAttribute('aria-hidden')?.toLowerCase() === 'true') return Kind.SkipBreak;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return Kind.SkipBreak;
  return byTag ?? Kind.Inline;
}

/**
 * `classify` for one pass over `root`'s descendants: one native query finds the elements whose attributes matter
 * (most pages have none), so no element costs a `matches` call. Elements the page adds after the query are
 * classified by tag only until the mutation that added them is handled (with `classify`).
 */
export function classifierFor(root: Element): (el: Element) => Kind {
  const suspects = new Set(root.querySelectorAll(SUSPECT));
  if (suspects.size === 0) {
    return (el) => TAG_KIND.get(el.localName) ?? Kind.Inline;
  }
  return (el) => {
    const byTag = TAG_KIND.get(el.localName);
    if (byTag !== undefined && byTag !== Kind.Blockish) return byTag;
    return suspects.has(el) ? bySuspectAttributes(el, byTag) : (byTag ?? Kind.Inline);
  };
}

/** True for tags that end a run of text (used by the fallback painter and the observer). */
export function isBlockish(el: Element): boolean {
  return TAG_KIND.get(el.localName) === Kind.Blockish;
}

/** True when the text node holds something other than whitespace. */
export function hasVisibleChars(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    // space, tab, LF, CR, FF, NBSP and the ideographic space count as blank
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 160 && c !== 0x3000) return true;
  }
  return false;
}

/**
 * Finds a node's block: the nearest block-level ancestor (inline ancestors are climbed). Results are cached
 * per element, so a pass over many text nodes under one parent costs one Map lookup each. A cache is valid for
 * one synchronous pass only (the DOM may change in between); make a new resolver per pass.
 */
export interface BlockResolver {
  /** Block of an element's content (the element itself if block-level), or null when inside a skipped subtree. */
  blockOfElement(el: Element): Element | null;
  /** Block of a text node, or null when it lies in a skipped subtree or outside the root. */
  blockOfText(text: Text): Element | null;
}

export function createBlockResolver(root: Node): BlockResolver {
  const cache = new Map<Element, Element | null>();
  const rootEl = root.nodeType === 1 ? (root as Element) : null;
  const resolve = (el: Element): Element | null => {
    const hit = cache.get(el);
    if (hit !== undefined) return hit;
    let result: Element | null;
    const kind = classify(el);
    if (kind === Kind.Skip || kind === Kind.SkipBreak || kind === Kind.Break) result = null;
    else if (kind === Kind.Blockish || el === rootEl) result = el;
    else {
      const parent = el.parentElement;
      result = parent && root.contains(parent) ? resolve(parent) : rootEl;
    }
    cache.set(el, result);
    return result;
  };
  return {
    blockOfElement: resolve,
    blockOfText(text) {
      const parent = text.parentElement;
      return parent ? resolve(parent) : null;
    },
  };
}

/**
 * All blocks under `root` (root included when it has its own text), in document order, in one TreeWalker pass.
 * A block is a block-level element with at least one non-blank text node reachable through inline elements.
 * `root` should be an element; a skipped ancestor of root is not checked (the scanner checks visibility per block).
 * Pass the resolver of a wider root to collect inside a subtree (an inline root then resolves to its block).
 */
export function collectBlocks(root: Node, resolver: BlockResolver = createBlockResolver(root)): Element[] {
  const walk = startCollect(root, resolver);
  stepCollect(walk, () => false);
  return finishCollect(walk);
}

/** A resumable collectBlocks walk (see `collectBlocksSliced` in scheduler.ts). */
export interface CollectWalk {
  root: Node;
  resolver: BlockResolver;
  walker: TreeWalker;
  node: Node | null;
  blocks: Element[];
  seen: Set<Element>;
  needsSort: boolean;
}

export function startCollect(root: Node, resolver: BlockResolver = createBlockResolver(root)): CollectWalk {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const node = root.nodeType === 3 ? root : walker.nextNode();
  return { root, resolver, walker, node, blocks: [], seen: new Set(), needsSort: false };
}

/** Walks until done (returns true) or until `shouldStop()` says so (checked every 64 nodes; returns false). */
export function stepCollect(walk: CollectWalk, shouldStop: () => boolean): boolean {
  const { walker, blocks, seen, resolver } = walk;
  let node = walk.node;
  let n = 0;
  while (node) {
    if ((++n & 63) === 0 && shouldStop()) {
      walk.node = node;
      return false;
    }
    if (node.nodeType === 3) {
      // Resolve first: most text nodes belong to a block already found, and then their data is never read.
      const block = resolver.blockOfText(node as Text);
      if (block && !seen.has(block) && hasVisibleChars((node as Text).data)) {
        const prev = blocks[blocks.length - 1];
        // An ancestor block whose text comes after a nested block's (<div><p>x</p> tail</div>) arrives late.
        if (prev && block.contains(prev)) walk.needsSort = true;
        seen.add(block);
        blocks.push(block);
      }
      node = walker.nextNode();
      continue;
    }
    const kind = classify(node as Element);
    node = kind === Kind.Inline || kind === Kind.Blockish ? walker.nextNode() : skipSubtree(walker);
  }
  walk.node = null;
  return true;
}

export function finishCollect(walk: CollectWalk): Element[] {
  if (walk.needsSort) walk.blocks.sort(compareDocumentOrder);
  walk.needsSort = false;
  return walk.blocks;
}

export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Moves the walker past the current node's subtree; returns the next node in document order or null. */
export function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  if (next) return next;
  while (walker.parentNode()) {
    next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}
