/** Shared checks for the site e2e tests: where badges are drawn, and notes found again. */
import type { Page } from 'playwright-core';
import { evalInUi, readPaintedNotes } from '../../support/ui';

export interface BadgeBox {
  country: string;
  quoted: boolean;
  text: string;
  label: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every mission badge in our UI with its viewport box. */
export async function readBadges(page: Page): Promise<BadgeBox[]> {
  return (
    (await evalInUi<BadgeBox[]>(
      page,
      `function () {
        return [...this.querySelectorAll('[data-role="mission-badge"]')].map((b) => {
          const r = b.getBoundingClientRect();
          return { country: b.getAttribute('data-country'), quoted: b.getAttribute('data-quoted') === 'true',
            text: b.textContent, label: b.getAttribute('aria-label'),
            left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        });
      }`,
    )) ?? []
  );
}

export async function waitForBadges(page: Page, min = 1, timeout = 6_000): Promise<BadgeBox[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const b = await readBadges(page);
    if (b.length >= min || Date.now() > until) return b;
    await page.waitForTimeout(100);
  }
}

/** The viewport box of the first element matching `selector` that contains the point, or null. */
export async function boxAround(
  page: Page,
  selector: string,
  x: number,
  y: number,
): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate(
    ([sel, px, py]) => {
      for (const el of document.querySelectorAll(sel as string)) {
        const r = el.getBoundingClientRect();
        if (px >= r.left && px <= r.right && py >= r.top && py <= r.bottom)
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
      return null;
    },
    [selector, x, y] as const,
  );
}

/** Is `inner` wholly inside `outer` (1px of rounding allowed)? */
export function inside(
  inner: { left: number; top: number; right: number; bottom: number },
  outer: { left: number; top: number; right: number; bottom: number },
): boolean {
  return (
    inner.left >= outer.left - 1 &&
    inner.right <= outer.right + 1 &&
    inner.top >= outer.top - 1 &&
    inner.bottom <= outer.bottom + 1
  );
}

/** Polls the saved passages painted in a colour (privately, in our shadow root) until `text` is among them. */
export async function waitForNote(page: Page, color: string, text: string, timeout = 8_000): Promise<string[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const got = await readPaintedNotes(page, color);
    if (got.includes(text) || Date.now() > until) return got;
    await page.waitForTimeout(100);
  }
}
