/**
 * The message protocol's types and envelope helpers. Requests are typed from the zod schemas in schemas.ts (the one
 * source; imported here as types only, so this module is safe and small for content scripts). Replies are
 * envelopes: `{ ok: true, ...result }` or `{ ok: false, error: { code, messageZh, messageEn } }`.
 */
import type { z } from 'zod';
import type { ConceptCardData } from '../concepts/card-data';
import type { NotesErrorCode } from '../notes/errors';
import type { MissionInfo, NoteRecord, Platform } from '../notes/types';
import type { CollectResult } from '../posts/repo';
import type { PageKind } from '../sites/types';
import type { backgroundRequestSchema, tabRequestSchema } from './schemas';

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

const ERROR_CODES: ReadonlySet<string> = new Set<MessageErrorCode>([
  'invalid',
  'not-found',
  'quota',
  'blocked',
  'internal',
  'unavailable',
]);

// ── Content / popup / options → background ──────────────────────────────────────────────────────────────────

export type BackgroundRequest = z.output<typeof backgroundRequestSchema>;

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
  'ui:refreshBadge': Record<never, never>;
  'editor:openWindow': Record<never, never>;
  'content:loadUi': Record<never, never>;
  'notes:changed': Record<never, never>;
  'posts:collect': { results: CollectResult[] };
  'posts:status': { collected: string[] };
}

export type BackgroundRequestType = BackgroundRequest['type'];
export type BackgroundResponse<T extends BackgroundRequestType> = Envelope<BackgroundResults[T]>;

// ── Background / popup → content script (a tab) ─────────────────────────────────────────────────────────────

export interface PageSummary {
  url: string;
  title: string;
  /** The site adapter that reads the page (utils/sites): 'weibo', 'm-weibo', 'mfa', 'article' … */
  site: string;
  platform: Platform;
  kind: PageKind;
  concepts: { id: string; count: number }[];
  missions: MissionInfo[];
  language: string;
  noteUrls: string[];
  /** Posts now loaded on the page (what "Collect the posts on this page" would gather). */
  postCount?: number;
  /**
   * What the page undid more often than DiploLens restores it (app/content/highlight-keeper.ts, ui-host.ts), so
   * DiploLens stopped: the popup says why. Absent when nothing was.
   */
  interference?: PageInterference[];
}

export type PageInterference = 'highlights-removed' | 'ui-removed';

/** Where "Collect the posts on this page" stands (the popup polls it to draw its progress bar). */
export interface CollectProgress {
  state: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  /** Posts found on the page when the job started. */
  total: number;
  /** Posts read and stored so far. */
  done: number;
  /** Of those, posts collected for the first time. */
  added: number;
  /** Posts skipped: the page showed no author or text for them. */
  skipped: number;
  error?: MessageError;
}

export type TabRequest = z.output<typeof tabRequestSchema>;

export interface TabResults {
  'notes:changed': Record<never, never>;
  'command:save-highlight': Record<never, never>;
  'command:next-term': Record<never, never>;
  'page:summary': PageSummary;
  'page:reveal-note': { found: boolean };
  'command:collect-post': Record<never, never>;
  'posts:collect-page': CollectProgress;
  'posts:collect-progress': CollectProgress;
  'posts:collect-cancel': CollectProgress;
  'posts:changed': Record<never, never>;
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

/** Is this a well-formed envelope (what a receiver must send back)? Mirrors messageErrorSchema, without zod. */
export function isEnvelope(value: unknown): value is Envelope<object> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return true;
  if (v.ok !== false || !v.error || typeof v.error !== 'object') return false;
  const e = v.error as { code?: unknown; messageZh?: unknown; messageEn?: unknown };
  return (
    typeof e.code === 'string' &&
    ERROR_CODES.has(e.code) &&
    typeof e.messageZh === 'string' &&
    typeof e.messageEn === 'string'
  );
}

export const UNAVAILABLE: Fail = fail(
  'unavailable',
  'DiploLens 在此页面上没有响应。请重新加载页面后重试。',
  'DiploLens did not answer on this page. Reload the page and try again.',
);
