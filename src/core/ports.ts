import type { DuplicatePair, StoryCandidate, StoryRecord, StoryUpdate } from './connected.js';
import type { SentenceCount } from './furniture.js';
import type {
  Article,
  ArticleDraft,
  ArticlePatch,
  ArticleSummary,
  SaveResult,
  SearchHit,
  StoredReading,
} from './types.js';

/**
 * The repositories the layers above the store need, each declared for the layer that uses it and spoken in
 * `core` records only. They live in `core` because it is the one module every layer may import: the store
 * implements them with plain SQL without importing anything above it, and the services, the connecting
 * stages and the workers depend on these interfaces, never on a database. Rules (once only, revisions,
 * corrections) are pure functions in `core` (`identity`, `metadata-merge`) that every store applies alike;
 * `src/store/conformance.ts` holds the behaviour each implementation owes.
 */

export interface ListQuery {
  limit?: number;
  offset?: number;
  outlet?: string;
  /** Only the articles of this story. */
  story?: string;
  /**
   * Only those published on or after `from` and on or before `to` (days, YYYY-MM-DD), compared by the
   * publication date's day; an undated article is in no bounded range.
   */
  from?: string;
  to?: string;
}

/** For ingest (`service/ingest`) and the read commands and API: articles, kept once, with revisions. */
export interface ArticleRepository {
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

  /** In ingestion order. */
  listArticles(query?: ListQuery): Promise<ArticleSummary[]>;
  /** How many articles `listArticles` would list without a page (all of them without a query). */
  countArticles(query?: ListQuery): Promise<number>;

  /** All articles, oldest first, without holding them all in memory. */
  iterateArticles(): AsyncIterable<Article>;

  /** Earlier texts of an article, oldest first (the current one excluded). */
  listRevisions(id: string): Promise<Article[]>;

  /**
   * Full-text search over title and text, a title match weighing more; `query` is what a user typed, never
   * raw engine syntax: every word is required, words in double quotes are a phrase, case and accents do
   * not matter. Equal ranks come in ingestion order, so pages never overlap. Only the newest
   * `SEARCH_RANKED` matches are ranked (see there); older ones follow them, the newest first.
   */
  search(query: string, limit?: number, offset?: number): Promise<SearchHit[]>;

  /** How many articles `search` would find for `query`, for paging. */
  countMatches(query: string): Promise<number>;

  /** Applies a user's correction; the corrected fields carry `user` evidence. Null when no such article. */
  updateArticle(id: string, patch: ArticlePatch): Promise<Article | null>;
}

/** For reading (`service/read`, ingest): what the reading pipeline found, per article revision. */
export interface ReadingRepository {
  /**
   * Keeps what the reading pipeline found in an article, replacing any earlier reading. A reading of a
   * revision that is no longer current is ignored (returns false), so a slow worker never overwrites a
   * newer result.
   */
  saveReading(reading: StoredReading): Promise<boolean>;

  /** `saveReading` for many, in one transaction; one result per reading, in order. */
  saveReadings(readings: StoredReading[]): Promise<boolean[]>;

  getReading(articleId: string): Promise<StoredReading | null>;

  /**
   * Ids of articles with no reading of their current revision by `pipeline`, oldest first. Answered from
   * an index of what is missing, so asking costs nothing when everything is read, however large the store.
   */
  listUnread(pipeline: string, limit: number): Promise<string[]>;
}

export interface StoredSignature {
  articleId: string;
  revision: number;
  signature: Uint32Array;
  fingerprint: string;
  bandKeys: string[];
}

/** What linking found for one article: its signature, its duplicate pairs, and its story assignment. */
export interface ArticleLinks {
  signature: StoredSignature;
  duplicates: DuplicatePair[];
  story: StoryUpdate | null;
  /** Keys of the article's sentences (see `connect/furniture`), kept so that a later repeat is known. */
  sentenceKeys: string[];
}

/**
 * For linking (`service/link`) and the story index it hands `connect/stories`: near-duplicates through LSH
 * bands, and stories through posting keys. Every lookup is by an indexed key, so linking an article costs
 * the same in a store of a thousand articles as in one of a million.
 */
export interface LinkRepository {
  /**
   * What linking found for one article, in one transaction: its signature (with the band keys that index
   * it), its duplicate pairs, and its story assignment (null when it already has a story). The signature
   * marks the article linked, so a link lost to a kill is redone.
   */
  saveLinks(links: ArticleLinks): Promise<void>;

  /**
   * Articles other than `exceptId` sharing a band key with `bandKeys`: the only duplicate candidates. At
   * most `perBand` of them per band key (the first by id), so that a flood of copies, all in the same
   * buckets, costs each new article a bounded number of candidates rather than one per copy stored.
   */
  signaturesSharingBands(bandKeys: string[], exceptId: string, perBand: number): Promise<StoredSignature[]>;

  /** Ids of articles with no signature of their current revision, oldest first (indexed, as `listUnread`). */
  listUnlinked(limit: number): Promise<string[]>;

