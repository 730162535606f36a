/**
 * The note editor's frame inside our closed shadow root: an extension page (utils/editor/protocol.ts), so what
 * the reader types is typed in our origin. Made once and kept (hidden) between notes; placed beside the passage
 * like our other panels; sized by the height the editor reports.
 */
import { HELLO, type Hello } from '../../../utils/editor/protocol';
import { placeCard, type Rect } from '../../../utils/layout/placement';

export const EDITOR_WIDTH = 340;
const DEFAULT_HEIGHT = 300;

export interface EditorFrame {
  readonly element: HTMLIFrameElement;
  /** Posts the nonce to the frame's window once it has loaded (again after a reload). */
  greet(nonce: string): void;
  place(anchor: Rect): void;
  setHeight(height: number): void;
  show(): void;
  hide(): void;
  readonly visible: boolean;
  focus(): void;
  /** Is focus inside the frame now? */
  hasFocus(): boolean;
  destroy(): void;
}

export interface FrameDeps {
  layer: HTMLElement;
  shadow: ShadowRoot;
  src: string;
  /** The editor page's origin (Chrome: the extension's fixed one, even when `src` is a dynamic address). */
  origin: string;
  title(): string;
  win?: Window;
}

export function createEditorFrame(deps: FrameDeps): EditorFrame {
  const win = deps.win ?? window;
  const doc = deps.layer.ownerDocument;
  const el = doc.createElement('iframe');
  el.className = 'dl-editor-frame';
  el.setAttribute('referrerpolicy', 'no-referrer');
  el.title = deps.title();
  el.hidden = true;
  el.src = deps.src;
  let loaded = false;
  let nonce: string | null = null;
  let height = DEFAULT_HEIGHT;
  let anchor: Rect | null = null;
  const origin = deps.origin;

  const post = () => {
    if (!loaded || !nonce) return;
    const hello: Hello = { diplolens: HELLO, nonce };
    // Straight to the frame's window, for its origin only: the page cannot read it.
    el.contentWindow?.postMessage(hello, origin);
  };
  el.addEventListener('load', () => {
    loaded = true;
    post();
  });
  deps.layer.append(el);

  const layout = () => {
    if (!anchor) return;
    const width = Math.min(EDITOR_WIDTH, win.innerWidth - 16);
    const p = placeCard(anchor, { width, height }, { width: win.innerWidth, height: win.innerHeight });
    const s = el.style;
    s.left = `${p.left}px`;
    s.top = `${p.top}px`;
    s.width = `${width}px`;
    s.height = `${Math.min(height, p.maxHeight)}px`;
  };

  return {
    element: el,
    greet(n) {
      nonce = n;
      post();
    },
    place(a) {
      anchor = a;
      el.title = deps.title();
      layout();
    },
    setHeight(h) {
      height = Math.max(80, Math.ceil(h));
      layout();
    },
    show() {
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
    get visible() {
      return !el.hidden;
    },
    focus() {
      el.focus({ preventScroll: true });
    },
    hasFocus: () => deps.shadow.activeElement === el,
    destroy() {
      el.remove();
    },
  };
}
