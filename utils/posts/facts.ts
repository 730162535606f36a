/**
 * The facts the Insights page counts — who (mission country, account), when, where, which language, which concepts
 * how often — kept beside the posts in chunks of up to CHUNK_SIZE posts, packed as typed arrays with a per-chunk
 * dictionary. Reading 50 000 post records takes seconds (IndexedDB pays per record); reading ~100 packed chunks
 * takes milliseconds. The posts repository rewrites the chunks a write touches in the same transaction, so the
 * facts never disagree with the posts.
 */
import type { PostRecord } from './types';

export const CHUNK_SIZE = 512;

/** Ints per post in `data`: country, account, lang, site, published (minutes), collected (minutes), concept offset, concept count. */
const STRIDE = 8;
const MINUTE = 60_000;
/** Separates the parts of a dictionary entry (never in a name: it is a control character). */
export const SEP = '\u0001';

export interface PostFact {
  key: string;
  /** "US\u0001美国\u0001United States", or "" when the author is not a recognised mission. */
  country: string;
  /** "weibo\u00011743951792\u0001美国驻华大使馆" */
  account: string;
  lang: string;
  site: string;
  /** ms, minute precision; 0 when unknown. */
  published: number;
  collectedAt: number;
  concepts: [id: string, count: number][];
}

/** One stored chunk (the `postFacts` table's row). */
export interface FactChunk {
  id: number;
  keys: string[];
  dict: string[];
  data: Int32Array;
  concepts: Int32Array;
}

export function countryEntry(m: { countryCode: string; countryZh: string; countryEn: string } | undefined): string {
  return m ? [m.countryCode, m.countryZh, m.countryEn].join(SEP) : '';
}

export function accountEntry(platform: string, id: string, name: string): string {
  return [platform, id, name].join(SEP);
}

export function factOf(post: PostRecord): PostFact {
  const a = post.context.author;
  return {
    key: post.key,
    country: countryEntry(a.mission),
    account: accountEntry(post.context.platform, a.id, a.name),
    lang: post.lang,
    site: post.site,
    published: Math.floor(post.published / MINUTE) * MINUTE,
    collectedAt: Math.floor(post.collectedAt / MINUTE) * MINUTE,
    concepts: post.concepts.map((c) => [c.id, c.count]),
  };
}

export function encodeChunk(id: number, facts: readonly PostFact[]): FactChunk {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = dict.length;
      dict.push(s);
      index.set(s, i);
    }
    return i;
  };
  const data = new Int32Array(facts.length * STRIDE);
  let conceptTotal = 0;
  for (const f of facts) conceptTotal += f.concepts.length;
  const concepts = new Int32Array(conceptTotal * 2);
  let c = 0;
  facts.forEach((f, i) => {
    const o = i * STRIDE;
    data[o] = ref(f.country);
    data[o + 1] = ref(f.account);
    data[o + 2] = ref(f.lang);
    data[o + 3] = ref(f.site);
    data[o + 4] = Math.floor(f.published / MINUTE);
    data[o + 5] = Math.floor(f.collectedAt / MINUTE);
    data[o + 6] = c / 2;
    data[o + 7] = f.concepts.length;
    for (const [cid, count] of f.concepts) {
      concepts[c++] = ref(cid);
      concepts[c++] = count;
    }
  });
  return { id, keys: facts.map((f) => f.key), dict, data, concepts };
}

export function decodeChunk(chunk: FactChunk): PostFact[] {
  const { dict, data, concepts } = chunk;
  const at = (i: number | undefined) => dict[i ?? -1] ?? '';
  return chunk.keys.map((key, i) => {
    const o = i * STRIDE;
    const start = (data[o + 6] ?? 0) * 2;
    const list: [string, number][] = [];
    for (let k = 0; k < (data[o + 7] ?? 0); k++)
      list.push([at(concepts[start + k * 2]), concepts[start + k * 2 + 1] ?? 0]);
    return {
      key,
      country: at(data[o]),
      account: at(data[o + 1]),
      lang: at(data[o + 2]),
      site: at(data[o + 3]),
      published: (data[o + 4] ?? 0) * MINUTE,
      collectedAt: (data[o + 5] ?? 0) * MINUTE,
      concepts: list,
    };
  });
}

/** Visits every post of a chunk without building objects (the Insights loader's hot path). */
export function forEachPacked(
  chunk: FactChunk,
  visit: (
    dict: readonly string[],
    country: number,
    account: number,
    lang: number,
    site: number,
    publishedMin: number,
    collectedMin: number,
    conceptStart: number,
    conceptCount: number,
  ) => void,
): void {
  const { data } = chunk;
  for (let o = 0; o < data.length; o += STRIDE) {
    visit(
      chunk.dict,
      data[o] ?? 0,
      data[o + 1] ?? 0,
      data[o + 2] ?? 0,
      data[o + 3] ?? 0,
      data[o + 4] ?? 0,
      data[o + 5] ?? 0,
      (data[o + 6] ?? 0) * 2,
      data[o + 7] ?? 0,
    );
  }
}
