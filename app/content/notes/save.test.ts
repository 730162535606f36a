import { describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../components/content/state';
import type { NotesClient } from '../../../utils/messages/notes-client';
import type { NoteDraft, NoteRecord } from '../../../utils/notes/types';
import { makeNote } from '../../../utils/search/test-notes';
import { createStore } from '../../../utils/state/store';
import { rangeOf } from '../test-dom';
import { createNotesModel } from './model';
import { createSaver } from './save';
import type { SelectionToolbar } from './selection';

function setup(create: (d: NoteDraft) => Promise<{ ok: true; value: NoteRecord } | { ok: false; error: never }>) {
  document.body.innerHTML = '<article id="a"><p>各国日益重视数字外交，外交部门借助社交媒体。</p></article>';
  const article = document.getElementById('a') as HTMLElement;
  const text = article.querySelector('p')?.firstChild as Text;
  const store = createStore<ContentState>({
    lang: 'en',
    theme: 'light',
    card: null,
    badges: [],
    toast: null,
    toolbar: null,
    collects: [],
    editor: null,
  });
  const model = createNotesModel();
  const paint = vi.fn();
  const toast = vi.fn();
  const pending = vi.fn();
  const client = {
    detectLanguage: async () => 'zh-Hans',
    create: vi.fn(create),
  } as unknown as NotesClient;
  const saver = createSaver({
    model,
    client,
    store,
    selection: { setPending: pending } as unknown as SelectionToolbar,
    conceptsIn: (s) => (s.includes('数字外交') ? ['digital-diplomacy'] : []),
    paint,
    markFetched: vi.fn(),
    toast,
    text: (k) => k,
    errorText: (e) => e.messageEn,
  });
  const info = { element: article, root: { kind: 'page' as const }, url: 'https://www.mfa.gov.cn/a.html' };
  return { store, model, paint, toast, pending, client, saver, range: rangeOf(text, 6, 10), info };
}

describe('saving a highlight', () => {
  it('builds the draft from the range (quote, context, concepts, language) and places and paints the saved note', async () => {
    const s = setup(async (d) => ({ ok: true, value: makeNote({ id: 'new', quote: d.quote, url: d.url }) }));
    expect(await s.saver.save(s.range, s.info, 'green', '笔记', ['t'])).toBe(true);
    const draft = (s.client.create as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as NoteDraft;
    expect(draft).toMatchObject({
      url: 'https://www.mfa.gov.cn/a.html',
      color: 'green',
      note: '笔记',
      tags: ['t'],
      lang: 'zh-Hans',
      conceptIds: ['digital-diplomacy'],
      quote: { exact: '数字外交', prefix: '各国日益重视' },
    });
    expect(s.model.placed.get('new')?.toString()).toBe('数字外交');
    expect(s.paint).toHaveBeenCalled();
    expect(s.store.get().editor).toBeNull();
    expect(s.toast).toHaveBeenCalledWith('notes.saved');
  });

  it('a refused save reopens the editor with what the reader typed and the reason; nothing is placed', async () => {
    const s = setup(async () => ({
      ok: false,
      error: { code: 'quota', messageZh: '存储空间已满', messageEn: 'Storage is full' } as never,
    }));
    expect(await s.saver.save(s.range, s.info, 'pink', '我写的', ['a', 'b'])).toBe(false);
    expect(s.store.get().editor).toMatchObject({
      noteId: null,
      quote: '数字外交',
      color: 'pink',
      note: '我写的',
      tags: ['a', 'b'],
      busy: false,
      error: 'Storage is full',
    });
    expect(s.pending).toHaveBeenCalled();
    expect(s.model.placed.size).toBe(0);
  });

  it('an empty selection is refused with a hint and nothing is sent', async () => {
    const s = setup(async () => {
      throw new Error('must not be called');
    });
    const text = (s.info.element.querySelector('p') as HTMLElement).firstChild as Text;
    expect(await s.saver.save(rangeOf(text, 3, 3), s.info, 'yellow')).toBe(false);
    expect(s.client.create).not.toHaveBeenCalled();
    expect(s.toast.mock.calls[0]?.[1]).toBe('error');
    expect(s.model.placed.size).toBe(0);
  });
});
