/**
 * The reader's highlights on a page: the selection toolbar, saving through the background, painting each colour
 * as its own CSS highlight, re-anchoring whenever the page (or Weibo's recycled timeline) re-renders, and editing
 * with undo. Notes live only in the extension's database; this module keeps them in memory while the page is open.
 */

import type { ContentState } from '../../components/content/state';
import { anchor } from '../../utils/anchoring/anchor';
import { describe as describeSelectors } from '../../utils/anchoring/describe';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets } from '../../utils/anchoring/text-index';
import { hitTest } from '../../utils/dom/hit-test';
import type { HighlightRegistryHandle } from '../../utils/dom/painter';
import type { Translate } from '../../utils/i18n';
import type { Rect } from '../../utils/layout/placement';
import type { Matcher } from '../../utils/matcher/types';
import type { ClientError, NotesClient } from '../../utils/messages/notes-client';
import {
  type AnchorStatus,
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type NoteDraft,
  type NoteRecord,
} from '../../utils/notes/types';
import { siteOf } from '../../utils/notes/url';
import type { Store } from '../../utils/state/store';
import { currentRoots, type RootInfo, rootForRange, rootKey } from './roots';

/** Notes paint above concept terms. */
const NOTE_PRIORITY = 10;

export const noteHighlightName = (c: HighlightColor) => `diplolens-note-${c}`;

export interface AnnotationDeps {
  store: Store<ContentState>;
  client: NotesClient;
  matcher: Matcher;
  registry: HighlightRegistryHandle;
  t: () => Translate;
  lang: () => 'zh' | 'en';
  isWeibo: boolean;
  /** The Weibo post text roots now in the page (memoised per page change by the caller). */
  postRoots(): readonly Element[];
  isOurUi(target: EventTarget | null): boolean;
}

export interface AnnotationController {
  refresh(): void;
  /** The save command (keyboard shortcut / context menu): saves the selection yellow, or explains why not. */
  saveCurrentSelection(color?: HighlightColor): void;
  /** Saves an arbitrary range (the concept card's "save as highlight"). */
  saveRange(range: Range, color?: HighlightColor): void;
  notesChanged(): void;
  noteUrls(): string[];
  reveal(noteId: string): boolean;
  toolbarActions: {
    saveSelection(color: HighlightColor): void;
    openNoteEditor(focus: 'note' | 'tags'): void;
    submitNote(values: { color: HighlightColor; note: string; tags: string[] }): void;
    deleteNote(): void;
    cancelEditor(): void;
  };
  destroy(): void;
}

function rectOf(range: Range): Rect {
  const rects = range.getClientRects();
  const r = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const first = rects[0] ?? r;
  return {
    left: first.left,
    top: first.top,
    width: Math.max(1, r.right - first.left),
    height: Math.max(1, r.bottom - first.top),
  };
}

