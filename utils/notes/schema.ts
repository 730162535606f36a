/**
 * Every version of the notes database, oldest first. Never edit a shipped version: add a new one with the new
 * `stores` (only the tables that change) and, when existing rows must change, an `upgrade` function with a test
 * (upgrade.test.ts: add a fixtures/v<N>.json dump of each shipped version and assert the transform there).
 * Dexie runs each pending upgrade in order inside the version-change transaction, so a failed upgrade rolls back
 * and the old data stays.
 */
import type { Dexie, Transaction } from 'dexie';
import { noteFromV1 } from './legacy';

export interface SchemaVersion {
  version: number;
  /** Why this version exists, for the next person. */
  description: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown> | undefined;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    description:
      'notes keyed by id; indexes for the page lookup (url), lists (createdAt, updatedAt), filters (tags, conceptIds, ' +
      'country, site, color, lang), daily review (archived, lastReviewedAt) and re-anchoring (anchorStatus).',
    stores: {
      notes:
        'id, url, createdAt, updatedAt, *tags, *conceptIds, country, site, color, lang, archived, lastReviewedAt, anchorStatus',
    },
  },
  {
    version: 2,
    description:
      "site-neutral context: a post note's `weibo` becomes `context` (platform, post id, permalink, author with " +
      'account id and mission, published time, quoted post) and its root { kind: "post", platform, postId }, so X, ' +
      'WeChat and other sites fit the same record. Same indexes; `country` still mirrors the mission.',
    stores: {
      notes:
        'id, url, createdAt, updatedAt, *tags, *conceptIds, country, site, color, lang, archived, lastReviewedAt, anchorStatus',
    },
    upgrade: (tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = noteFromV1(note);
        }),
  },
  {
    version: 3,
    description:
      'collected posts (utils/posts): `posts` keyed by the normalised permalink, indexed for the Posts list ' +
      '(collectedAt, updatedAt, published) and filters (conceptIds, country, site, lang); `postFacts` holds what the ' +
      'Insights page counts, packed in chunks (utils/posts/facts.ts). Both new and empty: notes are not touched.',
    stores: {
      posts: 'key, collectedAt, updatedAt, published, *conceptIds, country, site, lang',
      postFacts: 'id',
    },
  },
];

/** Declares the given versions on a Dexie instance (call before the first open). */
export function applySchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  let last = 0;
  for (const v of versions) {
    if (v.version <= last) throw new Error(`schema versions must increase: ${v.version} after ${last}`);
    last = v.version;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
