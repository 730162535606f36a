/**
 * The reader's saved highlight and the context of the post it was taken from. The shapes are defined once, as zod
 * schemas in `validate.ts` (what enters the database is checked against them); the types here are inferred from
 * those schemas and re-exported type-only, so a content script that imports them pulls in no zod at run time.
 */

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const MISSION_TYPES = [
  'embassy',
  'consulate-general',
  'delegation',
  'permanent-mission',
  'cultural-section',
  'press-section',
  'international-organisation',
  'ambassador',
] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

/**
 * Where a post was published. Site adapters (utils/sites/) map their hosts to one of these: weibo.com and
 * m.weibo.cn are both 'weibo'; an article on any website is 'web'.
 */
export const PLATFORMS = ['weibo', 'x', 'wechat', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ANCHOR_STATUSES = ['anchored', 'fuzzy', 'orphan'] as const;
/** Where a saved highlight stands on its last visit. Orphans are kept, never deleted. */
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export type {
  AccountRef,
  AnchorRoot,
  MissionInfo,
  NoteDraft,
  NotePatch,
  NoteRecord,
  PostContext,
  PostRef,
  TextPositionSelector,
  TextQuoteSelector,
} from './validate';
