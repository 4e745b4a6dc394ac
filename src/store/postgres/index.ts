import type pg from 'pg';
import type { ReportedArticle } from '../../core/event-reports.js';
import type { DuplicatePair, ReadArticle, StoryCandidate, StoryRecord } from '../../core/connected.js';
import type { ArticleActorItems } from '../../core/reading-items.js';
import type { SentenceCount } from '../../core/furniture.js';
import type {
  ArticleLinks,
  ConnectedUpdate,
  EntityDecision,
  IntakeRepository,
  ListQuery,
  RecordViews,
  SqlExecutor,
  StoredSignature,
  WhileWaiting,
} from '../../core/ports.js';
import type {
  Article,
  ArticleDraft,
  ArticlePatch,
  ArticleSummary,
  SaveResult,
  SearchHit,
  StoredReading,
} from '../../core/types.js';
import { encodeReading } from '../../core/reading-codec.js';
import { ArticleOrder } from '../article-order.js';
import { DecodedReadings } from '../decoded-readings.js';
import { SqlRecordViews } from '../record-views.js';
import type { Store } from '../store.js';
import { ArticleTables } from './articles.js';
import { ConnectedTables } from './connected.js';
import { connectionError, createPool, one, parseLocation } from './connection.js';
import type { PostgresLocation, Queryable } from './connection.js';
import { IntakeTables } from './intake.js';
import { IntakeStore } from './intake-store.js';
import { LinkTables } from './links.js';
import { migrate } from './migrations.js';
import { ReadingTables } from './readings.js';
import { ArticleSearch, BoundedSearch } from './search.js';
import { CONNECT_LOCK, lockedTransaction, STAGE_LOCKS, WRITE_LOCK } from './transaction.js';
import { WrittenArticles } from './written-articles.js';
import { postgresJsonText } from '../record-sql.js';

/**
 * The shared store: PostgreSQL, for several processes and machines at once. Each write is a transaction
 * that first takes the store's write lock (an advisory lock per schema), so writers run one at a time as
 * SQLite's do, and a writer that reads the index, decides and writes (linking) never races another.
 * Readers take no lock. A killed process's transaction is rolled back by the server and its lock freed.
 *
 * The same object, bound to one client, is the store inside a transaction (`transaction`).
 */
