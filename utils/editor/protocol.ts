/**
 * The private channel between the content app and the note editor, which runs in our own origin: an extension
 * frame inside our closed shadow root, or (where the browser will not load that frame) a small extension window.
 * No key, input or composition event of the reader's typing is ever dispatched in the page's document.
 *
 * Handshake: the content app makes a secret nonce, loads the editor frame and posts `{ diplolens: 'editor-hello',
 * nonce }` straight to the frame's window (the page cannot read a message posted to another origin's window), or
 * has the background open the window with the nonce in its URL. The editor then opens a runtime port to the tab
 * named `diplolens-editor:<nonce>`; the content app accepts only that name, from an extension page, and answers
 * `welcome` at once; the editor binds to the first port welcomed. A page can post fake hellos to our frame, but
 * it cannot open runtime ports nor answer one, so a wrong nonce binds to nothing.
 *
 * Everything here is plain data checked by hand: the content script bundles no zod.
 */
import type { HighlightColor } from '../notes/types';

export const EDITOR_PAGE = '/note-editor.html';
export const EDITOR_PORT_PREFIX = 'diplolens-editor:';
export const HELLO = 'editor-hello';

export interface EditorValues {
  color: HighlightColor;
  note: string;
  tags: string[];
}

export interface EditorView {
  /** Increases with every editor the content app opens: a late message about an older one is ignored. */
  session: number;
  lang: 'zh-CN' | 'en';
  theme: 'light' | 'dark';
  /** A saved note's id, or null for a new highlight. */
  noteId: string | null;
  quote: string;
  values: EditorValues;
  busy: boolean;
  error?: string;
  /** Which field takes the focus. */
  focus: 'note' | 'tags';
  /** In the frame: offer "continue in a DiploLens window" when a click could not be verified. */
  canDetach: boolean;
}

/** Content app → editor. `welcome`: the first message on an accepted port (the editor binds to that port). */
export type ToEditor =
  | { type: 'welcome' }
  | { type: 'show'; view: EditorView }
  | { type: 'status'; session: number; busy: boolean; error?: string }
  | { type: 'hide' };

export interface Point {
  x: number;
  y: number;
}

/** Editor → content app. `point`: where a click landed, in the editor's viewport; null for the keyboard. */
export type FromEditor =
  | { type: 'ready' }
  | { type: 'size'; session: number; height: number }
  | { type: 'submit'; session: number; values: EditorValues; point: Point | null }
  | { type: 'delete'; session: number; point: Point | null }
  | { type: 'cancel'; session: number }
  | { type: 'detach'; session: number; values: EditorValues };

export interface Hello {
  diplolens: typeof HELLO;
  nonce: string;
}

const COLORS: readonly string[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const NONCE = /^[A-Za-z0-9-]{16,64}$/;
/** Generous bounds: the background validates the values for real (utils/notes/validate.ts). */
const MAX_NOTE = 200_000;
const MAX_TAGS = 200;

export const isNonce = (v: unknown): v is string => typeof v === 'string' && NONCE.test(v);

/** The path of one of our extension pages at `url` (chrome-extension: or moz-extension:), or null for anything else. */
export function extensionPagePath(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' ? u.pathname : null;
  } catch {
    return null;
  }
}

export function portName(nonce: string): string {
  return `${EDITOR_PORT_PREFIX}${nonce}`;
}

/**
 * Firefox gives an extension frame inside a web page no `tabs` API, so there the editor frame cannot open a port to
 * the content app itself: it opens one to our background under this name, and the background relays it to the tab
 * (app/background/editor-relay.ts).
 */
export const EDITOR_RELAY_PREFIX = 'diplolens-editor-relay:';

export function relayName(nonce: string): string {
  return `${EDITOR_RELAY_PREFIX}${nonce}`;
}

function nonceAfter(prefix: string, name: string): string | null {
  if (!name.startsWith(prefix)) return null;
  const nonce = name.slice(prefix.length);
  return isNonce(nonce) ? nonce : null;
}

/** The nonce a relay port was named with, or null when the name is not one. */
export const nonceOfRelay = (name: string): string | null => nonceAfter(EDITOR_RELAY_PREFIX, name);

/** The nonce an editor port was named with, or null. */
export const nonceOfPort = (name: string): string | null => nonceAfter(EDITOR_PORT_PREFIX, name);

