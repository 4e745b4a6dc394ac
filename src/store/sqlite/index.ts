import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { readingFromJson, readingToJson } from '../../core/reading-codec.js';
import { UsageError } from '../../core/errors.js';
import { articleId, urlKey } from '../../core/identity.js';
import { applyPatch, metadataUpdate } from '../../core/metadata-merge.js';
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
import type { ConnectedUpdate, RecordViews } from '../../core/ports.js';
import type { ArticleLinks, EntityDecision, ListQuery, Store, StoredSignature } from '../store.js';
import type { SentenceCount } from '../../core/furniture.js';
import { articleParams, rowToArticle, rowToSummary, searchPhrases } from '../rows.js';
import type { ArticleRow, SummaryRow } from '../rows.js';
import { ConnectedLookupsStore } from '../connected-lookups.js';
import { SqlRecordViews } from '../record-views.js';
import { ConnectedTables } from './connected.js';
import { LinkTables } from './links.js';
import { articleOfItems, saveItems } from './items.js';
import { migrate } from './migrations.js';

const SUMMARY_COLUMNS = 'id, title, outlet, published, lang, source, url, revision';
const ITERATE_PAGE = 200;

/**
 * The embedded default: one SQLite file, WAL, one transaction per batch of articles (FTS5 writes a new
 * index segment per transaction, so committing article by article cost more than all the clean-up).
 */
