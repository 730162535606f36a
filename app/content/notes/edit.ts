/**
 * Changing a saved note from its editor: save the new colour, note and tags, or delete it with an undo that puts
 * the very same record back. A failed change keeps the editor open with the reason.
 */

import type { ContentState } from '../../../components/content/state';
import type { NotesClient } from '../../../utils/messages/notes-client';
import type { HighlightColor } from '../../../utils/notes/types';
import type { Store } from '../../../utils/state/store';
import type { NotesModel } from './model';

export interface EditDeps {
  model: NotesModel;
  client: NotesClient;
  store: Store<ContentState>;
  paint(): void;
  /** Places every note again (after undo brings one back). */
  reanchorAll(): Promise<void>;
  toast(text: string, kind?: 'info' | 'error', action?: { label: string; run: () => void }): void;
  text(key: 'notes.updated' | 'notes.deleted' | 'notes.undo'): string;
  errorText(e: { messageZh: string; messageEn: string }): string;
}

export interface NoteEditing {
  /** Saves the open editor's values to its note. */
  update(id: string, values: { color: HighlightColor; note: string; tags: string[] }): Promise<void>;
  /** Deletes the open editor's note and offers undo. */
  remove(id: string): Promise<void>;
}

export function createNoteEditing(deps: EditDeps): NoteEditing {
  const { model, client, store } = deps;

  async function restore(removed: Parameters<NotesClient['restore']>[0]): Promise<void> {
    store.set({ toast: null });
    const r = await client.restore(removed);
    if (!r.ok) {
      deps.toast(deps.errorText(r.error), 'error');
      return;
    }
    model.notes.set(removed.id, removed);
    await deps.reanchorAll();
  }

  return {
    async update(id, values) {
      const res = await client.update(id, values);
      if (!res.ok) {
        const cur = store.get().editor;
        if (cur) store.set({ editor: { ...cur, busy: false, error: deps.errorText(res.error) } });
        return;
      }
      model.notes.set(id, res.value);
      deps.paint();
      store.set({ editor: null });
      deps.toast(deps.text('notes.updated'));
    },
    async remove(id) {
      const res = await client.remove(id);
      if (!res.ok) {
        deps.toast(deps.errorText(res.error), 'error');
        return;
      }
      const removed = res.value;
      model.notes.delete(id);
      model.unplace(id);
      deps.paint();
      store.set({ editor: null });
      deps.toast(deps.text('notes.deleted'), 'info', {
        label: deps.text('notes.undo'),
        run: () => void restore(removed),
      });
    },
  };
}
