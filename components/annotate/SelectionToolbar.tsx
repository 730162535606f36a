import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { HighlightColor } from '../../utils/notes/types';
import type { ToolbarState } from '../content/state';
import { ColorSwatches } from './ColorSwatches';

export interface SelectionToolbarActions {
  saveSelection(color: HighlightColor): void;
  openNoteEditor(focus: 'note' | 'tags'): void;
}

/** Appears above a text selection: one click saves it in a colour; "note" and "tags" open the editor. */
export function SelectionToolbar({
  state,
  t,
  actions,
}: {
  state: ToolbarState;
  t: Translate;
  actions: SelectionToolbarActions;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const a = state.anchor;
    const above = a.top - h - 8 >= 4;
    const top = above ? a.top - h - 8 : a.top + a.height + 8;
    const left = Math.min(Math.max(4, a.left + a.width / 2 - w / 2), window.innerWidth - w - 4);
    el.style.left = `${left}px`;
    el.style.top = `${Math.min(top, window.innerHeight - h - 4)}px`;
    el.style.visibility = 'visible';
  });
  return (
    <div
      ref={ref}
      class="dl-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      data-role="toolbar"
      style={{ visibility: 'hidden' }}
      onMouseDown={(e) => e.preventDefault() /* keep the page's selection alive */}
    >
      <ColorSwatches t={t} onPick={actions.saveSelection} />
      <button
        type="button"
        class="dl-btn dl-btn-quiet"
        data-role="toolbar-note"
        onClick={() => actions.openNoteEditor('note')}
      >
        {t('toolbar.note')}
      </button>
      <button
        type="button"
        class="dl-btn dl-btn-quiet"
        data-role="toolbar-tags"
        onClick={() => actions.openNoteEditor('tags')}
      >
        {t('toolbar.tags')}
      </button>
    </div>
  );
}
