/**
 * Every message between DiploLens contexts, as zod schemas (checked by the receiver) and TS types (used by senders).
 * Replies are envelopes: `{ ok: true, ...result }` or `{ ok: false, error: { code, messageZh, messageEn } }`.
 * This module is safe for content scripts: it never touches the database.
 */

import { z } from 'zod';
import type { ConceptCardData } from '../concepts/card-data';
import type { NotesErrorCode } from '../notes/errors';
import type { AnchorStatus, MissionInfo, NoteDraft, NotePatch, NoteRecord } from '../notes/types';
import { anchorUpdatesSchema, draftSchema, idSchema, patchSchema, recordSchema, urlsSchema } from '../notes/validate';

// ── Envelope ────────────────────────────────────────────────────────────────────────────────────────────────

/** 'unavailable': nobody answered (no content script in that tab, background asleep and gone, port closed). */
export type MessageErrorCode = NotesErrorCode | 'unavailable';

export interface MessageError {
  code: MessageErrorCode;
  messageZh: string;
  messageEn: string;
}

export type Ok<T> = { ok: true } & T;
export type Fail = { ok: false; error: MessageError };
export type Envelope<T> = Ok<T> | Fail;

export const messageErrorSchema = z.object({
  code: z.enum(['invalid', 'not-found', 'quota', 'blocked', 'internal', 'unavailable']),
  messageZh: z.string(),
  messageEn: z.string(),
});

// ── Content / popup / options → background ──────────────────────────────────────────────────────────────────

export const MAX_DETECT_TEXT = 20_000;

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('notes:create'), draft: draftSchema, id: idSchema.optional() }),
  z.object({ type: z.literal('notes:update'), id: idSchema, patch: patchSchema }),
  z.object({ type: z.literal('notes:delete'), id: idSchema }),
  z.object({ type: z.literal('notes:restore'), note: recordSchema }),
  z.object({ type: z.literal('notes:forUrls'), urls: urlsSchema }),
  z.object({ type: z.literal('notes:setAnchorStatus'), updates: anchorUpdatesSchema }),
  z.object({ type: z.literal('lang:detect'), text: z.string().max(MAX_DETECT_TEXT) }),
  z.object({ type: z.literal('concept:card'), id: z.string().regex(/^[a-z0-9-]{1,128}$/) }),
  // Only web pages: a note's URL never names a browser or extension page.
  z.object({
    type: z.literal('ui:openNote'),
    url: z
      .string()
      .max(4096)
      .regex(/^https?:\/\//),
    id: idSchema,
  }),
  z.object({
    type: z.literal('ui:openOptions'),
    // Only a route inside our own options page, never a URL.
    hash: z
      .string()
      .max(200)
      .regex(/^[\w\-/=&.:%]*$/)
      .optional(),
  }),
  z.object({ type: z.literal('page:analyze'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('notes:changed'), urls: z.array(z.string().max(4096)).max(500).nullable() }),
]);

export type BackgroundRequest =
  /** `id`: chosen by the sender so a retried save is stored once (see sendToBackground). */
  | { type: 'notes:create'; draft: NoteDraft; id?: string }
  | { type: 'notes:update'; id: string; patch: NotePatch }
  | { type: 'notes:delete'; id: string }
  | { type: 'notes:restore'; note: NoteRecord }
  | { type: 'notes:forUrls'; urls: string[] }
  | { type: 'notes:setAnchorStatus'; updates: { id: string; status: AnchorStatus }[] }
  | { type: 'lang:detect'; text: string }
  /** A concept card's content: the summaries stay out of the content script's bundle. */
  | { type: 'concept:card'; id: string }
  /** Open a note's page in a new tab and bring the highlight into view once the page has placed it. */
  | { type: 'ui:openNote'; url: string; id: string }
  | { type: 'ui:openOptions'; hash?: string }
  | { type: 'page:analyze'; tabId: number }
  /**
   * Sent by the popup / options page after writing Dexie directly: an MV3 background may be asleep and miss Dexie's
   * cross-context broadcast; this wakes it so the tabs still hear `notes:changed`.
   */
  | { type: 'notes:changed'; urls: string[] | null };

export interface LangSegment {
  start: number;
  end: number;
  lang: string;
}

export interface BackgroundResults {
  'notes:create': { note: NoteRecord };
  'notes:update': { note: NoteRecord };
  /** The removed note, to offer undo through `notes:restore`. */
  'notes:delete': { note: NoteRecord };
  'notes:restore': { note: NoteRecord };
  'notes:forUrls': { notes: NoteRecord[] };
  /** How many statuses actually changed. */
  'notes:setAnchorStatus': { changed: number };
  'lang:detect': { lang: string; segments: LangSegment[] };
  'concept:card': { card: ConceptCardData | null };
  'ui:openNote': Record<never, never>;
  'ui:openOptions': Record<never, never>;
  /** injected: false when the tab already had our content script (it is never run twice). */
  'page:analyze': { injected: boolean };
  'notes:changed': Record<never, never>;
}

export type BackgroundRequestType = BackgroundRequest['type'];
export type BackgroundResponse<T extends BackgroundRequestType> = Envelope<BackgroundResults[T]>;

// ── Background / popup → content script (a tab) ─────────────────────────────────────────────────────────────

export interface PageSummary {
  url: string;
  title: string;
  kind: 'weibo-timeline' | 'weibo-post' | 'article';
  concepts: { id: string; count: number }[];
  missions: MissionInfo[];
  language: string;
  noteUrls: string[];
}

export const tabRequestSchema = z.discriminatedUnion('type', [
  /** null: anything may have changed (e.g. written by the popup or options page), re-query your URLs. */
  z.object({ type: z.literal('notes:changed'), urls: z.array(z.string().max(4096)).max(500).nullable() }),
  z.object({ type: z.literal('command:save-highlight') }),
  z.object({ type: z.literal('command:next-term') }),
  z.object({ type: z.literal('page:summary') }),
  z.object({ type: z.literal('page:reveal-note'), id: idSchema }),
]);

export type TabRequest =
  | { type: 'notes:changed'; urls: string[] | null }
  | { type: 'command:save-highlight' }
  | { type: 'command:next-term' }
  | { type: 'page:summary' }
  | { type: 'page:reveal-note'; id: string };

export interface TabResults {
  'notes:changed': Record<never, never>;
  'command:save-highlight': Record<never, never>;
  'command:next-term': Record<never, never>;
  'page:summary': PageSummary;
  'page:reveal-note': { found: boolean };
}

export type TabRequestType = TabRequest['type'];
export type TabResponse<T extends TabRequestType> = Envelope<TabResults[T]>;

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────────────────────

export function ok<T extends object>(result: T): Ok<T> {
  return { ok: true, ...result };
}

export function fail(code: MessageErrorCode, messageZh: string, messageEn: string): Fail {
  return { ok: false, error: { code, messageZh, messageEn } };
}

/** Is this a well-formed envelope (what a receiver must send back)? */
export function isEnvelope(value: unknown): value is Envelope<object> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return true;
  return v.ok === false && messageErrorSchema.safeParse(v.error).success;
}

export const UNAVAILABLE: Fail = fail(
  'unavailable',
  'DiploLens 在此页面上没有响应。请重新加载页面后重试。',
  'DiploLens did not answer on this page. Reload the page and try again.',
);
