/**
 * The Insights page's numbers, from rows (rows.ts) and the Notes view's filters: concept × mission country mentions
 * (the heatmap), mentions over time per mission, top concepts per account, and which concepts occur together. Pure
 * and linear in the rows: 50 000 rows filter and count in a few milliseconds. Each chart and its data table are
 * drawn from the same result.
 */
import type { SearchFilters } from '../search/filters';
import { foldText } from '../text/normalize';
import type { InsightRow } from './rows';

export type SourceFilter = 'all' | 'post' | 'note';

export interface InsightFilters
  extends Pick<SearchFilters, 'conceptId' | 'tag' | 'color' | 'site' | 'country' | 'lang' | 'from' | 'to'> {
  source?: SourceFilter;
}

export function rowMatches(r: InsightRow, f: InsightFilters): boolean {
  if (f.source && f.source !== 'all' && r.source !== f.source) return false;
  if (f.conceptId && !r.concepts.some(([id]) => id === f.conceptId)) return false;
  // Tags and colours belong to highlights: a post has neither, so these filters keep notes only.
  if (f.tag) {
    const tag = foldText(f.tag.trim());
    if (!r.tags.some((t) => foldText(t) === tag)) return false;
  }
  if (f.color && r.color !== f.color) return false;
  if (f.site && r.site !== f.site) return false;
  if (f.country && r.country !== f.country) return false;
  if (f.lang && !(f.lang === 'zh' ? r.lang.startsWith('zh') : r.lang === f.lang)) return false;
  if (f.from !== undefined && r.saved < f.from) return false;
  if (f.to !== undefined && r.saved > f.to) return false;
  return true;
}

export interface Cell {
  row: string;
  column: string;
  value: number;
}

export interface Insights {
  /** Rows that passed the filters: posts and notes. */
  posts: number;
  notes: number;
  /** Total concept mentions counted. */
  mentions: number;
  /** Concepts by mentions, most first (the heatmap's rows). */
  concepts: { id: string; mentions: number; items: number }[];
  /** Countries by mentions ("" = not a recognised mission), most first (the heatmap's columns). */
  countries: { code: string; zh: string; en: string; mentions: number }[];
  /** concept × country mentions; only non-zero cells. */
  heatmap: Cell[];
  /** Months ("2024-05") in order, and mentions per month per country (top countries; the rest as "*"). */
  months: string[];
  timeline: { month: string; country: string; mentions: number }[];
  /** Top accounts by mentions, each with its top concepts. */
  accounts: { account: string; mentions: number; top: { id: string; mentions: number }[] }[];
  /** Pairs of concepts found in the same post or note (a < b), how many items have both; most first. */
  cooccurrence: { a: string; b: string; items: number }[];
}

export interface AggregateOptions {
  /** Concepts kept for the heatmap and co-occurrence (most mentioned). */
  maxConcepts?: number;
  maxCountries?: number;
  /** Countries with their own line over time. */
  maxTimelineCountries?: number;
  maxAccounts?: number;
  topPerAccount?: number;
  maxPairs?: number;
}

const monthOf = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

function bump<K>(m: Map<K, number>, k: K, by: number): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

