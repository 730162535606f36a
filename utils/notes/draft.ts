/**
 * A new note from a selected range: the W3C selectors relative to its anchor root, the concepts in the quote and
 * the post's context. Pure given the root's text index; the content app adds the language and sends it.
 */
import { describe as describeSelectors } from '../anchoring/describe';
import { offsetsFromRange, type TextIndex } from '../anchoring/text-index';
import type { RootInfo } from '../sites/roots';
import type { HighlightColor, NoteDraft } from './types';
import { siteOf } from './url';

export interface DraftInput {
  index: TextIndex;
  range: Range;
  info: RootInfo;
  color: HighlightColor;
  note?: string;
  tags?: string[];
  pageTitle: string;
  /** The concepts whose terms occur in a text (the page's matcher). */
  conceptsIn(text: string): string[];
}

/** 'outside': the range is not inside the root's text; 'empty': it holds only white space. */
export type DraftProblem = 'outside' | 'empty';

export function draftFromRange(input: DraftInput): NoteDraft | DraftProblem {
  const { index, info } = input;
  const offsets = offsetsFromRange(index, input.range);
  if (!offsets || offsets.end <= offsets.start) return 'outside';
  const quoteText = index.text.slice(offsets.start, offsets.end);
  if (quoteText.trim() === '') return 'empty';
  const { quote, position } = describeSelectors(index.text, offsets.start, offsets.end);
  const draft: NoteDraft = {
    url: info.url,
    pageTitle: input.pageTitle.slice(0, 500),
    site: siteOf(info.url),
    root: info.root,
    quote,
    position,
    color: input.color,
    note: input.note ?? '',
    tags: input.tags ?? [],
    conceptIds: [...new Set(input.conceptsIn(quoteText))],
    lang: 'und',
  };
  if (info.context) draft.context = info.context;
  return draft;
}
