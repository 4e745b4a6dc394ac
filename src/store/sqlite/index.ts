import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type {
  Article,
  ArticleDraft,
  ArticlePatch,
  ArticleSummary,
  SaveResult,
  SearchHit,
  StoredReading,
} from '../../core/types.js';
import type { DuplicatePair, ReadArticle, StoryCandidate, StoryRecord } from '../../core/connected.js';
import type { ReportedArticle } from '../../core/event-reports.js';
import type { ArticleActorItems } from '../../core/reading-items.js';
import type { ConnectedUpdate, RecordViews, WhileWaiting } from '../../core/ports.js';
import type { ArticleLinks, EntityDecision, ListQuery, Store, StoredSignature } from '../store.js';
import type { SentenceCount } from '../../core/furniture.js';
import { ConnectedLookupsStore } from '../connected-lookups.js';
import { SqlRecordViews } from '../record-views.js';
import { ArticleTables } from './articles.js';
import { ConnectedTables } from './connected.js';
import { LinkTables } from './links.js';
import { migrate } from './migrations.js';
import { ArticleOrder } from '../article-order.js';
import { ReadingTables } from './readings.js';
import { ArticleSearch } from './search.js';
import { itemsHolding, itemWords } from './words.js';
import { KeptStatements } from './kept-statements.js';
import { sqliteJsonText } from '../record-sql.js';

/** Another process's write transaction is waited for, up to a minute on a loaded machine, not failed on. */
const BUSY_TIMEOUT_MS = 60_000;

/**
 * The embedded default: one SQLite file, WAL, one transaction per batch of articles. Each concept's
 * tables are a module of their own (articles, readings, search, links, connected records), as in the
 * PostgreSQL store; this class opens the file, shares the prepared statements, and runs transactions.
 */
export class SqliteStore extends ConnectedLookupsStore implements Store {
  private readonly db: Database.Database;
  private readonly statements: KeptStatements;
  private readonly articles: ArticleTables;
  private readonly readings: ReadingTables;
  private readonly fullText: ArticleSearch;
  private readonly links: LinkTables;
  protected readonly connected: ConnectedTables;
  readonly views: RecordViews;
  private transactions: Promise<void> = Promise.resolve();
  protected readonly articleOrder = new ArticleOrder();

