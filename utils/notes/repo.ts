/**
 * The only way notes are written: validated input, one transaction per call, typed bilingual errors.
 * A failed call writes nothing.
 */
import type { DiploLensDB } from './db';
import { NotesError, toNotesError } from './errors';
import type { AnchorStatus, NoteDraft, NotePatch, NoteRecord } from './types';
import { normalizeUrl, siteOf } from './url';
import {
  anchorUpdatesSchema,
  parseOrThrow,
  recordSchema,
  urlsSchema,
  validateDraft,
  validateId,
  validatePatch,
  validateRecord,
  validateStoredRecord,
} from './validate';

export interface CreateOptions {
  /**
   * The id chosen by the sender, so a save can be retried when its answer was lost (the MV3 worker stopped after
   * committing): the same id with the same content returns the stored note instead of saving it twice.
   */
  id?: string;
}

export interface NotesRepo {
  create(draft: NoteDraft, options?: CreateOptions): Promise<NoteRecord>;
  update(id: string, patch: NotePatch): Promise<NoteRecord>;
  /** Returns the removed record so the caller can offer undo (`restore`). */
  remove(id: string): Promise<NoteRecord>;
  /**
   * Puts a removed note back. `stored`: the record as it was stored, from the reader's own page (the popup's
   * undo), which may carry an older version's non-web URL; every other caller gets web pages only.
   */
  restore(note: NoteRecord, options?: { stored?: boolean }): Promise<NoteRecord>;
  get(id: string): Promise<NoteRecord | undefined>;
  forUrls(urls: string[]): Promise<NoteRecord[]>;
  /** Writes only statuses that differ (so re-anchoring after `notes:changed` cannot loop); returns how many changed. */
  setAnchorStatus(updates: { id: string; status: AnchorStatus }[]): Promise<number>;
  /** One transaction, all or nothing; a note already present (same id or same content at the same URL) is skipped. */
  bulkImport(notes: NoteRecord[]): Promise<{ added: number; skipped: number }>;
  clear(): Promise<void>;
}

export interface RepoOptions {
  now?: () => number;
  newId?: () => string;
  /** How long to wait for a blocked open before answering 'blocked' (never hang). */
  openTimeoutMs?: number;
}

/** What makes two notes "the same note" for import: reader-visible content, not review counters or status. */
function contentKey(n: NoteRecord): string {
  return JSON.stringify([
    n.url,
    n.root,
    n.quote.exact,
    n.quote.prefix,
    n.quote.suffix,
    n.color,
    n.note,
    [...n.tags].sort(),
    n.createdAt,
  ]);
}

/** What makes a retried save "the same save": everything the sender chose. */
function draftKey(n: NoteDraft): string {
  return JSON.stringify([n.url, n.root, n.quote, n.position, n.color, n.note, n.tags, n.conceptIds, n.lang]);
}

function normalizeOrInvalid(url: string): string {
  try {
    return normalizeUrl(url);
  } catch {
    throw new NotesError('invalid', {
      zh: `网址无效：${url.slice(0, 200)}`,
      en: `Not a valid URL: ${url.slice(0, 200)}`,
    });
  }
}

