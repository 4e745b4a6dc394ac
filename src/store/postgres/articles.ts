import { UsageError } from '../../core/errors.js';
import { articleId, urlKey } from '../../core/identity.js';
import { applyPatch, metadataUpdate } from '../../core/metadata-merge.js';
import type { ListQuery } from '../../core/ports.js';
import type { Article, ArticleDraft, ArticlePatch, ArticleSummary, SaveResult } from '../../core/types.js';
import { articleParams, listFilter, rowToArticle, rowToSummary } from '../rows.js';

/**
 * The values of the columns an ingest writes, in the order `articleParams` names them (id, revision, source,
 * url, … fingerprint, updated_at): the UPDATE of a revision numbers them $1 … $18, the INSERT $3 … $20.
 */
const written = (p: ReturnType<typeof articleParams>): unknown[] => Object.values(p);
import type { ArticleRow, SummaryRow } from '../rows.js';
import type { Queryable } from './connection.js';
import { one } from './connection.js';
import { write } from './write-batch.js';
import type { WrittenArticles } from './written-articles.js';

const SUMMARY_COLUMNS = 'id, title, outlet, published, lang, source, url, revision';
export const ARTICLE_COLUMNS =
  'seq, id, revision, source, url, url_key, canonical_url, title, text, removed, outlet, outlet_evidence, ' +
  'author, lang, published, published_evidence, published_range, fingerprint, user_patch, ingested_at, updated_at';
const QUALIFIED_COLUMNS = ARTICLE_COLUMNS.split(', ')
  .map((c) => `a.${c}`)
  .join(', ');
const ITERATE_PAGE = 200;

/**
 * The articles, their revisions and fingerprints, as in SQLite (`../sqlite/index.ts`): adding, revising,
 * a user's corrections, and reading them back. Methods that write run inside the store's write transaction.
 */
export class ArticleTables {
  constructor(
    private readonly db: Queryable,
    /** Inside a write transaction, the rows it inserted (see `WrittenArticles`). */
    private readonly written: WrittenArticles | null = null,
  ) {}

  async addOrRevise(d: ArticleDraft): Promise<SaveResult> {
    const key = urlKey(d.canonicalUrl) ?? urlKey(d.url);
    const now = new Date().toISOString();
    const id = articleId(key, d.fingerprint);
    const p = articleParams({ ...d, id, revision: 1, urlKey: key, updatedAt: now });
    // Stored already, by its text (the fingerprint) or else by its address, both asked by the statement
    // that inserts it when neither is found: a new article costs one round trip, its place returned with it.
    const found = (await one<
      Partial<ArticleRow> & {
        seen_id: string | null;
        seen_revision: number | null;
        inserted_seq: number | null;
      }
    >(
      this.db,
      `WITH found AS (
         SELECT f.article_id AS seen_id, f.revision AS seen_revision, ${QUALIFIED_COLUMNS}
         FROM (SELECT 1) AS one
         LEFT JOIN fingerprints f ON f.fingerprint = $1
         LEFT JOIN articles a ON a.url_key = $2
       ), inserted AS (
         INSERT INTO articles (id, revision, source, url, url_key, canonical_url, title, text, removed, outlet,
           outlet_evidence, author, lang, published, published_evidence, published_range, fingerprint,
           ingested_at, updated_at)
         SELECT $3, $4::integer, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20
         WHERE NOT EXISTS (SELECT 1 FROM found WHERE seen_id IS NOT NULL OR id IS NOT NULL)
         RETURNING seq
       )
       SELECT found.*, (SELECT seq FROM inserted) AS inserted_seq FROM found`,
      [d.fingerprint, key, ...written(p)],
    ))!;
    if (found.seen_id !== null) return this.takeBetterMetadata(found.seen_id, found.seen_revision!, d);
    if (found.id != null) return this.reviseArticle(found as ArticleRow, d, key, now);
    this.written?.add({ ...p, seq: Number(found.inserted_seq), user_patch: '{}', ingested_at: now });
    await this.recordFingerprint(d.fingerprint, id, 1);
    return { outcome: 'added', id, revision: 1 };
  }

