/**
 * Shows the note editor for the content app's `editor` state, in our origin: the extension frame inside our closed
 * shadow root where the browser loads it (utils/editor/frame-allowed.ts), else a small extension window. Relays the
 * reader's save, delete and cancel to the notes controller — a save or delete from the frame only when the frame is
 * topmost where it was clicked and has been on screen for ARM_MS (the frame itself also checks that it is visible,
 * with IntersectionObserver v2, see app/editor/guard.ts). Focus moves into the editor when it opens and returns
 * where it was when it closes.
 */
import type { ContentState, NoteEditorState } from '../../../components/content/state';
import type { EditorValues, EditorView, FromEditor } from '../../../utils/editor/protocol';
import { judgeActivation, type Verdict } from '../../../utils/guard/activation';
import type { Store } from '../../../utils/state/store';
import type { EditorChannel, EditorLink } from './channel';
import { createEditorFrame, type EditorFrame } from './frame';

export interface EditorControllerDeps {
  store: Store<ContentState>;
  host: HTMLElement;
  shadow: ShadowRoot;
  frameLayer: HTMLElement;
  channel: EditorChannel;
  /** May the editor frame load on this page (else: the window)? */
  frameAllowed: boolean;
  /** The editor page's URL (Chrome: its dynamic address). */
  frameSrc: string;
  /** The origin the editor page runs in (where the nonce may be posted). */
  frameOrigin: string;
  /** Asks the background to open the editor window for this nonce. */
  openWindow(nonce: string): Promise<boolean>;
  actions: {
    submit(values: EditorValues): void;
    remove(): void;
    cancel(): void;
  };
  text: {
    frameTitle(): string;
    blocked(verdict: Verdict): string;
  };
  /** How long the frame may take to connect before the window is used instead. */
  connectTimeoutMs?: number;
  /** Makes the frame (tests pass a double; happy-dom cannot load an extension page). */
  createFrame?: typeof createEditorFrame;
  now?: () => number;
  doc?: Document;
}

export interface EditorController {
  /** Where the editor is shown now ('frame' | 'window'), or null when closed. */
  mode(): 'frame' | 'window' | null;
  destroy(): void;
}

type Mode = 'frame' | 'window';

