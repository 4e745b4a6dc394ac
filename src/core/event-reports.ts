import type { Event, Figure } from './analysis.js';
import type { Evidence } from './connected.js';
import type { Article } from './types.js';

/**
 * One article's event reports as merging reads them (`connect/events`), made from its reading alone and kept
 * with its links, so that merging a story's events again reads these rows instead of decoding every
 * article's reading. Nothing in them depends on another article: the actors are entity ids of the reading
 * (resolved through the stored members when merged), and whether a report's sentence is furniture is
 * decided when merged, by its sentence key.
 */
export interface StoredEventReport {
  event: Pick<
    Event,
    | 'type'
    | 'mode'
    | 'trigger'
    | 'sourceIds'
    | 'targetIds'
    | 'date'
    | 'place'
    | 'sentence'
    | 'start'
    | 'end'
    | 'confidence'
  >;
  /** The key of its sentence (`connect/furniture` `sentenceKeys`), null when the sentence has none. */
  sentenceKey: string | null;
  /** One attack or many, for the kinds counted so (`connect/events/grain.ts`). */
  grain: 'one' | 'many' | null;
  /**
   * The reading's entity ids of the people quoted saying it, when its trigger is inside a quote with a named
   * speaker (resolved through the stored members when merged, as its actors are); absent, as empty, when
   * none is.
   */
  speakerIds?: string[];
  /** Its sentence's content words, in order (`connect/events/passages.ts`). */
  words: string[];
  /** Whether its sentence is a strip of headlines, which has no passage keys. */
  strip: boolean;
  /** The sentence around the event's start, as an event's evidence shows it. */
  evidence: Evidence;
}

/** An article's stored event reports. */
export interface ArticleEventReports {
  articleId: string;
  /**
   * What the rows were made by and under: the rules' version and the article's furniture source (sentence
   * keys are per outlet). Rows of another are made again.
   */
  version: string;
  reports: StoredEventReport[];
  /** The reading's figures inside a report's evidence sentence, in reading order (figure discrepancies). */
  figures: Figure[];
}

/** Stored event reports with their article, as the store returns them for its current reading. */
export type ReportedArticle = ArticleEventReports & { article: Article };
