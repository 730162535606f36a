/** Reads the weibo-like demo timeline's recycled slots and compares each with the highlights painted in it. */
import type { Page } from 'playwright-core';

export interface SlotReport {
  postIndex: number;
  expected: string[];
  painted: string[];
}

/** For every slot now showing a post: the post's expected terms and the term highlights inside the slot. */
export async function readSlots(page: Page, name = 'diplolens-term'): Promise<SlotReport[]> {
  return page.evaluate((n: string) => {
    interface DemoPost {
      expected: string[];
    }
    interface Demo {
      posts(): DemoPost[];
      visibleSlots(): { slot: Element; postIndex: number }[];
    }
    const demo = (window as unknown as { __demo: Demo }).__demo;
    const h = CSS.highlights.get(n);
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
  }, name);
}

export function mismatches(slots: SlotReport[]): SlotReport[] {
  return slots.filter((s) => JSON.stringify(s.painted) !== JSON.stringify(s.expected));
}

/** Polls until every slot's highlights equal its post's expected terms; returns the last mismatches. */
export async function waitForSlotsRight(page: Page, timeout = 5_000): Promise<SlotReport[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const bad = mismatches(await readSlots(page));
    if (bad.length === 0 || Date.now() > until) return bad;
    await page.waitForTimeout(100);
  }
}
