/**
 * The note editor page's wiring (entrypoints/note-editor): finds its content app over the private channel, shows
 * what it is sent, and sends back the reader's save, delete and cancel — each judged first (guard.ts). Runs in our
 * own origin, in a frame inside the page's closed shadow root or in a small window: the page never receives a key,
 * input or composition event of what is typed here.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type EditorNotice, EditorPage } from '../../components/annotate/EditorPage';
import type { NoteEditorActions, NoteEditorValues } from '../../components/annotate/NoteEditor';
import { CONTENT_CSS } from '../../components/content/styles';
import { type EditorView, type Point, parseWindowHash } from '../../utils/editor/protocol';
import { translator } from '../../utils/i18n';
import { createFrameGuard } from './guard';
import { type EditorPort, type LinkDeps, linkFromFrame, linkFromWindow } from './link';

/** The editor page's own layout, on top of the in-page UI's stylesheet. */
export const EDITOR_PAGE_CSS = `
html, body { margin: 0; padding: 0; }
body { overflow: auto; }
.dl-editor-page { background: var(--dl-bg); color: var(--dl-fg); padding: 12px 14px; }
.dl-in-window { min-height: 100vh; box-sizing: border-box; padding: 16px 18px; }
.dl-window-title { font-size: 15px; margin: 0 0 8px; font-weight: 650; }
.dl-error { color: #b91c1c; }
.dl-root[data-theme="dark"] .dl-error { color: #fca5a5; }
.dl-notice { margin-top: 8px; }
`;

type Mode = 'frame' | 'window';

function EditorApp({ port, mode, win }: { port: EditorPort; mode: Mode; win: Window & typeof globalThis }) {
  const [view, setView] = useState<EditorView | null>(null);
  const [notice, setNotice] = useState<EditorNotice>(null);
  const values = useRef<NoteEditorValues | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const guard = useMemo(() => createFrameGuard(win.document.documentElement, win), [win]);

  useEffect(() => {
    port.onMessage((m) => {
      if (m.type === 'show') {
        values.current = m.view.values;
        setNotice(null);
        setView(m.view);
        guard.arm();
        win.focus();
        win.document.documentElement.dataset.theme = m.view.theme;
        win.document.documentElement.lang = m.view.lang;
        win.document.title = translator(m.view.lang)(mode === 'window' ? 'editor.windowTitle' : 'editor.frameTitle');
      } else if (m.type === 'status') {
        setView((v) =>
          v && v.session === m.session
            ? { ...v, busy: m.busy, ...(m.error === undefined ? { error: undefined } : { error: m.error }) }
            : v,
        );
      } else if (m.type === 'hide') {
        setView(null);
        setNotice(null);
        if (mode === 'window') win.close();
      }
    });
    port.onClose(() => {
      if (mode === 'window') win.close();
      else setView(null);
    });
    port.send({ type: 'ready' });
    return () => guard.destroy();
  }, [port, mode, win, guard]);

  // The frame is sized to its content by the content app.
  useEffect(() => {
    const el = rootRef.current;
    if (!el || mode !== 'frame' || typeof win.ResizeObserver !== 'function') return;
    const ro = new win.ResizeObserver(() => {
      if (view) port.send({ type: 'size', session: view.session, height: el.getBoundingClientRect().height + 2 });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [view, port, mode, win]);

  const pointOf = (e: Event): Point | null =>
    e instanceof win.MouseEvent && e.detail > 0 ? { x: e.clientX, y: e.clientY } : null;

  const allowed = (e: Event): boolean => {
    const verdict = guard.judge(e);
    if (verdict === 'ok') return true;
    if (verdict !== 'untrusted') setNotice(verdict);
    return false;
  };

  const actions: NoteEditorActions = {
    submitNote(v, e) {
      if (!view || !allowed(e)) return;
      setNotice(null);
      port.send({ type: 'submit', session: view.session, values: v, point: pointOf(e) });
    },
    deleteNote(e) {
      if (!view || !allowed(e)) return;
      setNotice(null);
      port.send({ type: 'delete', session: view.session, point: pointOf(e) });
    },
    cancelEditor() {
      if (view) port.send({ type: 'cancel', session: view.session });
    },
  };

  return (
    <div ref={rootRef}>
      {view && (
        <EditorPage
          view={view}
          mode={mode}
          notice={notice}
          actions={actions}
          onDetach={() => {
            if (view && values.current) port.send({ type: 'detach', session: view.session, values: values.current });
          }}
          onValues={(v) => {
            values.current = v;
          }}
        />
      )}
    </div>
  );
}

export interface EditorEnv {
  win: Window & typeof globalThis;
  root: HTMLElement;
  link: LinkDeps;
}

/** Starts the editor page: adopts our styles, finds the content app, renders. */
export async function startEditor(env: EditorEnv): Promise<void> {
  const { win, root } = env;
  const doc = win.document;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(CONTENT_CSS.replace(':host { all: initial; }', '') + EDITOR_PAGE_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const target = parseWindowHash(win.location.hash);
  const mode: Mode = target ? 'window' : 'frame';
  const port = target ? await linkFromWindow(target, env.link) : await linkFromFrame(win, env.link);
  if (!port) {
    if (mode === 'window') win.close();
    return;
  }
  render(<EditorApp port={port} mode={mode} win={win} />, root);
}
