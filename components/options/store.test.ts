import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup } from '../../utils/export/backup';
import { parseImportText } from '../../utils/import';
import { makeNote, quote } from '../../utils/search/test-notes';
import { createNotesStore } from './store';

describe('createNotesStore (real repo on fake IndexedDB)', () => {
  it('imports a parsed backup, skips duplicates on a second import, counts, lists and clears', async () => {
    fakeBrowser.reset();
    const store = createNotesStore();
    await store.clear();
    const announced: unknown[] = [];
    browser.runtime.onMessage.addListener((msg) => {
      announced.push(msg);
      return undefined;
    });
    const notes = [
      makeNote({ id: 'a', url: 'https://weibo.com/1/AbC', quote: quote('数字外交') }),
      makeNote({ id: 'b', url: 'https://www.mfa.gov.cn/web/x.html', quote: quote('网络主权') }),
    ];
    const parsed = parseImportText(JSON.stringify(createBackup(notes)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(await store.bulkImport(parsed.notes)).toEqual({ added: 2, skipped: 0 });
    expect(await store.bulkImport(parsed.notes)).toEqual({ added: 0, skipped: 2 });
    // Only the import that changed something told the background.
    expect(announced).toEqual([{ type: 'notes:changed', urls: null }]);
    expect(await store.count()).toBe(2);
    expect((await store.listAll()).map((n) => n.id).sort()).toEqual(['a', 'b']);
    await store.clear();
    expect(await store.count()).toBe(0);
    expect(announced).toHaveLength(2);
  });
});
