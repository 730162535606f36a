/** Reads the weibo-like demo timeline's recycled slots and compares each with the highlights painted in it. */
import type { Page } from 'playwright-core';
import { type SlotReport, timelineSlots } from './in-page';

export type { SlotReport };

/** For every slot now showing a post: the post's expected terms and the term highlights inside the slot. */
export async function readSlots(page: Page, name = 'diplolens-term'): Promise<SlotReport[]> {
  return page.evaluate(timelineSlots, name);
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
