/**
 * zod 4 schemas for files the reader imports. Everything is bounded (lengths, counts, depth) and keys that
 * could pollute prototypes are refused anywhere in the file, before any shape is looked at.
 */
import { z } from 'zod';
import { BACKUP_VERSION } from '../export/backup';
import { isWebUrl } from '../notes/url';
import { LIMITS, NOT_WEB_URL, recordSchema } from '../notes/validate';
import { postRecordSchema } from '../posts/validate';

export const MAX_IMPORT_NOTES = 100_000;
export const MAX_FILE_CHARS = 64 * 1024 * 1024;
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Walks the parsed JSON once: forbidden keys and excessive nesting, each reported with its path. */
export const safeJsonSchema = z.unknown().superRefine((root, ctx) => {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  let reported = 0;
  while (stack.length > 0 && reported < 20) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    if (item.path.length > MAX_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        path: item.path,
        message: `nested deeper than ${MAX_DEPTH} levels`,
        params: { zh: `嵌套超过 ${MAX_DEPTH} 层` },
      });
      reported++;
      continue;
    }
    const entries = Array.isArray(item.value)
      ? item.value.map((v, i) => [i, v] as const)
      : Object.keys(item.value).map((k) => [k, (item.value as Record<string, unknown>)[k]] as const);
    for (const [key, value] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [...item.path, key],
          message: `forbidden key "${key}"`,
          params: { zh: `禁止使用的字段名“${key}”` },
        });
        reported++;
      } else {
        stack.push({ value, path: [...item.path, key] });
      }
    }
  }
});

/** One stored note, exactly: no unknown fields. */
const noteSchema = recordSchema.strict();

function noDuplicateIds(
  notes: readonly { id: string }[],
  ctx: z.RefinementCtx,
  at: (i: number) => (string | number)[],
) {
  const seen = new Map<string, number>();
  notes.forEach((n, i) => {
    const prev = seen.get(n.id);
    if (prev !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: at(i),
        message: `duplicate id "${n.id}" (same as item ${prev})`,
        params: { zh: `编号“${n.id}”重复（与第 ${prev} 项相同）` },
      });
    } else seen.set(n.id, i);
  });
}

/** Just enough to recognise a backup and say which version it is. */
export const envelopeSchema = z.object({ format: z.string().max(64), version: z.unknown() });

export const MAX_IMPORT_POSTS = 200_000;

/** One stored post, exactly: no unknown fields. */
const postSchema = postRecordSchema.strict();

export const backupSchema = z
  .strictObject({
    format: z.literal('diplolens-backup'),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string().max(64),
    notes: z.array(noteSchema).max(MAX_IMPORT_NOTES),
    posts: z.array(postSchema).max(MAX_IMPORT_POSTS),
  })
  .superRefine((b, ctx) => {
    noDuplicateIds(b.notes, ctx, (i) => ['notes', i, 'id']);
    noDuplicateIds(
      b.posts.map((p) => ({ id: p.key })),
      ctx,
      (i) => ['posts', i, 'key'],
    );
  });

// ---- W3C Web Annotation (lenient about what other tools add, strict about sizes) ----

const nonNegInt = z.number().int().nonnegative();

const selectorSchema = z.looseObject({
  type: z.string().max(64),
  exact: z.string().max(LIMITS.quote).optional(),
  prefix: z.string().max(LIMITS.context).optional(),
  suffix: z.string().max(LIMITS.context).optional(),
  start: nonNegInt.optional(),
  end: nonNegInt.optional(),
});

const targetSchema = z
  .looseObject({
    source: z
      .string()
      .min(1)
      .max(LIMITS.url)
      // Only web pages: a javascript:, data:, file: or chrome: target is refused, and the file with it.
      .refine(isWebUrl, { message: NOT_WEB_URL.en, params: { zh: NOT_WEB_URL.zh } }),
    selector: z.union([selectorSchema, z.array(selectorSchema).max(16)]),
  })
  .refine(
    (t) =>
      (Array.isArray(t.selector) ? t.selector : [t.selector]).some((s) => s.type === 'TextQuoteSelector' && s.exact),
    {
      message: 'needs a TextQuoteSelector with a non-empty "exact" (DiploLens anchors highlights by their text)',
      params: { zh: '需要一个 "exact" 不为空的 TextQuoteSelector（外交透镜按文字定位高亮）' },
      path: ['selector'],
    },
  );

const bodySchema = z.looseObject({
  type: z.string().max(64).optional(),
  value: z.string().max(LIMITS.note).optional(),
  purpose: z.string().max(64).optional(),
});

const isoDate = z
  .string()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date', params: { zh: '不是有效日期' } });

/** Our extension object: everything a NoteRecord has that the standard parts do not carry. */
const extensionSchema = recordSchema
  .omit({ id: true, url: true, quote: true, position: true, note: true, tags: true })
  .strict();

export const annotationSchema = z.looseObject({
  '@context': z
    .union([z.string().max(LIMITS.url), z.array(z.unknown()).max(16), z.record(z.string(), z.unknown())])
    .optional(),
  type: z.literal('Annotation'),
  id: z.string().max(LIMITS.url).optional(),
  motivation: z.union([z.string().max(64), z.array(z.string().max(64)).max(8)]).optional(),
  created: isoDate.optional(),
  modified: isoDate.optional(),
  bodyValue: z.string().max(LIMITS.note).optional(),
  body: z.union([bodySchema, z.array(bodySchema).max(LIMITS.tags + 8)]).optional(),
  target: targetSchema,
  diplolens: extensionSchema.optional(),
});

export type ParsedAnnotation = z.infer<typeof annotationSchema>;

export const annotationArraySchema = z.array(annotationSchema).max(MAX_IMPORT_NOTES);

export const collectionSchema = z.looseObject({
  '@context': z.unknown().optional(),
  type: z.literal('AnnotationCollection'),
  first: z
    .looseObject({
      type: z.literal('AnnotationPage').optional(),
      items: annotationArraySchema,
      next: z.unknown().optional(),
    })
    // Importing only the first page would silently drop the rest.
    .refine((p) => p.next === undefined, {
      message: 'collections split into several pages are not supported; export them as one page',
      params: { zh: '不支持分成多页的注释集合；请导出为单页' },
      path: ['next'],
    }),
});