  private async takeBetterMetadata(id: string, revision: number, draft: ArticleDraft): Promise<SaveResult> {
    this.written?.forget(id);
    const row = (await one<ArticleRow>(this.db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [
      id,
    ]))!;
    const userSet = new Set(Object.keys(JSON.parse(row.user_patch) as ArticlePatch));
    const update = row.revision === revision ? metadataUpdate(rowToArticle(row), draft, userSet) : null;
    if (!update) return { outcome: 'unchanged', id, revision };
    const p = articleParams({
      ...rowToArticle(row),
      ...update,
      urlKey: row.url_key,
      updatedAt: new Date().toISOString(),
    });
    await write(
      this.db,
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
    this.written?.forget(row.id);
    await write(
      this.db,
      'INSERT INTO article_revisions (article_id, revision, snapshot) VALUES ($1, $2, $3)',
      [row.id, row.revision, JSON.stringify(rowToArticle(row))],
    );
    const patch = JSON.parse(row.user_patch) as ArticlePatch;
    const p = articleParams(
      applyPatch({ ...draft, id: row.id, revision, urlKey: key, updatedAt: now }, patch),
    );
    await write(
      this.db,
      `UPDATE articles SET revision = $2, source = $3, url = $4, url_key = $5, canonical_url = $6, title = $7,
         text = $8, removed = $9, outlet = $10, outlet_evidence = $11, author = $12, lang = $13,
         published = $14, published_evidence = $15, published_range = $16, fingerprint = $17, updated_at = $18
       WHERE id = $1`,
      written(p),
    );
    await this.recordFingerprint(draft.fingerprint, row.id, revision);
    return { outcome: 'revised', id: row.id, revision };
  }

  private async recordFingerprint(fingerprint: string, id: string, revision: number): Promise<void> {
    await write(this.db, 'INSERT INTO fingerprints (fingerprint, article_id, revision) VALUES ($1, $2, $3)', [
      fingerprint,
      id,
      revision,
    ]);
  }

  async getArticle(idOrPrefix: string): Promise<Article | null> {
    const known = this.written?.row(idOrPrefix);
    if (known) return rowToArticle(known);
    const exact = await one<ArticleRow>(this.db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [
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
    const { where, values } = listFilter(query, (n) => `$${n}`);
    const { rows } = await this.db.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles ${where}
       ORDER BY seq LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.limit ?? null, query.offset ?? 0],
    );
    return rows.map(rowToSummary);
  }

  async countArticles(query: ListQuery = {}): Promise<number> {
    const { where, values } = listFilter(query, (n) => `$${n}`);
    return (await one<{ n: number }>(this.db, `SELECT COUNT(*) AS n FROM articles ${where}`, values))!.n;
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

  /** A user's corrections: kept in `user_patch` so that a new revision of the text keeps them. */
  async updateArticle(id: string, patch: ArticlePatch): Promise<Article | null> {
    this.written?.forget(id);
    const row = await one<ArticleRow>(this.db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
    if (!row) return null;
    const stored = { ...(JSON.parse(row.user_patch) as ArticlePatch), ...patch };
    const updated = applyPatch(
      { ...rowToArticle(row), urlKey: row.url_key, updatedAt: new Date().toISOString() },
      patch,
    );
    const p = articleParams(updated);
    await this.db.query(
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
  }

  /** New clean text for the same revision: its reading and links are made again. */
  async recleanArticle(id: string, revision: number, text: string, removed: string[]): Promise<boolean> {
    this.written?.forget(id);
    const { rowCount } = await this.db.query(
      `UPDATE articles SET text = $3, removed = $4, updated_at = $5, read_revision = NULL,
         linked_revision = NULL
       WHERE id = $1 AND revision = $2`,
      [id, revision, text, JSON.stringify(removed), new Date().toISOString()],
    );
    if (!rowCount) return false;
    await this.db.query('DELETE FROM readings WHERE article_id = $1', [id]);
    return true;
  }
}
