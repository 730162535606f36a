import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ListRow, RowSource } from './rows';
import { visibleRows } from './rows';

interface Props {
  /** The rows (made on demand) and their positions. */
  source: RowSource;
  label: string;
  /** Changes when the query, filters or grouping change: the list then scrolls back to the top. */
  resetKey: string;
  renderRow: (row: ListRow) => ComponentChildren;
  /** Used until the element has been laid out (and in tests, where nothing is). */
  fallbackHeight?: number;
}

/**
 * Renders only the rows in view (plus a few either side) inside a spacer as tall as the whole list, so 100 000
 * notes cost as much as twenty. Row heights are fixed by kind (see rows.ts), so no measuring is needed.
 */
export function VirtualList({ source, label, resetKey, renderRow, fallbackHeight = 400 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(fallbackHeight);

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

  const { start, end } = visibleRows(source, scrollTop, viewport);
  const visible: ListRow[] = [];
  for (let i = start; i < end; i++) visible.push(source.row(i));
  return (
    <div
      ref={ref}
      class="vlist"
      data-role="note-list"
      data-total={source.count}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul class="vlist-spacer" aria-label={label} style={{ height: `${source.total}px` }}>
        {visible.map((row, i) => {
          const index = start + i;
          const top = source.top(index);
          const height = source.top(index + 1) - top;
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
