import type { NoteRecord } from '../../utils/notes/types';
import type { NoteSearchIndex } from '../../utils/search';

/**
 * Brings the search index up to date with a fresh liveQuery result, touching only notes that changed, so a
 * single edit among 10 000 notes does not refold them all. Returns whether anything changed.
 */
export function syncIndex(
  index: NoteSearchIndex,
  known: Map<string, NoteRecord>,
  next: readonly NoteRecord[],
): boolean {
  let changed = false;
  const seen = new Set<string>();
  for (const note of next) {
    seen.add(note.id);
    const old = known.get(note.id);
    if (old && sameVersion(old, note)) continue;
    known.set(note.id, note);
    index.upsert(note);
    changed = true;
  }
  for (const id of [...known.keys()]) {
    if (seen.has(id)) continue;
    known.delete(id);
    index.remove(id);
    changed = true;
  }
  return changed;
}

/** Every reader edit goes through repo.update (which bumps updatedAt); anchor status changes do not. */
function sameVersion(a: NoteRecord, b: NoteRecord): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.anchorStatus === b.anchorStatus &&
    a.archived === b.archived &&
    a.reviewCount === b.reviewCount &&
    a.lastReviewedAt === b.lastReviewedAt
  );
}
