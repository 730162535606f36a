/**
 * What an article page says about itself, from the standard places: JSON-LD (schema.org Article/NewsArticle),
 * Open Graph (og:title, og:site_name, article:published_time, article:author), the common meta names (author,
 * pubdate, date, DC.date, citation_*), Chinese government sites' ArticleTitle / PubDate / SiteName, the canonical
 * link, and a <time datetime> in the article. Read-only: nothing is run, JSON is only parsed.
 */
import { hashText } from '../text-key';

export interface ArticleMeta {
  title?: string;
  siteName?: string;
  author?: string;
  /** ISO 8601: with its offset when the page gives one (or a Chinese government page, UTC+8), else local. */
  publishedAt?: string;
  /** The page's canonical URL, when it names one on the same site. */
  canonical?: string;
}

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}" i]`) ??
      doc.querySelector(`meta[name="${key}" i]`) ??
      doc.querySelector(`meta[itemprop="${key}" i]`);
    const v = el?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (v) return v;
  }
  return undefined;
}

interface JsonLdArticle {
  headline?: string;
  name?: string;
  datePublished?: string;
  author?: unknown;
  publisher?: unknown;
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|AnalysisNewsArticle|OpinionNewsArticle|WebPage)$/;

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => Boolean(x));
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
    return (v as { name: string }).name;
  return undefined;
}

function jsonLd(doc: Document): JsonLdArticle | undefined {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 8)) {
    const text = el.textContent ?? '';
    if (text.length > 200_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data)
      ? data
      : data && typeof data === 'object' && Array.isArray((data as { '@graph'?: unknown })['@graph'])
        ? ((data as { '@graph': unknown[] })['@graph'] as unknown[])
        : [data];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const type = (item as { '@type'?: unknown })['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return item as JsonLdArticle;
    }
  }
  return undefined;
}

/**
 * An ISO time from what pages write: "2024-05-20T19:30:00+08:00", "2024-05-20 19:30", "2024/05/20", "2024年5月20日".
 * `assumeChina`: a time without an offset is Beijing time (Chinese government pages).
 */
export function isoTime(value: string | undefined, assumeChina = false): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(v);
  if (!m) return undefined;
  const [, y = '', mo = '', d = '', hh, mm, ss = '0'] = m;
  const pad = (n: string) => n.padStart(2, '0');
  if (hh === undefined || mm === undefined) return `${y}-${pad(mo)}-${pad(d)}`;
  if (assumeChina) {
    const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(hh) - 8, Number(mm), Number(ss));
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  return `${y}-${pad(mo)}-${pad(d)}T${pad(hh)}:${pad(mm)}`;
}

function sameSite(a: URL, b: URL): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, '');
  return strip(a.hostname) === strip(b.hostname);
}

function clean(s: string | undefined, max = 500): string | undefined {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, max) : undefined;
}

export function readArticleMeta(doc: Document, href: string, options: { chinaTime?: boolean } = {}): ArticleMeta {
  const ld = jsonLd(doc);
  const out: ArticleMeta = {};
  const title = clean(
    meta(doc, 'og:title', 'twitter:title', 'ArticleTitle', 'citation_title', 'DC.title') ??
      ld?.headline ??
      doc.querySelector('h1')?.textContent ??
      doc.title,
    2000,
  );
  if (title) out.title = title;
  const siteName = clean(meta(doc, 'og:site_name', 'SiteName', 'application-name') ?? nameOf(ld?.publisher));
  if (siteName) out.siteName = siteName;
  let author = clean(meta(doc, 'author', 'citation_author', 'DC.creator', 'byl') ?? nameOf(ld?.author));
  const articleAuthor = meta(doc, 'article:author');
  if (!author && articleAuthor && !/^https?:/i.test(articleAuthor)) author = clean(articleAuthor);
  if (author) out.author = author.replace(/^by\s+/i, '');
  const timeEl = doc.querySelector('article time[datetime], main time[datetime], time[pubdate][datetime]');
  const published = isoTime(
    meta(
      doc,
      'article:published_time',
      'PubDate',
      'pubdate',
      'publishdate',
      'date',
      'DC.date.issued',
      'DC.date',
      'dcterms.date',
      'citation_publication_date',
      'datePublished',
    ) ??
      ld?.datePublished ??
      timeEl?.getAttribute('datetime') ??
      undefined,
    options.chinaTime,
  );
  if (published) out.publishedAt = published;
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href');
  if (canonical) {
    try {
      const c = new URL(canonical, href);
      if ((c.protocol === 'https:' || c.protocol === 'http:') && sameSite(c, new URL(href))) {
        c.hash = '';
        out.canonical = c.toString();
      }
    } catch {
      // not a URL: ignored
    }
  }
  return out;
}

/** A web page's post id: its URL when short enough, else host and a hash of it (ids are at most 128 characters). */
export function pageKey(url: string): string {
  if (url.length <= 128) return url;
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    host = '';
  }
  return `${host.slice(0, 100)}:${hashText(url)}`;
}

/**
 * Remembers an article context per document and URL: notes ask for it on every page change, and a page's metadata
 * does not change while its URL stays (a single-page site's navigation changes the URL, and the context with it).
 */
export function memoByPage<T>(read: (doc: Document, href: string) => T): (doc: Document, href: string) => T {
  const cache = new WeakMap<Document, { href: string; value: T }>();
  return (doc, href) => {
    const hit = cache.get(doc);
    if (hit && hit.href === href) return hit.value;
    const value = read(doc, href);
    cache.set(doc, { href, value });
    return value;
  };
}