export function aggregate(
  rows: readonly InsightRow[],
  filters: InsightFilters,
  options: AggregateOptions = {},
): Insights {
  const maxConcepts = options.maxConcepts ?? 15;
  const maxCountries = options.maxCountries ?? 12;
  const maxTimeline = options.maxTimelineCountries ?? 6;
  const maxAccounts = options.maxAccounts ?? 8;
  const topPerAccount = options.topPerAccount ?? 5;
  const maxPairs = options.maxPairs ?? 30;

  let posts = 0;
  let notes = 0;
  let mentions = 0;
  const conceptMentions = new Map<string, number>();
  const conceptItems = new Map<string, number>();
  const countryMentions = new Map<string, number>();
  const countryNames = new Map<string, [string, string]>();
  const cell = new Map<string, number>();
  const monthCountry = new Map<string, number>();
  const accountMentions = new Map<string, number>();
  const accountConcept = new Map<string, Map<string, number>>();
  const pairs = new Map<string, number>();

  for (const r of rows) {
    if (!rowMatches(r, filters)) continue;
    if (r.source === 'post') posts++;
    else notes++;
    if (!countryNames.has(r.country)) countryNames.set(r.country, [r.countryZh, r.countryEn]);
    const month = r.time > 0 ? monthOf(r.time) : '';
    let rowMentions = 0;
    for (const [id, n] of r.concepts) {
      rowMentions += n;
      bump(conceptMentions, id, n);
      bump(conceptItems, id, 1);
      bump(cell, `${id}\u0000${r.country}`, n);
      if (r.account) {
        let m = accountConcept.get(r.account);
        if (!m) {
          m = new Map();
          accountConcept.set(r.account, m);
        }
        bump(m, id, n);
      }
    }
    mentions += rowMentions;
    bump(countryMentions, r.country, rowMentions);
    if (month) bump(monthCountry, `${month}\u0000${r.country}`, rowMentions);
    if (r.account) bump(accountMentions, r.account, rowMentions);
    const ids = r.concepts.map(([id]) => id);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        bump(pairs, a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`, 1);
      }
    }
  }

  const byCount = <T extends { mentions: number }>(a: T & { key: string }, b: T & { key: string }) =>
    b.mentions - a.mentions || a.key.localeCompare(b.key);
  const concepts = [...conceptMentions]
    .map(([id, m]) => ({ key: id, id, mentions: m, items: conceptItems.get(id) ?? 0 }))
    .sort(byCount)
    .slice(0, maxConcepts)
    .map(({ key: _k, ...c }) => c);
  const countries = [...countryMentions]
    .filter(([, m]) => m > 0)
    .map(([code, m]) => {
      const [zh, en] = countryNames.get(code) ?? ['', ''];
      return { key: code, code, zh, en, mentions: m };
    })
    .sort(byCount)
    .slice(0, maxCountries)
    .map(({ key: _k, ...c }) => c);
  const keptConcepts = new Set(concepts.map((c) => c.id));
  const keptCountries = new Set(countries.map((c) => c.code));
  const heatmap: Cell[] = [];
  for (const [k, value] of cell) {
    const [row = '', column = ''] = k.split('\u0000');
    if (value > 0 && keptConcepts.has(row) && keptCountries.has(column)) heatmap.push({ row, column, value });
  }

  const lineCountries = new Set(countries.slice(0, maxTimeline).map((c) => c.code));
  const perMonth = new Map<string, number>();
  const monthSet = new Set<string>();
  for (const [k, m] of monthCountry) {
    const [month = '', country = ''] = k.split('\u0000');
    monthSet.add(month);
    bump(perMonth, `${month}\u0000${lineCountries.has(country) ? country : '*'}`, m);
  }
  const months = [...monthSet].sort();
  const timeline: Insights['timeline'] = [];
  const series = [...lineCountries, ...([...perMonth.keys()].some((k) => k.endsWith('\u0000*')) ? ['*'] : [])];
  for (const month of months) {
    for (const country of series)
      timeline.push({ month, country, mentions: perMonth.get(`${month}\u0000${country}`) ?? 0 });
  }

  const accounts = [...accountMentions]
    .filter(([, m]) => m > 0)
    .map(([account, m]) => ({ key: account, account, mentions: m }))
    .sort(byCount)
    .slice(0, maxAccounts)
    .map(({ account, mentions: m }) => ({
      account,
      mentions: m,
      top: [...(accountConcept.get(account) ?? [])]
        .map(([id, n]) => ({ key: id, id, mentions: n }))
        .sort(byCount)
        .slice(0, topPerAccount)
        .map(({ id, mentions: n }) => ({ id, mentions: n })),
    }));

  const cooccurrence = [...pairs]
    .map(([k, items]) => {
      const [a = '', b = ''] = k.split('\u0000');
      return { a, b, items };
    })
    .sort((x, y) => y.items - x.items || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .slice(0, maxPairs);

  return { posts, notes, mentions, concepts, countries, heatmap, months, timeline, accounts, cooccurrence };
}
