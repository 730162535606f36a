/**
 * Search over collected posts with the notes' search: the same query language (parseQuery: folded 简繁/width/case,
 * Chinese as substrings, other words as prefixes, all tokens must match) over the post's text, the quoted text and
 * the authors. Filters are the Insights rows' (utils/insights/aggregate.ts), so the Posts view and Insights agree.
 */
import type { PostRecord } from '../posts/types';
import { foldText } from '../text/normalize';
import { parseQuery, tokenMatches } from './query';

export class PostSearchIndex {
  private entries: { post: PostRecord; haystack: string }[] = [];

  /** Replaces the indexed posts (newest collected first, as given). */
  set(posts: readonly PostRecord[]): void {
    this.entries = posts.map((post) => ({
      post,
      haystack: foldText(
        [
          post.text,
          post.quotedText ?? '',
          post.context.author.name,
          post.context.author.id,
          post.context.quoted?.author.name ?? '',
          post.context.title ?? '',
        ].join('\n'),
      ),
    }));
  }

  get size(): number {
    return this.entries.length;
  }

  search(text: string, keep: (post: PostRecord) => boolean = () => true): PostRecord[] {
    const tokens = parseQuery(text);
    const out: PostRecord[] = [];
    for (const e of this.entries) {
      if (tokens.every((t) => tokenMatches(e.haystack, t)) && keep(e.post)) out.push(e.post);
    }
    return out;
  }
}
