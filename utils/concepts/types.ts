/**
 * The concept base's types. Data files under `utils/concepts/data/` are checked against these by tsc,
 * so a typo in a category or relation type is a compile error, not a silent gap on a card.
 */

/** Text in both UI languages. `zh` is Simplified Chinese. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The two papers the cards draw on. */
export type PaperId = 'han-wu-2024' | 'gov-weibo-socializing';

export interface Citation {
  id: PaperId;
  authors: Bilingual;
  title: Bilingual;
  journal: Bilingual;
  year: number;
  /** e.g. "58(6): 95-105"; empty where the seed does not give it. */
  volumeIssuePages: string;
  doi?: string;
}

/**
 * Where the concept sits in the paper's argument. One value per concept; the popup's
 * "browse by the paper's structure" view groups by this.
 */
export type ConceptCategory =
  | 'form' // names and forms of digital diplomacy (推特外交, 电子外交 …)
  | 'foundation' // sovereignty in the digital age (数字主权 …), §1 opening
  | 'function' // the four roles of digital diplomacy, §1(1)-(4)
  | 'feature' // the three features, §2
  | 'challenge' // the four challenges, §3
  | 'china-practice' // China's stages and characteristics, §4
  | 'priority' // the six practice priorities, §5
  | 'institution' // ministries, bureaus, offices, hotlines
  | 'initiative' // GDI, GSI, strategies, programmes
  | 'event' // dated events used as evidence (G20 video summit 2020 …)
  | 'actor' // kinds of actors (non-state actors, social bots …)
  | 'theory' // general IR notions the paper leans on (soft power, public diplomacy …)
  | 'gov-weibo'; // the second paper: foreign government Weibo accounts in China

export type RelationType = 'broader' | 'narrower' | 'related' | 'contrasts-with';

export interface ConceptRelation {
  type: RelationType;
  /** Another concept's id. */
  target: string;
}

/** A surface form that should be recognised in page text. */
export interface ConceptTerm {
  text: string;
  lang: 'zh' | 'en';
  /**
   * English only: also match regular plural / inflected forms ("digital divides", "data breaches").
   * Leave off for proper names and acronyms.
   */
  inflect?: boolean;
  /** English only: match case-sensitively (acronyms like "GDI" must not match "gdi" inside words). */
  caseSensitive?: boolean;
  /**
   * Match only between quotation marks (“网络中国”, 「网络中国」, 《…》, "…"). For Chinese coinages made of two common
   * words, which would otherwise light up across a word boundary: 社交网络中国外交部 is not about 网络中国.
   */
  quoted?: boolean;
}

export interface PaperLocation {
  paper: PaperId;
  /** Section number as the paper numbers it: "intro", "1", "1(2)", "4", "5(6)", "conclusion", "abstract". */
  section: string;
  /** The section's heading, in both languages (our translation of the Chinese heading). */
  heading: Bilingual;
}

export interface KeyFact {
  /** A dated or numeric fact, in our words, both languages. */
  text: Bilingual;
  paper: PaperId;
  section: string;
}

/**
 * Background a reader may need that the papers do not give: a definition, an origin, a date. It is general
 * knowledge, kept apart from the summary and shown on both cards in its own labelled block, so nobody takes it
 * for the paper's words. It never attributes anything to the papers.
 */
export interface GeneralKnowledge {
  basis: 'general-knowledge';
  /** One to three sentences each, our own words. */
  text: Bilingual;
}

export interface Concept {
  /** Stable kebab-case id from the English name, e.g. "digital-diplomacy". Never reuse or rename. */
  id: string;
  name: Bilingual;
  category: ConceptCategory;
  /**
   * Extra surface forms beyond `name.zh` / `name.en` (which are always terms): synonyms, abbreviations,
   * spelling variants, Traditional Chinese forms (數字外交, 網路外交).
   */
  terms: ConceptTerm[];
  /**
   * 2–4 sentences each, in our own words, saying only what the papers say. A sentence that attributes something to
   * a paper or its authors carries a section marker, "（§3(1)）" / "(§3(1))" (see attribution.ts); every card has at
   * least one. Anything from general knowledge goes in `context`, never here.
   */
  summary: Bilingual;
  /** General knowledge, not from the papers (a definition, origin or date the papers do not give). */
  context?: GeneralKnowledge;
  /** Where the papers treat it; the first entry is the main one. */
  sources: PaperLocation[];
  relations: ConceptRelation[];
  facts?: KeyFact[];
}
