/**
 * An import of 1 000 notes interrupted half-way, in the options page (where imports run): a record that fails
 * validation at position 500, an error thrown inside the write transaction at the 500th note, and the disk filling
 * up at the 300th. Each time the database must be exactly as before, and the page must say nothing was imported.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRecord } from '../../../utils/notes/fixtures';
import type { NoteRecord } from '../../../utils/notes/types';
import { openOptions } from '../../support/browser';
import { readDbNotes } from '../../support/notes';
import { useExtension } from '../fixtures';
import { draftFor, FAIL_ADD, RESTORE_ADD, sendCreates } from './helpers';

const e2e = useExtension();

function backup(notes: unknown[]): Buffer {
  const body = { format: 'diplolens-backup', version: 1, exportedAt: '2024-05-20T08:00:00.000Z', notes };
  return Buffer.from(JSON.stringify(body), 'utf8');
}

function thousand(tag: string): NoteRecord[] {
  return Array.from({ length: 1000 }, (_, i) =>
    makeRecord({
      id: `${tag}-${i}`,
      url: `https://www.mfa.gov.cn/web/import/${tag}/${i % 40}.shtml`,
      quote: { type: 'TextQuoteSelector', exact: `导入 ${tag} #${i}`, prefix: '', suffix: '' },
      note: `imported ${i}`,
    }),
  );
}

const sorted = (notes: NoteRecord[]) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));

async function importFile(page: Page, buffer: Buffer): Promise<string> {
  await page.locator('#import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer });
  const status = page.locator('section:has(#import-file) [role="status"]');
  await status.locator('p').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('section[aria-busy="true"]') === null, null, {
    timeout: 30_000,
  });
  return (await status.textContent()) ?? '';
}

describe('an import interrupted half-way', () => {
  let before: NoteRecord[] = [];

  beforeAll(async () => {
    // The reader already has notes; they must come through every failed import untouched.
    const page = await openOptions(e2e.session);
    const saved = await sendCreates(
      page,
      Array.from({ length: 25 }, (_, i) => draftFor('existing', i)),
    );
    expect(saved.every((r) => r.ok)).toBe(true);
    await page.close();
    before = sorted(await readDbNotes(e2e.session));
    expect(before).toHaveLength(25);
  });

  it('a record that fails validation at position 500 of 1 000: nothing imported, the database as before', async () => {
    const page = await openOptions(e2e.session, '#data');
    const notes: unknown[] = thousand('bad500');
    notes[500] = { ...(notes[500] as NoteRecord), color: 'red' };
    const text = await importFile(page, backup(notes));
    expect(text).toMatch(/Nothing was imported/);
    expect(text).toMatch(/notes\[500\]\.color|500/);
    expect(sorted(await readDbNotes(e2e.session))).toEqual(before);
    await page.close();
  });

  it('an error thrown inside the write transaction at the 500th note: rolled back, the database as before', async () => {
    const page = await openOptions(e2e.session, '#data');
    await page.evaluate(FAIL_ADD, { after: 499, name: 'UnknownError' });
    const text = await importFile(page, backup(thousand('abort500')));
    expect(text).toMatch(/Something went wrong/);
    expect(await page.evaluate(() => (globalThis as unknown as { __dlAdds: number }).__dlAdds)).toBe(500);
    expect(sorted(await readDbNotes(e2e.session))).toEqual(before);
    await page.close();
  });

  it('the disk fills up at the 300th note: a clear "storage is full", the database as before', async () => {
    const page = await openOptions(e2e.session, '#data');
    await page.evaluate(FAIL_ADD, { after: 299, name: 'QuotaExceededError' });
    const text = await importFile(page, backup(thousand('quota300')));
    expect(text).toMatch(/Storage is full/);
    expect(sorted(await readDbNotes(e2e.session))).toEqual(before);

    // With space back the same file imports completely, once.
    await page.evaluate(RESTORE_ADD);
    const ok = await importFile(page, backup(thousand('quota300')));
    expect(ok).toMatch(/Notes imported: 1000/);
    const after = await readDbNotes(e2e.session);
    expect(after).toHaveLength(1025);
    expect(after.filter((n) => n.id.startsWith('quota300-'))).toHaveLength(1000);
    await page.close();
  });

  it('the options tab closed while the import transaction is writing: all or nothing, never part', async () => {
    const prior = sorted(await readDbNotes(e2e.session));
    const page = await openOptions(e2e.session, '#data');
    // Count adds without failing any, to close the tab once the write is well under way.
    await page.evaluate(FAIL_ADD, { after: Number.MAX_SAFE_INTEGER, name: 'UnknownError' });
    const big = Array.from({ length: 3 }, (_, k) => thousand(`closed${k}`)).flat();
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'n.json', mimeType: 'application/json', buffer: backup(big) });
    await page.waitForFunction(() => ((globalThis as unknown as { __dlAdds?: number }).__dlAdds ?? 0) >= 400, null, {
      polling: 5,
      timeout: 30_000,
    });
    const addsWhenClosed = await page.evaluate(() => (globalThis as unknown as { __dlAdds: number }).__dlAdds);
    // bulkAdd issues every write at once, so the count may already be 3000: what matters is that the transaction
    // had not committed (the page had not reported the result) when the tab went away.
    const reported = await page.evaluate(() =>
      /imported|导入/i.test(
        document.querySelector('section[aria-labelledby="data-heading"] [role="status"]')?.textContent ?? '',
      ),
    );
    await page.close();
    expect(reported).toBe(false);
    const after = sorted(await readDbNotes(e2e.session));
    const imported = after.filter((n) => n.id.startsWith('closed')).length;
    expect([0, 3000]).toContain(imported);
    expect(after.filter((n) => !n.id.startsWith('closed'))).toEqual(prior);
    console.info(`import closed after ${addsWhenClosed} adds: ${imported} of 3000 stored`);
  });
});
