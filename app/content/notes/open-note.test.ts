import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentState } from '../../../components/content/state';
import { makeNote, quote } from '../../../utils/search/test-notes';
import { createStore, type Store } from '../../../utils/state/store';
import { rangeOf, trusted } from '../test-dom';
import { createNotesModel, type NotesModel } from './model';
import { createNoteOpener, type NoteOpener } from './open-note';

let store: Store<ContentState>;
let model: NotesModel;
let opener: NoteOpener;
let hit: { id: string; range: Range } | null;
const ourHost = document.createElement('div');

const click = (init: MouseEventInit = {}) =>
  new MouseEvent('click', { bubbles: true, clientX: 15, clientY: 25, button: 0, ...init });

beforeEach(() => {
  document.body.innerHTML = '<p id="p">各国日益重视数字外交</p>';
  const text = document.getElementById('p')?.firstChild as Text;
  store = createStore<ContentState>({
    lang: 'en',
    theme: 'light',
    card: null,
    badges: [],
    toast: null,
    toolbar: null,
    collects: [],
    editor: null,
  });
  model = createNotesModel();
  model.notes.set('n1', makeNote({ id: 'n1', quote: quote('数字外交'), note: '我的笔记', tags: ['t'], color: 'blue' }));
  const range = rangeOf(text, 6, 10);
  model.place('n1', range);
  hit = { id: 'n1', range };
  opener = createNoteOpener({ model, store, painter: { noteAt: () => hit }, isOurUi: (t) => t === ourHost });
});

afterEach(() => opener.destroy());

describe('opening a saved note', () => {
  it('opens the note’s editor on the reader’s click on its painted passage', () => {
    document.getElementById('p')?.dispatchEvent(trusted(click()));
    expect(store.get().editor).toMatchObject({
      noteId: 'n1',
      quote: '数字外交',
      note: '我的笔记',
      tags: ['t'],
      color: 'blue',
    });
  });

  it('ignores a click the page synthesised (it would open the Delete button for a clickjacker)', () => {
    document.getElementById('p')?.dispatchEvent(click());
    expect(store.get().editor).toBeNull();
  });

  it('ignores other buttons, clicks on our own UI and clicks that end a selection', () => {
    document.getElementById('p')?.dispatchEvent(trusted(click({ button: 2 })));
    ourHost.dispatchEvent(trusted(click()));
    const text = document.getElementById('p')?.firstChild as Text;
    getSelection()?.addRange(rangeOf(text, 0, 3));
    document.getElementById('p')?.dispatchEvent(trusted(click()));
    getSelection()?.removeAllRanges();
    expect(store.get().editor).toBeNull();
  });

  it('a click elsewhere closes an idle editor, not one that is saving', () => {
    opener.openEditor('n1', hit?.range as Range);
    hit = null;
    const ed = store.get().editor;
    if (ed) store.set({ editor: { ...ed, busy: true } });
    document.body.dispatchEvent(trusted(click()));
    expect(store.get().editor).not.toBeNull();
    if (ed) store.set({ editor: { ...ed, busy: false } });
    document.body.dispatchEvent(trusted(click()));
    expect(store.get().editor).toBeNull();
  });
});
