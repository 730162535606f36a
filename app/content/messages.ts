/**
 * Messages the content script answers (from the popup and the background). Anything else is not ours to answer:
 * returning undefined lets other listeners (or nobody) reply.
 */
import type { CollectProgress, PageSummary } from '../../utils/messages/protocol';

export interface ContentHandlers {
  summary(): PageSummary;
  nextTerm(): void;
  saveSelection(): void;
  notesChanged(): void;
  revealNote(id: string): boolean;
  collectPost(via: 'key' | 'menu'): void;
  collectPage(): CollectProgress;
  collectProgress(): CollectProgress;
  collectCancel(): CollectProgress;
  postsChanged(): void;
}

/** Replies use the protocol's envelope (`{ ok: true, ...result }`), as `sendToTab` expects. */
export type ContentReply =
  | ({ ok: true } & PageSummary)
  | ({ ok: true } & CollectProgress)
  | { ok: true; found?: boolean }
  | undefined;

function typeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

export function handleContentMessage(message: unknown, h: ContentHandlers): ContentReply {
  switch (typeOf(message)) {
    case 'page:summary':
      // The popup asks the whole tab; only the top frame speaks for the page.
      if (window !== window.top) return undefined;
      return { ok: true, ...h.summary() };
    case 'command:next-term':
      h.nextTerm();
      return { ok: true };
    case 'command:save-highlight':
      h.saveSelection();
      return { ok: true };
    case 'notes:changed':
      h.notesChanged();
      return { ok: true };
    case 'page:reveal-note': {
      const id = (message as { id?: unknown }).id;
      return { ok: true, found: typeof id === 'string' && h.revealNote(id) };
    }
    case 'command:collect-post': {
      const via = (message as { via?: unknown }).via === 'menu' ? 'menu' : 'key';
      h.collectPost(via);
      return { ok: true };
    }
    // The page's posts are the top frame's (a popup asks the whole tab).
    case 'posts:collect-page':
      if (window !== window.top) return undefined;
      return { ok: true, ...h.collectPage() };
    case 'posts:collect-progress':
      if (window !== window.top) return undefined;
      return { ok: true, ...h.collectProgress() };
    case 'posts:collect-cancel':
      if (window !== window.top) return undefined;
      return { ok: true, ...h.collectCancel() };
    case 'posts:changed':
      h.postsChanged();
      return { ok: true };
    case 'page:ping':
      return { ok: true };
    default:
      return undefined;
  }
}
