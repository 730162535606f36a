import type { NoteRecord } from '../notes/types';
import { foldText } from '../text/normalize';
import { hasFilters, matchesFilters, type SearchFilters } from './filters';
import { parseQuery, type QueryToken, tokenMatches } from './query';

interface Entry {
  note: NoteRecord;
  /** Folded quote, note, tags, page title and author, separated by newlines (no token contains one). */
  haystack: string;
}

function buildHaystack(note: NoteRecord): string {
  return foldText(
    [
      note.quote.exact,
      note.note,
      note.tags.join('\n'),
      note.pageTitle,
      note.context?.author.name ?? '',
      note.context?.quotedBy?.author.name ?? '',
    ].join('\n'),
  );
}

/** Newest first; id breaks ties so the order is stable. */
function newestFirst(a: Entry, b: Entry): number {
  return b.note.createdAt - a.note.createdAt || (a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0);
}

/** Two lists each in newestFirst order, merged. */
function merge(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const out = new Array<Entry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    out[k++] = newestFirst(a[i] as Entry, b[j] as Entry) <= 0 ? (a[i++] as Entry) : (b[j++] as Entry);
  }
  while (i < a.length) out[k++] = a[i++] as Entry;
  while (j < b.length) out[k++] = b[j++] as Entry;
  return out;
}

/**
 * In-memory search over the reader's notes, kept in step with changes one batch at a time (a batch costs its own
 * notes plus one merge, never a re-sort of everything). Folding happens once per note, so a keystroke is a scan of
 * prepared strings: a few milliseconds per 100 000 notes; when the new query only extends the previous one (typing
 * on), only the previous hits are scanned again.
 */
export class NoteSearchIndex {
  private readonly entries = new Map<string, Entry>();
  /** Every entry, newest first. */
  private sorted: Entry[] = [];
  /** `sorted` as notes, built when first asked for after a change. */
  private notesCache: NoteRecord[] | null = [];
  private last: { tokens: QueryToken[]; hits: Entry[] } | null = null;

  constructor(notes: Iterable<NoteRecord> = []) {
    this.upsertMany([...notes]);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces a note. */
  upsert(note: NoteRecord): void {
    this.upsertMany([note]);
  }

  /** Adds or replaces notes; returns whether anything changed (a note that is the very same object is skipped). */
  upsertMany(notes: readonly NoteRecord[]): boolean {
    const fresh: Entry[] = [];
    let replaced = false;
    for (const note of notes) {
      const old = this.entries.get(note.id);
      if (old) {
        if (old.note === note) continue;
        replaced = true;
      }
      const entry = { note, haystack: buildHaystack(note) };
      this.entries.set(note.id, entry);
      fresh.push(entry);
    }
    if (fresh.length === 0) return false;
    // A note given twice in one batch keeps its last version only.
    const current = (e: Entry) => this.entries.get(e.note.id) === e;
    const kept = replaced ? this.sorted.filter(current) : this.sorted;
    const added = fresh.length === notes.length && !replaced ? fresh : fresh.filter(current);
    this.sorted = merge(kept, added.sort(newestFirst));
    this.invalidate();
    return true;
  }

  remove(id: string): void {
    this.removeMany([id]);
  }

  removeMany(ids: readonly string[]): boolean {
    let removed = false;
    for (const id of ids) if (this.entries.delete(id)) removed = true;
    if (!removed) return false;
    this.sorted = this.sorted.filter((e) => this.entries.get(e.note.id) === e);
    this.invalidate();
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.sorted = [];
    this.invalidate();
  }

  get(id: string): NoteRecord | undefined {
    return this.entries.get(id)?.note;
  }

  /** Every note, newest first (the same array until the next change). */
  notes(): NoteRecord[] {
    this.notesCache ??= this.sorted.map((e) => e.note);
    return this.notesCache;
  }

  /** Notes matching every token of `text` and every filter, newest first. */
  search(text: string, filters: SearchFilters = {}): NoteRecord[] {
    const tokens = parseQuery(text);
    const filtering = hasFilters(filters);
    if (tokens.length === 0 && !filtering) return this.notes();
    const hits = this.textHits(tokens);
    const out: NoteRecord[] = [];
    for (const e of hits) if (!filtering || matchesFilters(e.note, filters)) out.push(e.note);
    return out;
  }

  private invalidate(): void {
    this.notesCache = null;
    this.last = null;
  }

  private textHits(tokens: QueryToken[]): Entry[] {
    if (tokens.length === 0) return this.sorted;
    const pool = this.last && refines(tokens, this.last.tokens) ? this.last.hits : this.sorted;
    const hits: Entry[] = [];
    for (const e of pool) {
      let ok = true;
      for (const tok of tokens) {
        if (!tokenMatches(e.haystack, tok)) {
          ok = false;
          break;
        }
      }
      if (ok) hits.push(e);
    }
    this.last = { tokens, hits };
    return hits;
  }
}

/**
 * True when every hit of `next` is necessarily a hit of `prev`: each previous token is "contained" in the
 * token at the same place (same mode, extended text). Typing "dig" → "digi" qualifies.
 */
function refines(next: QueryToken[], prev: QueryToken[]): boolean {
  if (prev.length > next.length) return false;
  return prev.every((p, i) => {
    const n = next[i];
    if (!n) return false;
    if (p.mode === 'prefix') return n.mode === 'prefix' ? n.text.startsWith(p.text) : false;
    return n.text.includes(p.text);
  });
}
