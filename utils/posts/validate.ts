/**
 * zod schemas for collected posts: what a content script sends (`postDraftSchema`) and what the database holds
 * (`postRecordSchema`). The one source of the types (types.ts re-exports them type-only, so a content script pulls
 * in no zod). Bounds keep one bad caller from filling the disk.
 */
import { z } from 'zod';
import { parseOrThrow, postContextSchema, webUrlSchema } from '../notes/validate';

export const POST_LIMITS = {
  text: 20_000,
  concepts: 256,
  conceptId: 128,
  key: 4200,
  lang: 35,
  /** Posts one `posts:collect` message may carry (a page is collected in batches of this size or fewer). */
  batch: 100,
  keysPerQuery: 2000,
} as const;

const timestamp = z.number().int().nonnegative().max(8_640_000_000_000_000);
const conceptIdSchema = z
  .string()
  .min(1)
  .max(POST_LIMITS.conceptId)
  .regex(/^[a-z0-9-]+$/);

/** One concept found in the post's text by the page's matcher, with how often its terms occur. */
export const conceptCountSchema = z.object({ id: conceptIdSchema, count: z.number().int().min(1).max(100_000) });

/** What the page reads off a post: its context (adapter), its words and the concepts in them. */
export const postDraftSchema = z.object({
  context: postContextSchema,
  /** The post's own text as the page shows it. */
  text: z.string().min(1).max(POST_LIMITS.text),
  /** The text of the post it quotes or reposts, when the page shows it inside this one. */
  quotedText: z.string().max(POST_LIMITS.text).optional(),
  concepts: z.array(conceptCountSchema).max(POST_LIMITS.concepts),
  /** The page the post was collected on (a timeline, a profile, the post's own page). */
  pageUrl: webUrlSchema,
});

export const postRecordSchema = postDraftSchema.extend({
  /** Identity: the normalised permalink (see key.ts). Collecting the same post again updates this record. */
  key: z.string().min(1).max(POST_LIMITS.key),
  /** Host of the permalink without "www." ("weibo.com", "x.com", "mp.weixin.qq.com"). */
  site: z.string().max(253),
  /** `concepts` ids, for the multi-entry index. */
  conceptIds: z.array(conceptIdSchema).max(POST_LIMITS.concepts),
  /** The mission's country code copied out of the context so it can be indexed; "" when none. */
  country: z.string().max(8),
  /** BCP-47-ish language of the text, by franc in the background: "zh-Hans", "zh-Hant", "en" … or "und". */
  lang: z.string().max(POST_LIMITS.lang),
  /** `context.publishedAt` in ms (0 when the page shows no time), for ordering and the time charts. */
  published: timestamp,
  collectedAt: timestamp,
  updatedAt: timestamp,
});

export const postKeysSchema = z.array(z.string().min(1).max(POST_LIMITS.key)).max(POST_LIMITS.keysPerQuery);

export type ConceptCount = z.infer<typeof conceptCountSchema>;
export type PostDraft = z.infer<typeof postDraftSchema>;
export type PostRecord = z.infer<typeof postRecordSchema>;

export const validatePostDraft = (v: unknown): PostDraft =>
  parseOrThrow(postDraftSchema, v, { zh: '收藏的帖子', en: 'Collected post' });
export const validatePostRecord = (v: unknown): PostRecord =>
  parseOrThrow(postRecordSchema, v, { zh: '帖子记录', en: 'Post record' });
export const validatePostKey = (v: unknown): string =>
  parseOrThrow(z.string().min(1).max(POST_LIMITS.key), v, { zh: '帖子编号', en: 'Post key' });
