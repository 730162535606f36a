/**
 * The collected posts as a corpus for R, pandas or a spreadsheet: UTF-8 with a BOM (Excel reads Chinese), CRLF,
 * one row per post, one column per field and one `concept:<id>` column per concept found in any exported post
 * (its count in that post, 0 when absent). Names are written without "@", which a spreadsheet would read as a
 * formula. Columns are documented in docs/corpus.md.
 */
import type { PostRecord } from '../posts/types';
import { neutraliseCell, quoteCell } from './csv';

const BOM = '\uFEFF';

export const CORPUS_COLUMNS = [
  'key',
  'platform',
  'post_id',
  'permalink',
  'site',
  'author',
  'account_id',
  'author_url',
  'country',
  'country_zh',
  'country_en',
  'mission_type',
  'mission_city',
  'published',
  'collected',
  'updated',
  'lang',
  'text',
  'text_chars',
  'quoted_author',
  'quoted_permalink',
  'quoted_text',
  'quoted_by_author',
  'quoted_by_permalink',
  'page_url',
  'concepts',
  'concept_mentions',
] as const;

const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : '');

function row(p: PostRecord, conceptIds: readonly string[]): string[] {
  const c = p.context;
  const m = c.author.mission;
  const counts = new Map(p.concepts.map((x) => [x.id, x.count]));
  return [
    p.key,
    c.platform,
    c.postId,
    c.permalink,
    p.site,
    c.author.name,
    c.author.id,
    c.author.url ?? '',
    p.country,
    m?.countryZh ?? '',
    m?.countryEn ?? '',
    m?.missionType ?? '',
    m?.cityEn ?? m?.city ?? '',
    iso(p.published),
    iso(p.collectedAt),
    iso(p.updatedAt),
    p.lang,
    p.text,
    String([...p.text].length),
    c.quoted?.author.name ?? '',
    c.quoted?.permalink ?? '',
    p.quotedText ?? '',
    c.quotedBy?.author.name ?? '',
    c.quotedBy?.permalink ?? '',
    p.pageUrl,
    p.conceptIds.join(';'),
    String(p.concepts.reduce((n, x) => n + x.count, 0)),
    ...conceptIds.map((id) => String(counts.get(id) ?? 0)),
  ];
}

/** Every concept id any post has, sorted, for the `concept:<id>` columns. */
export function corpusConcepts(posts: readonly PostRecord[]): string[] {
  return [...new Set(posts.flatMap((p) => p.conceptIds))].sort();
}

export function postsToCsv(posts: readonly PostRecord[]): string {
  const concepts = corpusConcepts(posts);
  const header = [...CORPUS_COLUMNS, ...concepts.map((id) => `concept:${id}`)];
  const lines = [header, ...posts.map((p) => row(p, concepts))].map((cells) =>
    cells.map((c) => quoteCell(neutraliseCell(c))).join(','),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
