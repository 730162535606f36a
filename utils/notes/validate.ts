/** zod 4 schemas for everything that enters the notes database. Bounds keep one bad caller from filling the disk. */
import { z } from 'zod';
import { NotesError } from './errors';
import { ANCHOR_STATUSES, HIGHLIGHT_COLORS, MISSION_TYPES, PLATFORMS } from './types';
import { isWebUrl } from './url';

export const LIMITS = {
  quote: 10_000,
  context: 256,
  note: 20_000,
  tags: 32,
  tag: 64,
  conceptIds: 256,
  conceptId: 128,
  url: 4096,
  title: 2000,
  id: 128,
  lang: 35,
  urlsPerQuery: 500,
  anchorUpdates: 5000,
} as const;

const shortText = (max: number) => z.string().max(max);
const nonNegInt = z.number().int().nonnegative();
const timestamp = z.number().int().nonnegative().max(8_640_000_000_000_000);

/** Trim, drop empties, de-duplicate case-insensitively (first spelling wins), then check the bounds. */
export const tagsSchema = z
  .array(z.string())
  .transform((tags) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const raw of tags) {
      const t = raw.normalize('NFC').trim();
      const key = t.toLowerCase();
      if (t && !seen.has(key)) {
        seen.add(key);
        out.push(t);
      }
    }
    return out;
  })
  .pipe(z.array(z.string().max(LIMITS.tag)).max(LIMITS.tags));

export const colorSchema = z.enum(HIGHLIGHT_COLORS);
export const anchorStatusSchema = z.enum(ANCHOR_STATUSES);
export const idSchema = z.string().min(1).max(LIMITS.id);

/** W3C Web Annotation TextQuoteSelector: the quote with up to 32 characters of context either side. */
const quoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(LIMITS.quote),
  prefix: shortText(LIMITS.context),
  suffix: shortText(LIMITS.context),
});

/** W3C TextPositionSelector: offsets in the anchor root's text. */
const positionSchema = z
  .object({ type: z.literal('TextPositionSelector'), start: nonNegInt, end: nonNegInt })
  .refine((p) => p.end >= p.start, { message: 'position.end must be ≥ position.start' });

/**
 * What the selectors' offsets are relative to: one post's text (found again by its id wherever a recycled
 * timeline renders it), or the page's article/body text.
 */
const rootSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post'), platform: z.enum(PLATFORMS), postId: z.string().min(1).max(128) }),
  z.object({ kind: z.literal('page') }),
]);

export const NOT_WEB_URL = {
  en: 'not a web page address (only http: and https: URLs are accepted)',
  zh: '不是网页地址（只接受 http: 和 https: 网址）',
} as const;

/** Only web pages are ever stored as sources (nor opened): http(s) URLs. */
export const webUrlSchema = z
  .string()
  .min(1)
  .max(LIMITS.url)
  .refine(isWebUrl, { message: NOT_WEB_URL.en, params: { zh: NOT_WEB_URL.zh } });

export const missionSchema = z.object({
  /** ISO 3166-1 alpha-2 of the sending state ("US"), or "EU" / "UN" style codes for organisations. */
  countryCode: shortText(8),
  countryZh: shortText(64),
  countryEn: shortText(128),
  missionType: z.enum(MISSION_TYPES),
  /** The city a consulate (or a mission abroad) is in, as the account names it (上海 …) … */
  city: shortText(64).optional(),
  /** … and in English (Shanghai …). */
  cityEn: shortText(64).optional(),
  /** For a mission abroad (China's embassy in the US …): the host state. */
  host: z.object({ code: shortText(8), zh: shortText(64), en: shortText(128) }).optional(),
});

/** An account that published a post: its shown name, the platform's id for it, and the mission it speaks for. */
const accountSchema = z.object({
  name: shortText(256),
  /** Weibo uid, X handle (without @), WeChat account id, a website's host; "" when the page shows none. */
  id: shortText(128),
  url: webUrlSchema.optional(),
  mission: missionSchema.optional(),
});

