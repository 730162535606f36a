/**
 * Which post a command means. The context menu: the post the menu was opened on. The keyboard: the post holding
 * the selection, else the post under the pointer, else the first post in view. Site-neutral: posts are the
 * adapter's `postRoots`, their boxes its `postCard`.
 */
import type { SiteAdapter } from '../../../utils/sites/types';

/** The post whose text block, or card, holds `node` (the innermost: a quoted post inside a card wins). */
export function postRootOf(
  adapter: SiteAdapter,
  roots: readonly Element[],
  node: Node | null,
  href: string,
): Element | null {
  if (!node) return null;
  const inText = roots.filter((r) => r.contains(node));
  if (inText.length) return inText[inText.length - 1] ?? null;
  // In the card but outside the words (the author line, the buttons): the card's own post, not the one it quotes.
  const inCard = roots.filter((r) => adapter.postCard(r)?.contains(node));
  return inCard.find((r) => !adapter.postContext(r, href)?.quotedBy) ?? inCard[0] ?? null;
}

/** The post under a viewport point. */
export function postRootAtPoint(
  adapter: SiteAdapter,
  roots: readonly Element[],
  x: number,
  y: number,
  href: string,
  doc: Document = document,
): Element | null {
  return postRootOf(adapter, roots, doc.elementFromPoint(x, y), href);
}

/** The first post whose card is at least partly in view, its top below the viewport's top third if possible. */
export function postRootInView(
  adapter: SiteAdapter,
  roots: readonly Element[],
  viewportHeight: number,
): Element | null {
  let best: Element | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const r of roots) {
    const box = (adapter.postCard(r) ?? r).getBoundingClientRect();
    if (box.height === 0 || box.bottom <= 0 || box.top >= viewportHeight) continue;
    const visible = Math.min(box.bottom, viewportHeight) - Math.max(box.top, 0);
    // Prefer the post most in view; among equals, the one higher up.
    const score = -visible / Math.max(1, Math.min(box.height, viewportHeight)) + box.top / (viewportHeight * 10);
    if (score < bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
