/**
 * The selection toolbar: when the reader's selection settles inside one anchor root (a post, the article), offer
 * the colours and "note…" beside it; a selection in a form field, in our own UI or across two posts gets none.
 */

import type { ContentState } from '../../../components/content/state';
import type { Rect } from '../../../utils/layout/placement';
import type { RootInfo } from '../../../utils/sites/roots';
import type { Store } from '../../../utils/state/store';

export interface PendingSelection {
  range: Range;
  info: RootInfo;
}

export interface SelectionDeps {
  store: Store<ContentState>;
  rootForRange(range: Range): RootInfo | null;
  isOurUi(target: EventTarget | null): boolean;
  doc?: Document;
}

export interface SelectionToolbar {
  /** The selection the toolbar was offered for, if any. */
  pending(): PendingSelection | null;
  setPending(p: PendingSelection | null): void;
  /** The reader's selection, when it is one a highlight can be made of (not in a field, not in our UI). */
  currentRange(): Range | null;
  destroy(): void;
}

/** How long the selection must stay still before the toolbar shows (dragging a selection fires many events). */
const SETTLE_MS = 180;

export function rectOf(range: Range): Rect {
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

export function inEditable(node: Node | null): boolean {
  const el = node instanceof Element ? node : node?.parentElement;
  return Boolean(el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

export function createSelectionToolbar(deps: SelectionDeps): SelectionToolbar {
  const { store } = deps;
  const doc = deps.doc ?? document;
  let pending: PendingSelection | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function currentRange(): Range | null {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (inEditable(range.commonAncestorContainer) || inEditable(doc.activeElement)) return null;
    const container = range.commonAncestorContainer;
    if (deps.isOurUi(container instanceof Element ? container : container.parentElement)) return null;
    return range;
  }

  function settled(): void {
    if (store.get().editor) return;
    const range = currentRange();
    const info = range && range.toString().trim() !== '' ? deps.rootForRange(range) : null;
    if (!range || !info) {
      pending = null;
      if (store.get().toolbar) store.set({ toolbar: null });
      return;
    }
    pending = { range: range.cloneRange(), info };
    store.set({ toolbar: { anchor: rectOf(range), quote: range.toString() } });
  }

  const onSelectionChange = () => {
    clearTimeout(timer);
    timer = setTimeout(settled, SETTLE_MS);
  };
  doc.addEventListener('selectionchange', onSelectionChange);
  // The in-page UI loads after the terms are painted: a passage the reader selected before it did gets its toolbar.
  if (doc.getSelection()?.isCollapsed === false) onSelectionChange();

  return {
    pending: () => pending,
    setPending(p) {
      pending = p;
    },
    currentRange,
    destroy() {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', onSelectionChange);
    },
  };
}
