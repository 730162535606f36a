import type { z } from 'zod';
import { BACKUP_VERSION } from '../export/backup';
import { noteFromV1 } from '../notes/legacy';
import type { NoteRecord } from '../notes/types';
import { siteOf } from '../notes/url';
import { LIMITS, recordSchema } from '../notes/validate';
import type { PostRecord } from '../posts/types';
import { fileError, type ImportError, issuesToErrors, MAX_ERRORS } from './messages';
import {
  annotationArraySchema,
  annotationSchema,
  backupSchema,
  collectionSchema,
  envelopeSchema,
  MAX_FILE_CHARS,
  type ParsedAnnotation,
  safeJsonSchema,
} from './schemas';

/** `posts`: the collected posts of a version-3 backup (other files carry none). */
export type ImportResult =
  | { ok: true; notes: NoteRecord[]; posts?: PostRecord[] }
  | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** Time for annotations from other tools that carry no `created`. */
  now?: number;
  newId?: () => string;
}

const fail = (errors: ImportError[]): ImportResult => ({ ok: false, errors });

function check<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): { data: T } | { errors: ImportError[] } {
  const r = schema.safeParse(value, { reportInput: true });
  return r.success ? { data: r.data } : { errors: issuesToErrors(r.error.issues, prefix) };
}

/** Reads a file's text: a DiploLens backup, or W3C annotations (one, an array, or an AnnotationCollection). */
export function parseImportText(text: string, options: ImportOptions = {}): ImportResult {
  if (text.length > MAX_FILE_CHARS) {
    return fail([
      fileError(
        `file too large (over ${MAX_FILE_CHARS / 1024 / 1024} MB)`,
        `文件太大（超过 ${MAX_FILE_CHARS / 1024 / 1024} MB）`,
      ),
    ]);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail([fileError('the file is empty', '文件是空的')]);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return fail([
      fileError(
        `not valid JSON — the file may be truncated or damaged (${detail})`,
        `不是有效的 JSON，文件可能不完整或已损坏（${detail}）`,
      ),
    ]);
  }
  return parseImportValue(value, options);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A W3C annotation exported by DiploLens before notes became site-neutral: its extension object is upgraded. */
function upgradeAnnotation(a: unknown): unknown {
  return isRecord(a) && isRecord(a.diplolens) ? { ...a, diplolens: noteFromV1(a.diplolens) } : a;
}

/**
 * Files written by older versions read as they were meant: a version-1 backup's notes and the extension objects of
 * older W3C exports are brought to today's shape exactly as the database upgrade brings stored notes (legacy.ts).
 */
function upgradeLegacy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(upgradeAnnotation);
  if (!isRecord(value)) return value;
  if (value.format === 'diplolens-backup' && value.version === 1 && Array.isArray(value.notes)) {
    return { ...value, version: BACKUP_VERSION, notes: value.notes.map(noteFromV1), posts: [] };
  }
  // Version 2 had no collected posts; its notes are today's shape.
  if (value.format === 'diplolens-backup' && value.version === 2 && Array.isArray(value.notes)) {
    return { ...value, version: BACKUP_VERSION, posts: [] };
  }
  if (value.type === 'Annotation') return upgradeAnnotation(value);
  if (value.type === 'AnnotationCollection' && isRecord(value.first) && Array.isArray(value.first.items)) {
    return { ...value, first: { ...value.first, items: value.first.items.map(upgradeAnnotation) } };
  }
  return value;
}

/** Same as parseImportText, for an already parsed value. */
export function parseImportValue(input: unknown, options: ImportOptions = {}): ImportResult {
  const safe = check(safeJsonSchema, input);
  if ('errors' in safe) return fail(safe.errors);
  const value = upgradeLegacy(input);

  if (Array.isArray(value)) {
    const many = check(annotationArraySchema, value);
    return 'errors' in many ? fail(many.errors) : fromParsed(many.data, '', options);
  }
  if (typeof value !== 'object' || value === null) {
    return fail([fileError('expected a JSON object or array', '应为 JSON 对象或数组')]);
  }
  const envelope = envelopeSchema.safeParse(value);
  if (envelope.success) {
    const { format, version } = envelope.data;
    if (format !== 'diplolens-backup') {
      return fail([
        {
          path: 'format',
          messageEn: `unknown format "${format}" (expected "diplolens-backup")`,
          messageZh: `未知格式“${format}”（应为 “diplolens-backup”）`,
        },
      ]);
    }
    if (version !== BACKUP_VERSION) {
      return fail([
        {
          path: 'version',
          messageEn: `backup version ${String(version)} is not supported; this DiploLens reads versions 1 to ${BACKUP_VERSION}`,
          messageZh: `不支持第 ${String(version)} 版备份；此版本的外交透镜可以读取第 1 至 ${BACKUP_VERSION} 版`,
        },
      ]);
    }
    const backup = check(backupSchema, value);
    if ('errors' in backup) return fail(backup.errors);
    return { ok: true, notes: backup.data.notes, posts: backup.data.posts };
  }
  const type = (value as { type?: unknown }).type;
  if (type === 'Annotation') {
    const one = check(annotationSchema, value);
    return 'errors' in one ? fail(one.errors) : fromParsed([one.data], '', options, true);
  }
  if (type === 'AnnotationCollection') {
    const coll = check(collectionSchema, value);
    if ('errors' in coll) return fail(coll.errors);
    return fromParsed(coll.data.first.items, 'first.items', options);
  }
  return fail([
    fileError(
      'not a DiploLens backup or a W3C Web Annotation file (no "format" or "type": "Annotation"/"AnnotationCollection")',
      '不是外交透镜备份，也不是 W3C Web 注释文件（没有 "format"，也没有 "type": "Annotation"/"AnnotationCollection"）',
    ),
  ]);
}

