/**
 * Opening a saved note: a click on a painted highlight opens its editor beside it; a click elsewhere closes an
 * idle editor. The hit test asks the Highlight API where the browser has one, else the caret under the pointer.
 */

import type { ContentState } from '../../../components/content/state';
import { hitTest } from '../../../utils/dom/hit-test';
import { HIGHLIGHT_COLORS } from '../../../utils/notes/types';
import type { Store } from '../../../utils/state/store';
import type { NotesModel } from './model';
import { noteHighlightName } from './paint';
import { rectOf } from './selection';

export interface OpenNoteDeps {
  model: NotesModel;
  store: Store<ContentState>;
  isOurUi(target: EventTarget | null): boolean;
  doc?: Document;
}

export interface NoteOpener {
  /** The placed note under a viewport point, if any. */
  noteAt(x: number, y: number): { range: Range; id: string } | null;
  openEditor(id: string, range: Range): void;
  destroy(): void;
}

export function createNoteOpener(deps: OpenNoteDeps): NoteOpener {
  const { model, store } = deps;
  const doc = deps.doc ?? document;

  function noteAt(x: number, y: number): { range: Range; id: string } | null {
    for (const color of HIGHLIGHT_COLORS) {
      const hit = hitTest(
        doc,
        x,
        y,
        noteHighlightName(color),
        (r) => {
          const id = model.noteOf(r);
          return id && r instanceof Range ? { range: r, id } : undefined;
        },
        (node, offset) => {
          for (const [id, range] of model.placed) {
            if (model.notes.get(id)?.color === color && range.isPointInRange(node, offset)) return { range, id };
          }
          return null;
        },
      );
      if (hit) return hit;
    }
    return null;
  }

  function openEditor(id: string, range: Range): void {
    const n = model.notes.get(id);
    if (!n) return;
    store.set({
      card: null,
      toolbar: null,
      editor: {
        noteId: id,
        anchor: rectOf(range),
        quote: n.quote.exact,
        color: n.color,
        note: n.note,
        tags: n.tags,
        busy: false,
      },
    });
  }

  const onClick = (e: MouseEvent) => {
    if (deps.isOurUi(e.target)) return;
    if (!doc.getSelection()?.isCollapsed) return;
    const hit = noteAt(e.clientX, e.clientY);
    if (hit) openEditor(hit.id, hit.range);
    else if (store.get().editor && !store.get().editor?.busy) store.set({ editor: null });
  };
  doc.addEventListener('click', onClick, { capture: true });

  return {
    noteAt,
    openEditor,
    destroy() {
      doc.removeEventListener('click', onClick, { capture: true });
    },
  };
}