  constructor(readonly path: string) {
    super();
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
    } catch (error) {
      throw new UsageError(`cannot open database ${path}: ${(error as Error).message}`);
    }
    // The wait first: turning a new file to WAL takes a lock, and a second process opening it at that
    // moment would otherwise fail at once with "database is locked" (two `dossier ingest` of one file).
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.pragma('journal_mode = WAL');
    // NORMAL under WAL keeps every committed transaction across a process kill; only an OS crash can
    // lose the last ones, never corrupt the file.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // 64 MB of page cache instead of 2: a large store's index pages stay in memory between the lookups
    // that linking an article makes, rather than being read again from the file.
    this.db.pragma('cache_size = -65536');
    migrate(this.db);
    this.statements = new KeptStatements(this.db);
    // Every write transaction is taken for writing up front (`immediate`, BEGIN IMMEDIATE): one that reads
    // first and writes after would fail at once with SQLITE_BUSY when another process wrote in between,
    // where BEGIN IMMEDIATE waits for the busy timeout.
    const statement = (sql: string) => this.statement(sql);
    this.articles = new ArticleTables(this.db, statement);
    this.readings = new ReadingTables(this.db, statement, this.articleOrder);
    this.fullText = new ArticleSearch(statement);
    this.links = new LinkTables(this.db);
    this.connected = new ConnectedTables(this.db);
    this.views = new SqlRecordViews({
      all: async (sql, values) => this.statement(sql).all(...values) as Array<Record<string, unknown>>,
      placeholder: () => '?',
      jsonText: sqliteJsonText,
      itemsHolding,
      itemWords,
    });
  }

  /** Statements are prepared once per store and kept (`KeptStatements`): preparing is a large share of a small write's cost. */
  private statement(sql: string): Database.Statement {
    return this.statements.get(sql);
  }

  // ---- Articles (`articles.ts`), search (`search.ts`) and readings (`readings.ts`) ----

  saveArticles(drafts: ArticleDraft[]): Promise<SaveResult[]> {
    return this.articles.saveArticles(drafts);
  }

  saveArticle(draft: ArticleDraft): Promise<SaveResult> {
    return this.articles.saveArticle(draft);
  }

  getArticle(idOrPrefix: string): Promise<Article | null> {
    return this.articles.getArticle(idOrPrefix);
  }

  listArticles(query?: ListQuery): Promise<ArticleSummary[]> {
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
    return this.articles.updateArticle(id, patch);
  }

  recleanArticle(id: string, revision: number, text: string, removed: string[]): Promise<boolean> {
    return this.articles.recleanArticle(id, revision, text, removed);
  }

  search(query: string, limit?: number, offset?: number): Promise<SearchHit[]> {
    return this.fullText.search(query, limit, offset);
  }

  countMatches(query: string): Promise<number> {
    return this.fullText.countMatches(query);
  }

  saveReading(stored: StoredReading): Promise<boolean> {
    return this.readings.saveReading(stored);
  }

  saveReadings(readings: StoredReading[]): Promise<boolean[]> {
    return this.readings.saveReadings(readings);
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

  async actorItemsOf(ids: string[]): Promise<ArticleActorItems[]> {
    return this.readings.actorItemsOf(ids);
  }

  async eventReportsOf(ids: string[]): Promise<ReportedArticle[]> {
    return this.readings.eventReportsOf(ids);
  }

  /**
   * `data_version` moves when another connection (a CLI ingest, the server's ingest thread) commits;
   * `total_changes()` counts this connection's own writes.
   */
  async changeMark(): Promise<string> {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    const own = (this.statement('SELECT total_changes() AS n').get() as { n: number }).n;
    return `${version}:${own}`;
  }

  async saveLinks(links: ArticleLinks): Promise<void> {
    this.links.saveLinks(links);
  }

  async signaturesSharingBands(
    bandKeys: string[],
    exceptId: string,
    perBand: number,
  ): Promise<StoredSignature[]> {
    return this.links.signaturesSharingBands(bandKeys, exceptId, perBand);
  }

  async listUnlinked(limit: number): Promise<string[]> {
    return this.links.listUnlinked(limit);
  }

  async listDuplicates(): Promise<DuplicatePair[]> {
    return this.links.listDuplicates();
  }

  async duplicatesOf(articleId: string): Promise<DuplicatePair[]> {
    return this.links.duplicatesOf(articleId);
  }

  async storyFrequencies(keys: string[]): Promise<{ articles: number; df: Record<string, number> }> {
    return this.links.storyFrequencies(keys);
  }

  async storyCandidates(
    lookupKeys: string[],
    keys: string[],
    limit: number,
    maxPostings: number,
  ): Promise<StoryCandidate[]> {
    return this.links.storyCandidates(lookupKeys, keys, limit, maxPostings);
  }

  async storiesById(ids: string[], keys: string[]): Promise<StoryCandidate[]> {
    return this.links.storiesById(ids, keys);
  }

  async beginRelink(): Promise<'started' | 'resumed'> {
    return this.links.beginRelink();
  }

  async endRelink(): Promise<void> {
    this.links.endRelink();
  }

  async repeatedSentences(keys: string[], articleId: string): Promise<string[]> {
    return this.links.repeatedSentences(keys, articleId);
  }

  // ---- Sentences (furniture learned by clean-up) ----

  async sentenceCounts(keys: string[]): Promise<SentenceCount[]> {
    return this.links.sentenceCounts(keys);
  }

  async countSentences(
    articleId: string,
    keys: Array<{ key: string; lead: boolean }>,
    day: string | null,
  ): Promise<void> {
    this.links.countSentences(articleId, keys, day);
  }

  async listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>> {
    return this.links.listStories();
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    return this.links.storyOfArticle(articleId);
  }

  async currentStory(id: string): Promise<string | null> {
    return this.links.currentStory(id);
  }

  async markFurniture(keys: string[], articleId: string): Promise<string[]> {
    return this.connected.markFurniture(keys, articleId);
  }

  async saveConnected(update: ConnectedUpdate): Promise<void> {
    // Immediate, as every write transaction of the store; a savepoint inside a linking's transaction.
    this.db
      .transaction(() => {
        this.connected.saveConnected(update);
        this.readings.writeEventReports(update.eventReports ?? []);
      })
      .immediate();
  }

  async addEntityDecision(decision: EntityDecision): Promise<void> {
    this.links.addEntityDecision(decision);
  }

  async listEntityDecisions(): Promise<EntityDecision[]> {
    return this.links.listEntityDecisions();
  }

  /**
   * One SQLite transaction, taken for writing up front (BEGIN IMMEDIATE) so that another process's writer
   * waits rather than fails half-way. Transactions of this process run one after the other: `work` awaits,
   * and a second caller must not slip its statements into the first one's transaction meanwhile.
   */
  async transaction<T>(work: (store: Store) => Promise<T>, waiting?: WhileWaiting): Promise<T> {
    const run = this.transactions.then(async () => {
      await this.begin(waiting);
      try {
        const result = await work(this.joined());
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.articleOrder.clear();
        throw error;
      }
    });
    this.transactions = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /**
   * BEGIN IMMEDIATE. With work to do while waiting, the lock is tried without the busy handler (which
   * sleeps the whole process, up to 100 ms a try) and `waiting` runs a step between tries; once it has
   * nothing left, the busy handler waits as for any other transaction.
   */
  private async begin(waiting: WhileWaiting | undefined): Promise<void> {
    while (waiting) {
      this.db.pragma('busy_timeout = 0');
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      } finally {
        this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      }
      if (!waiting()) break;
      // Lets the process's other callbacks (a server's requests) run between steps.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.db.exec('BEGIN IMMEDIATE');
  }

  /** This store as seen inside its open transaction: a transaction asked of it joins the open one. */
  private joined(): Store {
    const view = Object.create(this) as SqliteStore;
    view.transaction = (work) => work(view);
    return view;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
