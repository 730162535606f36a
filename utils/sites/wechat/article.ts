/**
 * Reads a WeChat article's context: the official account (name, gh_ id, mission), title, publish time, and its ids
 * (from the page's inline script declarations, else its URL). Scripts are read as text, never run; the result is
 * cached per document, as the declarations do not change once the page has loaded.
 */
import { type AccountRecognition, recognizeAccount } from '../../missions/recognize';
import type { PostContext } from '../../notes/types';
import { ACCOUNT_NAME, CONTENT, INLINE_SCRIPT, PROFILE_NICKNAME, PUBLISH_TIME, TITLE } from './selectors';
import { type ArticleIds, canonicalOf, idsOfUrl, postIdOf, shortKeyOf, validIds, WECHAT_HOST } from './urls';

/** `var name = "…"`, `var name = htmlDecode("…")`, `var name = '…'.html(false)`, `var name = "…" || ""`. */
function declared(script: string, name: string): string | undefined {
  // One alternative per character (an escape, or anything but the quote, a backslash or a line end): no
  // backtracking blow-up on a long unterminated string.
  const re = new RegExp(
    `var\\s+${name}\\s*=\\s*(?:htmlDecode\\()?\\s*(?:"((?:[^"\\\\\\n]|\\\\.)*)"|'((?:[^'\\\\\\n]|\\\\.)*)')`,
  );
  const m = re.exec(script);
  const v = m?.[1] ?? m?.[2];
  return v === undefined ? undefined : decode(v);
}

/** JavaScript string escapes (\x26, \u0026, \"), then the HTML entities the page escapes with. */
function decode(s: string): string {
  return s
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\(.)/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .trim();
}

export interface ScriptFacts {
  nickname?: string;
  userName?: string;
  /** Publish time, seconds since the epoch. */
  ct?: number;
  title?: string;
  ids?: ArticleIds;
}

const NAMES = ['nickname', 'user_name', 'ct', 'msg_title', 'biz', 'mid', 'idx', 'sn', 'msg_link'] as const;

export function readScripts(doc: Document): ScriptFacts {
  const found: Partial<Record<(typeof NAMES)[number], string>> = {};
  for (const el of Array.from(doc.querySelectorAll(INLINE_SCRIPT))) {
    const text = el.textContent ?? '';
    if (!/var\s+(?:ct|user_name|nickname|msg_link|biz)\s*=/.test(text)) continue;
    for (const n of NAMES) {
      if (found[n] !== undefined) continue;
      const v = declared(text, n);
      if (v) found[n] = v;
    }
  }
  const facts: ScriptFacts = {};
  if (found.nickname) facts.nickname = found.nickname;
  if (found.user_name && /^gh_[0-9a-f]{6,}$/i.test(found.user_name)) facts.userName = found.user_name;
  if (found.ct && /^\d{9,11}$/.test(found.ct)) facts.ct = Number(found.ct);
  if (found.msg_title) facts.title = found.msg_title;
  let ids = validIds(found.biz, found.mid, found.idx, found.sn);
  if (!ids && found.msg_link) {
    try {
      ids = idsOfUrl(new URL(found.msg_link));
    } catch {
      ids = null;
    }
  }
  if (ids) facts.ids = ids;
  return facts;
}

// The declarations do not change once loaded; read again only when the page's inline scripts do (a test page).
const scriptCache = new WeakMap<Document, { scripts: readonly Element[]; facts: ScriptFacts }>();
function scriptsOf(doc: Document): ScriptFacts {
  const scripts = Array.from(doc.querySelectorAll(INLINE_SCRIPT));
  const c = scriptCache.get(doc);
  if (c && c.scripts.length === scripts.length && c.scripts.every((el, i) => el === scripts[i])) return c.facts;
  const facts = readScripts(doc);
  scriptCache.set(doc, { scripts, facts });
  return facts;
}

/** "2024年5月20日 10:32", "2024-05-20 10:32", "2024-05-20" — China time (UTC+8). */
export function parsePublishTime(label: string): string | undefined {
  const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*(?:(\d{1,2}):(\d{2}))?/.exec(label);
  if (!m) return undefined;
  const [, y, mo, d, hh = '0', mm = '0'] = m;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(hh) - 8, Number(mm));
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const recognitionCache = new Map<string, AccountRecognition>();
function recognizeCached(name: string): AccountRecognition {
  let r = recognitionCache.get(name);
  if (!r) {
    if (recognitionCache.size >= 200) recognitionCache.clear();
    r = recognizeAccount(name);
    recognitionCache.set(name, r);
  }
  return r;
}

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The article's context, or null when the page is not an article (no body, or no key to find it again by). */
export function readArticle(doc: Document, href: string): PostContext | null {
  if (!doc.querySelector(CONTENT)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const facts = scriptsOf(doc);
  const ids = facts.ids ?? idsOfUrl(url);
  const shortKey = shortKeyOf(url);
  const postId = postIdOf(ids, shortKey);
  if (!postId) return null;
  const name = text(doc.querySelector(ACCOUNT_NAME)) || facts.nickname || text(doc.querySelector(PROFILE_NICKNAME));
  const author: PostContext['author'] = { name, id: facts.userName ?? ids?.biz ?? '' };
  const r = name ? recognizeCached(name) : null;
  if (r?.kind === 'foreign-mission') author.mission = r.mission;
  const ctx: PostContext = {
    platform: 'wechat',
    postId,
    permalink: ids ? canonicalOf(ids) : `https://${WECHAT_HOST}/s/${shortKey}`,
    author,
  };
  const published = facts.ct
    ? new Date(facts.ct * 1000).toISOString()
    : parsePublishTime(text(doc.querySelector(PUBLISH_TIME)));
  if (published) ctx.publishedAt = published;
  const title = text(doc.querySelector(TITLE)) || facts.title;
  if (title) ctx.title = title.slice(0, 2000);
  return ctx;
}
