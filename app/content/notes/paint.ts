/** Paints the placed notes, each colour as its own CSS highlight above the concept terms. */
import type { HighlightRegistryHandle } from '../../../utils/dom/painter';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../utils/notes/types';
import type { NotesModel } from './model';

/** Notes paint above concept terms. */
const NOTE_PRIORITY = 10;

export const noteHighlightName = (c: HighlightColor) => `diplolens-note-${c}`;

export interface NotePainter {
  paint(): void;
  destroy(): void;
}

export function createNotePainter(model: NotesModel, registry: HighlightRegistryHandle): NotePainter {
  return {
    paint() {
      for (const color of HIGHLIGHT_COLORS) {
        const h = registry.get(noteHighlightName(color), NOTE_PRIORITY);
        if (!h) continue;
        h.clear();
        for (const [id, range] of model.placed) if (model.notes.get(id)?.color === color) h.add(range);
      }
    },
    destroy() {
      for (const color of HIGHLIGHT_COLORS) registry.delete(noteHighlightName(color));
    },
  };
}