function inEditable(node: Node | null): boolean {
  const el = node instanceof Element ? node : node?.parentElement;
  return Boolean(el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

export function createAnnotationController(deps: AnnotationDeps): AnnotationController {
  const { store, client } = deps;
  const notes = new Map<string, NoteRecord>();
  const placed = new Map<string, Range>();
  const rangeToNote = new WeakMap<AbstractRange, string>();
  const fetchedUrls = new Set<string>();
  /** Root text last anchored against, so an unchanged post is not re-anchored on every mutation burst. */
  const anchoredText = new Map<string, { element: Element; text: string; notes: string }>();
  let pending: { range: Range; info: RootInfo } | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;

  const errorText = (e: ClientError) => (deps.lang() === 'zh' ? e.messageZh : e.messageEn);
  const toast = (text: string, kind: 'info' | 'error' = 'info', action?: { label: string; run: () => void }) =>
    store.set({ toast: { text, kind, ...(action ? { action } : {}) } });

  function repaint(): void {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges: Range[] = [];
      for (const [id, range] of placed) if (notes.get(id)?.color === color) ranges.push(range);
      const h = deps.registry.get(noteHighlightName(color), NOTE_PRIORITY);
      if (!h) continue;
      h.clear();
      for (const r of ranges) h.add(r);
    }
  }

  async function fetchNotes(urls: string[]): Promise<void> {
    const fresh = urls.filter((u) => !fetchedUrls.has(u));
    if (fresh.length === 0) return;
    for (const u of fresh) fetchedUrls.add(u);
    const res = await client.forUrls(fresh);
    if (!res.ok) {
      for (const u of fresh) fetchedUrls.delete(u);
      toast(errorText(res.error), 'error');
      return;
    }
    for (const n of res.value) notes.set(n.id, n);
  }

  function notesFor(info: RootInfo): NoteRecord[] {
    const key = rootKey(info.root);
    return [...notes.values()].filter((n) => n.url === info.url && rootKey(n.root) === key);
  }

  async function doRefresh(): Promise<void> {
    const roots = currentRoots(document, deps.isWeibo, location.href, deps.postRoots);
    await fetchNotes(roots.map((r) => r.url));
    const statusUpdates: { id: string; status: AnchorStatus }[] = [];
    const present = new Set<string>();
    for (const info of roots) {
      const mine = notesFor(info);
      const key = `${rootKey(info.root)}|${info.url}`;
      present.add(key);
      if (mine.length === 0) {
        anchoredText.delete(key);
        continue;
      }
      const index = buildTextIndex(info.element);
      const signature = mine.map((n) => `${n.id}:${n.updatedAt}`).join(',');
      const last = anchoredText.get(key);
      if (last && last.element === info.element && last.text === index.text && last.notes === signature) {
        let stillLive = true;
        for (const n of mine) if (placed.get(n.id)?.startContainer.isConnected === false) stillLive = false;
        if (stillLive) continue;
      }
      anchoredText.set(key, { element: info.element, text: index.text, notes: signature });
      for (const n of mine) {
        const hit = anchor(index.text, { quote: n.quote, position: n.position });
        const range = hit ? rangeFromOffsets(index, hit.start, hit.end) : null;
        if (range) {
          placed.set(n.id, range);
          rangeToNote.set(range, n.id);
        } else {
          placed.delete(n.id);
        }
        const status: AnchorStatus = range && hit ? hit.status : 'orphan';
        if (status !== n.anchorStatus) {
          statusUpdates.push({ id: n.id, status });
          notes.set(n.id, { ...n, anchorStatus: status });
        }
      }
    }
    // Posts scrolled out of a recycled list are not orphans: their notes simply wait for the post to return. A
    // recycled slot keeps its text nodes, so "still connected" is not enough: the note's root must still be here.
    for (const [id, range] of placed) {
      const n = notes.get(id);
      if (!n || !range.startContainer.isConnected || !present.has(`${rootKey(n.root)}|${n.url}`)) placed.delete(id);
    }
    for (const key of anchoredText.keys()) if (!present.has(key)) anchoredText.delete(key);
    repaint();
    if (statusUpdates.length > 0) void client.setAnchorStatus(statusUpdates);
  }

  function refresh(): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void doRefresh(), 60);
  }

  function currentSelectionRange(): Range | null {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (inEditable(range.commonAncestorContainer) || inEditable(document.activeElement)) return null;
    if (
      deps.isOurUi(
        range.commonAncestorContainer instanceof Element
          ? range.commonAncestorContainer
          : range.commonAncestorContainer.parentElement,
      )
    )
      return null;
    return range;
  }

  function onSelectionSettled(): void {
    if (store.get().editor) return;
    const range = currentSelectionRange();
    if (!range || range.toString().trim() === '') {
      pending = null;
      if (store.get().toolbar) store.set({ toolbar: null });
      return;
    }
    const info = rootForRange(range, deps.isWeibo, location.href);
    if (!info) {
      pending = null;
      store.set({ toolbar: null });
      return;
    }
    pending = { range: range.cloneRange(), info };
    store.set({ toolbar: { anchor: rectOf(range), quote: range.toString() } });
  }

  function buildDraft(
    range: Range,
    info: RootInfo,
    color: HighlightColor,
    note = '',
    tags: string[] = [],
  ): NoteDraft | string {
    const index = buildTextIndex(info.element);
    const offsets = offsetsFromRange(index, range);
    if (!offsets || offsets.end <= offsets.start) return deps.t()('notes.selectionOutside');
    const quoteText = index.text.slice(offsets.start, offsets.end);
    if (quoteText.trim() === '') return deps.t()('notes.emptySelection');
    const { quote, position } = describeSelectors(index.text, offsets.start, offsets.end);
    const conceptIds = [...new Set(deps.matcher.findAll(quoteText).flatMap((m) => m.hits.map((h) => h.conceptId)))];
    return {
      url: info.url,
      pageTitle: document.title.slice(0, 500),
      site: siteOf(info.url),
      root: info.root,
      quote,
      position,
      color,
      note,
      tags,
      conceptIds,
      lang: 'und',
      ...(info.weibo ? { weibo: info.weibo } : {}),
    };
  }

  async function create(
    range: Range,
    info: RootInfo,
    color: HighlightColor,
    note = '',
    tags: string[] = [],
  ): Promise<boolean> {
    const draft = buildDraft(range, info, color, note, tags);
    if (typeof draft === 'string') {
      toast(draft, 'error');
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
          error: errorText(res.error),
        },
      });
      pending = { range, info };
      return false;
    }
    notes.set(res.value.id, res.value);
    fetchedUrls.add(res.value.url);
    const fresh = range.cloneRange();
    placed.set(res.value.id, fresh);
    rangeToNote.set(fresh, res.value.id);
    repaint();
    document.getSelection()?.removeAllRanges();
    store.set({ toolbar: null, editor: null });
    toast(deps.t()('notes.saved'));
    return true;
  }

  function noteAt(x: number, y: number): { range: Range; id: string } | null {
    for (const color of HIGHLIGHT_COLORS) {
      const hit = hitTest(
        document,
        x,
        y,
        noteHighlightName(color),
        (r) => {
          const id = rangeToNote.get(r);
          return id && r instanceof Range ? { range: r, id } : undefined;
        },
        (node, offset) => {
          for (const [id, range] of placed) {
            if (notes.get(id)?.color === color && range.isPointInRange(node, offset)) return { range, id };
          }
          return null;
        },
      );
      if (hit) return hit;
    }
    return null;
  }

  function openEditorFor(id: string, range: Range): void {
    const n = notes.get(id);
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
    if (!document.getSelection()?.isCollapsed) return;
    const hit = noteAt(e.clientX, e.clientY);
    if (hit) openEditorFor(hit.id, hit.range);
    else if (store.get().editor && !store.get().editor?.busy) store.set({ editor: null });
  };
  const onSelectionChange = () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(onSelectionSettled, 180);
  };
  // The manifest's save-highlight command (Alt+Shift+H) arrives through the background when the browser owns the
  // shortcut; where it does not (a shortcut reassigned, or a browser that passes it to the page) the key still works.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && e.code === 'KeyH' && !inEditable(document.activeElement)) {
      e.preventDefault();
      saveCurrentSelection();
    }
  };
  document.addEventListener('selectionchange', onSelectionChange);
  document.addEventListener('click', onClick, { capture: true });
  document.addEventListener('keydown', onKeyDown, { capture: true });

  function saveCurrentSelection(color: HighlightColor = 'yellow'): void {
    const range = currentSelectionRange();
    if (!range || range.toString().trim() === '') {
      toast(deps.t()('notes.emptySelection'), 'error');
      return;
    }
    const info = rootForRange(range, deps.isWeibo, location.href);
    if (!info) {
      toast(deps.t()('notes.selectionOutside'), 'error');
      return;
    }
    void create(range.cloneRange(), info, color);
  }

  const actions: AnnotationController['toolbarActions'] = {
    saveSelection(color) {
      if (pending) void create(pending.range, pending.info, color);
    },
    openNoteEditor() {
      if (!pending) return;
      store.set({
        toolbar: null,
        editor: {
          noteId: null,
          anchor: rectOf(pending.range),
          quote: pending.range.toString(),
          color: 'yellow',
          note: '',
          tags: [],
          busy: false,
        },
      });
    },
    submitNote(values) {
      const ed = store.get().editor;
      if (!ed) return;
      store.set({ editor: { ...ed, busy: true, note: values.note, tags: values.tags, color: values.color } });
      if (ed.noteId) {
        const id = ed.noteId;
        void client.update(id, values).then((res) => {
          if (!res.ok) {
            const cur = store.get().editor;
            if (cur) store.set({ editor: { ...cur, busy: false, error: errorText(res.error) } });
            return;
          }
          notes.set(id, res.value);
          repaint();
          store.set({ editor: null });
          toast(deps.t()('notes.updated'));
        });
      } else if (pending) {
        void create(pending.range, pending.info, values.color, values.note, values.tags);
      }
    },
    deleteNote() {
      const ed = store.get().editor;
      if (!ed?.noteId) return;
      const id = ed.noteId;
      void client.remove(id).then((res) => {
        if (!res.ok) {
          toast(errorText(res.error), 'error');
          return;
        }
        const removed = res.value;
        notes.delete(id);
        placed.delete(id);
        repaint();
        store.set({ editor: null });
        toast(deps.t()('notes.deleted'), 'info', {
          label: deps.t()('notes.undo'),
          run: () => {
            store.set({ toast: null });
            void client.restore(removed).then((r) => {
              if (!r.ok) return toast(errorText(r.error), 'error');
              notes.set(removed.id, removed);
              anchoredText.clear();
              void doRefresh();
            });
          },
        });
      });
    },
    cancelEditor() {
      store.set({ editor: null });
    },
  };

  return {
    refresh,
    saveCurrentSelection,
    saveRange(range, color = 'yellow') {
      const info = rootForRange(range, deps.isWeibo, location.href);
      if (!info) {
        toast(deps.t()('notes.selectionOutside'), 'error');
        return;
      }
      void create(range.cloneRange(), info, color);
    },
    notesChanged() {
      notes.clear();
      placed.clear();
      fetchedUrls.clear();
      anchoredText.clear();
      void doRefresh();
    },
    noteUrls: () => [...new Set([...notes.values()].map((n) => n.url))],
    reveal(noteId) {
      const range = placed.get(noteId);
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      openEditorFor(noteId, range);
      return true;
    },
    toolbarActions: actions,
    destroy() {
      clearTimeout(refreshTimer);
      clearTimeout(selectionTimer);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('click', onClick, { capture: true });
      document.removeEventListener('keydown', onKeyDown, { capture: true });
      for (const color of HIGHLIGHT_COLORS) deps.registry.delete(noteHighlightName(color));
    },
  };
}
