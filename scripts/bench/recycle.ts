/**
 * Cost of one recycled post on the demo weibo timeline: scroll one post further so exactly one slot of the virtual
 * list is rebound to another post, then sum the `diplolens:scan` measures that recycling caused.
 */
import type { ExtensionSession } from '../../tests/support/browser';
import { openDemo, waitForHighlights } from '../../tests/support/browser';
import { CLEAR_SCANS, type PageSnapshot, SNAPSHOT, settle } from './page-scripts';

export interface RecycleSample {
  /** Post index scrolled to. */
  post: number;
  /** Sum of the scan measures after the scroll. */
  ms: number;
  passes: number;
  blocks: number;
  matches: number;
}

export async function measureRecycle(session: ExtensionSession, steps: number): Promise<RecycleSample[]> {
  const page = await openDemo(session, 'weibo-timeline');
  try {
    await waitForHighlights(page, 3);
    await page.evaluate(settle(500));
    const out: RecycleSample[] = [];
    const first = 4;
    await page.evaluate(`window.__demo.scrollToPost(${first})`);
    await page.evaluate(settle(400));
    for (let i = 1; i <= steps; i++) {
      await page.evaluate(CLEAR_SCANS);
      const post = first + i;
      // One post further: the window of rendered posts moves by one, so one slot takes a new post.
      await page.evaluate(`window.__demo.scrollToPost(${post})`);
      await page.evaluate(settle(120));
      const snap = await page.evaluate<PageSnapshot>(SNAPSHOT);
      out.push({
        post,
        ms: snap.scans.reduce((n, s) => n + s.duration, 0),
        passes: snap.scans.length,
        blocks: snap.scans.reduce((n, s) => n + s.blocks, 0),
        matches: snap.scans.reduce((n, s) => n + s.matches, 0),
      });
    }
    return out;
  } finally {
    await page.close();
  }
}
