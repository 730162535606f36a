/**
 * Issue 6's "done when", used as a reader would: the popup over the weibo-like tab lists the concepts found there
 * and the note saved on it; search finds the note by a Chinese substring, by its Traditional form and by an English
 * word; the daily review keeps a note; the options page round-trips every record through W3C JSON, writes Markdown
 * and CSV that show Chinese, and refuses bad files leaving the database exactly as it was.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { en } from '../../../utils/i18n/messages';
import { forEachBrowser } from '../../support/driver/fixture';
import type { DriverPage } from '../../support/driver/types';
import {
  attrOf,
  clickButton,
  clickInEditor,
  clickInUi,
  count,
  openDemo,
  openOptions,
  openPopup,
  poll,
  readDbNotes,
  selectAcross,
  textOf,
  typeInEditor,
  waitForDb,
  waitForEditor,
  waitForHighlights,
  waitForUi,
} from '../../support/reader';

const DATA_STATUS = 'section[aria-labelledby="data-heading"] [role="status"]';

async function importText(page: DriverPage, name: string, text: string): Promise<string> {
  const path = join(tmpdir(), `diplolens-${process.pid}-${name}`);
  writeFileSync(path, text);
  // A fresh page has an empty status, so the wait below sees this file's answer and not the last one.
  await page.reload();
  await page.setInputFiles('#import-file', path);
  const status = await poll(
    () => textOf(page, DATA_STATUS),
    (t) => /import/i.test(t ?? ''),
    10_000,
  );
  rmSync(path, { force: true });
  return status ?? '';
}

forEachBrowser('popup and options', (e2e) => {
  let quote = '';
  let weibo: DriverPage;

  it('the popup over the weibo tab ("This page") lists its concepts and the note saved on it', async () => {
    weibo = e2e.track(await openDemo(e2e.session, 'weibo-timeline'), 'popup-weibo');
    await waitForHighlights(weibo, 3);
    quote = await selectAcross(weibo, '.wbpro-feed-content > div[class*="_wbtext_"]', 'a[href*="s.weibo.com"]', 3, 6);
    await waitForUi(weibo, '[data-role="toolbar"]');
    await clickInUi(weibo, '[data-role="toolbar-note"]');
    await waitForEditor(weibo);
    await typeInEditor(weibo, '[data-role="note-input"]', 'Embassies frame public debate with hashtags');
    await clickInEditor(weibo, '[data-role="save-note"]');
    await waitForDb(e2e.session, (n) => n.length === 1);

    const popup = e2e.track(await openPopup(e2e.session, weibo), 'popup-page');
    await popup.waitFor('[data-role="page-summary"]');
    expect(await attrOf(popup, '[data-role="page-summary"]', 'data-kind')).toBe('timeline');
    expect(await count(popup, '[data-role="page-concepts"] [data-concept-id="digital-diplomacy"]')).toBe(1);
    expect(await count(popup, '[data-role="page-missions"] li')).toBeGreaterThan(0);
    await expect.poll(() => textOf(popup, '[data-role="page-highlights"]')).toContain(quote.slice(0, 8));
    await popup.close();
  });

  it('Notes search finds the note by a Chinese substring, its Traditional form and an English word', async () => {
    const popup = e2e.track(await openPopup(e2e.session, weibo), 'popup-search');
    await popup.click('[data-view="notes"]');
    await popup.waitFor('[data-note-id]');
    const chinese = quote.replace(/[#\s]/g, '').slice(-4);
    const traditional = '數字外交';
    for (const q of [chinese, traditional, 'hashtags', 'EMBASSIES']) {
      await popup.fill('[data-role="search"]', q);
      await expect.poll(() => count(popup, '[data-note-id]'), { message: `search "${q}"` }).toBe(1);
    }
    await popup.fill('[data-role="search"]', '没有这样的笔记');
    await expect.poll(() => count(popup, '[data-note-id]')).toBe(0);
    await popup.close();
  });

  it("Review shows today's note; keeping it marks it reviewed and the day is done", async () => {
    const popup = e2e.track(await openPopup(e2e.session), 'popup-review');
    await popup.click('[data-view="review"]');
    await popup.waitFor('.review-item [data-role="keep"]');
    const [note] = await readDbNotes(e2e.session);
    expect(await count(popup, `.review-item[data-note-id="${note?.id}"]`)).toBe(1);
    await popup.click(`.review-item[data-note-id="${note?.id}"] [data-role="keep"]`);
    await popup.waitFor('[data-role="review-done"]');
    const [after] = await waitForDb(e2e.session, (n) => (n[0]?.reviewCount ?? 0) > 0);
    expect(after?.reviewCount).toBe(1);
    expect(after?.lastReviewedAt).toBeGreaterThan(0);
    await popup.close();
  });

  it('round-trips every record through W3C JSON: export, delete all, import, all equal', async () => {
    const before = (await readDbNotes(e2e.session)).sort((a, b) => a.id.localeCompare(b.id));
    expect(before.length).toBeGreaterThan(0);
    const options = e2e.track(await openOptions(e2e.session), 'options-roundtrip');
    const w3c = await options.download(() => clickButton(options, en['options.data.exportW3c']));
    expect(JSON.parse(w3c.text)['@context']).toBeTruthy();

    await options.fill('input[name="confirm"]', 'DELETE');
    await clickButton(options, en['options.data.deleteButton']);
    await waitForDb(e2e.session, (n) => n.length === 0);
    expect(await readDbNotes(e2e.session)).toEqual([]);

    const status = await importText(options, 'roundtrip.jsonld', w3c.text);
    expect(status).toMatch(/imported/i);
    const after = (await waitForDb(e2e.session, (n) => n.length === before.length)).sort((a, b) =>
      a.id.localeCompare(b.id),
    );
    expect(after).toEqual(before);

    // The same file again: nothing duplicated.
    await importText(options, 'roundtrip-again.jsonld', w3c.text);
    await options.wait(300);
    expect((await readDbNotes(e2e.session)).length).toBe(before.length);
    await options.close();
  });

  it('Markdown and CSV exports carry the Chinese text intact (CSV with a BOM for Excel)', async () => {
    const options = e2e.track(await openOptions(e2e.session), 'options-export');
    const md = await options.download(() => clickButton(options, en['options.data.exportMarkdown']));
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain(quote);
    expect(md.text).toMatch(/https:\/\/weibo\.com\/\d+\/\w+/);
    const csv = await options.download(() => clickButton(options, en['options.data.exportCsv']));
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain(quote.replace(/"/g, '""'));
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
    const codes = await options.evaluate(() =>
      [...document.querySelectorAll('.import-errors code')].map((c) => c.textContent ?? ''),
    );
    expect(codes).toContainEqual(expect.stringMatching(/notes.*0.*color/));
    await options.close();
  });

  it('offers "Analyse this page" where DiploLens does not run by itself, and explains a refusal', async () => {
    const page = e2e.track(await openDemo(e2e.session, 'think-tank'), 'popup-analyse');
    const popup = e2e.track(await openPopup(e2e.session, page), 'popup-analyse-popup');
    await popup.waitFor('[data-role="analyze"]');
    expect(await textOf(popup, '[data-role="page-message"]')).toBeTruthy();
    await popup.click('[data-role="analyze"]');
    // A test cannot click the toolbar button, so the browser grants no activeTab: the popup must say so plainly
    // (from the real toolbar popup the same click injects the content script).
    await popup.waitFor('[role="alert"][data-role="page-message"]');
    expect(await textOf(popup, '[role="alert"]')).toBe(en['popup.page.needsToolbar']);
    await popup.close();
    await page.close();
  });
});
