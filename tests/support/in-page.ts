/**
 * Functions that run inside a page (serialised by the automation library, so each is self-contained): reading
 * DiploLens's highlights as a page can, and selecting text as a reader would. Shared by the Playwright-only helpers
 * and the cross-browser scenario helpers, so both read the page the same way.
 */

/** The text of every range of a CSS highlight, in document order. Painted ranges may be StaticRanges. */
export function highlightTexts(name: string): string[] {
  const h = CSS.highlights.get(name);
  if (!h) return [];
  const live = [...h].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return live.map((r) => r.toString());
}

export function highlightSize(name: string): number {
  return CSS.highlights.get(name)?.size ?? 0;
}

/** The centre of the n-th highlight range wholly on screen, in viewport coordinates. */
export function highlightPointIn([name, n]: readonly [string, number]): { x: number; y: number } | null {
  const h = CSS.highlights.get(name);
  if (!h) return null;
  const ranges = [...h].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const visible = ranges.filter((r) => {
    const b = r.getBoundingClientRect();
    return b.width > 0 && b.top >= 0 && b.bottom <= innerHeight;
  });
  const r = visible[n];
  if (!r) return null;
  const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

export interface SlotReport {
  postIndex: number;
  expected: string[];
  painted: string[];
}

/** On the weibo-like demo timeline: for each slot now showing a post, its expected terms and those painted in it. */
export function timelineSlots(name: string): SlotReport[] {
  interface Demo {
    posts(): { expected: string[] }[];
    visibleSlots(): { slot: Element; postIndex: number }[];
  }
  const demo = (window as unknown as { __demo: Demo }).__demo;
  const h = CSS.highlights.get(name);
  const ranges = h
    ? [...h].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      })
    : [];
  return demo.visibleSlots().map(({ slot, postIndex }) => {
    const inside = ranges.filter((r) => slot.contains(r.startContainer));
    inside.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return { postIndex, expected: demo.posts()[postIndex]?.expected ?? [], painted: inside.map((r) => r.toString()) };
  });
}

/** Scrolls the weibo-like demo timeline to a post (its recycled list reuses slots). */
export function scrollTimelineTo(index: number): void {
  (window as unknown as { __demo: { scrollToPost(i: number): void } }).__demo.scrollToPost(index);
}

/**
 * Selects text inside the first element matching `rootSel` that contains `spanSel` (an inline element such as a
 * topic link): from `before` characters ahead of it to `after` characters past it. Returns the selected text.
 */
export function selectAcrossIn([rootSel, spanSel, before, after]: readonly [string, string, number, number]): string {
  const root = [...document.querySelectorAll(rootSel)].find((el) => el.querySelector(spanSel));
  const span = root?.querySelector(spanSel);
  if (!root || !span) throw new Error('nothing to select');
  span.scrollIntoView({ block: 'center' });
  const prev = span.previousSibling;
  const next = span.nextSibling;
  if (!(prev instanceof Text) || !(next instanceof Text)) throw new Error('expected text around the inline element');
  const range = document.createRange();
  range.setStart(prev, Math.max(0, prev.data.length - before));
  range.setEnd(next, Math.min(next.data.length, after));
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return range.toString();
}

/** Selects `text` where it first occurs inside one text node under `rootSel`. */
export function selectTextIn([rootSel, text]: readonly [string, string]): void {
  const root = document.querySelector(rootSel);
  if (!root) throw new Error(`no ${rootSel}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    (n.parentElement as Element).scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + text.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return;
  }
  throw new Error(`text not found: ${text}`);
}

export interface PaintedGroup {
  id: string;
  color: string;
  boxes: { l: number; t: number; r: number; b: number }[];
}

/**
 * What a saved note's painted boxes cover: for each group of boxes (one note), the page's text whose characters'
 * centres fall inside them, in document order. Saved notes are painted as boxes in our closed shadow root, so this
 * checks the paint is where the passage is, character by character.
 */
export function textUnderBoxes(groups: PaintedGroup[]): string[] {
  const inside = (x: number, y: number, boxes: PaintedGroup['boxes']) =>
    boxes.some((b) => x >= b.l - 1 && x <= b.r + 1 && y >= b.t - 1 && y <= b.b + 1);
  const out: { text: string; order: Node | null }[] = [];
  for (const g of groups) {
    let text = '';
    let first: Node | null = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      range.selectNodeContents(t);
      const whole = range.getBoundingClientRect();
      if (!g.boxes.some((b) => whole.right >= b.l && whole.left <= b.r && whole.bottom >= b.t && whole.top <= b.b))
        continue;
      let pendingGap = '';
      for (let i = 0; i < t.length; i++) {
        range.setStart(t, i);
        range.setEnd(t, i + 1);
        const r = range.getBoundingClientRect();
        const ch = t.data[i] ?? '';
        if (r.width === 0) {
          if (text) pendingGap += ch;
          continue;
        }
        if (inside(r.left + r.width / 2, r.top + r.height / 2, g.boxes)) {
          text += pendingGap + ch;
          pendingGap = '';
          first ??= t;
        } else pendingGap = '';
      }
    }
    out.push({ text, order: first });
  }
  out.sort((a, b) =>
    a.order && b.order ? (a.order.compareDocumentPosition(b.order) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0,
  );
  return out.map((o) => o.text);
}

/** Source run in our UI's shadow root: the painted notes' boxes (of one colour, or all), in viewport coordinates. */
export const PAINTED_GROUPS_FN = `function (c) {
  return [...this.querySelectorAll('.dl-note')]
    .filter((g) => !g.hidden && (!c || g.dataset.color === c))
    .map((g) => ({
      id: g.dataset.noteId,
      color: g.dataset.color,
      boxes: [...g.children].map((b) => { const r = b.getBoundingClientRect(); return { l: r.left, t: r.top, r: r.right, b: r.bottom }; })
        .filter((b) => b.r > b.l && b.b > b.t),
    }))
    .filter((g) => g.boxes.length > 0);
}`;

/** Source run in our UI's shadow root: the centre of the first box of a painted note (of a colour). */
export const PAINTED_POINT_FN = `function (c) {
  const g = [...this.querySelectorAll('.dl-note')].find((x) => !x.hidden && (!c || x.dataset.color === c));
  const b = g && g.firstElementChild;
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return { x: r.left + Math.min(6, r.width / 2), y: r.top + r.height / 2 };
}`;

/** Does the page's own script see a DiploLens UI host? A <div> child of <html> whose style we pinned. */
export function pageSeesUiHostIn(): boolean {
  return [...document.documentElement.children].some(
    (el) => el.localName === 'div' && (el.getAttribute('style') ?? '').includes('pointer-events: none !important'),
  );
}
