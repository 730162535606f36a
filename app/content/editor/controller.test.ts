import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentState, NoteEditorState } from '../../../components/content/state';
import type { FromEditor, ToEditor } from '../../../utils/editor/protocol';
import { ARM_MS } from '../../../utils/guard/activation';
import { createStore, type Store } from '../../../utils/state/store';
import { rect } from '../test-dom';
import type { EditorChannel, EditorLink } from './channel';
import { createEditorController, type EditorController } from './controller';
import type { EditorFrame } from './frame';

const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeLink() {
  const handlers = new Set<(m: FromEditor) => void>();
  const closers = new Set<() => void>();
  const sent: ToEditor[] = [];
  const link: EditorLink & { sent: ToEditor[]; say(m: FromEditor): void; drop(): void } = {
    sent,
    send: (m) => void sent.push(m),
    onMessage: (fn) => void handlers.add(fn),
    onClose: (fn) => void closers.add(fn),
    closed: false,
    close: vi.fn(),
    say: (m) =>
      handlers.forEach((h) => {
        h(m);
      }),
    drop: () =>
      closers.forEach((c) => {
        c();
      }),
  };
  return link;
}

let store: Store<ContentState>;
let controller: EditorController;
let now = 0;
let frameEl: HTMLIFrameElement;
let hostEl: HTMLElement;
let shown = false;
let topmost: Element[] = [];
let frameLink: ReturnType<typeof fakeLink>;
let windowLink: ReturnType<typeof fakeLink>;
let expectations: string[] = [];
const actions = { submit: vi.fn(), remove: vi.fn(), cancel: vi.fn(() => store.set({ editor: null })) };
const openWindow = vi.fn(async () => true);

const editor = (over: Partial<NoteEditorState> = {}): NoteEditorState => ({
  noteId: 'n1',
  anchor: { left: 10, top: 10, width: 50, height: 20 },
  quote: '数字外交',
  color: 'yellow',
  note: '笔记',
  tags: ['t'],
  busy: false,
  ...over,
});

function setup(frameAllowed: boolean) {
  const host = document.createElement('div');
  hostEl = host;
  const shadow = host.attachShadow({ mode: 'closed' });
  const layer = document.createElement('div');
  shadow.append(layer);
  document.documentElement.append(host);
  // A stand-in element: happy-dom cannot load an extension page into a real iframe.
  frameEl = document.createElement('div') as unknown as HTMLIFrameElement;
  layer.append(frameEl);
  frameEl.getBoundingClientRect = () => rect(100, 100, 340, 300);
  topmost = [host];
  document.elementsFromPoint = () => topmost;
  shadow.elementsFromPoint = () => [frameEl];
  frameLink = fakeLink();
  windowLink = fakeLink();
  expectations = [];
  const channel: EditorChannel = {
    newNonce: () => `nonce-${expectations.length}-0000000000000`,
    expect: async (nonce) => {
      expectations.push(nonce);
      if (expectations.length === 1 && frameAllowed) return frameLink;
      // Each window is a window of its own (the last one made is `windowLink`).
      if (expectations.length > (frameAllowed ? 2 : 1)) windowLink = fakeLink();
      return windowLink;
    },
    destroy: () => {},
  };
  const frame: EditorFrame = {
    element: frameEl,
    greet: vi.fn(),
    place: vi.fn(),
    setHeight: vi.fn(),
    show: () => {
      shown = true;
    },
    hide: () => {
      shown = false;
    },
    get visible() {
      return shown;
    },
    focus: vi.fn(),
    hasFocus: () => false,
    destroy: vi.fn(),
  };
  controller = createEditorController({
    store,
    host,
    shadow,
    frameLayer: layer,
    channel,
    frameAllowed,
    frameSrc: 'chrome-extension://dynamic/note-editor.html',
    frameOrigin: 'chrome-extension://fixed',
    openWindow,
    actions,
    text: { frameTitle: () => 'DiploLens note editor', blocked: (v) => `blocked: ${v}` },
    now: () => now,
    createFrame: () => frame,
  });
  return frame;
}

beforeEach(() => {
  now = 1000;
  shown = false;
  for (const f of [actions.submit, actions.remove, actions.cancel, openWindow]) f.mockClear();
  store = createStore<ContentState>({
    lang: 'zh-CN',
    theme: 'dark',
    card: null,
    badges: [],
    toast: null,
    toolbar: null,
    collects: [],
    editor: null,
  });
});

afterEach(() => controller.destroy());

const lastShow = (l: ReturnType<typeof fakeLink>) => l.sent.filter((m) => m.type === 'show').at(-1);

