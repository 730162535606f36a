import type { NoteRecord } from '../../utils/notes/types';
import { pickDailyReview } from '../../utils/review';

function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export interface ReviewQueue {
  /** Still to look at today, in review order. */
  due: NoteRecord[];
  /** Kept or archived today. */
  doneToday: number;
}

/**
 * Today's review, stable while the reader works through it: notes already handled today (kept, or archived
 * today) use up their places, and the rest of the day's picks come from the notes not yet handled. So keeping
 * one note never pulls a fresh one in, and reopening the popup later the same day shows the same state.
 */
export function reviewQueue(notes: readonly NoteRecord[], now: number, count = 5): ReviewQueue {
  const since = startOfDay(now);
  const handled = (n: NoteRecord) => n.lastReviewedAt >= since || (n.archived === 1 && n.updatedAt >= since);
  const doneToday = notes.filter(handled).length;
  const rest = notes.filter((n) => !handled(n));
  return { due: pickDailyReview(rest, now, Math.max(0, count - doneToday)), doneToday };
}
