/**
 * Threat: URLs that are not web pages. An import file whose annotations target javascript:, data:text/html with a
 * script, file:///etc/passwd or chrome://settings/ must be refused, saying which item, with the database unchanged.
 * Records an older version stored with such URLs (written here straight into the extension's IndexedDB) are kept
 * and shown, never openable — no link, no button, no fallback that opens them anyway — and every export escapes
 * them. Asking the background to open one is refused too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { notesToW3C } from '../../../utils/export/w3c';
import { en } from '../../../utils/i18n/messages';
import type { NoteRecord } from '../../../utils/notes/types';
import { makeNote, quote } from '../../../utils/search/test-notes';
import { openOptions, openPopup } from '../../support/browser';
import { readDbNotes } from '../../support/notes';
import { useExtension } from '../fixtures';

const e2e = useExtension();

const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'chrome://settings/',
];

const web = makeNote({ id: 'web-1', url: 'https://www.mfa.gov.cn/web/1.html', quote: quote('数字外交的网页笔记') });
const legacy: NoteRecord[] = HOSTILE_URLS.map((url, i) =>
  makeNote({
    id: `legacy-${i}`,
    url,
    pageTitle: `old ${i}`,
    quote: quote(`旧版本保存的笔记 ${i}`),
    createdAt: 1_700_000_000_000 + i,
  }),
);

async function download(page: Page, buttonName: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = join(tmpdir(), `diplolens-urls-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

async function importText(page: Page, name: string, text: string): Promise<{ status: string; paths: string[] }> {
  const path = join(tmpdir(), name);
  writeFileSync(path, text);
  await page.reload();
  await page.locator('#import-file').setInputFiles(path);
  const status = page.locator('section[aria-labelledby="data-heading"] [role="status"]');
  await status.filter({ hasText: /import/i }).waitFor({ timeout: 10_000 });
  return {
    status: (await status.textContent()) ?? '',
    paths: await page.locator('.import-errors code').allTextContents(),
  };
}

/** Writes records straight into the extension's database, as an older version of DiploLens would have left them. */
async function writeRaw(page: Page, records: NoteRecord[]): Promise<void> {
  await page.evaluate(
    (rs) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('diplolens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          for (const r of rs) tx.objectStore('notes').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

describe('URLs that are not web pages', () => {
  let options: Page;

  it('an import targeting javascript:, data:, file: or chrome: is refused, naming the item, changing nothing', async () => {
    options = e2e.track(await openOptions(e2e.session), 'urls-options');
    // The database exists once the options page has opened it.
    await options.getByRole('button', { name: en['options.data.exportW3c'] }).waitFor();
    await writeRaw(options, [web]);
    const before = await readDbNotes(e2e.session);
    for (const [i, url] of HOSTILE_URLS.entries()) {
      const backup = {
        format: 'diplolens-backup',
        version: 2,
        exportedAt: '2026',
        notes: [web, { ...web, id: `bad-${i}`, url }],
      };
      const b = await importText(options, `bad-backup-${i}.json`, JSON.stringify(backup));
      expect(b.status, url).toMatch(/Nothing was imported/);
      expect(b.paths, url).toContain('notes[1].url');
      const w3c = notesToW3C([
        { ...web, id: `w-${i}` },
        { ...web, id: `bad-w-${i}`, url: 'https://x.example/' },
      ]);
      (w3c.first.items[1] as { target: { source: string } }).target.source = url;
      const w = await importText(options, `bad-w3c-${i}.jsonld`, JSON.stringify(w3c));
      expect(w.status, url).toMatch(/Nothing was imported/);
      expect(w.paths, url).toContain('first.items[1].target.source');
      expect(await readDbNotes(e2e.session), url).toEqual(before);
    }
  });

  it('older records with such URLs are kept and shown in the popup, never openable', async () => {
    await writeRaw(options, legacy);
    const popup = e2e.track(await openPopup(e2e.session), 'urls-popup');
    await popup.locator('[data-view="notes"]').click();
    for (const n of legacy) {
      const row = popup.locator(`[data-note-id="${n.id}"]`);
      await row.waitFor();
      expect(await row.locator('[data-role="open"]').count()).toBe(0);
      expect(await row.locator('a[href]').count()).toBe(0);
      expect(await row.locator('[data-role="not-web-page"]').textContent()).toBe(en['popup.note.notWebPage']);
    }
    // Clicking the quote opens nothing.
    let opened = false;
    e2e.session.context.on('page', () => {
      opened = true;
    });
    await popup.locator(`[data-note-id="legacy-1"] [data-role="not-openable"]`).click();
    // The web note is still openable.
    expect(await popup.locator('[data-note-id="web-1"] [data-role="open"]').count()).toBe(1);
    // And the background refuses to open anything else, whoever asks.
    const answers = await popup.evaluate(async (urls) => {
      const api = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }
      ).chrome;
      const out: boolean[] = [];
      for (const url of urls)
        out.push((await api.runtime.sendMessage({ type: 'ui:openNote', url, id: 'legacy-0' })).ok);
      return out;
    }, HOSTILE_URLS);
    expect(answers).toEqual(HOSTILE_URLS.map(() => false));
    await popup.waitForTimeout(1000);
    expect(opened).toBe(false);
    expect((await readDbNotes(e2e.session)).length).toBe(1 + legacy.length);
    await popup.close();
  });

  it('every export escapes them; the W3C export of them does not import back as openable', async () => {
    const md = await download(options, en['options.data.exportMarkdown']);
    for (const url of HOSTILE_URLS) {
      expect(md).not.toContain(`<${url}>`);
      expect(md).not.toContain(`](${url}`);
    }
    expect(md).not.toContain('<script>');
    expect(md).toContain('<https://www.mfa.gov.cn/web/1.html>');
    expect(md.match(/\(not a web page; not linked\)/g)?.length).toBe(HOSTILE_URLS.length);

    const w3c = JSON.parse(await download(options, en['options.data.exportW3c'])) as {
      first: { items: { id: string; target: { source: string } }[] };
    };
    const sources = w3c.first.items.map((a) => a.target.source);
    expect(sources).toContain('https://www.mfa.gov.cn/web/1.html');
    for (const s of sources) expect(s).toMatch(/^(https:\/\/|urn:x-diplolens:not-a-web-page:)/);

    const csv = await download(options, en['options.data.exportCsv']);
    for (const line of csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const before = await readDbNotes(e2e.session);
    const again = await importText(options, 'legacy-roundtrip.jsonld', JSON.stringify(w3c));
    expect(again.status).toMatch(/Nothing was imported/);
    expect(await readDbNotes(e2e.session)).toEqual(before);
    await options.close();
  });
});
