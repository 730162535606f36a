/**
 * Messages the content script answers (from the popup and the background). Anything else is not ours to answer:
 * returning undefined lets other listeners (or nobody) reply.
 */
import type { CollectProgress, PageSummary } from '../../utils/messages/protocol';

/** What answering takes: the in-page UI answers most (it may still be loading, so an answer may be a promise). */
type Maybe<T> = T | Promise<T>;

export interface ContentHandlers {
  summary(): Maybe<PageSummary>;
  nextTerm(): Maybe<void>;
  saveSelection(): Maybe<void>;
  notesChanged(): Maybe<void>;
  revealNote(id: string): Maybe<boolean>;
  collectPost(via: 'key' | 'menu'): Maybe<void>;
  collectPage(): Maybe<CollectProgress>;
  collectProgress(): Maybe<CollectProgress>;
  collectCancel(): Maybe<CollectProgress>;
  postsChanged(): Maybe<void>;
}

/** Replies use the protocol's envelope (`{ ok: true, ...result }`), as `sendToTab` expects. */
export type ContentReply =
  | ({ ok: true } & PageSummary)
  | ({ ok: true } & CollectProgress)
  | { ok: true; found?: boolean }
  | undefined;

/** `{ ok: true, ...result }` once the result is there (at once when it already is). */
function okWith<T extends object>(result: Maybe<T>): Maybe<{ ok: true } & T> {
  return result instanceof Promise ? result.then((r) => ({ ok: true as const, ...r })) : { ok: true, ...result };
}

/** `{ ok: true }` once the action is done. */
function done(result: Maybe<void>): Maybe<{ ok: true }> {
  return result instanceof Promise ? result.then(() => ({ ok: true as const })) : { ok: true };
}

function typeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

export function handleContentMessage(message: unknown, h: ContentHandlers): ContentReply | Promise<ContentReply> {
  switch (typeOf(message)) {
    case 'page:summary':
      // The popup asks the whole tab; only the top frame speaks for the page.
      if (window !== window.top) return undefined;
      return okWith(h.summary());
    case 'command:next-term':
      return done(h.nextTerm());
    case 'command:save-highlight':
      return done(h.saveSelection());
    case 'notes:changed':
      return done(h.notesChanged());
    case 'page:reveal-note': {
      const id = (message as { id?: unknown }).id;
      if (typeof id !== 'string') return { ok: true, found: false };
      return okWith(Promise.resolve(h.revealNote(id)).then((found) => ({ found })));
    }
    case 'command:collect-post': {
      const via = (message as { via?: unknown }).via === 'menu' ? 'menu' : 'key';
      return done(h.collectPost(via));
    }
    // The page's posts are the top frame's (a popup asks the whole tab).
    case 'posts:collect-page':
      if (window !== window.top) return undefined;
      return okWith(h.collectPage());
    case 'posts:collect-progress':
      if (window !== window.top) return undefined;
      return okWith(h.collectProgress());
    case 'posts:collect-cancel':
      if (window !== window.top) return undefined;
      return okWith(h.collectCancel());
    case 'posts:changed':
      return done(h.postsChanged());
    case 'page:ping':
      return { ok: true };
    default:
      return undefined;
  }
}
