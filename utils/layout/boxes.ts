/**
 * Geometry for painting saved passages as boxes of our own (app/content/notes/paint.ts): the line boxes of a
 * range's text, merged per line, clipped by the scroll containers that hide part of them, and hit-tested. Pure:
 * boxes in, boxes out.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const boxOf = (r: { left: number; top: number; right: number; bottom: number }): Box => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
});

const height = (b: Box) => b.bottom - b.top;

/** Same line: they overlap vertically by at least half the shorter one's height. */
function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap >= Math.min(height(a), height(b)) / 2;
}

/**
 * One box per run of touching fragments on a line: a passage split by a link or a <b> is one box, so a
 * translucent or blended fill is never painted twice where fragments meet. Empty fragments are dropped.
 */
export function mergeLineBoxes(boxes: readonly Box[], gap = 1): Box[] {
  const lines: Box[][] = [];
  const sorted = boxes
    .filter((b) => b.right - b.left > 0 && b.bottom - b.top > 0)
    .map(boxOf)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  for (const b of sorted) {
    const line = lines.find((l) => sameLine(l[0] as Box, b));
    if (line) line.push(b);
    else lines.push([b]);
  }
  const out: Box[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.left - b.left);
    let cur: Box | null = null;
    for (const b of line) {
      if (cur && b.left <= cur.right + gap) {
        cur.right = Math.max(cur.right, b.right);
        cur.top = Math.min(cur.top, b.top);
        cur.bottom = Math.max(cur.bottom, b.bottom);
      } else {
        cur = b;
        out.push(cur);
      }
    }
  }
  return out;
}

/** The part of `b` inside every clip box, or null when nothing of it shows. */
export function clipBox(b: Box, clips: readonly Box[]): Box | null {
  let r: Box = boxOf(b);
  for (const c of clips) {
    r = {
      left: Math.max(r.left, c.left),
      top: Math.max(r.top, c.top),
      right: Math.min(r.right, c.right),
      bottom: Math.min(r.bottom, c.bottom),
    };
    if (r.right <= r.left || r.bottom <= r.top) return null;
  }
  return r;
}

export function translate(b: Box, dx: number, dy: number): Box {
  return { left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy };
}

/** Is the point inside one of the boxes (edges included, with `slop` px of tolerance)? */
export function boxesContain(boxes: readonly Box[], x: number, y: number, slop = 0): boolean {
  return boxes.some((b) => x >= b.left - slop && x <= b.right + slop && y >= b.top - slop && y <= b.bottom + slop);
}

export function area(boxes: readonly Box[]): number {
  return boxes.reduce((s, b) => s + (b.right - b.left) * (b.bottom - b.top), 0);
}