export function createEditorController(deps: EditorControllerDeps): EditorController {
  const { store } = deps;
  const doc = deps.doc ?? document;
  const now = deps.now ?? (() => performance.now());
  const timeout = deps.connectTimeoutMs ?? 4000;
  let frame: EditorFrame | null = null;
  let frameLink: Promise<EditorLink | null> | null = null;
  let frameBroken = !deps.frameAllowed;
  let windowLink: EditorLink | null = null;
  let current: NoteEditorState | null = null;
  let mode: Mode | null = null;
  let session = 0;
  let shownAt = 0;
  let returnFocus: Element | null = null;
  let pendingValues: EditorValues | null = null;

  const sameEditor = (a: NoteEditorState | null, b: NoteEditorState) =>
    a !== null && a.noteId === b.noteId && a.quote === b.quote;

  function view(ed: NoteEditorState, canDetach: boolean): EditorView {
    const s = store.get();
    return {
      session,
      lang: s.lang,
      theme: s.theme,
      noteId: ed.noteId,
      quote: ed.quote,
      values: pendingValues ?? { color: ed.color, note: ed.note, tags: ed.tags },
      busy: ed.busy,
      ...(ed.error === undefined ? {} : { error: ed.error }),
      focus: ed.focus ?? 'note',
      canDetach,
    };
  }

  function ensureFrame(): Promise<EditorLink | null> {
    if (frame && frameLink) return frameLink;
    const f = (deps.createFrame ?? createEditorFrame)({
      layer: deps.frameLayer,
      shadow: deps.shadow,
      src: deps.frameSrc,
      origin: deps.frameOrigin,
      title: deps.text.frameTitle,
    });
    frame = f;
    const nonce = deps.channel.newNonce();
    const linkPromise = deps.channel.expect(nonce, timeout).then((link) => {
      if (!link) {
        // The browser would not load it (or the page's rules kept it out): use the window from now on.
        frameBroken = true;
        if (frame === f) dropFrame();
        return null;
      }
      link.onMessage((m) => onEditorMessage(m, 'frame'));
      link.onClose(() => {
        if (frame === f) dropFrame();
        if (mode === 'frame' && current) store.set({ editor: null });
      });
      return link;
    });
    frameLink = linkPromise;
    f.greet(nonce);
    return linkPromise;
  }

  function dropFrame(): void {
    const f = frame;
    frame = null;
    frameLink = null;
    if (f?.hasFocus()) restoreFocus(f);
    f?.destroy();
  }

  async function openWindowLink(): Promise<EditorLink | null> {
    if (windowLink && !windowLink.closed) return windowLink;
    const nonce = deps.channel.newNonce();
    const linkPromise = deps.channel.expect(nonce, timeout * 3);
    if (!(await deps.openWindow(nonce))) return null;
    const link = await linkPromise;
    if (!link) return null;
    windowLink = link;
    link.onMessage((m) => onEditorMessage(m, 'window'));
    link.onClose(() => {
      // A window we already let go (it closed itself after 'hide') says nothing about the editor open now.
      if (windowLink !== link) return;
      windowLink = null;
      // The reader closed the window: the editor is closed.
      if (mode === 'window' && current) store.set({ editor: null });
    });
    return link;
  }

  async function open(ed: NoteEditorState): Promise<void> {
    session += 1;
    const mine = session;
    pendingValues = null;
    if (!frameBroken) {
      mode = 'frame';
      const active = doc.activeElement;
      returnFocus = active && active !== doc.body && active !== deps.host ? active : null;
      const link = await ensureFrame();
      if (mine !== session || !current) return;
      if (link && frame) {
        frame.place(ed.anchor);
        frame.show();
        shownAt = now();
        link.send({ type: 'show', view: view(ed, true) });
        frame.focus();
        return;
      }
    }
    mode = 'window';
    const link = await openWindowLink();
    if (mine !== session || !current) return;
    if (!link) {
      store.set({ editor: { ...ed, error: deps.text.blocked('covered') } });
      return;
    }
    shownAt = now();
    link.send({ type: 'show', view: view(ed, false) });
  }

  function restoreFocus(f: EditorFrame): void {
    const back = returnFocus;
    returnFocus = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    else f.element.blur();
  }

  function close(): void {
    const was = mode;
    mode = null;
    pendingValues = null;
    if (was === 'frame' && frame) {
      void frameLink?.then((l) => l?.send({ type: 'hide' }));
      if (frame.hasFocus()) restoreFocus(frame);
      frame.hide();
    }
    if (was === 'window') {
      // The window closes itself on 'hide'; the next editor gets a window of its own.
      windowLink?.send({ type: 'hide' });
      windowLink = null;
    }
  }

  function linkFor(m: Mode): EditorLink | null | Promise<EditorLink | null> {
    return m === 'frame' ? frameLink : windowLink;
  }

  function status(ed: NoteEditorState): void {
    if (!mode) return;
    const msg = {
      type: 'status' as const,
      session,
      busy: ed.busy,
      ...(ed.error === undefined ? {} : { error: ed.error }),
    };
    void Promise.resolve(linkFor(mode)).then((l) => l?.send(msg));
  }

  /** In the frame, a save or delete must land on our frame, topmost, ARM_MS after it appeared. */
  function verdictFor(point: { x: number; y: number } | null): Verdict {
    if (mode !== 'frame' || !frame) return 'ok';
    const r = frame.element.getBoundingClientRect();
    const x = point ? r.left + frame.element.clientLeft + point.x : r.left + r.width / 2;
    const y = point ? r.top + frame.element.clientTop + point.y : r.top + r.height / 2;
    const inner = deps.shadow.elementsFromPoint(x, y)[0];
    const topmost = doc.elementsFromPoint(x, y)[0] === deps.host && inner === frame.element;
    return judgeActivation({ isTrusted: true, armedAt: shownAt, now: now(), visible: null, topmost });
  }

  function refuse(verdict: Verdict): void {
    const ed = store.get().editor;
    if (ed) store.set({ editor: { ...ed, busy: false, error: deps.text.blocked(verdict) } });
  }

  function onEditorMessage(m: FromEditor, from: Mode): void {
    if (m.type === 'ready') return;
    if (from !== mode || m.session !== session || !current) return;
    switch (m.type) {
      case 'size':
        if (from === 'frame') frame?.setHeight(m.height);
        return;
      case 'cancel':
        deps.actions.cancel();
        return;
      case 'submit': {
        const v = verdictFor(m.point);
        if (v !== 'ok') {
          refuse(v);
          return;
        }
        pendingValues = m.values;
        deps.actions.submit(m.values);
        return;
      }
      case 'delete': {
        const v = verdictFor(m.point);
        if (v !== 'ok') {
          refuse(v);
          return;
        }
        deps.actions.remove();
        return;
      }
      case 'detach': {
        // The frame could not verify a click (covered by the page?): carry on in a window the page cannot touch.
        pendingValues = m.values;
        if (frame?.hasFocus()) restoreFocus(frame);
        frame?.hide();
        void frameLink?.then((l) => l?.send({ type: 'hide' }));
        const ed = current;
        session += 1;
        const mine = session;
        mode = 'window';
        void openWindowLink().then((link) => {
          if (mine !== session || !current || !ed) return;
          shownAt = now();
          link?.send({ type: 'show', view: view(current, false) });
        });
        return;
      }
    }
  }

  const unsubscribe = store.subscribe((state) => {
    const ed = state.editor;
    const prev = current;
    current = ed;
    if (!ed) {
      if (prev) close();
      return;
    }
    if (sameEditor(prev, ed) && mode) {
      if (prev !== ed) status(ed);
      return;
    }
    if (prev && mode) close();
    void open(ed);
  });

  return {
    mode: () => mode,
    destroy() {
      unsubscribe();
      close();
      void frameLink?.then((l) => l?.close());
      windowLink?.close();
      frame?.destroy();
      frame = null;
    },
  };
}
