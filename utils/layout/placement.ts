/** Where to put a floating card next to the thing it explains. Pure: rectangles in, rectangle out. */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card may need to scroll when the room beside the anchor is smaller than the card. */
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 8;
const MARGIN = 8;

/**
 * Below the anchor when the card fits there, else above; otherwise on whichever side has more room, with the
 * card's height capped to that room. The card never covers the anchor and never leaves the viewport.
 */
export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const roomBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  let side: Placement['side'];
  if (card.height <= roomBelow) side = 'below';
  else if (card.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, Math.floor(side === 'below' ? roomBelow : roomAbove));
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const idealLeft = anchor.left + anchor.width / 2 - width / 2;
  const left = Math.min(Math.max(MARGIN, idealLeft), viewport.width - MARGIN - width);
  return { left: Math.round(left), top: Math.round(top), maxHeight, side };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
