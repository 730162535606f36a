/**
 * Issue 5's "done when": save a highlight with a note and tags across a topic link on the weibo-like timeline,
 * find it again after a reload and after the recycled list scrolls it away and back; the record lives in the
 * extension's database with the post's context, and nothing of it reaches the page; edit, delete and undo in the
 * page; a changed text re-anchors by fuzzy match and a removed one leaves an orphan that is still stored.
 * The editor is an extension frame (issue 11): typed into with real keys; saved passages are painted in our closed
 * shadow root and read back as the text under the painted boxes.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../../support/driver/fixture';
import type { DriverPage } from '../../support/driver/types';
import {
  clickInEditor,
  clickInUi,
  editorOpen,
  editorValue,
  openDemo,
  paintedNotePoint,
  poll,
  readDbNotes,
  readPaintedNotes,
  scrollToPost,
  selectAcross,
  selectText,
  sendToTab,
  typeInEditor,
  uiHas,
  waitForDb,
  waitForEditor,
  waitForHighlights,
  waitForSlotsRight,
  waitForUi,
} from '../../support/reader';

const YELLOW = 'yellow';
const POST_TEXT = '.wbpro-feed-content > div[class*="_wbtext_"]';
const TOPIC_LINK = 'a[href*="s.weibo.com"]';

function waitForNote(page: DriverPage, color: string, text: string, timeout = 6_000): Promise<string[]> {
  return poll(
    () => readPaintedNotes(page, color),
    (got) => got.includes(text),
    timeout,
  );
}

forEachBrowser('saving a highlight on the weibo-like timeline', (e2e) => {
  let quote = '';

  it('selects across a #topic# link, saves it yellow with a note and a tag', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'notes-save');
    await waitForHighlights(page, 3);
    quote = await selectAcross(page, POST_TEXT, TOPIC_LINK, 3, 5);
    expect(quote).toMatch(/#.+#/);
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-role="toolbar-note"]');
    await waitForEditor(page);
    // Focus moved into the editor: the reader types straight away.
    await page.insertText('大使馆用话题标签组织讨论');
    await typeInEditor(page, '[data-role="tags-input"]', '话题, hashtag');
    await clickInEditor(page, '[data-role="save-note"]');
    expect(await waitForNote(page, YELLOW, quote)).toContain(quote);
    expect(await editorOpen(page)).toBe(false);
    await page.close();
  });

  it('stores the post context in the extension database, and nothing in the page', async () => {
    const notes = await waitForDb(e2e.session, (n) => n.length === 1);
    expect(notes).toHaveLength(1);
    const n = notes[0];
    if (!n) return;
    expect(n.quote.exact).toBe(quote);
    expect(n.note).toBe('大使馆用话题标签组织讨论');
    expect(n.tags).toEqual(['话题', 'hashtag']);
    expect(n.color).toBe('yellow');
    expect(n.url).toMatch(/^https:\/\/weibo\.com\/\d+\/[A-Za-z0-9]+$/);
    expect(n.context?.platform).toBe('weibo');
    expect(n.context?.permalink).toBe(n.url);
    expect(n.context?.author.name).toBeTruthy();
    expect(n.context?.author.id).toMatch(/^\d+$/);
    expect(n.context?.author.mission?.countryCode).toMatch(/^[A-Z]{2}$/);
    expect(n.country).toBe(n.context?.author.mission?.countryCode);
    expect(n.root).toEqual({ kind: 'post', platform: 'weibo', postId: n.context?.postId });

    const page = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'notes-leak');
    await waitForNote(page, YELLOW, quote);
    const leaks = await page.evaluate(async (noteText: string) => {
      const dbs = (await indexedDB.databases()).map((d) => d.name);
      const attrs: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes)
          if (/diplolens/i.test(a.name) || a.value.includes(noteText)) attrs.push(`${el.tagName}[${a.name}]`);
      }
      const open = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot !== null).length;
      const notes = [...CSS.highlights.keys()].filter((k) => !k.startsWith('diplolens-term'));
      return {
        dbs,
        local: localStorage.length,
        session: sessionStorage.length,
        attrs,
        openShadowRoots: open,
        noteHighlights: notes,
        textInPage: document.documentElement.outerHTML.includes(noteText),
      };
    }, '大使馆用话题标签组织讨论');
    expect(leaks).toEqual({
      dbs: [],
      local: 0,
      session: 0,
      attrs: [],
      openShadowRoots: 0,
      noteHighlights: [],
      textInPage: false,
    });
    await page.close();
  });

  it('comes back after a reload and after the recycled list scrolls it away and back', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'notes-recycle');
    expect(await waitForNote(page, YELLOW, quote)).toEqual([quote]);
    await page.reload();
    expect(await waitForNote(page, YELLOW, quote)).toEqual([quote]);
    await scrollToPost(page, 60);
    expect(await waitForSlotsRight(page)).toEqual([]);
    await page.wait(300);
    expect(await readPaintedNotes(page, YELLOW)).toEqual([]);
    await scrollToPost(page, 0);
    expect(await waitForNote(page, YELLOW, quote)).toEqual([quote]);
    await page.close();
  });

  it('edits the note from the page, deletes it and undoes the delete', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'notes-edit');
    await waitForNote(page, YELLOW, quote);
    const point = await paintedNotePoint(page, YELLOW);
    if (!point) throw new Error('highlight not on screen');
    await page.mouseClick(point);
    await waitForEditor(page);
    expect(await editorValue(page, '[data-role="note-input"]')).toBe('大使馆用话题标签组织讨论');
    await typeInEditor(page, '[data-role="note-input"]', '改过的笔记');
    await clickInEditor(page, '[data-role="save-note"]');
    let notes = await waitForDb(e2e.session, (n) => n[0]?.note === '改过的笔记');
    expect(notes[0]?.note).toBe('改过的笔记');

    await page.mouseClick(point);
    await waitForEditor(page);
    await clickInEditor(page, '[data-role="delete-note"]');
    notes = await waitForDb(e2e.session, (n) => n.length === 0);
    expect(notes).toHaveLength(0);
    expect(await readPaintedNotes(page, YELLOW)).toEqual([]);
    await waitForUi(page, '[data-role="toast-action"]');
    await clickInUi(page, '[data-role="toast-action"]');
    notes = await waitForDb(e2e.session, (n) => n.length === 1);
    expect(notes[0]?.note).toBe('改过的笔记');
    expect(await waitForNote(page, YELLOW, quote)).toEqual([quote]);
    await page.close();
  });
});

forEachBrowser('re-anchoring on an article', (e2e) => {
  it('finds a changed quote by fuzzy match, and keeps a removed one as an orphan', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'notes-fuzzy');
    await waitForHighlights(page, 5);
    const target = '把经贸科技问题政治化、泛安全化，搞技术民族主义';
    await selectText(page, 'body', target);
    await waitForUi(page, '[data-role="toolbar"]');
    await clickInUi(page, '[data-color="green"]');
    expect(await waitForNote(page, 'green', target)).toEqual([target]);
    const saved = await waitForDb(e2e.session, (n) => n.some((x) => x.quote.exact === target));
    const note = saved.find((x) => x.quote.exact === target);
    expect(note?.root).toEqual({ kind: 'page' });

    // Edit inside the quote: exact match fails, the fuzzy match places it.
    await page.evaluate((t: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        if (text.data.includes(t)) text.data = text.data.replace('泛安全化，搞', '泛安全化，再搞');
      }
    }, target);
    const fuzzy = await waitForDb(e2e.session, (n) => n.find((x) => x.id === note?.id)?.anchorStatus === 'fuzzy');
    expect(fuzzy.find((x) => x.id === note?.id)?.anchorStatus).toBe('fuzzy');
    const painted = await waitForNote(page, 'green', '把经贸科技问题政治化、泛安全化，再搞技术民族主义');
    expect(painted).toHaveLength(1);
    expect(painted[0]).toContain('再搞技术民族主义');

    // Remove the paragraph: the note becomes an orphan, and stays stored.
    await page.evaluate(() => {
      for (const p of document.querySelectorAll('p')) if (p.textContent?.includes('技术民族主义')) p.remove();
    });
    const orphaned = await waitForDb(e2e.session, (n) => n.find((x) => x.id === note?.id)?.anchorStatus === 'orphan');
    expect(orphaned.find((x) => x.id === note?.id)?.anchorStatus).toBe('orphan');
    expect(await readPaintedNotes(page, 'green')).toEqual([]);
    await page.close();
  });

  it('saves the selection with the keyboard shortcut, and it is painted again after a reload', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'article-english'), 'notes-shortcut');
    await waitForHighlights(page, 5);
    const text = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 80);
      const t = p?.firstChild;
      if (!(t instanceof Text)) throw new Error('no plain paragraph');
      const r = document.createRange();
      r.setStart(t, 0);
      r.setEnd(t, Math.min(40, t.data.length));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
      return r.toString();
    });
    await page.press('Alt+Shift+H');
    expect(await waitForNote(page, YELLOW, text)).toEqual([text]);
    await waitForDb(e2e.session, (n) => n.some((x) => x.quote.exact === text));
    await page.reload();
    expect(await waitForNote(page, YELLOW, text)).toEqual([text]);
    await page.close();
  });

  it('refuses an empty selection with a hint and ignores selections in form fields', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'mfa-press-conference'), 'notes-refuse');
    await waitForHighlights(page, 5);
    await page.click('textarea');
    await page.press('Control+A');
    await page.wait(400);
    expect(await uiHas(page, '[data-role="toolbar"]')).toBe(false);
    const before = (await readDbNotes(e2e.session)).length;
    // The save command with only a form field's text selected: a hint, nothing stored.
    await sendToTab(e2e.session, page, { type: 'command:save-highlight' });
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await waitForUi(page, '[data-role="toast"][data-kind="error"]');
    expect((await readDbNotes(e2e.session)).length).toBe(before);
    await page.close();
  });
});
