/**
 * Every message between DiploLens contexts, as zod schemas: the receiver checks each message against them, and the
 * types senders use (protocol.ts) are inferred from them — one source. Imported only where messages are received
 * and checked (the background); content scripts import the inferred types only, so no zod reaches their bundle.
 */
import { z } from 'zod';
import {
  anchorUpdatesSchema,
  draftSchema,
  idSchema,
  patchSchema,
  recordSchema,
  urlsSchema,
  webUrlSchema,
} from '../notes/validate';
import { POST_LIMITS, postDraftSchema, postKeysSchema } from '../posts/validate';

export const MAX_DETECT_TEXT = 20_000;

export const messageErrorSchema = z.object({
  code: z.enum(['invalid', 'not-found', 'quota', 'blocked', 'internal', 'unavailable']),
  messageZh: z.string(),
  messageEn: z.string(),
});

// ── Content / popup / options → background ──────────────────────────────────────────────────────────────────

const notesChanged = z.object({
  type: z.literal('notes:changed'),
  /** null: anything may have changed (e.g. written by the popup or options page), re-query your URLs. */
  urls: z.array(webUrlSchema).max(500).nullable(),
});

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  /** `id`: chosen by the sender so a retried save is stored once (see sendToBackground). */
  z.object({ type: z.literal('notes:create'), draft: draftSchema, id: idSchema.optional() }),
  z.object({ type: z.literal('notes:update'), id: idSchema, patch: patchSchema }),
  z.object({ type: z.literal('notes:delete'), id: idSchema }),
  z.object({ type: z.literal('notes:restore'), note: recordSchema }),
  z.object({ type: z.literal('notes:forUrls'), urls: urlsSchema }),
  z.object({ type: z.literal('notes:setAnchorStatus'), updates: anchorUpdatesSchema }),
  z.object({ type: z.literal('lang:detect'), text: z.string().max(MAX_DETECT_TEXT) }),
  /** A concept card's content: the summaries stay out of the content script's bundle. */
  z.object({ type: z.literal('concept:card'), id: z.string().regex(/^[a-z0-9-]{1,128}$/) }),
  /** Open a note's page in a new tab and bring the highlight into view once the page has placed it. */
  z.object({
    type: z.literal('ui:openNote'),
    // Only web pages: a note's URL never names a browser or extension page, nor runs a script.
    url: webUrlSchema,
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
  /** The popup opened over a tab: count its notes again for the toolbar icon. */
  z.object({ type: z.literal('ui:refreshBadge'), tabId: z.number().int().nonnegative() }),
  /**
   * A content script on a page where the browser will not load our editor frame asks for the note editor as a small
   * extension window, bound to it by a secret nonce (utils/editor/protocol.ts).
   */
  z.object({ type: z.literal('editor:openWindow'), nonce: z.string().regex(/^[A-Za-z0-9-]{16,64}$/) }),
  /** A content script has painted its terms: inject the in-page UI script into its frame (app/content/shared.ts). */
  z.object({ type: z.literal('content:loadUi') }),
  /**
   * Sent by the popup / options page after writing Dexie directly: an MV3 background may be asleep and miss Dexie's
   * cross-context broadcast; this wakes it so the tabs still hear `notes:changed`.
   */
  notesChanged,
  /** Collect (or update) whole posts read off a page; the background adds each text's language. */
  z.object({ type: z.literal('posts:collect'), posts: z.array(postDraftSchema).min(1).max(POST_LIMITS.batch) }),
  /** Which of these posts are collected (the in-page collect controls show it). */
  z.object({ type: z.literal('posts:status'), keys: postKeysSchema }),
]);

const postsChanged = z.object({
  type: z.literal('posts:changed'),
  /** null: anything may have changed. */
  keys: z.array(z.string().max(POST_LIMITS.key)).max(POST_LIMITS.keysPerQuery).nullable(),
});

// ── Background / popup → content script (a tab) ─────────────────────────────────────────────────────────────

export const tabRequestSchema = z.discriminatedUnion('type', [
  notesChanged,
  z.object({ type: z.literal('command:save-highlight') }),
  z.object({ type: z.literal('command:next-term') }),
  z.object({ type: z.literal('page:summary') }),
  z.object({ type: z.literal('page:reveal-note'), id: idSchema }),
  /** The keyboard command or the context menu: collect the post the reader is at (see app/content/posts). */
  z.object({ type: z.literal('command:collect-post'), via: z.enum(['key', 'menu']) }),
  /** "Collect the posts on this page" (popup): starts a job, or reports the one running. */
  z.object({ type: z.literal('posts:collect-page') }),
  z.object({ type: z.literal('posts:collect-progress') }),
  z.object({ type: z.literal('posts:collect-cancel') }),
  postsChanged,
]);