export class PostgresStore extends IntakeStore implements Store, IntakeRepository, SqlExecutor {
  private readonly articles: ArticleTables;
  private readonly searches: ArticleSearch;
  private readonly readings: ReadingTables;
  private readonly links: LinkTables;
  protected readonly connected: ConnectedTables;
  protected readonly intake: IntakeTables;
  /** Inside a write transaction, the articles it inserted (see `WrittenArticles`). */
  private readonly written: WrittenArticles | null;
  readonly views: RecordViews;
  /** The users' decisions as this transaction read them (see `listEntityDecisions`). */
  private decisions: Promise<EntityDecision[]> | null = null;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly location: PostgresLocation,
    /** The pool, or the client holding this view's transaction. */
    private readonly db: Queryable,
    private readonly inTransaction: boolean,
    /** Readings decoded by this store and its transactions' views (see `DecodedReadings`). */
    private readonly decoded = new DecodedReadings(),
    /** Articles' places in ingestion order, kept by this store and its transactions' views. */
    protected readonly articleOrder = new ArticleOrder(),
  ) {
    super();
    // Inside a write transaction, the articles it inserts are known without reading them back.
    const written = inTransaction ? new WrittenArticles() : null;
    this.written = written;
    this.articles = new ArticleTables(db, written);
    // Inside a transaction a search runs in it; outside, in a read-only transaction with a time limit.
    this.searches = new ArticleSearch(inTransaction ? db : new BoundedSearch(pool));
    this.readings = new ReadingTables(db, decoded, articleOrder, written);
    this.links = new LinkTables(db);
    this.connected = new ConnectedTables(db);
    this.intake = new IntakeTables(db);
    this.views = new SqlRecordViews({
      all: async (sql, values) => (await db.query<Record<string, unknown>>(sql, values)).rows,
      placeholder: (n) => `$${n}`,
      jsonText: postgresJsonText,
      lateral: true,
    });
  }

  /** The location it was opened with, for the job queue in the same database. */
  get locationUrl(): string {
    return this.location.url;
  }

  /** Connects, creates the schema if needed and brings it up to date. */
  static async open(location: string, options: { poolSize?: number } = {}): Promise<PostgresStore> {
    const parsed = parseLocation(location);
    const pool = createPool(parsed, options.poolSize);
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      await pool.end();
      throw connectionError(parsed, error);
    }
    try {
      await migrate(client, parsed.schema);
    } catch (error) {
      client.release();
      await pool.end();
      throw error;
    }
    client.release();
    return new PostgresStore(pool, parsed, pool, false);
  }

  /** Runs `work` in this view's transaction, or in a new one holding the write lock. */
  private write<T>(work: (store: PostgresStore) => Promise<T>): Promise<T> {
    return this.inTransaction ? work(this) : this.transaction(work);
  }

  /**
   * One transaction holding the store's write lock. READ COMMITTED, not snapshot isolation: each statement
   * after the lock sees everything committed before it, which is what "no other writer in between" needs
   * (a snapshot taken while waiting for the lock would miss the previous writer's work).
   */
  transaction<T>(work: (store: PostgresStore) => Promise<T>, waiting?: WhileWaiting): Promise<T> {
    return this.locked([WRITE_LOCK, CONNECT_LOCK], work, waiting);
  }

  /**
   * A transaction of one of the workers' two stages, holding only that stage's lock, so that one worker
   * links a row while another connects the row before it (see `Worker`). Each stage keeps intake order.
   */
  stageTransaction<T>(
    stage: keyof typeof STAGE_LOCKS,
    work: (store: PostgresStore) => Promise<T>,
    waiting?: WhileWaiting,
  ): Promise<T> {
    return this.locked(STAGE_LOCKS[stage], work, waiting);
  }

  /** `transaction` with the locks given, taken in this order (see `lockedTransaction`). */
  private async locked<T>(
    locks: readonly string[],
    work: (store: PostgresStore) => Promise<T>,
    waiting?: WhileWaiting,
  ): Promise<T> {
    if (this.inTransaction) return work(this);
    return lockedTransaction(
      this.pool,
      locks,
      (tx) => work(new PostgresStore(this.pool, this.location, tx, true, this.decoded, this.articleOrder)),
      waiting,
      () => this.articleOrder.clear(),
    );
  }

  /** For a job queue in the same database: its SQL runs in this view's transaction (see `JobQueue.send`). */
  async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    return this.db.query(text, values);
  }

  // ---- Articles ----

  async saveArticles(drafts: ArticleDraft[]): Promise<SaveResult[]> {
    return this.write(async (tx) => {
      const results: SaveResult[] = [];
      for (const draft of drafts) results.push(await tx.articles.addOrRevise(draft));
      return results;
    });
  }

  async saveArticle(draft: ArticleDraft): Promise<SaveResult> {
    return (await this.saveArticles([draft]))[0]!;
  }

  getArticle(idOrPrefix: string): Promise<Article | null> {
    return this.articles.getArticle(idOrPrefix);
  }

  listArticles(query: ListQuery = {}): Promise<ArticleSummary[]> {
    return this.articles.listArticles(query);
  }

  countArticles(query?: ListQuery): Promise<number> {
    return this.articles.countArticles(query);
  }

  iterateArticles(): AsyncIterable<Article> {
    return this.articles.iterateArticles();
  }

  listRevisions(id: string): Promise<Article[]> {
    return this.articles.listRevisions(id);
  }

  updateArticle(id: string, patch: ArticlePatch): Promise<Article | null> {
    return this.write((tx) => tx.articles.updateArticle(id, patch));
  }

  recleanArticle(id: string, revision: number, text: string, removed: string[]): Promise<boolean> {
    return this.write((tx) => tx.articles.recleanArticle(id, revision, text, removed));
  }

  search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    return this.searches.search(query, limit, offset);
  }

  countMatches(query: string): Promise<number> {
    return this.searches.countMatches(query);
  }

  async changeMark(): Promise<string> {
    // Bumped by a trigger on every statement that changes a table readers derive from (migration 11), in
    // one row for the connected records' tables and one for the rest (migration 32).
    const row = await one<{ value: string }>(
      this.db,
      `SELECT string_agg(value::text, '.' ORDER BY name) AS value FROM counters
       WHERE name IN ('changes', 'connected_changes')`,
    );
    return String(row!.value);
  }

  // ---- Readings ----

  async saveReading(stored: StoredReading): Promise<boolean> {
    return (await this.saveReadings([stored]))[0]!;
  }

  async saveReadings(readings: StoredReading[]): Promise<boolean[]> {
    // Encoded before the write lock is taken, so other writers do not wait while this one deflates.
    for (const stored of readings) encodeReading(stored.reading);
    return this.write(async (tx) => {
      const results: boolean[] = [];
      for (const reading of readings) results.push(await tx.readings.writeReading(reading));
      return results;
    });
  }

  getReading(articleId: string): Promise<StoredReading | null> {
    return this.readings.getReading(articleId);
  }

  listUnread(pipeline: string, limit: number): Promise<string[]> {
    return this.readings.listUnread(pipeline, limit);
  }

  readArticles(ids: string[]): Promise<ReadArticle[]> {
    return this.readings.readArticles(ids);
  }

  actorItemsOf(ids: string[]): Promise<ArticleActorItems[]> {
    return this.readings.actorItemsOf(ids);
  }

  eventReportsOf(ids: string[]): Promise<ReportedArticle[]> {
    return this.readings.eventReportsOf(ids);
  }

  // ---- Links ----

  async saveLinks(links: ArticleLinks): Promise<void> {
    await this.write((tx) => tx.links.saveLinks(links));
  }

  signaturesSharingBands(bandKeys: string[], exceptId: string, perBand: number): Promise<StoredSignature[]> {
    return this.links.signaturesSharingBands(bandKeys, exceptId, perBand);
  }

  listUnlinked(limit: number): Promise<string[]> {
    return this.links.listUnlinked(limit);
  }

  listDuplicates(): Promise<DuplicatePair[]> {
    return this.links.listDuplicates();
  }

  duplicatesOf(articleId: string): Promise<DuplicatePair[]> {
    return this.links.duplicatesOf(articleId);
  }

  storyFrequencies(keys: string[]): Promise<{ articles: number; df: Record<string, number> }> {
    return this.links.storyFrequencies(keys);
  }

  storyCandidates(
    postingKeys: string[],
    keys: string[],
    limit: number,
    maxPostings: number,
  ): Promise<StoryCandidate[]> {
    return this.links.storyCandidates(postingKeys, keys, limit, maxPostings);
  }

  storiesById(ids: string[], keys: string[]): Promise<StoryCandidate[]> {
    return this.links.storiesById(ids, keys);
  }

  beginRelink(): Promise<'started' | 'resumed'> {
    return this.write((tx) => tx.links.beginRelink());
  }

  endRelink(): Promise<void> {
    return this.write((tx) => tx.links.endRelink());
  }

  repeatedSentences(keys: string[], articleId: string): Promise<string[]> {
    return this.links.repeatedSentences(keys, articleId);
  }

  // ---- Sentences (furniture learned by clean-up) ----

  sentenceCounts(keys: string[]): Promise<SentenceCount[]> {
    return this.links.sentenceCounts(keys);
  }

  countSentences(
    articleId: string,
    keys: Array<{ key: string; lead: boolean }>,
    day: string | null,
  ): Promise<void> {
    return this.write((tx) => tx.links.countSentences(articleId, keys, day));
  }

  listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>> {
    return this.links.listStories();
  }

  storyOfArticle(articleId: string): Promise<string | null> {
    return this.links.storyOfArticle(articleId);
  }

  currentStory(id: string): Promise<string | null> {
    return this.links.currentStory(id);
  }

  markFurniture(keys: string[], articleId: string): Promise<string[]> {
    return this.write((tx) => tx.connected.markFurniture(keys, articleId));
  }

  async saveConnected(update: ConnectedUpdate): Promise<void> {
    await this.write(async (tx) => {
      tx.written?.reportsKept((update.eventReports ?? []).map((r) => r.articleId));
      await tx.connected.saveConnected(update);
    });
  }

  async addEntityDecision(decision: EntityDecision): Promise<void> {
    await this.write(async (tx) => {
      tx.decisions = null;
      await tx.links.addEntityDecision(decision);
    });
  }

  /**
   * Inside a transaction, read once: it holds the write lock, so no other process adds a decision until it
   * ends, and linking asks for them per article (a round trip every other writer waits for).
   */
  listEntityDecisions(): Promise<EntityDecision[]> {
    if (!this.inTransaction) return this.links.listEntityDecisions();
    return (this.decisions ??= this.links.listEntityDecisions());
  }

  async close(): Promise<void> {
    if (this.inTransaction) return;
    if (!this.pool.ended) await this.pool.end();
  }
}
