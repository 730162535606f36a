/**
 * A short stable key for a post whose id the page does not show (a quoted tweet without a link, an m.weibo.cn
 * repost): the post's text, white space collapsed, hashed. The same text gives the same key on every visit, so the
 * notes taken in it find it again.
 */

/** FNV-1a, 32 bit, base 36. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The key of a text block's words. */
export function textKey(textRoot: Element | null | undefined): string {
  return hashText((textRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}
