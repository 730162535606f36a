import { describe, expect, it } from 'vitest';
import { makeNote } from '../../../utils/search/test-notes';
import { createNotesModel } from './model';

describe('the notes model', () => {
  it('tracks notes and where each is placed, and finds a note by its range', () => {
    const m = createNotesModel();
    m.notes.set('a', makeNote({ id: 'a' }));
    const range = document.createRange();
    m.place('a', range);
    expect(m.placed.get('a')).toBe(range);
    expect(m.noteOf(range)).toBe('a');
    expect(m.noteOf(document.createRange())).toBeUndefined();
    m.unplace('a');
    expect(m.placed.has('a')).toBe(false);
    expect(m.notes.has('a')).toBe(true);
  });

  it('forgets everything on clear, including which range was whose', () => {
    const m = createNotesModel();
    const range = document.createRange();
    m.notes.set('a', makeNote({ id: 'a' }));
    m.place('a', range);
    m.clear();
    expect(m.notes.size).toBe(0);
    expect(m.placed.size).toBe(0);
    expect(m.noteOf(range)).toBeUndefined();
  });
});
