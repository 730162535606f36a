import { describe, expect, it } from 'vitest';
import { makeNote } from '../search/test-notes';
import { dayKey, pickDailyReview, reviewedPatch } from './index';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const ids = (r: { id: string }[]) => r.map((n) => n.id);

describe('pickDailyReview', () => {
  it('favours the notes unseen for longest and skips archived ones', () => {
    const notes = [
      makeNote({ id: 'recent', url: 'u1', createdAt: T0, lastReviewedAt: T0 + 30 * DAY }),
      makeNote({ id: 'old', url: 'u2', createdAt: T0, lastReviewedAt: T0 + 1 * DAY }),
      makeNote({ id: 'never', url: 'u3', createdAt: T0 + 5 * DAY }),
      makeNote({ id: 'archived', url: 'u4', createdAt: T0 - 100 * DAY, archived: 1 }),
      makeNote({ id: 'mid', url: 'u5', createdAt: T0, lastReviewedAt: T0 + 10 * DAY }),
    ];
    expect(ids(pickDailyReview(notes, '2024-03-01', 3))).toEqual(['old', 'never', 'mid']);
    expect(ids(pickDailyReview(notes, '2024-03-01'))).toEqual(['old', 'never', 'mid', 'recent']);
  });

  it('spreads the picks across pages before taking a second note from a page', () => {
    const notes = [
      ...Array.from({ length: 6 }, (_, i) => makeNote({ id: `a${i}`, url: 'page-a', createdAt: T0 + i })),
      makeNote({ id: 'b0', url: 'page-b', createdAt: T0 + 100 }),
      makeNote({ id: 'c0', url: 'page-c', createdAt: T0 + 200 }),
    ];
    const picked = pickDailyReview(notes, '2024-03-01', 5);
    expect(new Set(picked.map((n) => n.url))).toEqual(new Set(['page-a', 'page-b', 'page-c']));
    expect(ids(picked).slice(0, 3)).toEqual(['a0', 'b0', 'c0']);
    expect(ids(picked).slice(3)).toEqual(['a1', 'a2']);
  });

  it('is deterministic for a day and varies between days among equally stale notes', () => {
    const notes = Array.from({ length: 40 }, (_, i) => makeNote({ id: `n${i}`, url: `u${i}`, createdAt: T0 }));
    const monday = ids(pickDailyReview(notes, new Date(2024, 2, 4, 9, 0)));
    expect(ids(pickDailyReview([...notes].reverse(), new Date(2024, 2, 4, 21, 30)))).toEqual(monday);
    const days = ['2024-03-05', '2024-03-06', '2024-03-07'].map((d) => ids(pickDailyReview(notes, d)).join());
    expect(days.some((d) => d !== monday.join())).toBe(true);
    expect(monday).toHaveLength(5);
  });

  it('handles small and empty inputs', () => {
    expect(pickDailyReview([], '2024-03-01')).toEqual([]);
    expect(pickDailyReview([makeNote({ id: 'x' })], '2024-03-01', 0)).toEqual([]);
    expect(ids(pickDailyReview([makeNote({ id: 'x' })], '2024-03-01'))).toEqual(['x']);
  });

  it('keys the day in local time and rejects nonsense', () => {
    expect(dayKey(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
    expect(() => dayKey('yesterday')).toThrow(RangeError);
  });
});

describe('reviewedPatch', () => {
  it('stamps the time and counts the review, so the note drops to the back of the queue', () => {
    const notes = [
      makeNote({ id: 'a', url: 'u1', createdAt: T0 }),
      makeNote({ id: 'b', url: 'u2', createdAt: T0 + DAY }),
    ];
    const first = pickDailyReview(notes, '2024-03-01', 1)[0];
    expect(first?.id).toBe('a');
    const patch = reviewedPatch(notes[0] as (typeof notes)[0], T0 + 60 * DAY);
    expect(patch).toEqual({ lastReviewedAt: T0 + 60 * DAY, reviewCount: 1 });
    const after = [{ ...(notes[0] as (typeof notes)[0]), ...patch }, notes[1] as (typeof notes)[0]];
    expect(ids(pickDailyReview(after, '2024-03-02', 1))).toEqual(['b']);
  });
});
