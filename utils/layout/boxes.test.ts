import { describe, expect, it } from 'vitest';
import { area, type Box, boxesContain, clipBox, mergeLineBoxes, translate } from './boxes';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('mergeLineBoxes', () => {
  it('joins touching fragments of one line (a passage split by a link) and keeps lines apart', () => {
    const merged = mergeLineBoxes([
      box(10, 100, 50, 120),
      box(50, 101, 90, 119), // the link's text, a pixel shorter
      box(90, 100, 120, 120),
      box(10, 124, 60, 144), // next line
    ]);
    expect(merged).toEqual([box(10, 100, 120, 120), box(10, 124, 60, 144)]);
  });

  it('drops empty fragments and keeps separate runs on one line separate', () => {
    expect(mergeLineBoxes([box(0, 0, 0, 10), box(10, 0, 20, 10), box(40, 0, 60, 10)])).toEqual([
      box(10, 0, 20, 10),
      box(40, 0, 60, 10),
    ]);
  });

  it('merges an element box that overlaps its own text fragment (no double paint)', () => {
    expect(mergeLineBoxes([box(10, 0, 40, 20), box(12, 2, 38, 18)])).toEqual([box(10, 0, 40, 20)]);
  });
});

describe('clipBox', () => {
  it('keeps the part inside every clip and drops what a scroller hides', () => {
    expect(clipBox(box(0, 0, 100, 20), [box(20, -50, 200, 200), box(0, 0, 80, 10)])).toEqual(box(20, 0, 80, 10));
    expect(clipBox(box(0, 0, 100, 20), [box(0, 30, 100, 60)])).toBeNull();
    expect(clipBox(box(0, 0, 100, 20), [])).toEqual(box(0, 0, 100, 20));
  });
});

describe('hit testing', () => {
  it('finds a point in a box, with tolerance, after a translation', () => {
    const boxes = [translate(box(0, 0, 10, 10), 100, 200)];
    expect(boxesContain(boxes, 105, 205)).toBe(true);
    expect(boxesContain(boxes, 111, 205)).toBe(false);
    expect(boxesContain(boxes, 111, 205, 1)).toBe(true);
    expect(area(boxes)).toBe(100);
  });
});
