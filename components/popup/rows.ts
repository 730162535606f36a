import type { NoteRecord } from '../../utils/notes/types';
import { groupNotes } from '../../utils/search';

export type Grouping = 'none' | 'page' | 'concept';

export type ListRow =
  | { kind: 'group'; key: string; title: string; count: number }
  | { kind: 'note'; key: string; note: NoteRecord; index: number };

/**
 * The flat list the virtual scroller renders: group headings followed by their notes. Under "by concept" a note
 * appears in each of its concepts, so row keys carry the group key to stay unique.
 */
export function buildRows(
  notes: readonly NoteRecord[],
  grouping: Grouping,
  groupTitle: (key: string, pageTitle: string) => string,
): ListRow[] {
  if (grouping === 'none') return notes.map((note, index) => ({ kind: 'note', key: note.id, note, index }));
  const rows: ListRow[] = [];
  let index = 0;
  for (const g of groupNotes(notes, grouping)) {
    rows.push({ kind: 'group', key: `g:${g.key}`, title: groupTitle(g.key, g.title), count: g.notes.length });
    for (const note of g.notes) rows.push({ kind: 'note', key: `${g.key}\u0000${note.id}`, note, index: index++ });
  }
  return rows;
}

/** Fixed heights (CSS pins rows to them) so offsets are known without measuring. */
export const ROW_HEIGHT = { group: 32, note: 160, editing: 330 } as const;

export function rowHeight(row: ListRow, editingKey: string | null): number {
  if (row.kind === 'group') return ROW_HEIGHT.group;
  return row.key === editingKey ? ROW_HEIGHT.editing : ROW_HEIGHT.note;
}

export interface Layout {
  /** offsets[i] = top of row i; offsets has rows.length + 1 entries, the last being the total height. */
  offsets: number[];
  total: number;
}

export function layoutRows(rows: readonly ListRow[], editingKey: string | null): Layout {
  const offsets = new Array<number>(rows.length + 1);
  let y = 0;
  for (let i = 0; i < rows.length; i++) {
    offsets[i] = y;
    y += rowHeight(rows[i] as ListRow, editingKey);
  }
  offsets[rows.length] = y;
  return { offsets, total: y };
}

/** First row index whose bottom is below y (binary search over the offsets). */
function rowAt(offsets: readonly number[], count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The rows to render for a viewport: [start, end) plus `overscan` rows either side. */
export function visibleRange(
  layout: Layout,
  scrollTop: number,
  viewport: number,
  overscan = 4,
): { start: number; end: number } {
  const count = layout.offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(layout.offsets, count, Math.max(0, scrollTop));
  const last = rowAt(layout.offsets, count, Math.max(0, scrollTop + viewport - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/**
 * What the virtual list renders: a count, rows made on demand and their positions. The ungrouped list of 100 000
 * notes needs no row object or offset per note, so a keystroke costs only the rows in view.
 */
export interface RowSource {
  readonly count: number;
  /** Height of the whole list. */
  readonly total: number;
  row(i: number): ListRow;
  /** Top of row i (i = count gives the total). */
  top(i: number): number;
  /** The row at height y (clamped to the list). */
  indexAt(y: number): number;
}

/** Notes without grouping: every row the same height but the one being edited, positions by arithmetic. */
export function noteRows(notes: readonly NoteRecord[], editingKey: string | null): RowSource {
  const H = ROW_HEIGHT.note;
  const extra = ROW_HEIGHT.editing - H;
  const edit = editingKey === null ? -1 : notes.findIndex((n) => n.id === editingKey);
  const count = notes.length;
  const top = (i: number) => i * H + (edit >= 0 && i > edit ? extra : 0);
  return {
    count,
    total: top(count),
    row(i) {
      const note = notes[i] as NoteRecord;
      return { kind: 'note', key: note.id, note, index: i };
    },
    top,
    indexAt(y) {
      if (count === 0) return 0;
      let i: number;
      if (edit < 0 || y < edit * H) i = Math.floor(y / H);
      else if (y < edit * H + ROW_HEIGHT.editing) i = edit;
      else i = edit + 1 + Math.floor((y - edit * H - ROW_HEIGHT.editing) / H);
      return Math.min(count - 1, Math.max(0, i));
    },
  };
}

/** Any list of rows (grouped), laid out once. */
export function listRows(rows: readonly ListRow[], editingKey: string | null): RowSource {
  const layout = layoutRows(rows, editingKey);
  return {
    count: rows.length,
    total: layout.total,
    row: (i) => rows[i] as ListRow,
    top: (i) => layout.offsets[i] ?? layout.total,
    indexAt: (y) => rowAt(layout.offsets, rows.length, y),
  };
}

/** The rows to render for a viewport: [start, end) plus `overscan` rows either side. */
export function visibleRows(
  source: RowSource,
  scrollTop: number,
  viewport: number,
  overscan = 4,
): { start: number; end: number } {
  if (source.count <= 0) return { start: 0, end: 0 };
  const first = source.indexAt(Math.max(0, scrollTop));
  const last = source.indexAt(Math.max(0, scrollTop + viewport - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(source.count, last + 1 + overscan) };
}
