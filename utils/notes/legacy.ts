/**
 * Notes as schema v1 stored them (and backups / W3C exports of that time carry them), and the one function that
 * brings such a note to today's shape. Used by the database upgrade (schema.ts, version 2) and by import, so an
 * old backup restores exactly as an old database upgrades.
 *
 * v1 knew only Weibo: a post note had `weibo: { authorName, uid, mblogid, permalink, postedAt?, mission? }` and the
 * root `{ kind: 'weibo-post', mblogid }`. v2 keeps the same facts in the site-neutral `context` and root.
 */

interface LegacyWeiboContext {
  authorName: string;
  uid: string;
  mblogid: string;
  permalink: string;
  postedAt?: string;
  mission?: unknown;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function isLegacyWeibo(v: unknown): v is LegacyWeiboContext {
  return (
    isObject(v) &&
    typeof v.authorName === 'string' &&
    typeof v.uid === 'string' &&
    typeof v.mblogid === 'string' &&
    typeof v.permalink === 'string'
  );
}

/** Does this (parsed, unvalidated) note still have v1's Weibo-only shape? */
export function isLegacyNote(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  return 'weibo' in raw || (isObject(raw.root) && raw.root.kind === 'weibo-post');
}

/**
 * v1 → v2. Every other field is kept as it was, in its place; a value that is not what v1 wrote is left for the
 * validator to report (never guessed at, never dropped). Returns a new object; the input is not touched.
 */
export function noteFromV1(raw: unknown): unknown {
  if (!isLegacyNote(raw) || !isObject(raw)) return raw;
  const out: Json = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'weibo') {
      if (!isLegacyWeibo(value)) {
        out.weibo = value;
        continue;
      }
      const author: Json = { name: value.authorName, id: value.uid };
      if (/^\d{1,20}$/.test(value.uid)) author.url = `https://weibo.com/u/${value.uid}`;
      if (value.mission !== undefined) author.mission = value.mission;
      const context: Json = { platform: 'weibo', postId: value.mblogid, permalink: value.permalink, author };
      if (value.postedAt !== undefined) context.publishedAt = value.postedAt;
      out.context = context;
    } else if (key === 'root' && isObject(value) && value.kind === 'weibo-post' && typeof value.mblogid === 'string') {
      out.root = { kind: 'post', platform: 'weibo', postId: value.mblogid };
    } else {
      out[key] = value;
    }
  }
  return out;
}
