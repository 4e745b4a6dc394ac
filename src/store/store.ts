import type {
  Article,
  ArticleDraft,
  ArticlePatch,
  ArticleSummary,
  SaveResult,
  SearchHit,
  StoredReading,
} from '../core/types.js';
import type { DuplicatePair } from '../core/connected.js';
import type { StoryCandidate, StoryRecord, StoryUpdate } from '../connect/stories/index.js';

export interface StoredSignature {
  articleId: string;
  revision: number;
  signature: Uint32Array;
  fingerprint: string;
  bandKeys: string[];
}

export interface ArticleLinks {
  signature: StoredSignature;
  duplicates: DuplicatePair[];
  story: StoryUpdate | null;
  /** Keys of the article's sentences (see `connect/furniture`), kept so that a later repeat is known. */
  sentenceKeys: string[];
}

export type EntityDecision =
  { kind: 'merge'; first: string; second: string } | { kind: 'split'; first: string; second: string };

export interface ListQuery {
  limit?: number;
  offset?: number;
  outlet?: string;
}

/**
 * Everything Dossier keeps. Every method is async so that a networked database (PostgreSQL) can sit behind
 * the same interface; the SQLite implementation answers synchronously underneath. All of the contract is
 * exercised by one conformance suite (`conformance.ts`) that every implementation must pass.
 */
export interface Store {
  /**
   * Keeps articles once, the whole batch in one transaction (a batch is all stored or none is). For each
   * draft, in order: an article whose fingerprint is already stored (as any revision) is left alone
   * (`unchanged`), except that metadata with stronger evidence than the stored one is taken (`updated`,
   * see `metadataUpdate`); a new text at a URL already stored becomes the next revision of that article
   * (`revised`); anything else is a new article (`added`).
   */
  saveArticles(drafts: ArticleDraft[]): Promise<SaveResult[]>;

  /** `saveArticles` for one draft. */
  saveArticle(draft: ArticleDraft): Promise<SaveResult>;

  /** An article by its id, or by a unique prefix of it; null when none matches. */
  getArticle(idOrPrefix: string): Promise<Article | null>;

  listArticles(query?: ListQuery): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;

  /** All articles, oldest first, without holding them all in memory. */
  iterateArticles(): AsyncIterable<Article>;

  /** Earlier texts of an article, oldest first (the current one excluded). */
  listRevisions(id: string): Promise<Article[]>;

  /** Full-text search over title and text; `query` is what a user typed, never raw engine syntax. */
  search(query: string, limit?: number, offset?: number): Promise<SearchHit[]>;

  /** How many articles `search` would find for `query`, for paging. */
  countMatches(query: string): Promise<number>;

  /** Applies a user's correction; the corrected fields carry `user` evidence. Null when no such article. */
  updateArticle(id: string, patch: ArticlePatch): Promise<Article | null>;

  /**
   * Keeps what the reading pipeline found in an article, replacing any earlier reading. A reading of a
   * revision that is no longer current is ignored (returns false), so a slow worker never overwrites a
   * newer result.
   */
  saveReading(reading: StoredReading): Promise<boolean>;

  /** `saveReading` for many, in one transaction; one result per reading, in order. */
  saveReadings(readings: StoredReading[]): Promise<boolean[]>;

  getReading(articleId: string): Promise<StoredReading | null>;

  /** Ids of articles with no reading of their current revision by `pipeline`, oldest first. */
  listUnread(pipeline: string, limit: number): Promise<string[]>;

  /**
   * What linking found for one article, in one transaction: its signature (with the band keys that index
   * it), its duplicate pairs, and its story assignment (null when it already has a story). The signature
   * marks the article linked, so a link lost to a kill is redone.
   */
  saveLinks(links: ArticleLinks): Promise<void>;

  /** Articles other than `exceptId` sharing a band key with `bandKeys`: the only duplicate candidates. */
  signaturesSharingBands(bandKeys: string[], exceptId: string): Promise<StoredSignature[]>;

  /** Ids of articles with no signature of their current revision, oldest first. */
  listUnlinked(limit: number): Promise<string[]>;

  listDuplicates(): Promise<DuplicatePair[]>;

  /** Which of `keys` (sentence keys) an article other than `articleId` already holds: its furniture. */
  repeatedSentences(keys: string[], articleId: string): Promise<string[]>;

  /** The story index, as `src/connect/stories` asks it: key frequencies, candidate stories, updates. */
  storyFrequencies(keys: string[]): Promise<{ articles: number; df: Record<string, number> }>;
  storyCandidates(postingKeys: string[], keys: string[]): Promise<StoryCandidate[]>;
  /** Stories by id, each with its weights for `keys`. */
  storiesById(ids: string[], keys: string[]): Promise<StoryCandidate[]>;
  listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>>;
  storyOfArticle(articleId: string): Promise<string | null>;

  /** A user's merge or split of resolved entities, kept so that re-processing never undoes it. */
  addEntityDecision(decision: EntityDecision): Promise<void>;
  listEntityDecisions(): Promise<EntityDecision[]>;

  close(): Promise<void>;
}
