/**
 * Threat: markup-shaped text. The page's text and the reader's note contain `<img src=x onerror=alert(1)>`,
 * `javascript:` URLs, a closing </textarea><script>, an RTL override (U+202E) and a 200 000-character run. All of it
 * must stay text in the card and the note editor, and over-long input must be refused with a message, changing nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../support/browser';
import {
  clickInEditor,
  clickInUi,
  editorError,
  evalInUi,
  openCardOnFirstTerm,
  paintedNotePoint,
  readCard,
  waitForEditor,
  waitForPainted,
} from '../../support/ui';
import { useExtension } from '../fixtures';
import {
  EVIL_NOTE,
  fillNote,
  notesInExtension,
  openEditorForSelection,
  selectText,
  waitForNotes,
  waitForUi,
} from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const e2e = useExtension({ extraPages: HOSTILE_PAGES });

interface UiAudit {
  active: number;
  jsLinks: number;
  handlers: number;
  quote: string;
  note: string;
  error: string;
}

const AUDIT = `function () {
  const all = [...this.querySelectorAll('*')];
  return {
    // Our own editor frame is the one iframe allowed (an extension page); nothing else may be active.
    active: this.querySelectorAll('img, script:not([src]), iframe:not(.dl-editor-frame), object, embed, svg, math, link, style').length,
    jsLinks: this.querySelectorAll('[href^="javascript" i], [src^="javascript" i]').length,
    handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    quote: this.querySelector('.dl-quote')?.textContent ?? '',
    note: this.querySelector('[data-role="note-input"]')?.value ?? '',
    error: this.querySelector('[data-role="editor-error"]')?.textContent ?? '',
  };
}`;

/**
 * Counts anything executable in our shadow root and in the editor's frame (our origin), and reads the editor's
 * quote, note and error.
 */
async function auditUi(page: Page): Promise<UiAudit | null> {
  const shadow = await evalInUi<UiAudit>(page, AUDIT);
  const frame = page.frames().find((f) => f.url().includes('/note-editor.html'));
  if (!shadow || !frame) return shadow;
  const inFrame = await frame.evaluate(`(${AUDIT}).call(document.getElementById('app'))`);
  const f = inFrame as UiAudit;
  return {
    active: shadow.active + f.active,
    jsLinks: shadow.jsLinks + f.jsLinks,
    handlers: shadow.handlers + f.handlers,
    quote: f.quote,
    note: f.note,
    error: f.error,
  };
}

const alerts = (page: Page) => page.evaluate(() => (window as unknown as { __alerts: number }).__alerts);

describe('injection text', () => {
  let page: Page;

  it('page text shaped like markup is highlighted as text and stays inert', async () => {
    page = e2e.track(await e2e.session.context.newPage(), 'injection');
    await page.goto(HOSTILE.injection.url, { waitUntil: 'load' });
    await waitForHighlights(page, 8);
    const byBlock = await page.evaluate(() => {
      const out: string[] = [];
      for (const r of CSS.highlights.get('diplolens-term') ?? []) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push(`${r.startContainer.parentElement?.closest('[id]')?.id}:${live.toString()}`);
      }
      return out.sort();
    });
    expect(byBlock).toEqual(
      [
        'img:数字外交',
        'img:网络外交',
        'js:数字主权',
        'link:digital diplomacy',
        'long:数字主权',
        'long:数字外交',
        'rtl:数字外交',
        'rtl:网络外交',
        'script:digital diplomacy',
      ].sort(),
    );
    expect(await page.evaluate(() => document.images.length)).toBe(0);
    expect(await alerts(page)).toBe(0);
  });

  it('the card over markup-shaped text contains no markup', async () => {
    expect(await openCardOnFirstTerm(page)).toBe(true);
    expect((await readCard(page))?.conceptId).toBeTruthy();
    const a = await auditUi(page);
    expect(a).toMatchObject({ active: 0, jsLinks: 0, handlers: 0 });
    await page.keyboard.press('Escape');
  });

  it('a saved note with markup, javascript: and RTL override comes back as the same inert text', async () => {
    const quote = await selectText(page, '#img', 0, 40);
    expect(quote).toContain('<img src=x onerror=alert(1)>');
    let editor = await openEditorForSelection(page);
    await fillNote(editor, EVIL_NOTE);
    await clickInEditor(editor, '[data-role="save-note"]');
    const [saved] = await waitForNotes(e2e.session, (ns) => ns.length === 1);
    expect(saved?.note).toBe(EVIL_NOTE);
    expect(saved?.quote.exact).toBe(quote);

    // Reopen the saved highlight's editor by clicking it.
    expect(await waitForPainted(page, [quote], 'yellow')).toEqual([quote]);
    const p = await paintedNotePoint(page, 'yellow');
    expect(p).not.toBeNull();
    if (p) await page.mouse.click(p.x, p.y);
    editor = await waitForEditor(page);
    await editor.locator('[data-role="delete-note"]').waitFor();
    const a = await auditUi(page);
    expect(a).toMatchObject({ active: 0, jsLinks: 0, handlers: 0, quote, note: EVIL_NOTE });
    expect(await alerts(page)).toBe(0);
    expect(await page.evaluate(() => document.images.length)).toBe(0);
    await clickInEditor(editor, '[data-role="cancel-note"]');
  });

  it('a 200 000-character note is refused with a message, the typed text is kept and nothing is stored', async () => {
    await selectText(page, '#rtl', 0, 4);
    const editor = await openEditorForSelection(page);
    const huge = `数字外交${'很长的笔记'.repeat(39_999)}`;
    expect(huge.length).toBe(199_999);
    await fillNote(editor, huge);
    await clickInEditor(editor, '[data-role="save-note"]');
    expect((await editorError(page, 10_000))?.length).toBeGreaterThan(5);
    const a = await auditUi(page);
    expect(a?.error.length).toBeGreaterThan(5);
    expect(a?.note.length).toBe(huge.length);
    expect((await notesInExtension(e2e.session)).length).toBe(1);
    await clickInEditor(editor, '[data-role="cancel-note"]');
  });

  it('a 200 000-character selection is refused with a message and nothing is stored', async () => {
    const quote = await selectText(page, '#long', 0, 200_000);
    expect(quote.length).toBe(200_000);
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-role="toolbar"] [data-color="green"]');
    const until = Date.now() + 10_000;
    let message: string | null = null;
    while (!message && Date.now() < until) {
      message =
        (await editorError(page)) ??
        (await evalInUi<string>(
          page,
          `function () { const el = this.querySelector('[data-role="toast"][data-kind="error"]'); return el ? el.textContent : null; }`,
        ));
      if (!message) await page.waitForTimeout(150);
    }
    expect(message?.length).toBeGreaterThan(5);
    expect((await notesInExtension(e2e.session)).length).toBe(1);
    expect(await alerts(page)).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });
});
