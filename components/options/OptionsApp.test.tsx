import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup } from '../../utils/export/backup';
import type { NoteRecord } from '../../utils/notes/types';
import { makeNote, quote } from '../../utils/search/test-notes';
import { loadSettings } from '../../utils/settings';
import type { NotesStore } from './DataSection';
import { OptionsApp } from './OptionsApp';

let host: HTMLElement;
let notes: NoteRecord[];
let store: NotesStore & { imported: NoteRecord[][]; cleared: number };

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

async function mount(browserLang = 'en-US') {
  await act(() => {
    render(<OptionsApp store={store} browserLang={browserLang} />, host);
  });
  await settle();
}

const q = <T extends Element>(sel: string) => {
  const el = host.querySelector<T>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};
const byText = (tag: string, text: string) => {
  const el = [...host.querySelectorAll<HTMLElement>(tag)].find((e) => e.textContent?.includes(text));
  if (!el) throw new Error(`no ${tag} with "${text}"`);
  return el;
};

async function change(el: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  await act(() => {
    if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
    else el.value = value;
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement || el.type !== 'text' ? 'change' : 'input', { bubbles: true }),
    );
  });
  await settle();
}

async function chooseFile(input: HTMLInputElement, text: string) {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'in.json')] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  notes = [makeNote({ id: 'n1', quote: quote('数字外交') }), makeNote({ id: 'n2', quote: quote('=cmd') })];
  store = {
    imported: [],
    cleared: 0,
    count: async () => notes.length,
    listAll: async () => [...notes],
    bulkImport: async (incoming) => {
      store.imported.push(incoming);
      const fresh = incoming.filter((n) => !notes.some((m) => m.id === n.id));
      notes.push(...fresh);
      return { added: fresh.length, skipped: incoming.length - fresh.length };
    },
    clear: async () => {
      store.cleared++;
      notes = [];
    },
  };
});

afterEach(() => {
  render(null, host);
  host.remove();
  delete document.documentElement.dataset.theme;
});

describe('OptionsApp', () => {
  it('shows the privacy statement and note count in the browser language', async () => {
    await mount('zh-TW');
    expect(q('h1').textContent).toBe('外交透镜设置');
    expect(host.textContent).toContain('不会向任何地方发送数据');
    expect(host.textContent).toContain('本设备上保存了 2 条笔记');
  });

  it('saves pause, categories, style and theme changes', async () => {
    await mount();
    await change(byText('label', 'Pause DiploLens').querySelector('input') as HTMLInputElement, true);
    await change(q<HTMLInputElement>('input[name="category"][value="theory"]'), false);
    await change(q<HTMLInputElement>('input[name="termStyle"][value="background"]'), true);
    await change(q<HTMLSelectElement>('select:nth-of-type(1)'), 'en');
    const theme = [...host.querySelectorAll('select')][1] as HTMLSelectElement;
    await change(theme, 'dark');
    const s = await loadSettings();
    expect(s.paused).toBe(true);
    expect(s.categories).not.toContain('theory');
    expect(s.categories).toContain('form');
    expect(s.termStyle).toBe('background');
    expect(s.theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(q('[role="status"]').textContent).toBe('Saved.');
  });

  it('switches the UI language live', async () => {
    await mount('en-US');
    expect(q('h1').textContent).toBe('DiploLens settings');
    await change(host.querySelector('select') as HTMLSelectElement, 'zh-CN');
    expect(q('h1').textContent).toBe('外交透镜设置');
    expect((await loadSettings()).uiLanguage).toBe('zh-CN');
  });

  it('adds a site from a pasted URL, refuses nonsense, and removes it again', async () => {
    await mount();
    const input = q<HTMLInputElement>('input[name="site"]');
    await change(input, 'not a host!');
    await act(() => {
      input.form?.requestSubmit();
    });
    await settle();
    expect(q('[role="alert"]').textContent).toContain('not a valid site name');
    await change(input, 'https://www.Example.com/news?id=1');
    await act(() => {
      input.form?.requestSubmit();
    });
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['example.com']);
    const remove = q<HTMLButtonElement>('button[aria-label="Turn DiploLens back on for example.com"]');
    await act(() => remove.click());
    await settle();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('turns a built-in site off and on with its own switch', async () => {
    await mount();
    const weibo = q<HTMLInputElement>('input[name="site-on"][value="weibo.com"]');
    expect(weibo.checked).toBe(true);
    await change(weibo, false);
    expect((await loadSettings()).disabledSites).toEqual(['weibo.com']);
    expect(host.querySelector('.site-list')).toBeNull(); // built-in sites are not repeated in the other-sites list
    await change(q<HTMLInputElement>('input[name="site-on"][value="weibo.com"]'), true);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('imports a backup and reports added/skipped; shows where a bad file is wrong', async () => {
    await mount();
    const file = q<HTMLInputElement>('input[type="file"]');
    const fresh = makeNote({ id: 'n3' });
    await chooseFile(file, JSON.stringify(createBackup([notes[0] as NoteRecord, fresh])));
    expect(store.imported).toHaveLength(1);
    expect(host.textContent).toContain('Notes imported: 1. Already here, skipped: 1.');
    await chooseFile(file, JSON.stringify({ ...createBackup([{ ...fresh, color: 'teal' } as never]) }));
    expect(store.imported).toHaveLength(1);
    expect(host.textContent).toContain('Nothing was imported');
    expect(q('.import-errors').textContent).toContain('notes[0].color: expected one of yellow');
  });

  it('exports through a Blob URL download', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await mount();
    await act(() => byText('button', 'CSV').click());
    await settle();
    expect(clicks[0]).toMatch(/^diplolens-\d{4}-\d\d-\d\d\.csv$/);
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain('数字外交');
    expect(text).toContain("'=cmd");
    expect(host.textContent).toContain('Notes exported: 2.');
  });

  it('deletes everything only after the confirmation word is typed', async () => {
    await mount();
    const button = byText('button', 'Delete all notes') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await change(q<HTMLInputElement>('input[name="confirm"]'), 'delete');
    expect(button.disabled).toBe(true);
    await change(q<HTMLInputElement>('input[name="confirm"]'), 'DELETE');
    expect(button.disabled).toBe(false);
    await act(() => button.click());
    await settle();
    expect(store.cleared).toBe(1);
    expect(host.textContent).toContain('All notes were deleted.');
    expect(host.textContent).toContain('Notes saved on this device: 0.');
  });

  it('accepts the Chinese confirmation word in the Chinese UI', async () => {
    await mount('zh-CN');
    const button = byText('button', '删除全部笔记') as HTMLButtonElement;
    await change(q<HTMLInputElement>('input[name="confirm"]'), '删');
    expect(button.disabled).toBe(true);
    await change(q<HTMLInputElement>('input[name="confirm"]'), '删除');
    await act(() => button.click());
    await settle();
    expect(store.cleared).toBe(1);
  });

  it('gives every control an accessible name', async () => {
    await mount();
    const controls = [...host.querySelectorAll<HTMLElement>('input, select, button')];
    expect(controls.length).toBeGreaterThan(20);
    for (const el of controls) {
      const labelled =
        el.getAttribute('aria-label') ||
        el.closest('label')?.textContent?.trim() ||
        (el.id && host.querySelector(`label[for="${el.id}"]`)?.textContent?.trim()) ||
        (el.tagName === 'BUTTON' && el.textContent?.trim());
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});
