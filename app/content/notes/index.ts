/**
 * The reader's highlights on a page, wired together: the selection toolbar, saving, re-anchoring on every visit
 * and page change, opening a note on click, editing and deleting with undo, and the keyboard save. Each job is
 * its own module in this folder; this one only connects them.
 */
import type { ContentState } from '../../../components/content/state';
import type { Translate } from '../../../utils/i18n';
import type { Matcher } from '../../../utils/matcher/types';
import type { NotesClient } from '../../../utils/messages/notes-client';
import type { HighlightColor } from '../../../utils/notes/types';
import { rootForRange } from '../../../utils/sites/roots';
import type { SiteAdapter } from '../../../utils/sites/types';
import type { Store } from '../../../utils/state/store';
import { createNoteEditing } from './edit';
import { createNotesModel } from './model';
import { createNoteOpener } from './open-note';
import { createNotePainter } from './paint';
import { createReanchorer } from './reanchor';
import { createSaver } from './save';
import { createSelectionToolbar, inEditable, rectOf } from './selection';

export interface NotesControllerDeps {
  store: Store<ContentState>;
  client: NotesClient;
  matcher: Matcher;
  /** Our UI host and the paint layer in its closed shadow root: saved passages are painted there, privately. */
  host: HTMLElement;
  paintLayer: HTMLElement;
  /** The reader's colours for each highlight colour (settings). */
  colors(): Record<HighlightColor, string>;
  adapter: SiteAdapter;
  t: () => Translate;
  lang: () => 'zh' | 'en';
  /** The post text roots now in the page (memoised per page change by the caller). */
  postRoots(): readonly Element[];
  isOurUi(target: EventTarget | null): boolean;
}

export interface NotesController {
  refresh(): void;
  /** The save command (keyboard shortcut / context menu): saves the selection yellow, or explains why not. */
  saveCurrentSelection(color?: HighlightColor): void;
  /** Saves an arbitrary range (the concept card's "save as highlight"). */
  saveRange(range: Range, color?: HighlightColor): void;
  notesChanged(): void;
  noteUrls(): string[];
  reveal(noteId: string): boolean;
  /** How many saved passages are painted on screen now (tests). */
  paintedCount(): number;
  toolbarActions: {
    saveSelection(color: HighlightColor): void;
    openNoteEditor(focus: 'note' | 'tags'): void;
  };
  /** What the note editor (app/content/editor) asks for, once it has checked the reader asked. */
  editorActions: {
    submit(values: { color: HighlightColor; note: string; tags: string[] }): void;
    remove(): void;
    cancel(): void;
  };
  destroy(): void;
}

export function createNotesController(deps: NotesControllerDeps): NotesController {
  const { store, client } = deps;
  const model = createNotesModel();
  const painter = createNotePainter({ model, host: deps.host, layer: deps.paintLayer, colors: deps.colors });
  const paint = () => painter.paint();
  const errorText = (e: { messageZh: string; messageEn: string }) => (deps.lang() === 'zh' ? e.messageZh : e.messageEn);
  const toast = (text: string, kind: 'info' | 'error' = 'info', action?: { label: string; run: () => void }) =>
    store.set({ toast: { text, kind, ...(action ? { action } : {}) } });
  const text = (key: Parameters<Translate>[0]) => deps.t()(key);
  const rootOf = (range: Range) => rootForRange(deps.adapter, range, document, location.href);

  const reanchor = createReanchorer({
    model,
    client,
    adapter: deps.adapter,
    postRoots: deps.postRoots,
    paint,
    onError: (e) => toast(errorText(e), 'error'),
  });
  const selection = createSelectionToolbar({ store, rootForRange: rootOf, isOurUi: deps.isOurUi });
  const saver = createSaver({
    model,
    client,
    store,
    selection,
    conceptsIn: (s) => deps.matcher.findAll(s).flatMap((m) => m.hits.map((h) => h.conceptId)),
    paint,
    markFetched: (url) => reanchor.markFetched(url),
    toast,
    text,
    errorText,
  });
  const opener = createNoteOpener({ model, store, painter, isOurUi: deps.isOurUi });
  const editing = createNoteEditing({
    model,
    client,
    store,
    paint,
    reanchorAll: () => reanchor.reanchorAll(),
    toast,
    text,
    errorText,
  });

  function saveRange(range: Range, color: HighlightColor = 'yellow'): void {
    const info = rootOf(range);
    if (!info) {
      toast(text('notes.selectionOutside'), 'error');
      return;
    }
    void saver.save(range.cloneRange(), info, color);
  }

  function saveCurrentSelection(color: HighlightColor = 'yellow'): void {
    const range = selection.currentRange();
    if (!range || range.toString().trim() === '') {
      toast(text('notes.emptySelection'), 'error');
      return;
    }
    saveRange(range, color);
  }

  // The manifest's save-highlight command (Alt+Shift+H) arrives through the background when the browser owns the
  // shortcut; where it does not (a shortcut reassigned, or a browser that passes it to the page) the key still works.
  // Only the reader's own key: a page can select text and synthesise this keydown, never a trusted one.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.altKey && e.shiftKey && e.code === 'KeyH' && !inEditable(document.activeElement)) {
      e.preventDefault();
      saveCurrentSelection();
    }
    // Focus is back in the page while an editor is open: Escape still closes it.
    if (e.key === 'Escape' && store.get().editor && !store.get().editor?.busy) store.set({ editor: null });
  };
  document.addEventListener('keydown', onKeyDown, { capture: true });

  return {
    refresh: () => reanchor.refresh(),
    saveCurrentSelection,
    saveRange,
    notesChanged: () => void reanchor.reload(),
    paintedCount: () => painter.paintedCount(),
    noteUrls: () => [...new Set([...model.notes.values()].map((n) => n.url))],
    reveal(noteId) {
      const range = model.placed.get(noteId);
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      opener.openEditor(noteId, range);
      return true;
    },
    toolbarActions: {
      saveSelection(color) {
        const p = selection.pending();
        if (p) void saver.save(p.range, p.info, color);
      },
      openNoteEditor(focus) {
        const p = selection.pending();
        if (!p) return;
        store.set({
          toolbar: null,
          editor: {
            noteId: null,
            anchor: rectOf(p.range),
            quote: p.range.toString(),
            color: 'yellow',
            note: '',
            tags: [],
            busy: false,
            focus,
          },
        });
      },
    },
    editorActions: {
      submit(values) {
        const ed = store.get().editor;
        if (!ed) return;
        store.set({ editor: { ...ed, busy: true, note: values.note, tags: values.tags, color: values.color } });
        if (ed.noteId) void editing.update(ed.noteId, values);
        else {
          const p = selection.pending();
          if (p) void saver.save(p.range, p.info, values.color, values.note, values.tags);
        }
      },
      remove() {
        const id = store.get().editor?.noteId;
        if (id) void editing.remove(id);
      },
      cancel() {
        store.set({ editor: null });
      },
    },
    destroy() {
      reanchor.destroy();
      selection.destroy();
      opener.destroy();
      document.removeEventListener('keydown', onKeyDown, { capture: true });
      painter.destroy();
    },
  };
}
