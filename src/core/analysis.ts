/**
 * What reading an article produces. Every span is a pair of UTF-16 offsets (as JavaScript strings count)
 * into the article's text, `start` inclusive, `end` exclusive, so `text.slice(start, end)` is the span.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
}

export interface Token extends Span {
  text: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** A name found by the statistical tagger, typed as CoNLL-2003 types it. */
export interface NameSpan extends Span {
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
  /** The tagger's confidence in [0, 1]. */
  score: number;
}

export type EntityType = 'person' | 'organisation' | 'country' | 'place' | 'other';

/** How a mention refers to its entity. */
export type MentionKind =
  | 'name' // "Marco Rubio", "Ukraine"
  | 'short-name' // "Rubio", "Mr Rubio"
  | 'title' // "the Kremlin spokesperson", "the Ukrainian Foreign Minister"
  | 'pronoun' // "he", "she"
  | 'metonym' // "the Kremlin", "Moscow", "Washington" standing for a government
  | 'demonym'; // "Ukrainian", "Russian"

export interface Mention extends Span {
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** The article-local entity this mention refers to (`Entity.id`). */
  entityId: string;
  sentence: number;
}

export interface Role {
  /** The role as written, normalised in case: "Secretary of State", "spokesperson", "head". */
  title: string;
  /** What the role belongs to, as written: "Kremlin", "Ukraine's National Security and Defense Council". */
  of: string | null;
  /** ISO 3166-1 alpha-3 of the country the role belongs to, when known. */
  country: string | null;
  /** The span the role was read from. */
  evidence: Span;
}

export interface Entity {
  /** Article-local id (`e1`, `e2`, …); cross-article ids come with resolution. */
  id: string;
  /** The fullest name the article uses. */
  name: string;
  type: EntityType;
  aliases: string[];
  roles: Role[];
  /** ISO 3166-1 alpha-3 of the country, or of the country the actor belongs to. */
  country: string | null;
  /** For a metonym's target: "government" of `country` ("the Kremlin" → Russia's government). */
  stands: 'government' | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2025-12-02`, `2025-11`, `2025-W49`, `P30D`, `PRESENT_REF`, `XXXX-XX-XX`. */
  value: string;
  sentence: number;
}

/** Reading I's output for one text. */
export interface Analysis {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
}