/** One post (or article) as a source: who published it, where, when. */
const postRefSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** The post's id on its platform (Weibo mblogid, tweet id, WeChat article key …). */
  postId: z.string().min(1).max(128),
  permalink: webUrlSchema,
  author: accountSchema,
  /** ISO 8601, when the page shows it. */
  publishedAt: shortText(64).optional(),
  /** An article's or WeChat post's title. */
  title: shortText(LIMITS.title).optional(),
});

/**
 * The context a note was taken in, the same on every site: the post whose words were highlighted, the post it
 * quotes or reposts (`quoted`), or — for words inside a quoted block — the post that quotes it (`quotedBy`).
 */
export const postContextSchema = postRefSchema.extend({
  quoted: postRefSchema.optional(),
  quotedBy: postRefSchema.optional(),
});

/** What a content script sends to create a note; the background fills id, times and defaults. */
export const draftSchema = z.object({
  /** Normalised URL of a web page: tracking parameters removed; for a post its canonical permalink. */
  url: webUrlSchema,
  pageTitle: shortText(LIMITS.title),
  /** Host without "www.", e.g. "weibo.com", "mfa.gov.cn". */
  site: shortText(253),
  root: rootSchema,
  quote: quoteSchema,
  position: positionSchema,
  color: colorSchema,
  note: shortText(LIMITS.note),
  tags: tagsSchema,
  /** Concepts whose terms occur inside the quote. */
  conceptIds: z.array(z.string().min(1).max(LIMITS.conceptId)).max(LIMITS.conceptIds),
  /** BCP-47-ish language of the quote: "zh-Hans", "zh-Hant", "en", or "und". */
  lang: shortText(LIMITS.lang),
  context: postContextSchema.optional(),
});

export const recordSchema = draftSchema.extend({
  id: idSchema,
  /** The mission's country code copied out of `context.author.mission` so it can be indexed; "" when none. */
  country: shortText(8),
  createdAt: timestamp,
  updatedAt: timestamp,
  anchorStatus: anchorStatusSchema,
  /** Daily review: 0/1 so it can be indexed. */
  archived: z.union([z.literal(0), z.literal(1)]),
  lastReviewedAt: timestamp,
  reviewCount: nonNegInt,
});

export type TextQuoteSelector = z.infer<typeof quoteSchema>;
export type TextPositionSelector = z.infer<typeof positionSchema>;
export type AnchorRoot = z.infer<typeof rootSchema>;
export type MissionInfo = z.infer<typeof missionSchema>;
export type AccountRef = z.infer<typeof accountSchema>;
export type PostRef = z.infer<typeof postRefSchema>;
export type PostContext = z.infer<typeof postContextSchema>;
export type NoteDraft = z.infer<typeof draftSchema>;
export type NoteRecord = z.infer<typeof recordSchema>;

/**
 * A record as older versions may have stored it: any absolute URL (a javascript:, data:, file: or chrome: source
 * was accepted before issue 11). Such records are kept and shown as not openable; only the reader's own pages (the
 * popup's undo) may put one back, never a message.
 */
export const storedRecordSchema = recordSchema.extend({
  url: z
    .string()
    .min(1)
    .max(LIMITS.url)
    .refine((s) => URL.canParse(s), { message: 'not an absolute URL' }),
});

/** Strict: a patch that tries to change anything else (url, quote …) is refused, not silently trimmed. */
export const patchSchema = z.strictObject({
  color: colorSchema.optional(),
  note: shortText(LIMITS.note).optional(),
  tags: tagsSchema.optional(),
  archived: z.union([z.literal(0), z.literal(1)]).optional(),
  lastReviewedAt: timestamp.optional(),
  reviewCount: nonNegInt.optional(),
  anchorStatus: anchorStatusSchema.optional(),
});

/** Fields a reader may change after saving. */
export type NotePatch = z.infer<typeof patchSchema>;

