/**
 * Reads a whole post off the page, for any site adapter: its context (the adapter's `postContext`), its text, the
 * text of the post it quotes when that is shown inside it, and the concepts the page's matcher finds in it, with
 * counts. Content-safe: no zod, no database (the background validates and stores).
 */
import { buildTextIndex } from '../anchoring/text-index';
import type { Matcher } from '../matcher/types';
import { normalizeUrl } from '../notes/url';
import type { SiteAdapter } from '../sites/types';
import type { ConceptCount, PostDraft } from './types';

/** The limit the background enforces (POST_LIMITS.text): a longer post is kept up to it, never refused. */
const MAX_TEXT = 20_000;

/** The post's words as shown, white space collapsed (line breaks kept as one). */
export function postText(root: Element): string {
  return buildTextIndex(root)
    .text.replace(/[ \t\f\v\u00a0\u3000]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, MAX_TEXT);
}

/** Every concept the matcher finds in `text`, with how many of its terms occur, most frequent first. */
export function conceptCounts(matcher: Matcher, text: string): ConceptCount[] {
  const counts = new Map<string, number>();
  for (const m of matcher.findAll(text))
    for (const h of m.hits) counts.set(h.conceptId, (counts.get(h.conceptId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function pageUrl(href: string): string {
  try {
    return normalizeUrl(href);
  } catch {
    return href;
  }
}

/**
 * The post whose text block is `root`, ready to send; null when the page does not show enough to identify it (no
 * author) or it has no text. `roots` are the page's post roots, where the quoted post's own block is looked for.
 */
export function readPost(
  adapter: SiteAdapter,
  root: Element,
  options: { href: string; matcher: Matcher; roots?: readonly Element[] },
): PostDraft | null {
  const context = adapter.postContext(root, options.href);
  if (!context) return null;
  const text = postText(root);
  if (!text) return null;
  const draft: PostDraft = {
    context,
    text,
    concepts: conceptCounts(options.matcher, text),
    pageUrl: pageUrl(options.href),
  };
  const quoted = context.quoted;
  const card = adapter.postCard(root);
  if (quoted && card) {
    // The quoted post's own text block, inside this post's card.
    const block = (options.roots ?? adapter.postRoots(card)).find(
      (el) => el !== root && card.contains(el) && adapter.postContext(el, options.href)?.postId === quoted.postId,
    );
    const q = block ? postText(block) : '';
    if (q) draft.quotedText = q;
  }
  return draft;
}
