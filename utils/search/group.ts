import type { NoteRecord } from '../notes/types';

export interface NoteGroup {
  /** Page URL, or concept id ("" for notes with no concept). */
  key: string;
  /** Page title for page groups; empty for concept groups (the UI names the concept in its language). */
  title: string;
  notes: NoteRecord[];
}

/** Groups in order of their first (newest) note; notes keep their order inside a group. */
export function groupByPage(notes: readonly NoteRecord[]): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const note of notes) {
    let g = groups.get(note.url);
    if (!g) {
      g = { key: note.url, title: note.pageTitle, notes: [] };
      groups.set(note.url, g);
    }
    g.notes.push(note);
  }
  return [...groups.values()];
}

/** A note with several concepts appears under each; notes with none go to the "" group, last. */
export function groupByConcept(notes: readonly NoteRecord[]): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  const none: NoteGroup = { key: '', title: '', notes: [] };
  for (const note of notes) {
    if (note.conceptIds.length === 0) none.notes.push(note);
    for (const id of new Set(note.conceptIds)) {
      let g = groups.get(id);
      if (!g) {
        g = { key: id, title: '', notes: [] };
        groups.set(id, g);
      }
      g.notes.push(note);
    }
  }
  const out = [...groups.values()];
  if (none.notes.length > 0) out.push(none);
  return out;
}

export function groupNotes(notes: readonly NoteRecord[], by: 'page' | 'concept'): NoteGroup[] {
  return by === 'page' ? groupByPage(notes) : groupByConcept(notes);
}
