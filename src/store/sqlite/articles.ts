import type Database from 'better-sqlite3';
import { UsageError } from '../../core/errors.js';
import { articleId, urlKey } from '../../core/identity.js';
import { applyPatch, metadataUpdate } from '../../core/metadata-merge.js';
import type { ListQuery } from '../../core/ports.js';
import type { Article, ArticleDraft, ArticlePatch, ArticleSummary, SaveResult } from '../../core/types.js';
import { articleParams, listFilter, rowToArticle, rowToSummary } from '../rows.js';
import type { ArticleRow, SummaryRow } from '../rows.js';

const SUMMARY_COLUMNS = 'id, title, outlet, published, lang, source, url, revision';
const ITERATE_PAGE = 200;

/**
 * Articles: kept once by fingerprint, revised by URL, with their earlier texts and a user's corrections.
 * A batch is saved in one transaction (FTS5 writes a new index segment per transaction, so committing
 * article by article cost more than all the clean-up).
 */
export class ArticleTables {
  private readonly saveBatch: (drafts: ArticleDraft[]) => SaveResult[];

  constructor(
    private readonly db: Database.Database,
    private readonly statement: (sql: string) => Database.Statement,
  ) {
    // Immediate, as every write transaction of the store (see `SqliteStore`).
    const saveBatch = this.db.transaction((drafts: ArticleDraft[]) => drafts.map((d) => this.addOrRevise(d)));
    this.saveBatch = (drafts) => saveBatch.immediate(drafts);
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
    ).run(pick(articleParams(merged), [...METADATA_COLUMNS, 'author']));
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
    const { where, values } = listFilter(query, () => '?');
    const rows = this.statement(
      `SELECT ${SUMMARY_COLUMNS} FROM articles ${where} ORDER BY seq LIMIT ? OFFSET ?`,
    ).all(...values, query.limit ?? -1, query.offset ?? 0) as SummaryRow[];
    return rows.map(rowToSummary);
  }

  async countArticles(query: ListQuery = {}): Promise<number> {
    const { where, values } = listFilter(query, () => '?');
    return (this.statement(`SELECT COUNT(*) AS n FROM articles ${where}`).get(...values) as { n: number }).n;
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

  async updateArticle(id: string, patch: ArticlePatch): Promise<Article | null> {
    // Immediate, as every write transaction: see `SqliteStore`'s constructor.
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
          ...pick(articleParams(updated), [...METADATA_COLUMNS]),
          user_patch: JSON.stringify(stored),
        });
        const { urlKey: _key, ...article } = updated;
        return { ...article, ingestedAt: row.ingested_at };
      })
      .immediate();
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
}

/** The columns a metadata update writes (a user's correction never sets the author). */
const METADATA_COLUMNS = [
  'id',
  'title',
  'outlet',
  'outlet_evidence',
  'published',
  'published_evidence',
  'published_range',
  'updated_at',
] as const;

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = value[key];
  return out;
}