  /** Most similar first, then by ids. */
  listDuplicates(): Promise<DuplicatePair[]>;
  /** The pairs `articleId` is one of, in `listDuplicates`' order: what one article's page shows. */
  duplicatesOf(articleId: string): Promise<DuplicatePair[]>;

  /**
   * Starts rebuilding every link (after an algorithm change): in one transaction, forgets signatures,
   * duplicates, stories, repeated sentences and the connected records (users' entity decisions stay)
   * and marks a rebuild under way, so every article is listed unlinked again. When a rebuild is already under way (a kill stopped
   * it) nothing is forgotten and it goes on where it stopped: `resumed`.
   */
  beginRelink(): Promise<'started' | 'resumed'>;
  /** Marks the rebuild done, so that the next `beginRelink` starts afresh. */
  endRelink(): Promise<void>;

  /** Which of `keys` (sentence keys) an article other than `articleId` already holds: its furniture. */
  repeatedSentences(keys: string[], articleId: string): Promise<string[]>;

  /** How many articles have a story, and how many of them carry each of `keys`. */
  storyFrequencies(keys: string[]): Promise<{ articles: number; df: Record<string, number> }>;
  /**
   * The stories posted under the most of `postingKeys`, at most `limit` of them, ties broken by id, each
   * with its summed weights for `keys`. A posting key under which more than `maxPostings` stories are
   * posted is not read (only counted up to `maxPostings + 1`), so the rows read stay bounded however
   * many stories share a key and a period.
   */
  storyCandidates(
    postingKeys: string[],
    keys: string[],
    limit: number,
    maxPostings: number,
  ): Promise<StoryCandidate[]>;
  /** Stories by id (absent ones left out), each with its summed weights for `keys`. */
  storiesById(ids: string[], keys: string[]): Promise<StoryCandidate[]>;
  /** By first date, then id; each story's articles by publication date, then ingestion order. */
  listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>>;
  storyOfArticle(articleId: string): Promise<string | null>;
  /**
   * The story `id` names now: itself while it exists, else the story it was merged into (a bridging
   * article merges stories, `StoryUpdate.merged`, and the merged ids redirect), else null.
   */
  currentStory(id: string): Promise<string | null>;
}

/**
 * For clean-up (`service/furniture`): the per-outlet sentence index page furniture is learned from, the
 * same index (`repeated_sentences`) whose keys the connecting guard reads (`repeatedSentences`). Keys are
 * per outlet (`core/furniture`), so each lookup is an indexed one by key, never a comparison of articles.
 */
export interface SentenceRepository {
  /** What is known of each of `keys` that any article printed (others left out), in key order. */
  sentenceCounts(keys: string[]): Promise<SentenceCount[]>;
  /**
   * Counts a newly stored article's sentences, each key once: one more article printed it (one more
   * opening with it when `lead`), on `day`. Called once per article, in the transaction that stores it.
   */
  countSentences(
    articleId: string,
    keys: Array<{ key: string; lead: boolean }>,
    day: string | null,
  ): Promise<void>;
  /**
   * Replaces the text and removed lines of an article's current revision with a cleaner one (furniture
   * learned after it was stored), and forgets its reading and links so that both are made again. False,
   * and nothing changed, when `revision` is no longer the current one.
   */
  recleanArticle(id: string, revision: number, text: string, removed: string[]): Promise<boolean>;
}

export type EntityDecision =
  { kind: 'merge'; first: string; second: string } | { kind: 'split'; first: string; second: string };

/** For resolution (`service/connect`, `dossier entity`): users' merges and splits, kept apart. */
export interface DecisionRepository {
  /** A user's merge or split of resolved entities, kept so that re-processing never undoes it. */
  addEntityDecision(decision: EntityDecision): Promise<void>;
  /** In the order they were made. */
  listEntityDecisions(): Promise<EntityDecision[]>;
}

/** For caches of what is derived from the store (`api/dossier-cache`): whether anything was written. */
export interface ChangeWatch {
  /**
   * A mark that changes once a write commits, made through this object or by any other connection or
   * process. Equal marks mean nothing was written in between; a new mark may come with no change a given
   * reader cares about.
   */
  changeMark(): Promise<string>;
}

/** For work that reads, decides, then writes (linking): a unit of work no other writer interleaves with. */
export interface UnitOfWork<S> {
  /**
   * Runs `work` against a store bound to one transaction: everything it writes is kept together or not at
   * all, and no other writer's transaction runs in between, so what `work` read is still true when it
   * writes. A transaction inside `work` joins this one.
   */
  transaction<T>(work: (store: S) => Promise<T>, waiting?: WhileWaiting): Promise<T>;
}

/**
 * Work a caller can do while another process holds the write lock it waits for (reading its next articles),
 * one short step per call: true when it did a step, false when it has none left. Called between attempts
 * to take the lock, never inside the transaction; once it returns false the transaction waits as usual.
 */
export type WhileWaiting = () => boolean;

// The ports of the connected records and of the workers, in their own files, are ports all the same.
export type * from './record-ports.js';
export type * from './worker-ports.js';
