/** One surface form in the dictionary the matcher is built from (see `buildTermDictionary`). */
export interface TermEntry {
  /** As written in the concept base (not yet normalised). */
  surface: string;
  conceptId: string;
  lang: 'zh' | 'en';
  /** Latin terms match on word boundaries; Chinese terms match anywhere. */
  wordBoundary: boolean;
  /** Also match regular English plural / inflected forms. */
  inflect: boolean;
  caseSensitive: boolean;
  /** Only between quotation marks (see ConceptTerm.quoted); enforced by `requireQuotes`. */
  quoted?: boolean;
}

/** One term occurrence inside the concept-bearing span of a match. */
export interface TermHit {
  conceptId: string;
  /** Offsets into the original (un-normalised) text, end exclusive. */
  start: number;
  end: number;
}

/**
 * A painted span. Usually one term; where Chinese terms overlap (数字外交过程公开化 holds 数字外交 and
 * 外交过程公开化) it is their union and `hits` lists each, primary (leftmost-longest) first.
 */
export interface TermMatch {
  start: number;
  end: number;
  hits: TermHit[];
}

export interface Matcher {
  /** All matches in `text`, sorted by start, non-overlapping. Offsets index the given string. */
  findAll(text: string): TermMatch[];
}
