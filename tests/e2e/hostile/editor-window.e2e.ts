/**
 * Where the browser will not load our editor frame — a page DiploLens runs on only at the reader's request (the
 * popup's "Analyse this page", or "always run on this site"): Chrome loads a web-accessible page only into the hosts
 * listed for it, and we list only the hosts we run on by ourselves. There the note editor opens as a small
 * extension window instead, bound to the page's content script; typing there is as private as in the frame.
 *
 * A test cannot grant activeTab, so this suite loads a copy of the build whose content script also runs on
 * think.example (as "always run on this site" would make it), with web_accessible_resources left as built.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, waitForHighlights } from '../../support/browser';
import { clickInEditor, clickInUi, editorOpen, typeInEditor, waitForEditor } from '../../support/ui';
import { useExtension } from '../fixtures';
import { dragSelect, waitForNotes, waitForUi } from './helpers';
import { HOSTILE, HOSTILE_PAGES } from './pages';

const THINK = 'https://think.example/*';

function buildCopyRunningOn(pattern: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-window-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(path, 'utf8')) as {
    host_permissions: string[];
    content_scripts: { matches: string[] }[];
  };
  m.host_permissions.push(pattern);
  for (const cs of m.content_scripts) cs.matches.push(pattern);
  writeFileSync(path, JSON.stringify(m, null, 2));
  return dir;
}

const copy = buildCopyRunningOn(THINK);
const e2e = useExtension({ extraPages: HOSTILE_PAGES, extensionDir: copy });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** The toolbar's "Note" button, clicked as a reader does (the editor then opens elsewhere: here, a window). */
async function clickToolbarNote(page: Page): Promise<void> {
  await waitForUi(page, '[data-role="toolbar"]');
  await clickInUi(page, '[data-role="toolbar-note"]');
}

interface Heard {
  type: string;
}

describe('note editor in an extension window (no frame on this host)', () => {
  let page: Page;

  it('opens the editor as a small window, types privately there, saves, and the window closes', async () => {
    page = e2e.track(await e2e.session.context.newPage(), 'editor-window');
    await page.goto(HOSTILE.keystrokesManual.url, { waitUntil: 'load' });
    await waitForHighlights(page, 2);
    const quote = await dragSelect(page, '#p1', 0, 10);
    const t0 = await page.evaluate(() => performance.now());
    const [win] = await Promise.all([
      e2e.session.context.waitForEvent('page', { timeout: 15_000 }),
      clickToolbarNote(page),
    ]);
    e2e.track(win, 'editor-window-window');
    await win.waitForLoadState('domcontentloaded');
    expect(new URL(win.url()).pathname).toBe('/note-editor.html');
    // No frame was put into the page.
    expect(page.frames().some((f) => f.url().includes('note-editor'))).toBe(false);
    const editor = await waitForEditor(win);
    expect(await editor.locator('.dl-quote').textContent()).toBe(quote);
    await win.keyboard.type('typed in our own window');
    await typeInEditor(editor, '[data-role="tags-input"]', 'window');
    await clickInEditor(editor, '[data-role="save-note"]');
    const notes = await waitForNotes(e2e.session, (ns) => ns.length === 1);
    expect(notes[0]).toMatchObject({ note: 'typed in our own window', tags: ['window'], quote: { exact: quote } });
    await expect.poll(() => win.isClosed(), { timeout: 5_000 }).toBe(true);
    const heard = await page.evaluate(
      (t) => (window as unknown as { __keylog: { since(t: number): Heard[] } }).__keylog.since(t),
      t0,
    );
    expect(heard.filter((e) => /^(key|beforeinput|input|composition)/.test(e.type))).toEqual([]);
  });

  it('closing the window cancels the editor; the page is left as it was', async () => {
    await dragSelect(page, '#p2', 0, 17);
    const [win] = await Promise.all([
      e2e.session.context.waitForEvent('page', { timeout: 15_000 }),
      clickToolbarNote(page),
    ]);
    await waitForEditor(win);
    await win.keyboard.type('never saved');
    await win.close();
    await expect.poll(() => editorOpen(page)).toBe(false);
    const notes = await waitForNotes(e2e.session, (ns) => ns.length === 1);
    expect(notes.map((n) => n.note)).toEqual(['typed in our own window']);
    expect(e2e.pageErrors).toEqual([]);
  });
});
