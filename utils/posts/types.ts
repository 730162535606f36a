/**
 * A collected post: the whole post (text, context, concepts with counts, language), kept as a research source.
 * The shapes are the zod schemas in validate.ts; re-exported here type-only, so content scripts bundle no zod.
 */
export type { ConceptCount, PostDraft, PostRecord } from './validate';
