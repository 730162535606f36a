import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersects, placeCard } from './placement';

const viewport = { width: 1280, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card below a term near the top', () => {
    const p = placeCard({ left: 100, top: 100, width: 60, height: 20 }, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(128);
  });

  it('puts the card above a term near the bottom', () => {
    const p = placeCard({ left: 100, top: 700, width: 60, height: 20 }, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(card.height, p.maxHeight)).toBeLessThanOrEqual(692);
  });

  it('never covers the term and never leaves the viewport', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1240 }),
        fc.integer({ min: 0, max: 780 }),
        fc.integer({ min: 10, max: 200 }),
        fc.integer({ min: 100, max: 500 }),
        fc.integer({ min: 80, max: 900 }),
        (left, top, width, cw, ch) => {
          const anchor = { left, top, width: Math.min(width, 1280 - left), height: 20 };
          const p = placeCard(anchor, { width: cw, height: ch }, viewport);
          const h = Math.min(ch, p.maxHeight);
          const placed = { left: p.left, top: p.top, width: Math.min(cw, 1264), height: h };
          expect(intersects(placed, anchor)).toBe(false);
          expect(placed.left).toBeGreaterThanOrEqual(0);
          expect(placed.left + placed.width).toBeLessThanOrEqual(viewport.width);
          expect(placed.top).toBeGreaterThanOrEqual(0);
          expect(placed.top + placed.height).toBeLessThanOrEqual(viewport.height);
        },
      ),
    );
  });
});
