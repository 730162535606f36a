/**
 * The keyboard save command reaches every frame of a tab: the frame holding the selection saves it once, and no
 * other frame complains that nothing is selected.
 */
import { describe, expect, it } from 'vitest';
import { sendToTabFromBackground, waitForHighlights } from '../../support/browser';
import { readDbNotes, waitForDb } from '../../support/notes';
import { evalInUi } from '../../support/ui';
import { useExtension } from '../fixtures';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

describe('commands in a page with frames', () => {
  it('saves the selection made inside a same-origin frame once, with no error in the top frame', async () => {
    const page = e2e.track(await e2e.session.context.newPage(), 'frame-commands');
    await page.goto(HOSTILE.frames.url, { waitUntil: 'load' });
    await waitForHighlights(page, 1);
    const frame = page.frames().find((f) => f.url() === HOSTILE.frameSame.url);
    if (!frame) throw new Error('no same-origin frame');
    await frame.waitForFunction(() => (CSS.highlights.get('diplolens-term')?.size ?? 0) > 0);
    const quote = await frame.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => (x.firstChild?.textContent ?? '').length > 12);
      const t = p?.firstChild;
      if (!(t instanceof Text)) throw new Error('no paragraph text');
      const r = document.createRange();
      r.setStart(t, 0);
      r.setEnd(t, 12);
      window.focus();
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
      return r.toString();
    });
    const before = (await readDbNotes(e2e.session)).length;
    // What the browser does with the Alt+Shift+H command: one message to the tab, every frame receives it.
    await sendToTabFromBackground(e2e.session, page, { type: 'command:save-highlight' });
    const notes = await waitForDb(e2e.session, (n) => n.length > before);
    await page.waitForTimeout(500);
    const added = (await readDbNotes(e2e.session)).slice(0).filter((n) => n.quote.exact === quote);
    expect(notes.length - before).toBe(1);
    expect(added).toHaveLength(1);
    // The top frame had nothing selected and must not have shown "select some text first".
    expect(
      await evalInUi(page, `function () { return !!this.querySelector('[data-role="toast"][data-kind="error"]'); }`),
    ).toBe(false);
    await page.close();
  });
});
