import { describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../components/content/state';
import type { NotesClient } from '../../../utils/messages/notes-client';
import { makeNote, quote } from '../../../utils/search/test-notes';
import { createStore } from '../../../utils/state/store';
import { createNoteEditing } from './edit';
import { createNotesModel } from './model';

const FAIL = { ok: false as const, error: { code: 'not-found', messageZh: '找不到', messageEn: 'Not found' } };

function setup(client: Partial<NotesClient>) {
  const store = createStore<ContentState>({
    lang: 'en',
    theme: 'light',
    card: null,
    badges: [],
    toast: null,
    toolbar: null,
    collects: [],
    editor: {
      noteId: 'n1',
      anchor: { left: 0, top: 0, width: 1, height: 1 },
      quote: '数字外交',
      color: 'yellow',
      note: '',
      tags: [],
      busy: true,
    },
  });
  const model = createNotesModel();
  const note = makeNote({ id: 'n1', quote: quote('数字外交') });
  model.notes.set('n1', note);
  const range = document.createRange();
  model.place('n1', range);
  const toast = vi.fn();
  const paint = vi.fn();
  const reanchorAll = vi.fn(async () => {});
  const editing = createNoteEditing({
    model,
    client: client as NotesClient,
    store,
    paint,
    reanchorAll,
    toast,
    text: (k) => k,
    errorText: (e) => e.messageEn,
  });
  return { store, model, note, toast, paint, reanchorAll, editing };
}

describe('editing a saved note', () => {
  it('saves the new values, repaints and closes the editor', async () => {
    const s = setup({ update: async (id, p) => ({ ok: true, value: makeNote({ id, ...p }) }) });
    await s.editing.update('n1', { color: 'green', note: '改', tags: ['x'] });
    expect(s.model.notes.get('n1')).toMatchObject({ color: 'green', note: '改', tags: ['x'] });
    expect(s.paint).toHaveBeenCalled();
    expect(s.store.get().editor).toBeNull();
    expect(s.toast).toHaveBeenCalledWith('notes.updated');
  });

  it('a refused update keeps the editor open with the reason', async () => {
    const s = setup({ update: async () => FAIL });
    await s.editing.update('n1', { color: 'green', note: '改', tags: [] });
    expect(s.store.get().editor).toMatchObject({ busy: false, error: 'Not found' });
    expect(s.model.notes.get('n1')?.color).toBe('yellow');
  });

  it('deletes with an undo that puts the very same record back and places it again', async () => {
    const restore = vi.fn(async () => ({ ok: true as const, value: null }));
    const s = setup({ remove: async () => ({ ok: true, value: s.note }), restore });
    await s.editing.remove('n1');
    expect(s.model.notes.has('n1')).toBe(false);
    expect(s.model.placed.has('n1')).toBe(false);
    expect(s.store.get().editor).toBeNull();
    const [text, kind, action] = s.toast.mock.calls[0] ?? [];
    expect([text, kind]).toEqual(['notes.deleted', 'info']);
    action.run();
    await vi.waitFor(() => expect(s.reanchorAll).toHaveBeenCalled());
    expect(restore).toHaveBeenCalledWith(s.note);
    expect(s.model.notes.get('n1')).toEqual(s.note);
  });

  it('a failed delete says why and keeps the note', async () => {
    const s = setup({ remove: async () => FAIL });
    await s.editing.remove('n1');
    expect(s.model.notes.has('n1')).toBe(true);
    expect(s.toast).toHaveBeenCalledWith('Not found', 'error');
  });
});
