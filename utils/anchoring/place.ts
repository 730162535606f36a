/**
 * Places a root's notes in its current text: each note's quote found again (exact, with context, else fuzzy) and
 * its new anchor status. Pure: the content app turns the offsets into Ranges and paints them.
 */
import type { AnchorStatus, NoteRecord } from '../notes/types';
import { anchor } from './anchor';

export interface Placement {
  id: string;
  /** Offsets in the root's text; absent for an orphan. */
  start?: number;
  end?: number;
  status: AnchorStatus;
}

export function placeNotes(text: string, notes: readonly Pick<NoteRecord, 'id' | 'quote' | 'position'>[]): Placement[] {
  return notes.map((n) => {
    const hit = anchor(text, { quote: n.quote, position: n.position });
    return hit ? { id: n.id, start: hit.start, end: hit.end, status: hit.status } : { id: n.id, status: 'orphan' };
  });
}