function fromParsed(items: ParsedAnnotation[], prefix: string, options: ImportOptions, single = false): ImportResult {
  const notes: NoteRecord[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  items.forEach((a, i) => {
    const where = single ? prefix : `${prefix}[${i}]`;
    const record = annotationToRecord(a, options);
    // The mapped record must satisfy the same rules as any stored note (e.g. at most 32 tags).
    const r = recordSchema.safeParse(record, { reportInput: true });
    if (!r.success) {
      errors.push(...issuesToErrors(r.error.issues, where === '' ? '(as note)' : `${where} (as note)`));
      return;
    }
    const prev = seen.get(record.id);
    if (prev !== undefined) {
      errors.push({
        path: `${where}.id`,
        messageEn: `duplicate id "${record.id}" (same as item ${prev})`,
        messageZh: `编号“${record.id}”重复（与第 ${prev} 项相同）`,
      });
      return;
    }
    seen.set(record.id, i);
    notes.push(r.data);
  });
  return errors.length > 0 ? fail(errors.slice(0, MAX_ERRORS + 1)) : { ok: true, notes };
}

const ID_PREFIX = 'urn:uuid:';

function idOf(a: ParsedAnnotation, options: ImportOptions): string {
  const raw = a.id?.startsWith(ID_PREFIX) ? a.id.slice(ID_PREFIX.length) : a.id;
  if (raw && raw.length <= LIMITS.id) return raw;
  return (options.newId ?? (() => crypto.randomUUID()))();
}

function bodies(a: ParsedAnnotation) {
  if (a.body === undefined) return [];
  return Array.isArray(a.body) ? a.body : [a.body];
}

/** Maps a validated annotation to a NoteRecord: exactly when it carries our extension, with defaults otherwise. */
export function annotationToRecord(a: ParsedAnnotation, options: ImportOptions = {}): NoteRecord {
  const selectors = Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
  const q = selectors.find((s) => s.type === 'TextQuoteSelector');
  const p = selectors.find((s) => s.type === 'TextPositionSelector');
  const exact = q?.exact ?? '';
  const b = bodies(a);
  const comments = b.filter((x) => x.purpose === 'commenting' || (x.purpose === undefined && x.value !== undefined));
  const note = a.bodyValue ?? comments.map((x) => x.value ?? '').join('\n\n');
  const tags = b.filter((x) => x.purpose === 'tagging' && x.value !== undefined).map((x) => x.value ?? '');
  const now = options.now ?? Date.now();
  const created = a.created !== undefined ? Date.parse(a.created) : now;
  const modified = a.modified !== undefined ? Date.parse(a.modified) : created;
  const base = {
    id: idOf(a, options),
    url: a.target.source,
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: q?.prefix ?? '', suffix: q?.suffix ?? '' },
    position: {
      type: 'TextPositionSelector' as const,
      start: p?.start ?? 0,
      end: p?.end ?? (p?.start ?? 0) + exact.length,
    },
    note,
    tags,
  };
  if (a.diplolens) return { ...base, ...(a.diplolens as Omit<NoteRecord, keyof typeof base>) };
  return {
    ...base,
    pageTitle: '',
    site: siteOf(a.target.source),
    root: { kind: 'page' },
    color: 'yellow',
    conceptIds: [],
    lang: 'und',
    country: '',
    createdAt: Math.max(0, created),
    updatedAt: Math.max(0, modified),
    // Not yet found on its page; the content script re-anchors it on the next visit.
    anchorStatus: 'orphan',
    archived: 0,
    lastReviewedAt: 0,
    reviewCount: 0,
  };
}
