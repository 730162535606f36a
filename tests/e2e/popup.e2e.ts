/**
 * Issue 6's "done when", used as a reader would: the popup over the weibo-like tab lists the concepts found there
 * and the note saved on it; search finds the note by a Chinese substring, by its Traditional form and by an English
 * word; the options page round-trips every record through W3C JSON, writes Markdown and CSV that show Chinese, and
 * refuses bad files leaving the database exactly as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../utils/i18n/messages';
import { openDemo, openOptions, openPopup, waitForHighlights } from '../support/browser';
import { readDbNotes, selectAcross, waitForDb, waitForUi } from '../support/notes';
import { clickInEditor, clickInUi, typeInEditor, waitForEditor } from '../support/ui';
import { useExtension } from './fixtures';

const e2e = useExtension();

async function download(page: Page, buttonName: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = join(tmpdir(), `diplolens-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

async function importText(page: Page, name: string, text: string): Promise<string> {
  const path = join(tmpdir(), name);
  writeFileSync(path, text);
  // A fresh page has an empty status, so the wait below sees this file's answer and not the last one.
  await page.reload();
  await page.locator('#import-file').setInputFiles(path);
  // The data section's live region (the page has others).
  const status = page.locator('section[aria-labelledby="data-heading"] [role="status"]');
  await status.filter({ hasText: /import/i }).waitFor({ timeout: 10_000 });
  return (await status.textContent()) ?? '';
}

describe('popup and options', () => {
  let quote = '';
  let weibo: Page;

  it('the popup over the weibo tab lists its concepts and the note saved on it', async () => {
    weibo = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'popup-weibo');
    await waitForHighlights(weibo, 3);
    quote = await selectAcross(weibo, '.wbpro-feed-content > div[class*="_wbtext_"]', 'a[href*="s.weibo.com"]', 3, 6);
    await waitForUi(weibo, '[data-role="toolbar"]');
    await clickInUi(weibo, '[data-role="toolbar-note"]');
    const editor = await waitForEditor(weibo);
    await typeInEditor(editor, '[data-role="note-input"]', 'Embassies frame public debate with hashtags');
    await clickInEditor(editor, '[data-role="save-note"]');
    await waitForDb(e2e.session, (n) => n.length === 1);

    const popup = e2e.track(await openPopup(e2e.session, weibo), 'popup-page');
    await popup.locator('[data-role="page-summary"]').waitFor();
    expect(await popup.locator('[data-role="page-summary"]').getAttribute('data-kind')).toBe('timeline');
    expect(await popup.locator('[data-role="page-concepts"] [data-concept-id="digital-diplomacy"]').count()).toBe(1);
    expect(await popup.locator('[data-role="page-missions"] li').count()).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('[data-role="page-highlights"]').textContent()).toContain(quote.slice(0, 8));
    await popup.close();
  });

  it('search finds the note by a Chinese substring, its Traditional form and an English word', async () => {
    const popup = e2e.track(await openPopup(e2e.session, weibo), 'popup-search');
    await popup.locator('[data-view="notes"]').click();
    const search = popup.locator('[data-role="search"]');
    const rows = popup.locator('[data-note-id]');
    await rows.first().waitFor();
    const chinese = quote.replace(/[#\s]/g, '').slice(-4);
    const traditional = '數字外交';
    for (const q of [chinese, traditional, 'hashtags', 'EMBASSIES']) {
      await search.fill(q);
      await expect.poll(() => rows.count(), { message: `search "${q}"` }).toBe(1);
    }
    await search.fill('没有这样的笔记');
    await expect.poll(() => rows.count()).toBe(0);
    await popup.close();
  });

  it('round-trips every record through W3C JSON: export, delete all, import, all equal', async () => {
    const before = (await readDbNotes(e2e.session)).sort((a, b) => a.id.localeCompare(b.id));
    expect(before.length).toBeGreaterThan(0);
    const options = e2e.track(await openOptions(e2e.session), 'options-roundtrip');
    const w3c = await download(options, en['options.data.exportW3c']);
    expect(JSON.parse(w3c)['@context']).toBeTruthy();

    await options.getByRole('textbox', { name: /DELETE/ }).fill('DELETE');
    await options.getByRole('button', { name: en['options.data.deleteButton'] }).click();
    await waitForDb(e2e.session, (n) => n.length === 0);
    expect(await readDbNotes(e2e.session)).toEqual([]);

    const status = await importText(options, 'roundtrip.jsonld', w3c);
    expect(status).toMatch(/imported/i);
    const after = (await waitForDb(e2e.session, (n) => n.length === before.length)).sort((a, b) =>
      a.id.localeCompare(b.id),
    );
    expect(after).toEqual(before);

    // The same file again: nothing duplicated.
    await importText(options, 'roundtrip-again.jsonld', w3c);
    await options.waitForTimeout(300);
    expect((await readDbNotes(e2e.session)).length).toBe(before.length);
    await options.close();
  });

  it('Markdown and CSV exports carry the Chinese text intact (CSV with a BOM for Excel)', async () => {
    const options = e2e.track(await openOptions(e2e.session), 'options-export');
    const md = await download(options, en['options.data.exportMarkdown']);
    expect(md).toContain(quote);
    expect(md).toMatch(/https:\/\/weibo\.com\/\d+\/\w+/);
    const csv = await download(options, en['options.data.exportCsv']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(quote.replace(/"/g, '""'));
    await options.close();
  });

  it('refuses bad files with a message saying what and where, and changes nothing', async () => {
    const before = await readDbNotes(e2e.session);
    const options = e2e.track(await openOptions(e2e.session), 'options-bad');
    const bad: [string, string][] = [
      ['truncated.json', '{"format":"diplolens-backup","version":1,"notes":[{"id":"x"'],
      ['wrong-version.json', JSON.stringify({ format: 'diplolens-backup', version: 99, exportedAt: 0, notes: [] })],
      [
        'proto.json',
        '{"format":"diplolens-backup","version":1,"exportedAt":0,"notes":[],"__proto__":{"polluted":true}}',
      ],
      [
        'bad-color.json',
        JSON.stringify({
          format: 'diplolens-backup',
          version: 1,
          exportedAt: new Date().toISOString(),
          notes: [{ ...before[0], color: 'chartreuse' }],
        }),
      ],
    ];
    for (const [name, text] of bad) {
      const status = await importText(options, name, text);
      expect(status, name).toMatch(/Nothing was imported/);
      expect(await readDbNotes(e2e.session), name).toEqual(before);
    }
    // The last file's one fault is named with its place: notes[0].color.
    expect(await options.locator('.import-errors code').allTextContents()).toContainEqual(
      expect.stringMatching(/notes.*0.*color/),
    );
    await options.close();
  });

  it('offers "Analyse this page" where DiploLens does not run by itself, and explains a refusal', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'think-tank'), 'popup-analyse');
    const popup = e2e.track(await openPopup(e2e.session, page), 'popup-analyse-popup');
    const button = popup.locator('[data-role="analyze"]');
    await button.waitFor();
    expect(await popup.locator('[data-role="page-message"]').textContent()).toBeTruthy();
    await button.click();
    // A test cannot click the toolbar button, so the browser grants no activeTab: the popup must say so plainly
    // (from the real toolbar popup the same click injects the content script).
    await popup.locator('[role="alert"][data-role="page-message"]').waitFor();
    expect(await popup.locator('[role="alert"]').textContent()).toBe(en['popup.page.needsToolbar']);
    await popup.close();
    await page.close();
  });
});
