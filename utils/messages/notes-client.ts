import type { ConceptCardData } from '../concepts/card-data';
import type { AnchorStatus, NoteDraft, NotePatch, NoteRecord } from '../notes/types';
/**
 * The content script's only way to the reader's notes: typed messages to the background, which owns the
 * database in the extension's origin. Nothing of the notes is ever stored in the page.
 */
import { sendToBackground } from './client';

export interface ClientError {
  code: string;
  messageZh: string;
  messageEn: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ClientError };

export interface NotesClient {
  create(draft: NoteDraft): Promise<Result<NoteRecord>>;
  update(id: string, patch: NotePatch): Promise<Result<NoteRecord>>;
  remove(id: string): Promise<Result<NoteRecord>>;
  restore(note: NoteRecord): Promise<Result<null>>;
  forUrls(urls: string[]): Promise<Result<NoteRecord[]>>;
  setAnchorStatus(updates: { id: string; status: AnchorStatus }[]): Promise<Result<null>>;
  detectLanguage(text: string): Promise<string | undefined>;
  /** A concept card's content (null when unknown or unreachable). */
  conceptCard(id: string): Promise<ConceptCardData | null>;
}

export function createNotesClient(): NotesClient {
  return {
    async create(draft) {
      const r = await sendToBackground({ type: 'notes:create', draft });
      return r.ok ? { ok: true, value: r.note } : { ok: false, error: r.error };
    },
    async update(id, patch) {
      const r = await sendToBackground({ type: 'notes:update', id, patch });
      return r.ok ? { ok: true, value: r.note } : { ok: false, error: r.error };
    },
    async remove(id) {
      const r = await sendToBackground({ type: 'notes:delete', id });
      return r.ok ? { ok: true, value: r.note } : { ok: false, error: r.error };
    },
    async restore(note) {
      const r = await sendToBackground({ type: 'notes:restore', note });
      return r.ok ? { ok: true, value: null } : { ok: false, error: r.error };
    },
    async forUrls(urls) {
      const r = await sendToBackground({ type: 'notes:forUrls', urls });
      return r.ok ? { ok: true, value: r.notes } : { ok: false, error: r.error };
    },
    async setAnchorStatus(updates) {
      const r = await sendToBackground({ type: 'notes:setAnchorStatus', updates });
      return r.ok ? { ok: true, value: null } : { ok: false, error: r.error };
    },
    async conceptCard(id) {
      const r = await sendToBackground({ type: 'concept:card', id });
      return r.ok ? r.card : null;
    },
    async detectLanguage(text) {
      const r = await sendToBackground({ type: 'lang:detect', text });
      return r.ok ? r.lang : undefined;
    },
  };
}