describe('editor controller (frame)', () => {
  it('shows the editor in the frame with the note, the language and the theme, and moves focus into it', async () => {
    const frame = setup(true);
    store.set({ editor: editor() });
    await flush();
    expect(shown).toBe(true);
    expect(frame.focus).toHaveBeenCalled();
    expect(lastShow(frameLink)).toEqual({
      type: 'show',
      view: {
        session: 1,
        lang: 'zh-CN',
        theme: 'dark',
        noteId: 'n1',
        quote: '数字外交',
        values: { color: 'yellow', note: '笔记', tags: ['t'] },
        busy: false,
        focus: 'note',
        canDetach: true,
      },
    });
    store.set({ editor: null });
    expect(shown).toBe(false);
    await flush();
    expect(frameLink.sent.at(-1)).toEqual({ type: 'hide' });
  });

  it('acts on a save or delete only ARM_MS after the editor appeared, and only when the frame is on top there', async () => {
    setup(true);
    store.set({ editor: editor() });
    await flush();
    const values = { color: 'green' as const, note: '改', tags: [] };
    frameLink.say({ type: 'submit', session: 1, values, point: { x: 20, y: 250 } });
    expect(actions.submit).not.toHaveBeenCalled();
    expect(store.get().editor?.error).toBe('blocked: too-soon');
    now += ARM_MS;
    topmost = [document.body];
    frameLink.say({ type: 'delete', session: 1, point: { x: 20, y: 250 } });
    expect(actions.remove).not.toHaveBeenCalled();
    expect(store.get().editor?.error).toBe('blocked: covered');
    await flush();
    expect(frameLink.sent.at(-1)).toMatchObject({ type: 'status', session: 1, error: 'blocked: covered' });
    topmost = [hostEl];
    frameLink.say({ type: 'submit', session: 1, values, point: { x: 20, y: 250 } });
    expect(actions.submit).toHaveBeenCalledWith(values);
    frameLink.say({ type: 'delete', session: 1, point: null });
    expect(actions.remove).toHaveBeenCalledTimes(1);
  });

  it('ignores a message about an older editor (another session)', async () => {
    setup(true);
    store.set({ editor: editor() });
    await flush();
    now += ARM_MS;
    store.set({ editor: editor({ noteId: 'n2', quote: '网络外交' }) });
    await flush();
    frameLink.say({ type: 'delete', session: 1, point: null });
    expect(actions.remove).not.toHaveBeenCalled();
    expect(lastShow(frameLink)).toMatchObject({ view: { session: 2, noteId: 'n2' } });
  });

  it('passes busy and error on to the open editor without reopening it', async () => {
    setup(true);
    store.set({ editor: editor({ noteId: null }) });
    await flush();
    const ed = store.get().editor as NoteEditorState;
    store.set({ editor: { ...ed, busy: true } });
    store.set({ editor: { ...ed, busy: false, error: 'Storage is full' } });
    await flush();
    expect(frameLink.sent.filter((m) => m.type === 'show')).toHaveLength(1);
    expect(frameLink.sent.at(-1)).toEqual({ type: 'status', session: 1, busy: false, error: 'Storage is full' });
  });

  it('Escape in the editor cancels; the frame closing drops the editor', async () => {
    setup(true);
    store.set({ editor: editor() });
    await flush();
    frameLink.say({ type: 'cancel', session: 1 });
    expect(actions.cancel).toHaveBeenCalled();
    expect(store.get().editor).toBeNull();
  });

  it('continues in a window when the frame asks (a click it could not verify), with what was typed', async () => {
    setup(true);
    store.set({ editor: editor() });
    await flush();
    frameLink.say({ type: 'detach', session: 1, values: { color: 'pink', note: '写了一半', tags: [] } });
    await flush();
    await flush();
    expect(openWindow).toHaveBeenCalledTimes(1);
    expect(shown).toBe(false);
    expect(lastShow(windowLink)).toMatchObject({
      view: { session: 2, values: { color: 'pink', note: '写了一半', tags: [] }, canDetach: false },
    });
  });
});

describe('editor controller (window, where the browser will not load the frame)', () => {
  it('opens the editor as an extension window bound to a fresh nonce; closing the window closes the editor', async () => {
    setup(false);
    store.set({ editor: editor() });
    await flush();
    await flush();
    expect(openWindow).toHaveBeenCalledWith(expectations[0]);
    expect(shown).toBe(false);
    expect(lastShow(windowLink)).toMatchObject({ view: { noteId: 'n1', canDetach: false } });
    // In the window no page can cover anything: a save acts at once.
    windowLink.say({ type: 'submit', session: 1, values: { color: 'blue', note: 'x', tags: [] }, point: null });
    expect(actions.submit).toHaveBeenCalled();
    windowLink.drop();
    expect(store.get().editor).toBeNull();
  });

  it('each editor gets its own window; a window closing after its editor did never closes the next one', async () => {
    setup(false);
    store.set({ editor: editor() });
    await flush();
    await flush();
    const first = windowLink;
    store.set({ editor: null });
    expect(first.sent.at(-1)).toEqual({ type: 'hide' });
    store.set({ editor: editor({ noteId: 'n2', quote: '网络外交' }) });
    await flush();
    await flush();
    expect(windowLink).not.toBe(first);
    expect(lastShow(windowLink)).toMatchObject({ view: { noteId: 'n2' } });
    first.drop();
    expect(store.get().editor?.noteId).toBe('n2');
  });
});
