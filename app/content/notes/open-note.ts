/**
 * Opening a saved note: the reader's click on a painted passage opens its editor beside it; a click elsewhere closes
 * an idle editor. The hit test is ours, against the boxes we painted (notes/paint.ts): the page's hit testing never
 * sees a saved passage. Only trusted clicks count: a page cannot open a note's editor (and its Delete button) for
 * the reader by synthesising a click.
 */

import type { ContentState } from '../../../components/content/state';
import type { Store } from '../../../utils/state/store';
import type { NotesModel } from './model';
import type { NotePainter } from './paint';
import { rectOf } from './selection';

export interface OpenNoteDeps {
  model: NotesModel;
  store: Store<ContentState>;
  painter: Pick<NotePainter, 'noteAt'>;
  isOurUi(target: EventTarget | null): boolean;
  doc?: Document;
}

export interface NoteOpener {
  /** The painted note under a viewport point, if any. */
  noteAt(x: number, y: number): { range: Range; id: string } | null;
  openEditor(id: string, range: Range): void;
  destroy(): void;
}

export function createNoteOpener(deps: OpenNoteDeps): NoteOpener {
  const { model, store } = deps;
  const doc = deps.doc ?? document;

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
    if (!e.isTrusted || e.button !== 0) return;
    if (deps.isOurUi(e.target)) return;
    if (!doc.getSelection()?.isCollapsed) return;
    const hit = deps.painter.noteAt(e.clientX, e.clientY);
    if (hit) openEditor(hit.id, hit.range);
    else if (store.get().editor && !store.get().editor?.busy) store.set({ editor: null });
  };
  doc.addEventListener('click', onClick, { capture: true });

  return {
    noteAt: (x, y) => deps.painter.noteAt(x, y),
    openEditor,
    destroy() {
      doc.removeEventListener('click', onClick, { capture: true });
    },
  };
}