export class SqliteStore extends ConnectedLookupsStore implements Store {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly links: LinkTables;
  protected readonly connected: ConnectedTables;
  readonly views: RecordViews;
  private readonly saveBatch: (drafts: ArticleDraft[]) => SaveResult[];
  private readonly saveReadingBatch: (readings: StoredReading[]) => boolean[];
  private transactions: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {
    super();
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
    } catch (error) {
      throw new UsageError(`cannot open database ${path}: ${(error as Error).message}`);
    }
    this.db.pragma('journal_mode = WAL');
    // NORMAL under WAL keeps every committed transaction across a process kill; only an OS crash can
    // lose the last ones, never corrupt the file.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // Another process's write transaction is waited for, up to a minute on a loaded machine, not failed on.
    this.db.pragma('busy_timeout = 60000');
    // 64 MB of page cache instead of 2: a large store's index pages stay in memory between the lookups
    // that linking an article makes, rather than being read again from the file.
    this.db.pragma('cache_size = -65536');
    migrate(this.db);
    this.links = new LinkTables(this.db);
    this.connected = new ConnectedTables(this.db);
    this.views = new SqlRecordViews({
      all: async (sql, values) => this.statement(sql).all(...values) as Array<Record<string, unknown>>,
      placeholder: () => '?',
    });
    // Every write transaction is taken for writing up front (`immediate`, BEGIN IMMEDIATE): one that reads
    // first and writes after would fail at once with SQLITE_BUSY when another process wrote in between,
    // where BEGIN IMMEDIATE waits for the busy timeout.
    const saveBatch = this.db.transaction((drafts: ArticleDraft[]) => drafts.map((d) => this.addOrRevise(d)));
    this.saveBatch = (drafts) => saveBatch.immediate(drafts);
    const saveReadingBatch = this.db.transaction((readings: StoredReading[]) =>
      readings.map((r) => this.writeReading(r)),
    );
    this.saveReadingBatch = (readings) => saveReadingBatch.immediate(readings);
  }

  /** Statements are prepared once per store: preparing is a large share of a small write's cost. */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  async saveArticles(drafts: ArticleDraft[]): Promise<SaveResult[]> {
    return this.saveBatch(drafts);
  }

  async saveArticle(draft: ArticleDraft): Promise<SaveResult> {
    return this.saveBatch([draft])[0]!;
  }

  private addOrRevise(d: ArticleDraft): SaveResult {
    const seen = this.statement('SELECT article_id, revision FROM fingerprints WHERE fingerprint = ?').get(
      d.fingerprint,
    ) as { article_id: string; revision: number } | undefined;
    if (seen) return this.takeBetterMetadata(seen.article_id, seen.revision, d);

    const key = urlKey(d.canonicalUrl) ?? urlKey(d.url);
    const now = new Date().toISOString();
    const existing = key
      ? (this.statement('SELECT * FROM articles WHERE url_key = ?').get(key) as ArticleRow | undefined)
      : undefined;
    if (existing) return this.reviseArticle(existing, d, key, now);

    const id = articleId(key, d.fingerprint);
    this.statement(
      `INSERT INTO articles (id, revision, source, url, url_key, canonical_url, title, text, removed, outlet,
             outlet_evidence, author, lang, published, published_evidence, published_range, fingerprint,
             ingested_at, updated_at)
           VALUES (@id, @revision, @source, @url, @url_key, @canonical_url, @title, @text, @removed, @outlet,
             @outlet_evidence, @author, @lang, @published, @published_evidence, @published_range, @fingerprint,
             @updated_at, @updated_at)`,
    ).run(articleParams({ ...d, id, revision: 1, urlKey: key, updatedAt: now }));
    this.recordFingerprint(d.fingerprint, id, 1);
    return { outcome: 'added', id, revision: 1 };
  }

  private takeBetterMetadata(id: string, revision: number, draft: ArticleDraft): SaveResult {
    const row = this.statement('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow;
    const userSet = new Set(Object.keys(JSON.parse(row.user_patch) as ArticlePatch));
    const update = row.revision === revision ? metadataUpdate(rowToArticle(row), draft, userSet) : null;
    if (!update) return { outcome: 'unchanged', id, revision };
    const merged = {
      ...rowToArticle(row),
      ...update,
      urlKey: row.url_key,
      updatedAt: new Date().toISOString(),
    };
    this.statement(
      `UPDATE articles SET title = @title, author = @author, outlet = @outlet, outlet_evidence = @outlet_evidence,
         published = @published, published_evidence = @published_evidence, published_range = @published_range,
         updated_at = @updated_at
       WHERE id = @id`,
    ).run(
      pick(articleParams(merged), [
        'id',
        'title',
        'author',
        'outlet',
        'outlet_evidence',
        'published',
        'published_evidence',
        'published_range',
        'updated_at',
      ]),
    );
    return { outcome: 'updated', id, revision };
  }

  /** The previous text is kept as a snapshot; a user's corrections outlive the new text. */
  private reviseArticle(row: ArticleRow, draft: ArticleDraft, key: string | null, now: string): SaveResult {
    const previous = rowToArticle(row);
    const revision = row.revision + 1;
    this.statement('INSERT INTO article_revisions (article_id, revision, snapshot) VALUES (?, ?, ?)').run(
      row.id,
      row.revision,
      JSON.stringify(previous),
    );
    const patch = JSON.parse(row.user_patch) as ArticlePatch;
    const merged = applyPatch({ ...draft, id: row.id, revision, urlKey: key, updatedAt: now }, patch);
    this.statement(
      `UPDATE articles SET revision = @revision, source = @source, url = @url, url_key = @url_key,
           canonical_url = @canonical_url, title = @title, text = @text, removed = @removed, outlet = @outlet,
           outlet_evidence = @outlet_evidence, author = @author, lang = @lang, published = @published,
           published_evidence = @published_evidence, published_range = @published_range,
           fingerprint = @fingerprint, updated_at = @updated_at
         WHERE id = @id`,
    ).run(articleParams(merged));
    this.recordFingerprint(draft.fingerprint, row.id, revision);
    return { outcome: 'revised', id: row.id, revision };
  }

  private recordFingerprint(fingerprint: string, id: string, revision: number): void {
    this.statement('INSERT INTO fingerprints (fingerprint, article_id, revision) VALUES (?, ?, ?)').run(
      fingerprint,
      id,
      revision,
    );
  }

  async getArticle(idOrPrefix: string): Promise<Article | null> {
    const exact = this.statement('SELECT * FROM articles WHERE id = ?').get(idOrPrefix) as
      ArticleRow | undefined;
    if (exact) return rowToArticle(exact);
    if (!/^[0-9a-f]{3,}$/i.test(idOrPrefix)) return null;
    const rows = this.statement('SELECT * FROM articles WHERE id LIKE ? LIMIT 2').all(
      `${idOrPrefix.toLowerCase()}%`,
    ) as ArticleRow[];
    if (rows.length > 1)
      throw new UsageError(`article id prefix "${idOrPrefix}" is ambiguous; give more of it`);
    return rows[0] ? rowToArticle(rows[0]) : null;
  }

  async listArticles(query: ListQuery = {}): Promise<ArticleSummary[]> {
    const where = query.outlet !== undefined ? 'WHERE outlet = @outlet' : '';
    const rows = this.statement(
      `SELECT ${SUMMARY_COLUMNS} FROM articles ${where} ORDER BY seq LIMIT @limit OFFSET @offset`,
    ).all({ outlet: query.outlet, limit: query.limit ?? -1, offset: query.offset ?? 0 }) as SummaryRow[];
    return rows.map(rowToSummary);
  }

  async countArticles(): Promise<number> {
    return (this.statement('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  async *iterateArticles(): AsyncIterable<Article> {
    let after = 0;
    const page = this.statement('SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT ?');
    for (;;) {
      const rows = page.all(after, ITERATE_PAGE) as ArticleRow[];
      for (const row of rows) yield rowToArticle(row);
      if (rows.length < ITERATE_PAGE) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async listRevisions(id: string): Promise<Article[]> {
    const rows = this.statement(
      'SELECT snapshot FROM article_revisions WHERE article_id = ? ORDER BY revision',
    ).all(id) as Array<{ snapshot: string }>;
    return rows.map((row) => JSON.parse(row.snapshot) as Article);
  }

  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (match === null) return [];
    // Ranked first, snippets after: a snippet for every match of a common word cost more than the search.
    return this.statement(
      `SELECT a.id, a.title, a.outlet, a.published,
                snippet(articles_fts, 1, '«', '»', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? AND articles_fts.rowid IN (
           SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
           ORDER BY bm25(articles_fts, 5.0, 1.0), rowid LIMIT ? OFFSET ?)
         ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq`,
    ).all(match, match, limit, offset) as SearchHit[];
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

  async countMatches(query: string): Promise<number> {
    const match = ftsQuery(query);
    if (match === null) return 0;
    return (
      this.statement('SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as {
        n: number;
      }
    ).n;
  }

  async updateArticle(id: string, patch: ArticlePatch): Promise<Article | null> {
    // Immediate, as every write transaction: see the constructor.
    return this.db
      .transaction((): Article | null => {
        const row = this.statement('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
        if (!row) return null;
        const stored = { ...(JSON.parse(row.user_patch) as ArticlePatch), ...patch };
        const updated = applyPatch(
          { ...rowToArticle(row), urlKey: row.url_key, updatedAt: new Date().toISOString() },
          patch,
        );
        this.statement(
          `UPDATE articles SET title = @title, outlet = @outlet, outlet_evidence = @outlet_evidence,
             published = @published, published_evidence = @published_evidence,
             published_range = @published_range, updated_at = @updated_at, user_patch = @user_patch
           WHERE id = @id`,
        ).run({
          ...pick(articleParams(updated), [
            'id',
            'title',
            'outlet',
            'outlet_evidence',
            'published',
            'published_evidence',
            'published_range',
            'updated_at',
          ]),
          user_patch: JSON.stringify(stored),
        });
        const { urlKey: _key, ...article } = updated;
        return { ...article, ingestedAt: row.ingested_at };
      })
      .immediate();
  }

  async saveReading(stored: StoredReading): Promise<boolean> {
    // One transaction, as for a batch: the reading, its quote and figure rows and the article's read
    // revision are written together, and two processes saving the same article's reading take turns
    // instead of interleaving their deletes and inserts of its rows.
    return this.saveReadingBatch([stored])[0]!;
  }

  async saveReadings(readings: StoredReading[]): Promise<boolean[]> {
    return this.saveReadingBatch(readings);
  }

  private writeReading(stored: StoredReading): boolean {
    const result = this.statement(
      `INSERT INTO readings (article_id, revision, pipeline, reading, read_at)
       SELECT id, revision, @pipeline, @reading, @read_at FROM articles WHERE id = @article_id AND revision = @revision
       ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, pipeline = excluded.pipeline,
         reading = excluded.reading, read_at = excluded.read_at`,
    ).run({
      article_id: stored.articleId,
      revision: stored.revision,
      pipeline: stored.pipeline,
      reading: readingToJson(stored.reading),
      read_at: new Date().toISOString(),
    });
    if (result.changes === 0) return false;
    const prepared = { prepare: (sql: string) => this.statement(sql) };
    saveItems(prepared, articleOfItems(prepared, stored.articleId, stored.revision)!, stored.reading);
    this.statement('UPDATE articles SET read_revision = ? WHERE id = ?').run(
      stored.revision,
      stored.articleId,
    );
    return true;
  }

  async getReading(articleId: string): Promise<StoredReading | null> {
    const row = this.statement(
      'SELECT article_id, revision, pipeline, reading FROM readings WHERE article_id = ?',
    ).get(articleId) as
      { article_id: string; revision: number; pipeline: string; reading: string } | undefined;
    if (!row) return null;
    return {
      articleId: row.article_id,
      revision: row.revision,
      pipeline: row.pipeline,
      reading: readingFromJson(row.reading),
    };
  }

  async listUnread(pipeline: string, limit: number): Promise<string[]> {
    // Two indexed sets: articles whose current revision has no reading (a partial index keeps them), and
    // readings by another pipeline (after an upgrade). Both are empty, and cost nothing, once all is read.
    // The pipeline's two sides are two selects: with `<` OR `>` in one, SQLite scans every article instead.
    const rows = this.statement(
      `SELECT id FROM (
         SELECT seq, id FROM articles WHERE read_revision IS NULL OR read_revision <> revision
         UNION
         SELECT a.seq, a.id FROM readings r JOIN articles a ON a.id = r.article_id WHERE r.pipeline < @pipeline
         UNION
         SELECT a.seq, a.id FROM readings r JOIN articles a ON a.id = r.article_id WHERE r.pipeline > @pipeline
       ) ORDER BY seq LIMIT @limit`,
    ).all({ pipeline, limit }) as Array<{ id: string }>;
    return rows.map((row) => row.id);
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

  async storyFrequencies(keys: string[]): Promise<{ articles: number; df: Record<string, number> }> {
    return this.links.storyFrequencies(keys);
  }

  async storyCandidates(lookupKeys: string[], keys: string[], limit: number): Promise<StoryCandidate[]> {
    return this.links.storyCandidates(lookupKeys, keys, limit);
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

  async recleanArticle(id: string, revision: number, text: string, removed: string[]): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const result = this.statement(
        `UPDATE articles SET text = ?, removed = ?, updated_at = ?, read_revision = NULL, linked_revision = NULL
         WHERE id = ? AND revision = ?`,
      ).run(text, JSON.stringify(removed), new Date().toISOString(), id, revision);
      if (result.changes === 0) return false;
      this.statement('DELETE FROM readings WHERE article_id = ?').run(id);
      return true;
    })();
  }

  async listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>> {
    return this.links.listStories();
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    return this.links.storyOfArticle(articleId);
  }

  async readArticles(ids: string[]): Promise<ReadArticle[]> {
    if (ids.length === 0) return [];
    const rows = this.statement(
      `SELECT a.*, r.reading AS reading_json FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.seq`,
    ).all(JSON.stringify([...new Set(ids)])) as Array<ArticleRow & { reading_json: string }>;
    return rows.map((row) => ({ article: rowToArticle(row), reading: readingFromJson(row.reading_json) }));
  }

  async markFurniture(keys: string[], articleId: string): Promise<string[]> {
    return this.connected.markFurniture(keys, articleId);
  }

  async saveConnected(update: ConnectedUpdate): Promise<void> {
    this.connected.saveConnected(update);
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
  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    const run = this.transactions.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.joined());
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
    this.transactions = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
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

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = value[key];
  return out;
}

/** A user's words as an FTS5 query: every phrase quoted, so nothing they type is ever FTS5 syntax. */
function ftsQuery(userQuery: string): string | null {
  const phrases = searchPhrases(userQuery);
  return phrases.length > 0 ? phrases.map((words) => `"${words.join(' ')}"`).join(' ') : null;
}
