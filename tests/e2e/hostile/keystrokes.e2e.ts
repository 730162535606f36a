/**
 * Threat: keystroke snooping. The page logs, on window and document, in the capture phase, every keydown, keyup,
 * keypress, beforeinput, input, textInput, composition and focus event it can hear. The reader selects text with
 * the mouse, opens the note editor from the toolbar, types a note with real keys (letters, Backspace, Tab to the
 * tags, a Chinese IME composition through the DevTools protocol) and saves with Ctrl+Enter. The note editor runs in
 * an extension frame, so the page must hear none of it — and the note must be stored exactly as typed.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../support/browser';
import { editorOpen } from '../../support/ui';
import { useExtension } from '../fixtures';
import { dragSelect, notesInExtension, openEditorForSelection, waitForNotes } from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

interface Heard {
  type: string;
  target: string;
  key: string | null;
  data: string | null;
  on: string;
  at: number;
}

const heard = (page: Page, since = 0) =>
  page.evaluate((t) => (window as unknown as { __keylog: { since(t: number): Heard[] } }).__keylog.since(t), since);
const pageNow = (page: Page) => page.evaluate(() => performance.now());
const KEYISH = /^(key|beforeinput|input|textInput|composition|paste|change)/;

async function focusedRole(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.activeElement?.getAttribute('data-role') ?? null);
}

describe('keystroke snooping page', () => {
  let page: Page;

  it('hears nothing of a note typed with real keys, an IME composition included', async () => {
    page = e2e.track(await e2e.session.context.newPage(), 'keystrokes');
    await page.goto(HOSTILE.keystrokes.url, { waitUntil: 'load' });
    await waitForHighlights(page, 2);
    const quote = await dragSelect(page, '#p1', 0, 10);
    expect(quote).toBe('各国日益重视数字外交');
    const editor = await openEditorForSelection(page);
    const opened = await pageNow(page);
    // Focus moved into the editor: the reader types at once.
    expect(await focusedRole(editor)).toBe('note-input');

    await page.keyboard.type('Secret reading notes');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('s!');
    // A Chinese IME: composition updates, then the commit, as Chrome's IME path dispatches them.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'shu', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: '数字', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '数字外交' });
    await page.keyboard.press('Tab');
    expect(await focusedRole(editor)).toBe('tags-input');
    await page.keyboard.type('private, 外交');
    // Saved from the keyboard, once the editor has been on screen long enough to be trusted.
    await page.waitForTimeout(450);
    const typed = await pageNow(page);
    await page.keyboard.press('Control+Enter');

    const notes = await waitForNotes(e2e.session, (ns) => ns.length === 1);
    expect(notes[0]?.note).toBe('Secret reading notes!数字外交');
    expect(notes[0]?.tags).toEqual(['private', '外交']);
    expect(notes[0]?.quote.exact).toBe(quote);
    expect(await editorOpen(page)).toBe(false);

    const log = await heard(page, opened);
    // Not one key, input or composition event; no focus event while the reader typed (after the save, focus
    // comes back to the page: that it may see).
    expect(log.filter((e) => KEYISH.test(e.type))).toEqual([]);
    expect(log.filter((e) => e.at < typed && /^focus/.test(e.type))).toEqual([]);
    const text = JSON.stringify(await heard(page, 0));
    for (const secret of ['Secret', 'reading', '数字外交', 'private', 'shu']) expect(text).not.toContain(secret);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('opening the editor shows the page only that focus left it (no key, no text); Escape returns focus', async () => {
    await dragSelect(page, '#p2', 0, 17);
    const t0 = await pageNow(page);
    const editor = await openEditorForSelection(page);
    await page.keyboard.type('abc');
    const opening = await heard(page, t0);
    // What the page can see: focus leaving the page for our host (retargeted), with no content at all.
    expect(opening.length).toBeGreaterThan(0);
    for (const e of opening) {
      expect(e.type, JSON.stringify(e)).toMatch(/^(focus|focusin|blur|focusout)$/);
      expect(e.key ?? e.data).toBeNull();
    }
    const esc = await pageNow(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => editorOpen(page)).toBe(false);
    // The Escape itself was typed in our frame: the page did not hear it.
    expect((await heard(page, esc)).filter((e) => KEYISH.test(e.type))).toEqual([]);
    // Focus is back in the page: the next keys are the page's again (and the draft was not saved).
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.focus('#search');
    const t1 = await pageNow(page);
    await page.keyboard.type('page');
    expect(await page.inputValue('#search')).toBe('page');
    const keys = (await heard(page, t1)).filter((e) => e.type === 'keydown' && e.on === 'window').map((e) => e.key);
    expect(keys).toEqual(['p', 'a', 'g', 'e']);
    expect((await notesInExtension(e2e.session)).length).toBe(1);
    expect(await editor.locator('[data-role="note-editor"]').count()).toBe(0);
  });

  it('a page that knows our public id still cannot embed the editor page (Chrome: per-session address only)', async () => {
    const result = await page.evaluate(async (id) => {
      const f = document.createElement('iframe');
      f.src = `chrome-extension://${id}/note-editor.html`;
      document.body.append(f);
      await new Promise((r) => setTimeout(r, 1500));
      let readable = 'no';
      try {
        readable = f.contentDocument ? 'yes' : 'no';
      } catch {
        readable = 'threw';
      }
      f.remove();
      return readable;
    }, e2e.session.extensionId);
    expect(result).not.toBe('yes');
    // Our own editor frame is the only extension page loaded in the page, and it was never navigated by the page.
    const ours = page.frames().filter((f) => f.url().includes('/note-editor.html'));
    expect(ours.length).toBeLessThanOrEqual(1);
  });
});
