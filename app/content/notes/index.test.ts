import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../components/content/state';
import { translator } from '../../../utils/i18n';
import type { Matcher } from '../../../utils/matcher/types';
import type { NotesClient } from '../../../utils/messages/notes-client';
import type { NoteDraft } from '../../../utils/notes/types';
import { makeNote } from '../../../utils/search/test-notes';
import { articleAdapter } from '../../../utils/sites/article/index';
import { createStore, type Store } from '../../../utils/state/store';
import { rangeOf, trusted } from '../test-dom';
import { createNotesController, type NotesController } from './index';

const COLORS = { yellow: '#fde68a', green: '#bbf7d0', blue: '#bfdbfe', pink: '#fbcfe8', purple: '#e9d5ff' };
let store: Store<ContentState>;
let controller: NotesController;
let client: NotesClient;
let created: NoteDraft[];

const altShiftH = () =>
  new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true });

function selectPassage(): Range {
  const text = document.querySelector('p')?.firstChild as Text;
  const r = rangeOf(text, 6, 10);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(r);
  return r;
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', undefined);
  document.body.innerHTML = '<p>各国日益重视数字外交，外交部门借助社交媒体与公众直接沟通。</p>';
  created = [];
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
  client = {
    forUrls: async () => ({ ok: true, value: [] }),
    detectLanguage: async () => 'zh-Hans',
    create: vi.fn(async (d: NoteDraft) => {
      created.push(d);
      return { ok: true, value: makeNote({ id: `n${created.length}`, url: d.url, quote: d.quote }) };
    }),
    update: vi.fn(async (id: string) => ({ ok: true, value: makeNote({ id }) })),
    remove: vi.fn(),
    restore: vi.fn(),
    setAnchorStatus: async () => ({ ok: true, value: null }),
  } as unknown as NotesClient;
  const host = document.createElement('div');
  const layer = document.createElement('div');
  host.attachShadow({ mode: 'closed' }).append(layer);
  document.documentElement.append(host);
  controller = createNotesController({
    store,
    client,
    matcher: { findAll: () => [] } as unknown as Matcher,
    host,
    paintLayer: layer,
    colors: () => COLORS,
    adapter: articleAdapter,
    t: () => translator('en'),
    lang: () => 'en',
    postRoots: () => [],
    isOurUi: (t) => t === host,
  });
});

afterEach(() => {
  controller.destroy();
  getSelection()?.removeAllRanges();
  vi.unstubAllGlobals();
});

describe('notes controller', () => {
  it('a page’s synthetic Alt+Shift+H after a script selection stores nothing', async () => {
    selectPassage();
    for (const target of [document, document.body, window]) target.dispatchEvent(altShiftH());
    await new Promise((r) => setTimeout(r, 20));
    expect(client.create).not.toHaveBeenCalled();
  });

  it('the reader’s own Alt+Shift+H saves the selection yellow', async () => {
    selectPassage();
    document.body.dispatchEvent(trusted(altShiftH()));
    await vi.waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ color: 'yellow', quote: { exact: '数字外交' } });
  });

  it('Escape from the page closes an idle editor (focus may be back in the page)', () => {
    store.set({
      editor: {
        noteId: null,
        anchor: { left: 0, top: 0, width: 1, height: 1 },
        quote: 'x',
        color: 'yellow',
        note: '',
        tags: [],
        busy: false,
      },
    });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(store.get().editor).not.toBeNull();
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(store.get().editor).toBeNull();
  });

  it('the editor’s save stores a new note for the pending selection, or updates a saved one', async () => {
    selectPassage();
    store.set({
      toolbar: null,
      collects: [],
      editor: {
        noteId: null,
        anchor: { left: 0, top: 0, width: 1, height: 1 },
        quote: '数字外交',
        color: 'yellow',
        note: '',
        tags: [],
        busy: false,
      },
    });
    // No pending toolbar selection: nothing to save a new note for.
    controller.editorActions.submit({ color: 'green', note: '笔记', tags: ['t'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(created).toHaveLength(0);

    const ed = store.get().editor;
    if (ed) store.set({ editor: { ...ed, noteId: 'saved-1', busy: false } });
    controller.editorActions.submit({ color: 'blue', note: '改', tags: [] });
    await vi.waitFor(() =>
      expect(client.update).toHaveBeenCalledWith('saved-1', { color: 'blue', note: '改', tags: [] }),
    );
    controller.editorActions.cancel();
    expect(store.get().editor).toBeNull();
  });

  it('stops listening when destroyed', async () => {
    controller.destroy();
    selectPassage();
    document.body.dispatchEvent(trusted(altShiftH()));
    await new Promise((r) => setTimeout(r, 20));
    expect(client.create).not.toHaveBeenCalled();
  });
});