export const anchorUpdatesSchema = z
  .array(z.object({ id: idSchema, status: anchorStatusSchema }))
  .max(LIMITS.anchorUpdates);

export const urlsSchema = z.array(webUrlSchema).max(LIMITS.urlsPerQuery);

/** One zod issue in both languages; field paths are the same in both ("quote.exact", "tags.3"). */
function issueText(issue: z.core.$ZodIssue): { zh: string; en: string } {
  const path = issue.path.map(String).join('.') || '(root)';
  const i = issue as z.core.$ZodIssue & {
    maximum?: number | bigint;
    minimum?: number | bigint;
    origin?: string;
    values?: unknown[];
    keys?: string[];
    expected?: string;
  };
  const unit =
    i.origin === 'array' || i.origin === 'set' ? { zh: '项', en: 'items' } : { zh: '个字符', en: 'characters' };
  const numeric = i.origin === 'number' || i.origin === 'bigint';
  switch (issue.code) {
    case 'too_big':
      return numeric
        ? { zh: `${path}：不能大于 ${i.maximum}`, en: `${path}: must be at most ${i.maximum}` }
        : { zh: `${path}：最多 ${i.maximum} ${unit.zh}`, en: `${path}: at most ${i.maximum} ${unit.en}` };
    case 'too_small':
      return numeric
        ? { zh: `${path}：不能小于 ${i.minimum}`, en: `${path}: must be at least ${i.minimum}` }
        : { zh: `${path}：至少 ${i.minimum} ${unit.zh}`, en: `${path}: at least ${i.minimum} ${unit.en}` };
    case 'invalid_value': {
      const allowed = (i.values ?? []).map(String).join(' / ');
      return { zh: `${path}：取值无效（可选：${allowed}）`, en: `${path}: invalid value (allowed: ${allowed})` };
    }
    case 'invalid_type':
      return { zh: `${path}：类型错误（应为 ${i.expected}）`, en: `${path}: wrong type (expected ${i.expected})` };
    case 'unrecognized_keys': {
      const keys = (i.keys ?? []).join(', ');
      return { zh: `${path}：不允许的字段 ${keys}`, en: `${path}: fields not allowed: ${keys}` };
    }
    case 'invalid_union':
      return { zh: `${path}：不是可识别的类型`, en: `${path}: not a recognised kind` };
    case 'invalid_format':
      return { zh: `${path}：格式无效`, en: `${path}: invalid format` };
    default: {
      const zh = (issue as { params?: { zh?: unknown } }).params?.zh;
      return { zh: `${path}：${typeof zh === 'string' ? zh : issue.message}`, en: `${path}: ${issue.message}` };
    }
  }
}

/** The first few problems of a failed parse, in Chinese and English. */
export function describeIssues(error: z.ZodError): { zh: string; en: string } {
  const parts = error.issues.slice(0, 3).map(issueText);
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}

/** Parse or throw a NotesError('invalid') naming the first problems. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: { zh: string; en: string }): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const detail = describeIssues(r.error);
  throw new NotesError('invalid', { zh: `${what.zh}：${detail.zh}`, en: `${what.en}: ${detail.en}` });
}

export const validateDraft = (v: unknown): NoteDraft => parseOrThrow(draftSchema, v, { zh: '新笔记', en: 'New note' });
export const validateRecord = (v: unknown): NoteRecord =>
  parseOrThrow(recordSchema, v, { zh: '笔记记录', en: 'Note record' });
export const validateStoredRecord = (v: unknown): NoteRecord =>
  parseOrThrow(storedRecordSchema, v, { zh: '笔记记录', en: 'Note record' });
export const validatePatch = (v: unknown): NotePatch => parseOrThrow(patchSchema, v, { zh: '修改内容', en: 'Change' });
export const validateId = (v: unknown): string => parseOrThrow(idSchema, v, { zh: '笔记编号', en: 'Note id' });
