/**
 * The collected posts as JSON Lines (one post per line, UTF-8, no BOM): `pandas.read_json(path, lines=True)`,
 * `jsonlite::stream_in()` in R. Each line is the stored record (docs/corpus.md), dates also as ISO 8601.
 */
import type { PostRecord } from '../posts/types';

const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : null);

export function postsToJsonl(posts: readonly PostRecord[]): string {
  return posts
    .map((p) =>
      JSON.stringify({
        ...p,
        publishedIso: iso(p.published),
        collectedIso: iso(p.collectedAt),
        updatedIso: iso(p.updatedAt),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
