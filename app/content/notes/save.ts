/**
 * Saving a highlight: builds the draft from the range (selectors, concepts, the post's context), asks the
 * background for the quote's language, sends it, and places and paints the saved note. A failed save reopens the
 * editor with what the reader typed and the reason, so nothing typed is lost.
 */

import type { ContentState } from '../../../components/content/state';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import type { NotesClient } from '../../../utils/messages/notes-client';
import { draftFromRange } from '../../../utils/notes/draft';
import type { HighlightColor } from '../../../utils/notes/types';
import type { RootInfo } from '../../../utils/sites/roots';
import type { Store } from '../../../utils/state/store';
import type { NotesModel } from './model';
import { rectOf, type SelectionToolbar } from './selection';

export interface SaveDeps {
  model: NotesModel;
  client: NotesClient;
  store: Store<ContentState>;
  selection: SelectionToolbar;
  conceptsIn(text: string): string[];
  paint(): void;
  markFetched(url: string): void;
  toast(text: string, kind?: 'info' | 'error'): void;
  text(key: 'notes.selectionOutside' | 'notes.emptySelection' | 'notes.saved'): string;
  errorText(e: { messageZh: string; messageEn: string }): string;
  doc?: Document;
}

export interface Saver {
  save(range: Range, info: RootInfo, color: HighlightColor, note?: string, tags?: string[]): Promise<boolean>;
}

export function createSaver(deps: SaveDeps): Saver {
  const { model, client, store } = deps;
  const doc = deps.doc ?? document;
  return {
    async save(range, info, color, note = '', tags = []) {
      const draft = draftFromRange({
        index: buildTextIndex(info.element),
        range,
        info,
        color,
        note,
        tags,
        pageTitle: doc.title,
        conceptsIn: deps.conceptsIn,
      });
      if (typeof draft === 'string') {
        deps.toast(deps.text(draft === 'empty' ? 'notes.emptySelection' : 'notes.selectionOutside'), 'error');
        return false;
      }
      draft.lang = (await client.detectLanguage(draft.quote.exact)) ?? 'und';
      const res = await client.create(draft);
      if (!res.ok) {
        // Keep what the reader typed: reopen the editor with the error rather than losing the note.
        store.set({
          toolbar: null,
          editor: {
            noteId: null,
            anchor: rectOf(range),
            quote: draft.quote.exact,
            color,
            note,
            tags,
            busy: false,
            error: deps.errorText(res.error),
          },
        });
        deps.selection.setPending({ range, info });
        return false;
      }
      model.notes.set(res.value.id, res.value);
      deps.markFetched(res.value.url);
      model.place(res.value.id, range.cloneRange());
      deps.paint();
      doc.getSelection()?.removeAllRanges();
      store.set({ toolbar: null, editor: null });
      deps.toast(deps.text('notes.saved'));
      return true;
    },
  };
}
