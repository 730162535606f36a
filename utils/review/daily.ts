import type { NotePatch, NoteRecord } from '../notes/types';

/** "YYYY-MM-DD" in local time: the reader's day, not UTC's. */
export function dayKey(today: Date | number | string): string {
  if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today;
  const d = new Date(today);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${String(today)}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** FNV-1a, 32 bit: a stable per-day shuffle key without Math.random. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** When the reader last saw the note: its last review, or its creation if never reviewed. */
function lastSeen(n: NoteRecord): number {
  return n.lastReviewedAt > 0 ? n.lastReviewedAt : n.createdAt;
}

/**
 * Today's review set: active notes, the longest unseen first (ties shuffled by the day, so the same notes
 * do not always win), at most one per page until every page has had a turn.
 * The same notes and the same day always give the same answer.
 */
export function pickDailyReview(notes: readonly NoteRecord[], today: Date | number | string, count = 5): NoteRecord[] {
  if (count <= 0) return [];
  const day = dayKey(today);
  const ranked = notes
    .filter((n) => n.archived === 0)
    .map((n) => ({ n, seen: lastSeen(n), key: hash(`${day}|${n.id}`) }))
    .sort((a, b) => a.seen - b.seen || a.key - b.key || (a.n.id < b.n.id ? -1 : 1))
    .map((x) => x.n);

  const picked: NoteRecord[] = [];
  let rest = ranked;
  while (picked.length < count && rest.length > 0) {
    const pagesThisRound = new Set<string>();
    const next: NoteRecord[] = [];
    for (const n of rest) {
      if (picked.length < count && !pagesThisRound.has(n.url)) {
        pagesThisRound.add(n.url);
        picked.push(n);
      } else next.push(n);
    }
    rest = next;
  }
  return picked;
}

/** The change to store when the reader marks a note as reviewed (pass to the repo's update). */
export function reviewedPatch(
  note: Pick<NoteRecord, 'reviewCount'>,
  now: number,
): Pick<NotePatch, 'lastReviewedAt' | 'reviewCount'> {
  return { lastReviewedAt: now, reviewCount: note.reviewCount + 1 };
}
