import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type ListRow, layoutRows, visibleRange } from './rows';

interface Props {
  rows: readonly ListRow[];
  editingKey: string | null;
  label: string;
  /** Changes when the query, filters or grouping change: the list then scrolls back to the top. */
  resetKey: string;
  renderRow: (row: ListRow) => ComponentChildren;
  /** Used until the element has been laid out (and in tests, where nothing is). */
  fallbackHeight?: number;
}

/**
 * Renders only the rows in view (plus a few either side) inside a spacer as tall as the whole list, so 10 000
 * notes cost as much as twenty. Row heights are fixed by kind (see rows.ts), so no measuring is needed.
 */
export function VirtualList({ rows, editingKey, label, resetKey, renderRow, fallbackHeight = 400 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(fallbackHeight);
  const layout = useMemo(() => layoutRows(rows, editingKey), [rows, editingKey]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight > 0 ? el.clientHeight : fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallbackHeight]);

  // A new search starts at the top; a note changing in place keeps the reader where they were.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const { start, end } = visibleRange(layout, scrollTop, viewport);
  const visible = rows.slice(start, end);
  return (
    <div
      ref={ref}
      class="vlist"
      data-role="note-list"
      data-total={rows.length}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul class="vlist-spacer" aria-label={label} style={{ height: `${layout.total}px` }}>
        {visible.map((row, i) => {
          const index = start + i;
          const top = layout.offsets[index] ?? 0;
          const height = (layout.offsets[index + 1] ?? top) - top;
          return (
            <li key={row.key} class={`vrow vrow-${row.kind}`} style={{ top: `${top}px`, height: `${height}px` }}>
              {renderRow(row)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