export function createNotesRepo(db: DiploLensDB, options: RepoOptions = {}): NotesRepo {
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const openTimeoutMs = options.openTimeoutMs ?? 8000;

  async function ready(): Promise<void> {
    if (db.closedForUpgrade) throw new NotesError('blocked');
    if (db.isOpen()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new NotesError('blocked')), openTimeoutMs);
    });
    try {
      await Promise.race([db.open(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs fn after the database is ready; every failure comes out as a NotesError. */
  async function run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      await ready();
      return await fn();
    } catch (err) {
      throw toNotesError(err);
    }
  }

  async function getOrThrow(id: string): Promise<NoteRecord> {
    const note = await db.notes.get(id);
    if (!note) throw new NotesError('not-found');
    return note;
  }

  return {
    create(draftIn, options = {}) {
      return run(async () => {
        const draft = validateDraft(draftIn);
        const chosenId = options.id === undefined ? undefined : validateId(options.id);
        const url = normalizeOrInvalid(draft.url);
        const t = now();
        const note: NoteRecord = {
          ...draft,
          url,
          site: draft.site || siteOf(url),
          id: chosenId ?? newId(),
          country: draft.context?.author.mission?.countryCode ?? '',
          createdAt: t,
          updatedAt: t,
          anchorStatus: 'anchored',
          archived: 0,
          lastReviewedAt: 0,
          reviewCount: 0,
        };
        if (chosenId === undefined) {
          await db.notes.add(note);
          return note;
        }
        return db.transaction('rw', db.notes, async () => {
          const existing = await db.notes.get(chosenId);
          if (!existing) {
            await db.notes.add(note);
            return note;
          }
          // A retry of a save that did commit: answer with what is stored, never a second copy.
          if (draftKey(existing) === draftKey(note)) return existing;
          throw new NotesError('invalid', {
            zh: '已有另一条同编号的笔记，未覆盖。',
            en: 'Another note with this id exists; it was not overwritten.',
          });
        });
      });
    },

    update(idIn, patchIn) {
      return run(async () => {
        const id = validateId(idIn);
        const patch = validatePatch(patchIn);
        return db.transaction('rw', db.notes, async () => {
          const old = await getOrThrow(id);
          const next: NoteRecord = { ...old, ...patch, updatedAt: Math.max(now(), old.updatedAt) };
          await db.notes.put(next);
          return next;
        });
      });
    },

    remove(idIn) {
      return run(async () => {
        const id = validateId(idIn);
        return db.transaction('rw', db.notes, async () => {
          const old = await getOrThrow(id);
          await db.notes.delete(id);
          return old;
        });
      });
    },

    restore(noteIn, options = {}) {
      return run(async () => {
        const note = options.stored ? validateStoredRecord(noteIn) : validateRecord(noteIn);
        return db.transaction('rw', db.notes, async () => {
          const existing = await db.notes.get(note.id);
          if (existing) {
            if (contentKey(existing) === contentKey(note)) return existing;
            throw new NotesError('invalid', {
              zh: '已有另一条同编号的笔记，未覆盖。',
              en: 'Another note with this id exists; it was not overwritten.',
            });
          }
          await db.notes.add(note);
          return note;
        });
      });
    },

    get(idIn) {
      return run(async () => db.notes.get(validateId(idIn)));
    },

    forUrls(urlsIn) {
      return run(async () => {
        const urls = parseOrThrow(urlsSchema, urlsIn, { zh: '网址列表', en: 'URL list' });
        const keys = [...new Set(urls.map(normalizeOrInvalid))];
        if (keys.length === 0) return [];
        const notes = await db.notes.where('url').anyOf(keys).toArray();
        return notes.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      });
    },

    setAnchorStatus(updatesIn) {
      return run(async () => {
        const updates = parseOrThrow(anchorUpdatesSchema, updatesIn, { zh: '锚定状态', en: 'Anchor status' });
        if (updates.length === 0) return 0;
        return db.transaction('rw', db.notes, async () => {
          const latest = new Map(updates.map((u) => [u.id, u.status]));
          const current = await db.notes.bulkGet([...latest.keys()]);
          const changed: NoteRecord[] = [];
          for (const n of current) {
            const status = n && latest.get(n.id);
            if (n && status && n.anchorStatus !== status) changed.push({ ...n, anchorStatus: status });
          }
          if (changed.length) await db.notes.bulkPut(changed);
          return changed.length;
        });
      });
    },

    bulkImport(notesIn) {
      return run(async () => {
        if (!Array.isArray(notesIn)) {
          throw new NotesError('invalid', { zh: '导入内容不是列表。', en: 'The import is not a list.' });
        }
        // Validate everything first: one bad record refuses the whole import, nothing is written.
        const notes = notesIn.map((n: unknown, i) =>
          parseOrThrow(recordSchema, n, { zh: `导入的第 ${i + 1} 条笔记`, en: `Imported record ${i + 1}` }),
        ) as NoteRecord[];
        return db.transaction('rw', db.notes, async () => {
          // Three reads for the whole file instead of three per note (10 000 notes took 15 s one by one).
          const normalized = notes.map((raw) => ({ ...raw, url: normalizeOrInvalid(raw.url) }));
          const byId = new Map<string, NoteRecord>();
          for (const n of await db.notes.bulkGet(normalized.map((n) => n.id))) if (n) byId.set(n.id, n);
          const urls = [...new Set(normalized.map((n) => n.url))];
          const known = new Set<string>();
          for (const n of await db.notes.where('url').anyOf(urls).toArray()) known.add(contentKey(n));
          const usedIds = new Set(byId.keys());
          const toAdd: NoteRecord[] = [];
          let skipped = 0;
          for (const note of normalized) {
            const key = contentKey(note);
            const sameId = byId.get(note.id);
            // Already here (same id and content, or the same content at the same URL), or twice in this file.
            if ((sameId && contentKey(sameId) === key) || known.has(key)) {
              skipped++;
              continue;
            }
            known.add(key);
            // Same id, different content: keep both, the imported one under a new id (nothing silently dropped).
            const id = usedIds.has(note.id) ? newId() : note.id;
            usedIds.add(id);
            toAdd.push(id === note.id ? note : { ...note, id });
          }
          await db.notes.bulkAdd(toAdd);
          return { added: toAdd.length, skipped };
        });
      });
    },

    clear() {
      return run(async () => {
        await db.notes.clear();
      });
    },
  };
}
