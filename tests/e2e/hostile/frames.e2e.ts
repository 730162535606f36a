/**
 * Odd page: articles inside iframes. A same-origin frame (and an about:srcdoc one) should be highlighted like the
 * page; a frame from a host DiploLens does not run on must be left alone.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readHighlights, waitForHighlights } from '../../support/browser';
import { useExtension } from '../fixtures';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

interface FrameState {
  terms: string[];
  ui: boolean;
}

async function stateOf(frame: Frame): Promise<FrameState> {
  return frame.evaluate(() => {
    const terms: string[] = [];
    for (const r of CSS.highlights.get('diplolens-term') ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      terms.push(live.toString());
    }
    return {
      terms,
      ui: [...document.documentElement.children].some(
        (el) => el.localName === 'div' && el.getAttribute('style')?.includes('pointer-events: none !important'),
      ),
    };
  });
}

function frameById(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.name() === id || f.url().includes(id));
  if (!frame) throw new Error(`no frame ${id}`);
  return frame;
}

describe('frames', () => {
  let page: Page;

  it('highlights the top page and leaves a cross-origin frame (a host we do not run on) alone', async () => {
    page = e2e.track(await e2e.session.context.newPage(), 'frames');
    await page.goto(HOSTILE.frames.url, { waitUntil: 'load' });
    await waitForHighlights(page, 1);
    expect(await readHighlights(page)).toEqual(['数字外交']);
    await page.waitForTimeout(1000);
    const cross = await stateOf(frameById(page, 'frames.example.org'));
    expect(cross).toEqual({ terms: [], ui: false });
    expect(e2e.pageErrors).toEqual([]);
  });

  it('highlights an article in a same-origin frame and in a srcdoc frame', async () => {
    const same = page.frames().find((f) => f.url() === HOSTILE.frameSame.url);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
    expect(same).toBeDefined();
    expect(srcdoc).toBeDefined();
    if (!same || !srcdoc) return;
    const painted = () => (CSS.highlights.get('diplolens-term')?.size ?? 0) > 0;
    for (const f of [same, srcdoc])
      await f.waitForFunction(painted, undefined, { timeout: 5_000 }).catch(() => undefined);
    // Needs content_scripts all_frames: true (and match_origin_as_fallback / match_about_blank for srcdoc).
    expect((await stateOf(same)).terms).toEqual(['网络外交', '数字主权', 'Cyber diplomacy']);
    expect((await stateOf(srcdoc)).terms).toEqual(['数字外交']);
  });
});
