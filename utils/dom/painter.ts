/**
 * Painting without touching the page: every term occurrence goes into one `Highlight` registered in
 * `CSS.highlights`, styled by `::highlight(name)` from one stylesheet we add (adoptedStyleSheets when possible,
 * which a strict style-src CSP does not block). Where the Highlight API is missing, and only there, occurrences
 * are wrapped in an inline `<span data-diplolens-term>` — the one documented exception to "never touch the page" —
 * and unwrapped cleanly (split text nodes are merged back, the page's original node keeps its identity). A built-in
 * element, never a custom one: a page that defines a custom element's name before we run runs its own code in
 * every element of that name we create (it could empty them, and so erase its own text).
 */
import { UI_ATTR } from './blocks';

const WRAPPER_ATTR = 'data-diplolens-term';
/** The selector of our fallback wrappers (also the CSS rule that styles them). */
export const WRAPPER_TAG = `span[${WRAPPER_ATTR}]`;

export interface InjectedStyle {
  remove(): void;
}

/** Adds one stylesheet to the document; prefers a constructed sheet in `adoptedStyleSheets` (CSP-proof). */
export function injectStyle(doc: Document, cssText: string): InjectedStyle {
  const win = doc.defaultView;
  const Sheet = win?.CSSStyleSheet;
  if (Sheet && Array.isArray(doc.adoptedStyleSheets)) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(cssText);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return {
        remove() {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    } catch {
      // Some engines refuse constructed sheets across worlds; fall through to a <style> element.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTR, '');
  style.textContent = cssText;
  (doc.head ?? doc.documentElement).appendChild(style);
  return { remove: () => style.remove() };
}

function highlightRegistry(doc: Document): HighlightRegistry | null {
  const css = (doc.defaultView ?? globalThis).CSS as typeof CSS | undefined;
  return css && 'highlights' in css && css.highlights ? css.highlights : null;
}

export interface HighlightRegistryHandle {
  /** False where the CSS Custom Highlight API is missing. */
  readonly supported: boolean;
  /** The named highlight (e.g. `diplolens-note-yellow`), created and registered on first use; null if unsupported. */
  get(name: string, priority?: number): Highlight | null;
  /** Unregisters one name. */
  delete(name: string): void;
  /** Unregisters every name this handle created. */
  dispose(): void;
}

/** Named highlights in `CSS.highlights`, created on demand; shared by term painting and the notes feature. */
export function createHighlightRegistry(doc: Document = document): HighlightRegistryHandle {
  const registry = highlightRegistry(doc);
  const HighlightCtor = (doc.defaultView ?? globalThis).Highlight as typeof Highlight | undefined;
  const owned = new Map<string, Highlight>();
  const supported = Boolean(registry && HighlightCtor);
  return {
    supported,
    get(name, priority) {
      if (!registry || !HighlightCtor) return null;
      let h = owned.get(name);
      if (!h) {
        h = new HighlightCtor();
        if (priority !== undefined) h.priority = priority;
        registry.set(name, h);
        owned.set(name, h);
      }
      return h;
    },
    delete(name) {
      if (registry && owned.has(name)) registry.delete(name);
      owned.delete(name);
    },
    dispose() {
      for (const name of owned.keys()) registry?.delete(name);
      owned.clear();
    },
  };
}

export interface PainterStyle {
  kind: 'underline' | 'background';
  /** Any CSS colour; defaults suit light and dark pages. */
  color?: string;
}

export interface PainterOptions {
  style?: PainterStyle;
  doc?: Document;
  /** Priority among highlights (notes should paint above terms). */
  priority?: number;
  /** Use the wrapping fallback even where `CSS.highlights` exists (tests, debugging). */
  forceWrap?: boolean;
}

export interface TermPainter {
  readonly name: string;
  readonly mode: 'highlight' | 'wrap';
  /** Our registered Highlight (null in wrap mode): app/content/highlight-keeper.ts puts it back if a page removes it. */
  readonly highlight: Highlight | null;
  /** Every range painted now (to refill a Highlight a page emptied). */
  paintedRanges(): AbstractRange[];
  /**
   * Replaces the block's painted ranges (ranges must start and end in text nodes). In wrap mode, build the ranges
   * after `clearBlock` (unwrapping merges text nodes back, which moves any range taken before it).
   */
  setBlock(block: Element, ranges: readonly AbstractRange[]): void;
  clearBlock(block: Element): void;
  clearAll(): void;
  rangesOf(block: Element): readonly AbstractRange[];
  /** True for nodes this painter put into the page (style element, fallback wrappers). */
  isOwnNode(node: Node): boolean;
  /**
   * Adds the stylesheet if not yet added. Not done on the first `setBlock`: a new `::highlight` rule makes the
   * browser restyle the whole document (~200 ms on a 1 MB page), and a visibility check later in the same pass
   * would pull that into our task. Callers add the sheet once a pass is done (the scanner does), so the restyle
   * happens once, in the browser's next frame, and only on pages that have something to paint.
   */
  ensureStyle(): void;
  /** Clears everything and removes the stylesheet and the registered highlight. */
  dispose(): void;
}

export function cssFor(name: string, style: PainterStyle): string {
  const decl =
    style.kind === 'background'
      ? `background-color: ${style.color ?? 'rgba(255, 200, 0, 0.35)'};`
      : `text-decoration: underline dotted ${style.color ?? 'rgba(0, 110, 220, 0.9)'} 2px; text-underline-offset: 3px;`;
  return `::highlight(${name}) { ${decl} }\n${WRAPPER_TAG} { display: inline; ${decl} }\n`;
}

export function createTermPainter(name = 'diplolens-term', options: PainterOptions = {}): TermPainter {
  const doc = options.doc ?? document;
  const registry = createHighlightRegistry(doc);
  const wrap = options.forceWrap === true || !registry.supported;
  const highlight = wrap ? null : registry.get(name, options.priority);
  let style: InjectedStyle | null = null;
  const byBlock = new Map<Element, readonly AbstractRange[]>();
  const wrappersByBlock = new Map<Element, Element[]>();
  // Text nodes created by our splitText: merged back into their predecessor on unwrap.
  const ourSplits = new WeakSet<Text>();
  const none: readonly AbstractRange[] = [];

  const unwrapBlock = (block: Element) => {
    const wrappers = wrappersByBlock.get(block);
    if (!wrappers) return;
    wrappersByBlock.delete(block);
    for (const w of wrappers) unwrap(w, ourSplits);
  };

  const wrapRanges = (block: Element, ranges: readonly AbstractRange[]) => {
    const made: Element[] = [];
    // Last range first: splitting later text never moves the offsets of earlier boundaries.
    for (let r = ranges.length - 1; r >= 0; r--) {
      const range = ranges[r] as AbstractRange;
      const pieces = textPieces(block, range);
      for (let p = pieces.length - 1; p >= 0; p--) {
        const piece = pieces[p] as TextPiece;
        made.push(wrapPiece(doc, piece, ourSplits));
      }
    }
    wrappersByBlock.set(block, made);
  };

  const clearBlock = (block: Element) => {
    const old = byBlock.get(block);
    if (!old) return;
    byBlock.delete(block);
    if (highlight) for (const r of old) highlight.delete(r);
    else unwrapBlock(block);
  };

  return {
    name,
    mode: wrap ? 'wrap' : 'highlight',
    highlight,
    paintedRanges: () => [...byBlock.values()].flat(),
    setBlock(block, ranges) {
      clearBlock(block);
      if (ranges.length === 0) return;
      byBlock.set(block, ranges);
      if (highlight) for (const r of ranges) highlight.add(r);
      else wrapRanges(block, ranges);
    },
    clearBlock,
    clearAll() {
      if (highlight) highlight.clear();
      else for (const block of [...wrappersByBlock.keys()]) unwrapBlock(block);
      byBlock.clear();
    },
    rangesOf: (block) => byBlock.get(block) ?? none,
    isOwnNode(node) {
      if (node.nodeType !== 1) return false;
      const el = node as Element;
      return (el.localName === 'span' && el.hasAttribute(WRAPPER_ATTR)) || el.hasAttribute(UI_ATTR);
    },
    ensureStyle() {
      style ??= injectStyle(doc, cssFor(name, options.style ?? { kind: 'underline' }));
    },
    dispose() {
      this.clearAll();
      registry.dispose();
      style?.remove();
      style = null;
    },
  };
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces a range covers, in document order. */
function textPieces(block: Element, range: AbstractRange): TextPiece[] {
  const { startContainer, endContainer } = range;
  if (startContainer.nodeType !== 3 || endContainer.nodeType !== 3) return [];
  if (startContainer === endContainer) {
    return range.startOffset < range.endOffset
      ? [{ node: startContainer as Text, start: range.startOffset, end: range.endOffset }]
      : [];
  }
  const pieces: TextPiece[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = startContainer;
  let node: Node | null = startContainer;
  while (node) {
    const t = node as Text;
    const s = t === startContainer ? range.startOffset : 0;
    const e = t === endContainer ? range.endOffset : t.length;
    if (s < e) pieces.push({ node: t, start: s, end: e });
    if (t === endContainer) break;
    node = walker.nextNode();
  }
  return pieces;
}

function wrapPiece(doc: Document, piece: TextPiece, ourSplits: WeakSet<Text>): Element {
  const { node, start, end } = piece;
  if (end < node.length) ourSplits.add(node.splitText(end));
  let mid = node;
  if (start > 0) {
    mid = node.splitText(start);
    ourSplits.add(mid);
  }
  const wrapper = doc.createElement('span');
  wrapper.setAttribute(WRAPPER_ATTR, '');
  mid.parentNode?.insertBefore(wrapper, mid);
  wrapper.appendChild(mid);
  return wrapper;
}

function unwrap(wrapper: Element, ourSplits: WeakSet<Text>): void {
  const parent = wrapper.parentNode;
  if (!parent) return;
  const first = wrapper.firstChild;
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  const last = wrapper.previousSibling;
  wrapper.remove();
  // Merge what we split: the inner piece into its predecessor, then the following split-off tail.
  let cur: Node | null = last;
  if (first && first === last && first.nodeType === 3 && ourSplits.has(first as Text)) {
    const prev = first.previousSibling;
    if (prev && prev.nodeType === 3) {
      (prev as Text).appendData((first as Text).data);
      first.remove();
      cur = prev;
    }
  }
  const next = cur?.nextSibling;
  if (cur && cur.nodeType === 3 && next && next.nodeType === 3 && ourSplits.has(next as Text)) {
    (cur as Text).appendData((next as Text).data);
    next.remove();
  }
}
