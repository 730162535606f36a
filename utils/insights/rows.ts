/**
 * What the Insights page counts, one row per collected post or note: who (mission country, account), when, where,
 * which language, which concepts how often. Posts come from the packed facts chunks (utils/posts/facts.ts: reading
 * 50 000 post records would take seconds), notes from their records. Strings are shared with the chunks'
 * dictionaries, so 50 000 rows cost little memory.
 */
import type { NoteRecord } from '../notes/types';
import { encodeChunk, type FactChunk, factOf, forEachPacked, SEP } from '../posts/facts';
import type { PostRecord } from '../posts/types';

export interface InsightRow {
  source: 'post' | 'note';
  /** Mission country code, "" when the author is not a recognised mission. */
  country: string;
  countryZh: string;
  countryEn: string;
  /** "platform\u0001id\u0001name" ("" for a note outside a post). */
  account: string;
  lang: string;
  site: string;
  /** When it was published (a post; a note's post), else when it was saved: the time charts' axis. ms. */
  time: number;
  /** When it was collected or highlighted (the date filter). ms. */
  saved: number;
  concepts: readonly (readonly [string, number])[];
  tags: readonly string[];
  color: string;
}

const MINUTE = 60_000;
const NO_TAGS: readonly string[] = [];

function splitCountry(entry: string): [string, string, string] {
  if (!entry) return ['', '', ''];
  const [code = '', zh = '', en = ''] = entry.split(SEP);
  return [code, zh, en];
}

/** Rows for the posts in the facts chunks. */
export function rowsFromChunks(chunks: readonly FactChunk[]): InsightRow[] {
  const rows: InsightRow[] = [];
  for (const chunk of chunks) {
    const countries = new Map<number, [string, string, string]>();
    forEachPacked(chunk, (dict, country, account, lang, site, published, collected, start, n) => {
      let c = countries.get(country);
      if (!c) {
        c = splitCountry(dict[country] ?? '');
        countries.set(country, c);
      }
      const concepts: [string, number][] = [];
      for (let k = 0; k < n; k++) {
        concepts.push([dict[chunk.concepts[start + k * 2] ?? -1] ?? '', chunk.concepts[start + k * 2 + 1] ?? 0]);
      }
      rows.push({
        source: 'post',
        country: c[0],
        countryZh: c[1],
        countryEn: c[2],
        account: dict[account] ?? '',
        lang: dict[lang] ?? '',
        site: dict[site] ?? '',
        time: (published || collected) * MINUTE,
        saved: collected * MINUTE,
        concepts,
        tags: NO_TAGS,
        color: '',
      });
    });
  }
  return rows;
}

/** A note counts once for each concept in its quote (the quote's own concepts, count 1). */
export function rowsFromNotes(notes: readonly NoteRecord[]): InsightRow[] {
  return notes.map((n) => {
    const c = n.context;
    const m = c?.author.mission;
    const published = c?.publishedAt ? Date.parse(c.publishedAt) : Number.NaN;
    return {
      source: 'note',
      country: n.country,
      countryZh: m?.countryZh ?? '',
      countryEn: m?.countryEn ?? '',
      account: c ? [c.platform, c.author.id, c.author.name].join(SEP) : '',
      lang: n.lang,
      site: n.site,
      time: Number.isFinite(published) ? published : n.createdAt,
      saved: n.createdAt,
      concepts: n.conceptIds.map((id) => [id, 1] as const),
      tags: n.tags,
      color: n.color,
    };
  });
}

/** The account's display name from a row's account key. */
export function accountName(account: string): string {
  const [, id = '', name = ''] = account.split(SEP);
  return name || id;
}

/** Rows for post records (an export filters the full records with the same rules as the charts). */
export function rowsFromPosts(posts: readonly PostRecord[]): InsightRow[] {
  return rowsFromChunks([encodeChunk(0, posts.map(factOf))]);
}
