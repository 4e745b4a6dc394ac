import type {
  Discrepancy,
  DuplicatePair,
  MergedEvent,
  ReadArticle,
  ResolvedEntity,
  Series,
  Story,
  StoryCandidate,
  StoryRecord,
  StoryUpdate,
} from './connected.js';
import type { InputProblem } from './errors.js';
import type { SentenceCount } from './furniture.js';
import type {
  Article,
  ArticleDraft,
  ArticlePatch,
  ArticleReading,
  ArticleSummary,
  RawDocument,
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
  countArticles(): Promise<number>;

  /** All articles, oldest first, without holding them all in memory. */
  iterateArticles(): AsyncIterable<Article>;

  /** Earlier texts of an article, oldest first (the current one excluded). */
  listRevisions(id: string): Promise<Article[]>;

  /**
   * Full-text search over title and text, a title match weighing more; `query` is what a user typed, never
   * raw engine syntax: every word is required, words in double quotes are a phrase, case and accents do
   * not matter. Equal ranks come in ingestion order, so pages never overlap.
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
   * with its summed weights for `keys`.
   */
  storyCandidates(postingKeys: string[], keys: string[], limit: number): Promise<StoryCandidate[]>;
  /** Stories by id (absent ones left out), each with its summed weights for `keys`. */
  storiesById(ids: string[], keys: string[]): Promise<StoryCandidate[]>;
  /** By first date, then id; each story's articles by publication date, then ingestion order. */
  listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>>;
  storyOfArticle(articleId: string): Promise<string | null>;
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

/**
 * What connecting one article changed in the connected records, as rows to write: each list replaces what
 * the store holds under the same scope (the actors `removeActors` names, the events of `eventStories`, the
 * measures of `measureArticles`' articles, the discrepancies of `discrepancyScopes`).
 */
export interface ConnectedUpdate {
  /** Actors deleted with their keys and members (before `actors` are written). */
  removeActors: string[];
  /**
   * Actors written (replacing a record of the same id), each with blocking keys to add (see
   * `connect/entities/keys.ts`) and the members to file under it: all of them for a new or rewritten
   * actor, only the new ones for an actor that grew.
   */
  actors: Array<{ entity: ResolvedEntity; keys: string[]; members: string[] }>;
  eventStories: string[];
  /**
   * Each event with the key that orders it as stored (its first report's publication day, article and
   * offset), the key that orders it in a timeline (`connect/timeline`), and the days it may fall on (null
   * when its date names none).
   */
  events: Array<{ event: MergedEvent; order: string; timeline: string; days: DaySpan | null }>;
  /** Per article, the ids of the measures (`figureMeasures`) its figures are points of. */
  measureArticles: Array<{ articleId: string; measureIds: string[] }>;
  /** Series removed (their measure no longer makes one), then series written. */
  removeSeries: string[];
  series: Series[];
  discrepancyScopes: string[];
  discrepancies: Array<{ scope: string; discrepancy: Discrepancy }>;
}

/**
 * For connecting (`service/connected`): actors, merged events, series and discrepancies kept as records,
 * each found by an indexed key (a blocking key, a member, a story, a measure, an article), so that
 * connecting an article reads and rewrites only what it touches; and read whole by the API and CLI.
 */
export interface ConnectedRepository {
  /** Actors holding a member with any of `keys` (blocking keys), by id. */
  actorsByKeys(keys: string[]): Promise<ResolvedEntity[]>;
  /** Actors holding any of `members` (`<articleId>/<localId>`), by id. */
  actorsOfMembers(members: string[]): Promise<ResolvedEntity[]>;
  /** Actors by id (absent ones left out), by id. */
  actorsById(ids: string[]): Promise<ResolvedEntity[]>;
  /** Actors holding a member in any of `articleIds`, by id. */
  actorsOfArticles(articleIds: string[]): Promise<ResolvedEntity[]>;
  /** The actor of each member (`<articleId>/<localId>`) of any of `articleIds`. */
  membersOfArticles(articleIds: string[]): Promise<Record<string, string>>;
  /** Events of any of `storyIds`, in their order. */
  eventsOfStories(storyIds: string[]): Promise<MergedEvent[]>;
  /** Ids of the stories holding an event that names any of `actorIds`. */
  storiesOfActors(actorIds: string[]): Promise<string[]>;
  /** Each of `articleIds` that has a story, with it. */
  storiesOfArticles(articleIds: string[]): Promise<Record<string, string>>;
  /** The articles of a story. */
  articlesOfStory(storyId: string): Promise<string[]>;
  /** Ids of the articles holding a point of any of `measureIds`. */
  articlesOfMeasures(measureIds: string[]): Promise<string[]>;
  /** Ids of the measures any of `articleIds` holds a point of. */
  measuresOfArticles(articleIds: string[]): Promise<string[]>;
  /**
   * The articles among `ids` that have a reading of their current revision, with it, in the order they
   * were first stored: the readings connecting works on, in one round trip.
   */
  readArticles(ids: string[]): Promise<ReadArticle[]>;
  /** `ids` ordered as the articles were first stored (unknown ids left out). */
  ingestionOrder(ids: string[]): Promise<string[]>;
  /**
   * Records that each of `keys` (sentence keys) is furniture, held by two articles or more; returns the
   * articles that first held the keys newly recorded (their furniture grew).
   */
  markFurniture(keys: string[], articleId: string): Promise<string[]>;
  /** Which of `keys` are furniture. */
  furnitureKeys(keys: string[]): Promise<string[]>;
  saveConnected(update: ConnectedUpdate): Promise<void>;
  listActors(): Promise<ResolvedEntity[]>;
  /** In their order (see `ConnectedUpdate.events`). */
  listEvents(): Promise<MergedEvent[]>;
  listSeries(): Promise<Series[]>;
  listDiscrepancies(): Promise<Discrepancy[]>;
}

export interface DaySpan {
  from: string;
  to: string;
}

/** A page of records: those at `offset`, at most `limit`, confident ones only (see `core/confidence`) unless `all`. */
export interface RecordPageQuery {
  limit: number;
  offset: number;
  all: boolean;
}

export interface RecordPage<T> {
  items: T[];
  /** Records matching (confident ones only unless `all`), across all pages. */
  total: number;
  /** Records matching but left out for their confidence; 0 with `all`. */
  hidden: number;
}

export interface EventFilter {
  storyId?: string | undefined;
  /** Events naming this actor as a source or target. */
  actorId?: string | undefined;
  /** Events whose days (see `ConnectedUpdate.events`) overlap these; an event without days is outside. */
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * For the API and the read commands: the connected records a page shows, each page one indexed query (with
 * its counts), so answering costs the same in a store of a thousand articles as in one of a million and
 * nothing is held in memory between requests.
 */
export interface RecordViews {
  /** Events in their stored order (`stored`) or in timeline order, ties by id. */
  eventPage(
    filter: EventFilter,
    order: 'stored' | 'timeline',
    page: RecordPageQuery,
  ): Promise<RecordPage<MergedEvent>>;
  /** Events by id (absent ones left out), by id. */
  eventsById(ids: string[]): Promise<MergedEvent[]>;
  /**
   * Actors whose name or an alias contains `q` (any case), of `type`; most mentioned first, then by name
   * and id.
   */
  actorPage(
    filter: { q?: string | undefined; type?: string | undefined },
    page: { limit: number; offset: number },
  ): Promise<{ items: ResolvedEntity[]; total: number }>;
  /** Actors whose name or an alias is `name` (any case), most mentioned first, then by name and id. */
  actorsNamed(name: string): Promise<ResolvedEntity[]>;
  /** Discrepancies of `kind` (every kind when absent), by kind (`DISCREPANCY_KINDS`), scope and id. */
  discrepancyPage(kind: string | undefined, page: RecordPageQuery): Promise<RecordPage<Discrepancy>>;
  /** Series by their first point's date, then id. */
  seriesPage(page: RecordPageQuery): Promise<RecordPage<Series>>;
  /** Stories as `listStories` orders them, each with its events' ids in their stored order. */
  storyPage(page: { limit: number; offset: number }): Promise<{ items: Story[]; total: number }>;
  getStory(id: string): Promise<Story | null>;
}

/** For work that reads, decides, then writes (linking): a unit of work no other writer interleaves with. */
export interface UnitOfWork<S> {
  /**
   * Runs `work` against a store bound to one transaction: everything it writes is kept together or not at
   * all, and no other writer's transaction runs in between, so what `work` read is still true when it
   * writes. A transaction inside `work` joins this one.
   */
  transaction<T>(work: (store: S) => Promise<T>): Promise<T>;
}

// ---- Workers: inputs taken in by the workers of a shared store (service/queue, service/worker) ----

/**
 * One input for the workers: a document read where it was enqueued, an address to read (a page, a feed),
 * text to read as `dossier ingest -` reads stdin (the API's single articles, as a one-line manifest), or a
 * refusal already known when it was enqueued.
 */
export type IntakeInput =
  | { kind: 'document'; doc: RawDocument }
  | { kind: 'source'; input: string }
  | { kind: 'stdin'; text: string }
  | { kind: 'failed'; error: IntakeError };

export interface IntakeError {
  input: string;
  problem: InputProblem;
  reason: string;
}

/** One document of an input, as the workers take it forward: prepared, then read. */
export interface IntakeDocument {
  source: string;
  /** The prepared article, or why the input gave none. */
  draft: ArticleDraft | null;
  error: IntakeError | null;
  /** Read from the draft's text and date by `pipeline`; null when not read (or reading failed: `readingError`). */
  reading: ArticleReading | null;
  pipeline: string | null;
  readingError: string | null;
}

/** `queued` → `fetched` (documents prepared) → `read` → `done` (stored and linked, in intake order). */
export type IntakeState = 'queued' | 'fetched' | 'read' | 'done';

export interface IntakeItem {
  seq: number;
  batchId: string;
  state: IntakeState;
  input: IntakeInput | null;
  documents: IntakeDocument[] | null;
}

/** What became of one input once stored: one entry per document. */
export type IntakeOutcome =
  | { source: string; outcome: SaveResult['outcome']; id: string; revision: number; readingFailed?: string }
  | { source: string; outcome: 'failed'; problem: InputProblem; reason: string };

/** How a batch's inputs are prepared: what `dossier ingest` and the API pass to the pipeline. */
export interface BatchOptions {
  published?: string | undefined;
  allowPrivate: boolean;
  maxBytes: number;
  /** For a batch of one article given by a client: the name its failure is reported under (`url`). */
  label?: string | undefined;
}

export interface IntakeBatch {
  id: string;
  createdAt: string;
  options: BatchOptions;
  /** Inputs in the batch; null while its enqueuer is still adding them. */
  total: number | null;
  /** Inputs in each state. */
  states: Record<IntakeState, number>;
  /** Documents stored per outcome, over the inputs done. */
  outcomes: { added: number; revised: number; updated: number; unchanged: number; failed: number };
  /** Every refused document and every reading that failed, over the inputs done, in intake order. */
  failures: IntakeOutcome[];
}

/**
 * For the workers of a shared store: each input is a row that moves `queued` → `fetched` → `read` → `done`.
 * Preparing and reading happen in any order on any worker; storing and linking happen in intake order
 * (`nextIntake` under the store's write lock), so N workers give what one process gives.
 */
export interface IntakeRepository {
  createBatch(options: BatchOptions): Promise<string>;
  /** Appends inputs to a batch, in order; their intake numbers (increasing). */
  addIntake(batchId: string, inputs: IntakeInput[]): Promise<number[]>;
  /** Records that the batch holds all its inputs. */
  sealBatch(batchId: string): Promise<void>;
  getBatch(batchId: string): Promise<IntakeBatch | null>;
  /** The latest batches first. */
  listBatches(limit: number): Promise<IntakeBatch[]>;
  getBatchOptions(batchId: string): Promise<BatchOptions | null>;
  /** Rows among `seqs` in `state`, in intake order. */
  intakeInState(seqs: number[], state: IntakeState): Promise<IntakeItem[]>;
  /**
   * Moves one row from `from` to `to` with its documents; false when it was no longer in `from` (another
   * worker got there first), so a job retried after a kill never applies twice.
   */
  advanceIntake(
    seq: number,
    from: IntakeState,
    to: IntakeState,
    documents: IntakeDocument[],
  ): Promise<boolean>;
  /** The first rows not yet done, in intake order, at most `limit`. */
  nextIntake(limit: number): Promise<IntakeItem[]>;
  /** Marks a row done with what became of its documents, dropping its inputs and drafts. */
  finishIntake(seq: number, outcomes: IntakeOutcome[]): Promise<void>;
  /**
   * Among the first `limit` rows not yet done, those unchanged for `seconds`, marked as changed now so
   * that one caller at a time takes them: rows whose job was lost for good, to be sent again.
   */
  reclaimIntake(seconds: number, limit: number): Promise<Array<{ seq: number; state: IntakeState }>>;
}

/** Runs SQL inside the caller's transaction: how a job queue kept in the same database enqueues atomically. */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

// ---- The job queue the workers take work from (src/queue) ----

/** What each job carries: the intake rows it works on (linking takes whatever is ready, in order). */
export interface JobPayloads {
  fetch: { seqs: number[] };
  read: { seqs: number[] };
  link: Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface JobCounts {
  queued: number;
  active: number;
  failed: number;
  completed: number;
}

/** A queue on an existing engine (pg-boss); jobs are retried when a worker vanishes mid-job. */
export interface JobQueue {
  /** Sends jobs; with `within`, inside that transaction, so they exist exactly when its rows do. */
  send<N extends JobName>(name: N, payloads: Array<JobPayloads[N]>, within?: SqlExecutor): Promise<void>;
  /** Takes jobs of `name` one at a time until `stop`; a handler that throws has its job retried. */
  work<N extends JobName>(name: N, handler: (payload: JobPayloads[N]) => Promise<void>): Promise<void>;
  counts(): Promise<Record<JobName, JobCounts>>;
  /** Seconds a job of `name` may run before it is taken for lost and given to another worker. */
  timeoutSeconds(name: JobName): number;
  /** Stops taking jobs, lets the running ones finish, and closes. */
  stop(): Promise<void>;
}
