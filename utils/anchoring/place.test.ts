import { describe, expect, it } from 'vitest';
import { describe as describeSelectors } from './describe';
import { placeNotes } from './place';

const TEXT = '中国特色数字外交的实践，以及数字外交的未来。';

function noteAt(id: string, text: string, start: number, end: number) {
  const { quote, position } = describeSelectors(text, start, end);
  return { id, quote, position };
}

describe('placeNotes', () => {
  it('places each note exactly where its quote and context are', () => {
    const second = TEXT.lastIndexOf('数字外交');
    expect(placeNotes(TEXT, [noteAt('a', TEXT, 4, 8), noteAt('b', TEXT, second, second + 4)])).toEqual([
      { id: 'a', start: 4, end: 8, status: 'anchored' },
      { id: 'b', start: second, end: second + 4, status: 'anchored' },
    ]);
  });

  it('finds a quote again after the text around it changed, and marks it fuzzy when its words changed', () => {
    const note = noteAt('a', TEXT, 4, 12);
    const moved = `【转发】${TEXT}`;
    expect(placeNotes(moved, [note])[0]).toMatchObject({ start: 8, end: 16, status: 'anchored' });
    const edited = TEXT.replace('数字外交的实践', '数字外交之实践');
    expect(placeNotes(edited, [note])[0]?.status).toBe('fuzzy');
  });

  it('keeps a note whose text is gone as an orphan, without offsets', () => {
    expect(placeNotes('完全不同的一段文字，没有任何相同之处。', [noteAt('a', TEXT, 4, 12)])).toEqual([
      { id: 'a', status: 'orphan' },
    ]);
  });
});