export function isHello(v: unknown): v is Hello {
  return typeof v === 'object' && v !== null && (v as Hello).diplolens === HELLO && isNonce((v as Hello).nonce);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isSession = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function parseValues(v: unknown): EditorValues | null {
  if (!isObj(v)) return null;
  const { color, note, tags } = v;
  if (typeof color !== 'string' || !COLORS.includes(color)) return null;
  if (typeof note !== 'string' || note.length > MAX_NOTE) return null;
  if (!Array.isArray(tags) || tags.length > MAX_TAGS || !tags.every((t) => typeof t === 'string')) return null;
  return { color: color as HighlightColor, note, tags: [...tags] };
}

function parsePoint(v: unknown): Point | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || typeof v.x !== 'number' || typeof v.y !== 'number') return undefined;
  if (!Number.isFinite(v.x) || !Number.isFinite(v.y)) return undefined;
  return { x: v.x, y: v.y };
}

/** A message from the editor, checked field by field; null when it is not one. */
export function parseFromEditor(m: unknown): FromEditor | null {
  if (!isObj(m) || typeof m.type !== 'string') return null;
  if (m.type === 'ready') return { type: 'ready' };
  if (!isSession(m.session)) return null;
  const session = m.session;
  switch (m.type) {
    case 'size':
      return typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0
        ? { type: 'size', session, height: Math.min(m.height, 4000) }
        : null;
    case 'submit': {
      const values = parseValues(m.values);
      const point = parsePoint(m.point);
      return values && point !== undefined ? { type: 'submit', session, values, point } : null;
    }
    case 'delete': {
      const point = parsePoint(m.point);
      return point !== undefined ? { type: 'delete', session, point } : null;
    }
    case 'cancel':
      return { type: 'cancel', session };
    case 'detach': {
      const values = parseValues(m.values);
      return values ? { type: 'detach', session, values } : null;
    }
    default:
      return null;
  }
}

/** A message from the content app, checked field by field; null when it is not one. */
export function parseToEditor(m: unknown): ToEditor | null {
  if (!isObj(m) || typeof m.type !== 'string') return null;
  if (m.type === 'hide') return { type: 'hide' };
  if (m.type === 'welcome') return { type: 'welcome' };
  if (m.type === 'status') {
    if (!isSession(m.session) || typeof m.busy !== 'boolean') return null;
    if (m.error !== undefined && typeof m.error !== 'string') return null;
    return { type: 'status', session: m.session, busy: m.busy, ...(m.error === undefined ? {} : { error: m.error }) };
  }
  if (m.type !== 'show' || !isObj(m.view)) return null;
  const v = m.view;
  const values = parseValues(v.values);
  if (!values || !isSession(v.session)) return null;
  if (v.lang !== 'zh-CN' && v.lang !== 'en') return null;
  if (v.theme !== 'light' && v.theme !== 'dark') return null;
  if (v.noteId !== null && typeof v.noteId !== 'string') return null;
  if (typeof v.quote !== 'string' || typeof v.busy !== 'boolean' || typeof v.canDetach !== 'boolean') return null;
  if (v.focus !== 'note' && v.focus !== 'tags') return null;
  if (v.error !== undefined && typeof v.error !== 'string') return null;
  return {
    type: 'show',
    view: {
      session: v.session,
      lang: v.lang,
      theme: v.theme,
      noteId: v.noteId,
      quote: v.quote,
      values,
      busy: v.busy,
      focus: v.focus,
      canDetach: v.canDetach,
      ...(v.error === undefined ? {} : { error: v.error }),
    },
  };
}

/** What the editor window reads from its URL (the background puts it there; see app/background/editor-window.ts). */
export interface WindowTarget {
  nonce: string;
  tabId: number;
  frameId: number;
}

export function windowHash(t: WindowTarget): string {
  return `#${new URLSearchParams({ nonce: t.nonce, tab: String(t.tabId), frame: String(t.frameId) }).toString()}`;
}

export function parseWindowHash(hash: string): WindowTarget | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const nonce = p.get('nonce');
  const tabId = Number(p.get('tab'));
  const frameId = Number(p.get('frame'));
  if (!isNonce(nonce) || !Number.isInteger(tabId) || tabId < 0 || !Number.isInteger(frameId) || frameId < 0)
    return null;
  return { nonce, tabId, frameId };
}
