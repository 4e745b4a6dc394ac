import type pg from 'pg';
import { UsageError } from '../../core/errors.js';
import { articleId, urlKey } from '../../core/identity.js';
import { applyPatch, metadataUpdate } from '../../core/metadata-merge.js';
import { readingFromJson, readingToJson } from '../../core/reading-codec.js';
import type { DuplicatePair, ReadArticle, StoryCandidate, StoryRecord } from '../../core/connected.js';
import type {
  ArticleLinks,
  ConnectedUpdate,
  BatchOptions,
  EntityDecision,
  IntakeBatch,
  IntakeDocument,
  IntakeInput,
  IntakeItem,
  IntakeOutcome,
  IntakeRepository,
  IntakeState,
  ListQuery,
  RecordViews,
  SqlExecutor,
  StoredSignature,
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
import type { SentenceCount } from '../../core/furniture.js';
import { articleParams, rowToArticle, rowToSummary, searchPhrases } from '../rows.js';
import type { ArticleRow, SummaryRow } from '../rows.js';
import type { Store } from '../store.js';
import { connectionError, createPool, parseLocation } from './connection.js';
import type { PostgresLocation, Queryable } from './connection.js';
import { IntakeTables } from './intake.js';
import { ConnectedLookupsStore } from '../connected-lookups.js';
import { SqlRecordViews } from '../record-views.js';
import { ConnectedTables } from './connected.js';
import { LinkTables } from './links.js';
import { articleOfItems, saveItems } from './items.js';
import { migrate } from './migrations.js';

const SUMMARY_COLUMNS = 'id, title, outlet, published, lang, source, url, revision';
const ARTICLE_COLUMNS =
  'seq, id, revision, source, url, url_key, canonical_url, title, text, removed, outlet, outlet_evidence, ' +
  'author, lang, published, published_evidence, published_range, fingerprint, user_patch, ingested_at, updated_at';
const ITERATE_PAGE = 200;
/** The longest a search statement may run on the server. */
const SEARCH_TIMEOUT_MS = 10_000;

/** Writers take this lock for the length of their transaction: see `transaction`. */
const WRITE_LOCK = 'write';

/**
 * The shared store: PostgreSQL, for several processes and machines at once. Each write is a transaction
 * that first takes the store's write lock (an advisory lock per schema), so writers run one at a time as
 * SQLite's do, and a writer that reads the index, decides and writes (linking) never races another.
 * Readers take no lock. A killed process's transaction is rolled back by the server and its lock freed.
 *
 * The same object, bound to one client, is the store inside a transaction (`transaction`).
 */
export class PostgresStore extends ConnectedLookupsStore implements Store, IntakeRepository, SqlExecutor {
  private readonly links: LinkTables;
  protected readonly connected: ConnectedTables;
  private readonly intake: IntakeTables;
  readonly views: RecordViews;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly location: PostgresLocation,
    /** The pool, or the client holding this view's transaction. */
    private readonly db: Queryable,
    private readonly inTransaction: boolean,
  ) {
    super();
    this.links = new LinkTables(db);
    this.connected = new ConnectedTables(db);
    this.intake = new IntakeTables(db);
    this.views = new SqlRecordViews({
      all: async (sql, values) => (await db.query<Record<string, unknown>>(sql, values)).rows,
      placeholder: (n) => `$${n}`,
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
  async transaction<T>(work: (store: PostgresStore) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext(current_schema() || $1))', [
        `:${WRITE_LOCK}`,
      ]);
      const result = await work(new PostgresStore(this.pool, this.location, client, true));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** For a job queue in the same database: its SQL runs in this view's transaction (see `JobQueue.send`). */
  async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    return this.db.query(text, values);
  }

  /**
   * A search statement, cancelled by the server after `SEARCH_TIMEOUT_MS` so that no query, however many
   * articles its words match, holds a connection (and the requests waiting for one) for long.
   */
  private async searchQuery<R extends pg.QueryResultRow>(text: string, values: unknown[]) {
    if (this.inTransaction) return this.db.query<R>(text, values);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}`);
      // Matches come from the GIN index: the planner prices a match as one cheap operator call, not as
      // the de-TOASTing of every article's tsvector a scan of the table does, so for a word in a fifth of
      // the articles it chose the scan (a count at 10k articles: 770 ms against 2 ms through the index).
      await client.query('SET LOCAL enable_seqscan = off');
      const result = await client.query<R>(text, values);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: string }).code === '57014') {
        throw new UsageError('the search took too long: use fewer or rarer words');
      }
      throw error;
    } finally {
      client.release();
    }
  }

  // ---- Articles ----

  async saveArticles(drafts: ArticleDraft[]): Promise<SaveResult[]> {
    return this.write(async (tx) => {
      const results: SaveResult[] = [];
      for (const draft of drafts) results.push(await tx.addOrRevise(draft));
      return results;
    });
  }

  async saveArticle(draft: ArticleDraft): Promise<SaveResult> {
    return (await this.saveArticles([draft]))[0]!;
  }

  private async addOrRevise(d: ArticleDraft): Promise<SaveResult> {
    const seen = await this.one<{ article_id: string; revision: number }>(
      'SELECT article_id, revision FROM fingerprints WHERE fingerprint = $1',
      [d.fingerprint],
    );
    if (seen) return this.takeBetterMetadata(seen.article_id, seen.revision, d);

    const key = urlKey(d.canonicalUrl) ?? urlKey(d.url);
    const now = new Date().toISOString();
    const existing = key
      ? await this.one<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE url_key = $1`, [key])
      : null;
    if (existing) return this.reviseArticle(existing, d, key, now);

    const id = articleId(key, d.fingerprint);
    const p = articleParams({ ...d, id, revision: 1, urlKey: key, updatedAt: now });
    await this.db.query(
      `INSERT INTO articles (id, revision, source, url, url_key, canonical_url, title, text, removed, outlet,
         outlet_evidence, author, lang, published, published_evidence, published_range, fingerprint,
         ingested_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)`,
      [
        p.id,
        p.revision,
        p.source,
        p.url,
        p.url_key,
        p.canonical_url,
        p.title,
        p.text,
        p.removed,
        p.outlet,
        p.outlet_evidence,
        p.author,
        p.lang,
        p.published,
        p.published_evidence,
        p.published_range,
        p.fingerprint,
        p.updated_at,
      ],
    );
    await this.recordFingerprint(d.fingerprint, id, 1);
    return { outcome: 'added', id, revision: 1 };
  }

  private async takeBetterMetadata(id: string, revision: number, draft: ArticleDraft): Promise<SaveResult> {
    const row = (await this.one<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]))!;
    const userSet = new Set(Object.keys(JSON.parse(row.user_patch) as ArticlePatch));
    const update = row.revision === revision ? metadataUpdate(rowToArticle(row), draft, userSet) : null;
    if (!update) return { outcome: 'unchanged', id, revision };
    const p = articleParams({
      ...rowToArticle(row),
      ...update,
      urlKey: row.url_key,
      updatedAt: new Date().toISOString(),
    });
    await this.db.query(
      `UPDATE articles SET title = $2, author = $3, outlet = $4, outlet_evidence = $5, published = $6,
         published_evidence = $7, published_range = $8, updated_at = $9
       WHERE id = $1`,
      [
        p.id,
        p.title,
        p.author,
        p.outlet,
        p.outlet_evidence,
        p.published,
        p.published_evidence,
        p.published_range,
        p.updated_at,
      ],
    );
    return { outcome: 'updated', id, revision };
  }

  /** The previous text is kept as a snapshot; a user's corrections outlive the new text. */
  private async reviseArticle(
    row: ArticleRow,
    draft: ArticleDraft,
    key: string | null,
    now: string,
  ): Promise<SaveResult> {
    const revision = row.revision + 1;
    await this.db.query(
      'INSERT INTO article_revisions (article_id, revision, snapshot) VALUES ($1, $2, $3)',
      [row.id, row.revision, JSON.stringify(rowToArticle(row))],
    );
    const patch = JSON.parse(row.user_patch) as ArticlePatch;
    const p = articleParams(
      applyPatch({ ...draft, id: row.id, revision, urlKey: key, updatedAt: now }, patch),
    );
    await this.db.query(
      `UPDATE articles SET revision = $2, source = $3, url = $4, url_key = $5, canonical_url = $6, title = $7,
         text = $8, removed = $9, outlet = $10, outlet_evidence = $11, author = $12, lang = $13,
         published = $14, published_evidence = $15, published_range = $16, fingerprint = $17, updated_at = $18
       WHERE id = $1`,
      [
        p.id,
        p.revision,
        p.source,
        p.url,
        p.url_key,
        p.canonical_url,
        p.title,
        p.text,
        p.removed,
        p.outlet,
        p.outlet_evidence,
        p.author,
        p.lang,
        p.published,
        p.published_evidence,
        p.published_range,
        p.fingerprint,
        p.updated_at,
      ],
    );
    await this.recordFingerprint(draft.fingerprint, row.id, revision);
    return { outcome: 'revised', id: row.id, revision };
  }

  private async recordFingerprint(fingerprint: string, id: string, revision: number): Promise<void> {
    await this.db.query('INSERT INTO fingerprints (fingerprint, article_id, revision) VALUES ($1, $2, $3)', [
      fingerprint,
      id,
      revision,
    ]);
  }

  async getArticle(idOrPrefix: string): Promise<Article | null> {
    const exact = await this.one<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [
      idOrPrefix,
    ]);
    if (exact) return rowToArticle(exact);
    if (!/^[0-9a-f]{3,}$/i.test(idOrPrefix)) return null;
    const { rows } = await this.db.query<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id LIKE $1 LIMIT 2`,
      [`${idOrPrefix.toLowerCase()}%`],
    );
    if (rows.length > 1)
      throw new UsageError(`article id prefix "${idOrPrefix}" is ambiguous; give more of it`);
    return rows[0] ? rowToArticle(rows[0]) : null;
  }

  async listArticles(query: ListQuery = {}): Promise<ArticleSummary[]> {
    const { rows } = await this.db.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ($1::text IS NULL OR outlet = $1)
       ORDER BY seq LIMIT $2 OFFSET $3`,
      [query.outlet ?? null, query.limit ?? null, query.offset ?? 0],
    );
    return rows.map(rowToSummary);
  }

  async countArticles(): Promise<number> {
    return (await this.one<{ n: number }>('SELECT COUNT(*) AS n FROM articles'))!.n;
  }

  async *iterateArticles(): AsyncIterable<Article> {
    let after = 0;
    for (;;) {
      const { rows } = await this.db.query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, ITERATE_PAGE],
      );
      for (const row of rows) yield rowToArticle(row);
      if (rows.length < ITERATE_PAGE) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async listRevisions(id: string): Promise<Article[]> {
    const { rows } = await this.db.query<{ snapshot: string }>(
      'SELECT snapshot FROM article_revisions WHERE article_id = $1 ORDER BY revision',
      [id],
    );
    return rows.map((row) => JSON.parse(row.snapshot) as Article);
  }

  /**
   * Ranked by `ts_rank` over the stored `tsvector` (title weighted five times the text, as SQLite weighs
   * it with bm25); headlines are made for the page only, since `ts_headline` re-reads each text.
   */
  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const tsquery = tsQuery(query);
    if (tsquery === null) return [];
    const { rows } = await this.searchQuery<SearchHit>(
      `SELECT a.id, a.title, a.outlet, a.published,
              ts_headline('dossier_search', a.text, page.q,
                'StartSel=«, StopSel=», MaxFragments=1, MaxWords=16, MinWords=6, FragmentDelimiter=…') AS snippet
       FROM (
         SELECT seq, q, ts_rank('{0.2, 0.2, 0.2, 1.0}', search, q) AS rank
         FROM articles, to_tsquery('dossier_search', $1) q
         WHERE search @@ q
         ORDER BY rank DESC, seq LIMIT $2 OFFSET $3
       ) page JOIN articles a ON a.seq = page.seq
       ORDER BY page.rank DESC, page.seq`,
      [tsquery, limit, offset],
    );
    return rows;
  }

  /**
   * PostgreSQL has no counter of commits per schema, so the mark is a summary of what writers change:
   * articles added or revised, readings saved, links and decisions made. One query over small indexes
   * and counts; a store of thousands of articles answers it in a millisecond or two.
   */
  async changeMark(): Promise<string> {
    // Bumped by a trigger on every statement that changes a table readers derive from (migration 11).
    const row = await this.one<{ value: string }>("SELECT value FROM counters WHERE name = 'changes'");
    return String(row!.value);
  }

  async countMatches(query: string): Promise<number> {
    const tsquery = tsQuery(query);
    if (tsquery === null) return 0;
    const { rows } = await this.searchQuery<{ n: number }>(
      "SELECT COUNT(*) AS n FROM articles WHERE search @@ to_tsquery('dossier_search', $1)",
      [tsquery],
    );
    return rows[0]!.n;
  }

  async updateArticle(id: string, patch: ArticlePatch): Promise<Article | null> {
    return this.write(async (tx) => {
      const row = await tx.one<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
      if (!row) return null;
      const stored = { ...(JSON.parse(row.user_patch) as ArticlePatch), ...patch };
      const updated = applyPatch(
        { ...rowToArticle(row), urlKey: row.url_key, updatedAt: new Date().toISOString() },
        patch,
      );
      const p = articleParams(updated);
      await tx.db.query(
        `UPDATE articles SET title = $2, outlet = $3, outlet_evidence = $4, published = $5,
           published_evidence = $6, published_range = $7, updated_at = $8, user_patch = $9
         WHERE id = $1`,
        [
          p.id,
          p.title,
          p.outlet,
          p.outlet_evidence,
          p.published,
          p.published_evidence,
          p.published_range,
          p.updated_at,
          JSON.stringify(stored),
        ],
      );
      const { urlKey: _key, ...article } = updated;
      return { ...article, ingestedAt: row.ingested_at };
    });
  }

  // ---- Readings ----

  async saveReading(stored: StoredReading): Promise<boolean> {
    return (await this.saveReadings([stored]))[0]!;
  }

  async saveReadings(readings: StoredReading[]): Promise<boolean[]> {
    return this.write(async (tx) => {
      const results: boolean[] = [];
      for (const reading of readings) results.push(await tx.writeReading(reading));
      return results;
    });
  }

  /** Only a reading of the current revision is kept; the article remembers which revision is read. */
  private async writeReading(stored: StoredReading): Promise<boolean> {
    const result = await this.db.query(
      `WITH current AS (
         UPDATE articles SET read_revision = $2 WHERE id = $1 AND revision = $2 RETURNING id
       )
       INSERT INTO readings (article_id, revision, pipeline, reading, read_at)
       SELECT id, $2, $3, $4, $5 FROM current
       ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, pipeline = excluded.pipeline,
         reading = excluded.reading, read_at = excluded.read_at`,
      [
        stored.articleId,
        stored.revision,
        stored.pipeline,
        readingToJson(stored.reading),
        new Date().toISOString(),
      ],
    );
    if ((result.rowCount ?? 0) === 0) return false;
    const article = await articleOfItems(this.db, stored.articleId, stored.revision);
    await saveItems(this.db, article!, stored.reading);
    return true;
  }

  async getReading(articleId: string): Promise<StoredReading | null> {
    const row = await this.one<{ article_id: string; revision: number; pipeline: string; reading: string }>(
      'SELECT article_id, revision, pipeline, reading FROM readings WHERE article_id = $1',
      [articleId],
    );
    if (!row) return null;
    return {
      articleId: row.article_id,
      revision: row.revision,
      pipeline: row.pipeline,
      reading: readingFromJson(row.reading),
    };
  }

  async listUnread(pipeline: string, limit: number): Promise<string[]> {
    // As in SQLite: articles a partial index lists as unread, and readings by another pipeline.
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT id FROM (
         SELECT seq, id FROM articles WHERE read_revision IS DISTINCT FROM revision
         UNION
         SELECT a.seq, a.id FROM readings r JOIN articles a ON a.id = r.article_id
         WHERE r.pipeline < $1 OR r.pipeline > $1
       ) unread ORDER BY seq LIMIT $2`,
      [pipeline, limit],
    );
    return rows.map((row) => row.id);
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

  storyFrequencies(keys: string[]): Promise<{ articles: number; df: Record<string, number> }> {
    return this.links.storyFrequencies(keys);
  }

  storyCandidates(postingKeys: string[], keys: string[], limit: number): Promise<StoryCandidate[]> {
    return this.links.storyCandidates(postingKeys, keys, limit);
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

  recleanArticle(id: string, revision: number, text: string, removed: string[]): Promise<boolean> {
    return this.write(async (tx) => {
      const { rowCount } = await tx.db.query(
        `UPDATE articles SET text = $3, removed = $4, updated_at = $5, read_revision = NULL,
           linked_revision = NULL
         WHERE id = $1 AND revision = $2`,
        [id, revision, text, JSON.stringify(removed), new Date().toISOString()],
      );
      if (!rowCount) return false;
      await tx.db.query('DELETE FROM readings WHERE article_id = $1', [id]);
      return true;
    });
  }

  listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>> {
    return this.links.listStories();
  }

  storyOfArticle(articleId: string): Promise<string | null> {
    return this.links.storyOfArticle(articleId);
  }

  async readArticles(ids: string[]): Promise<ReadArticle[]> {
    if (ids.length === 0) return [];
    const columns = ARTICLE_COLUMNS.split(', ')
      .map((c) => `a.${c}`)
      .join(', ');
    const { rows } = await this.db.query<ArticleRow & { reading_json: string }>(
      `SELECT ${columns}, r.reading AS reading_json FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       WHERE a.id = ANY($1::text[]) ORDER BY a.seq`,
      [[...new Set(ids)]],
    );
    return rows.map((row) => ({ article: rowToArticle(row), reading: readingFromJson(row.reading_json) }));
  }

  markFurniture(keys: string[], articleId: string): Promise<string[]> {
    return this.write((tx) => tx.connected.markFurniture(keys, articleId));
  }

  async saveConnected(update: ConnectedUpdate): Promise<void> {
    await this.write((tx) => tx.connected.saveConnected(update));
  }

  async addEntityDecision(decision: EntityDecision): Promise<void> {
    await this.write((tx) => tx.links.addEntityDecision(decision));
  }

  listEntityDecisions(): Promise<EntityDecision[]> {
    return this.links.listEntityDecisions();
  }

  // ---- Intake (workers) ----

  createBatch(options: BatchOptions): Promise<string> {
    return this.intake.createBatch(options);
  }

  addIntake(batchId: string, inputs: IntakeInput[]): Promise<number[]> {
    return this.intake.addIntake(batchId, inputs);
  }

  sealBatch(batchId: string): Promise<void> {
    return this.intake.sealBatch(batchId);
  }

  getBatch(batchId: string): Promise<IntakeBatch | null> {
    return this.intake.getBatch(batchId);
  }

  listBatches(limit: number): Promise<IntakeBatch[]> {
    return this.intake.listBatches(limit);
  }

  getBatchOptions(batchId: string): Promise<BatchOptions | null> {
    return this.intake.getBatchOptions(batchId);
  }

  intakeInState(seqs: number[], state: IntakeState): Promise<IntakeItem[]> {
    return this.intake.intakeInState(seqs, state);
  }

  advanceIntake(
    seq: number,
    from: IntakeState,
    to: IntakeState,
    documents: IntakeDocument[],
  ): Promise<boolean> {
    return this.intake.advanceIntake(seq, from, to, documents);
  }

  nextIntake(limit: number): Promise<IntakeItem[]> {
    return this.intake.nextIntake(limit);
  }

  finishIntake(seq: number, outcomes: IntakeOutcome[]): Promise<void> {
    return this.intake.finishIntake(seq, outcomes);
  }

  reclaimIntake(seconds: number, limit: number): Promise<Array<{ seq: number; state: IntakeState }>> {
    return this.intake.reclaimIntake(seconds, limit);
  }

  async close(): Promise<void> {
    if (this.inTransaction) return;
    if (!this.pool.ended) await this.pool.end();
  }

  private async one<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R | null> {
    const { rows } = await this.db.query<R>(text, values);
    return rows[0] ?? null;
  }
}

/**
 * A user's words as a `to_tsquery` string: each word quoted as a lexeme (it holds only letters and digits,
 * so nothing in it is syntax), the words of a phrase joined by `<->`, the phrases by `&`.
 */
function tsQuery(userQuery: string): string | null {
  const phrases = searchPhrases(userQuery);
  if (phrases.length === 0) return null;
  return phrases.map((words) => `(${words.map((w) => `'${w}'`).join(' <-> ')})`).join(' & ');
}
