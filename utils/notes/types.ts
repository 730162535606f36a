/** The reader's saved highlight, as stored in the extension's Dexie database (table `notes`). */

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** W3C Web Annotation selectors, relative to the anchor root (see `AnchorRoot`). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before / after the quote. */
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * What the selectors' offsets are relative to. A Weibo post's text block (found again by its mblogid,
 * wherever the recycled timeline renders it), or the page's article/body text.
 */
export type AnchorRoot = { kind: 'weibo-post'; mblogid: string } | { kind: 'page' };

export type MissionType =
  | 'embassy'
  | 'consulate-general'
  | 'delegation'
  | 'cultural-section'
  | 'press-section'
  | 'international-organisation'
  | 'ambassador';

export interface MissionInfo {
  /** ISO 3166-1 alpha-2 ("US"), or "EU" / "UN" style codes for organisations. */
  countryCode: string;
  countryZh: string;
  countryEn: string;
  missionType: MissionType;
  /** Chinese city name where the account says it (上海, 广州 …). */
  city?: string;
}

export interface WeiboContext {
  authorName: string;
  uid: string;
  mblogid: string;
  /** https://weibo.com/<uid>/<mblogid> */
  permalink: string;
  /** ISO 8601 time of the post, when the page shows it. */
  postedAt?: string;
  mission?: MissionInfo;
}

/** Where a saved highlight stands on its last visit. Orphans are kept, never deleted. */
export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphan';

export interface NoteRecord {
  /** crypto.randomUUID() */
  id: string;
  /** Normalised URL: tracking parameters removed; for Weibo the post's canonical permalink. */
  url: string;
  pageTitle: string;
  /** Host without "www.", e.g. "weibo.com", "mfa.gov.cn". */
  site: string;
  root: AnchorRoot;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** Concepts whose terms occur inside the quote. */
  conceptIds: string[];
  /** BCP-47-ish language of the quote: "zh-Hans", "zh-Hant", "en", or "und". */
  lang: string;
  weibo?: WeiboContext;
  /** Mission country code copied out of `weibo.mission` so it can be indexed; "" when none. */
  country: string;
  createdAt: number;
  updatedAt: number;
  anchorStatus: AnchorStatus;
  /** Daily review (issue 6): 0/1 so it can be indexed. */
  archived: 0 | 1;
  lastReviewedAt: number;
  reviewCount: number;
}

/** What the content script sends to create a note; the background fills id, times and defaults. */
export type NoteDraft = Omit<
  NoteRecord,
  'id' | 'createdAt' | 'updatedAt' | 'anchorStatus' | 'archived' | 'lastReviewedAt' | 'reviewCount' | 'country'
>;

/** Fields a reader may change after saving. */
export type NotePatch = Partial<
  Pick<NoteRecord, 'color' | 'note' | 'tags' | 'archived' | 'lastReviewedAt' | 'reviewCount' | 'anchorStatus'>
>;
